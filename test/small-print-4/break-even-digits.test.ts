// The break-even tariff's median was printed to 4 significant digits by the terminal and the
// explorer (0.1544 USD/kWh over the flagship's 300 paths) and to 3 by summary.md's and report.html's
// Break-evens table (0.154), beside the same interval; a back-test's table likewise (3 where its
// terminal line gave 4). Every output now gives the terminal's 4.
import { describe, expect, it } from 'vitest';
import { headlineTable } from '../../src/cli/headline.js';
import { backtestTable } from '../../src/report/backtest-table.js';
import { headlineTables } from '../../src/report/headline.js';
import type { RunSummary } from '../../src/stats/summary.js';
import { makeSummary } from '../fixtures/summary.js';

const TARIFF = 0.154372;

describe('the break-even tariff to the same digits everywhere', () => {
  it('a run: the table’s 50 % column as the terminal prints it', () => {
    const base = makeSummary();
    const d = base.headline.breakEvenTariffUsdPerKwh;
    const s = makeSummary({
      headline: {
        ...base.headline,
        breakEvenTariffUsdPerKwh: { ...d, quantiles: { ...d.quantiles, p50: TARIFF } },
      },
    });
    expect(headlineTable(s)).toContain('0.1544 USD/kWh');
    const table = headlineTables(s).find((t) => t.title === 'Break-evens')!;
    const median = table.header.indexOf('50 %');
    expect(table.rows[0][median]).toBe('0.1544');
  });

  it('a back-test: its table as its terminal line', () => {
    const base = makeSummary();
    const d = base.headline.breakEvenTariffUsdPerKwh;
    const s: RunSummary = {
      ...base,
      kind: 'backtest',
      headline: {
        ...base.headline,
        breakEvenTariffUsdPerKwh: { ...d, quantiles: { ...d.quantiles, p50: TARIFF } },
      },
    };
    expect(headlineTable(s)).toContain('0.1544 USD/kWh');
    const row = backtestTable(s).rows.find(
      (r) => /break-even/i.test(String(r[0])) && /tariff|USD\/kWh/i.test(String(r[0])),
    )!;
    expect(row[1]).toBe('0.1544');
  });
});
