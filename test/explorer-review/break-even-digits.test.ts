// The explorer's "Break-even tariff, median" row is the terminal's 'break-even tariff p50' of the
// same summary: the same digits. output/north-korea-2017-monero-cpu's median break-even is
// 0.19966481069181996 USD/kWh: the terminal prints 0.1997 USD/kWh (4 significant digits,
// cli/headline.ts formatQuantity); the explorer printed 0.2 USD/kWh (3 digits, rounded up past
// 0.1997). The flagship's 0.1543662 read 0.154 here and 0.1544 in the terminal.
import { describe, expect, it } from 'vitest';
import { headlineTable } from '../../src/cli/headline.js';
import { headlineRows } from '../../src/explorer/headline-rows.js';
import { explorerView, rowText } from '../../src/explorer/view.js';
import { FIXTURE_SUMMARY, makeSummary } from '../fixtures/summary.js';

const withBreakEven = (p50: number) => {
  const d = FIXTURE_SUMMARY.headline.breakEvenTariffUsdPerKwh;
  return makeSummary({
    headline: {
      ...FIXTURE_SUMMARY.headline,
      breakEvenTariffUsdPerKwh: { ...d, quantiles: { ...d.quantiles, p50 } },
    },
  });
};
const explorerText = (s: ReturnType<typeof makeSummary>) => {
  const v = explorerView(s);
  const row = headlineRows(v).find((r) => r.label === 'Break-even tariff, median')!;
  return rowText(row, v);
};

describe('rowText() of the break-even tariff against the terminal', () => {
  it.each([
    [0.19966481069181996, '0.1997 USD/kWh'],
    [0.1543662005293808, '0.1544 USD/kWh'],
    [2.172041555091879, '2.172 USD/kWh'],
  ])('a median break-even of %f reads %s in both', (p50, text) => {
    const s = withBreakEven(p50);
    expect(headlineTable(s)).toMatch(new RegExp(`break-even tariff p50 +${text.replace('.', '\\.')}`));
    expect(explorerText(s).startsWith(`${text}`)).toBe(true);
  });
});
