// A count of coins is given in the coin's unit wherever it is printed. The explorer's row
// "Coins mined, median" read 3,446 on a Monero run and 41.35 on a Bitcoin one, with no coin named
// (report.html and summary.md say "Coins mined (XMR)", the terminal "41.35 BTC"); its interval's ends
// too, and a comparison of a Bitcoin run with a Monero one printed their difference as a count.
import { describe, expect, it } from 'vitest';
import { comparisonRows } from '../../src/explorer/compare.js';
import { headlineRows } from '../../src/explorer/headline-rows.js';
import { explorerView, rowText } from '../../src/explorer/view.js';
import { FIXTURE_SUMMARY, makeSummary } from '../fixtures/summary.js';

const LABEL = 'Coins mined, median';
const bitcoin = explorerView(FIXTURE_SUMMARY);
const coins = FIXTURE_SUMMARY.headline.coinsMined;
const monero = explorerView(
  makeSummary({
    scenario: { ...FIXTURE_SUMMARY.scenario, coin: 'monero' },
    headline: {
      ...FIXTURE_SUMMARY.headline,
      coinsMined: {
        ...coins,
        intervals: {
          p5: null,
          p10: null,
          p25: null,
          p50: { low: 3400, high: 3500 },
          p75: null,
          p90: null,
          p95: null,
        },
      },
    },
  }),
);
const text = (v: typeof bitcoin) => rowText(headlineRows(v).find((r) => r.label === LABEL)!, v);

describe('the explorer’s coins mined', () => {
  it('rowText() names the coin after the median and after each end of its interval', () => {
    const p50 = FIXTURE_SUMMARY.headline.coinsMined.quantiles.p50!;
    expect(text(bitcoin)).toMatch(
      new RegExp(`^${p50.toPrecision(4).replace('.', '\\.')} BTC \\(95 % interval`),
    );
    expect(text(monero)).toMatch(/^\S+ XMR \(95 % interval: 3,400 XMR to 3,500 XMR\)$/);
  });

  it('comparisonRows() gives a change in the coin’s unit, and none between a Bitcoin and a Monero run', () => {
    const same = comparisonRows(bitcoin, bitcoin).find(([l]) => l === LABEL)!;
    expect(same[3]).toMatch(/^0 BTC/);
    const across = comparisonRows(bitcoin, monero).find(([l]) => l === LABEL)!;
    expect(across[1]).toContain(' BTC');
    expect(across[2]).toContain(' XMR');
    expect(across[3]).toMatch(/^—/);
  });
});
