// A free or fully leased fleet whose running sum never falls below zero: the project "pays back on
// day 0" by the rule, which is no payback. Its payback says "nothing at stake" in the Payback time
// table, the financing table's project row and the terminal, as the equity's does, not "0" days.
import { describe, expect, it } from 'vitest';
import { headlineTable } from '../../src/cli/headline.js';
import { financeTable } from '../../src/report/finance-table.js';
import { headlineTables } from '../../src/report/headline.js';
import type { Distribution } from '../../src/stats/summary.js';
import { FIXTURE_SUMMARY, makeSummary } from '../fixtures/summary.js';

const zero: Distribution = {
  mean: 0,
  quantiles: { p5: 0, p10: 0, p25: 0, p50: 0, p75: 0, p90: 0, p95: 0 },
};
const mostly: Distribution = {
  mean: 120,
  quantiles: { p5: 0, p10: 0, p25: 0, p50: 0, p75: 874, p90: null, p95: null },
};

function free(paybackDays: Distribution, paths: number) {
  const h = FIXTURE_SUMMARY.headline;
  return makeSummary({
    run: { ...FIXTURE_SUMMARY.run, paths },
    headline: {
      ...h,
      paybackDays,
      nothingAtStake: { p: paths === 1 ? 1 : 0.665, se: paths === 1 ? 0 : 0.033 },
      equityPaybackDays: paybackDays,
      equityNoPayback: { p: 0, se: 0 },
      equityNothingAtStake: { p: paths === 1 ? 1 : 0.665, se: paths === 1 ? 0 : 0.033 },
      equityNpvUsd: h.npvUsd,
      equityIrr: h.irr,
      cashCostPerCoinUsd: h.costPerCoinUsd,
      allInCostPerCoinUsd: h.costPerCoinUsd,
    },
  });
}

describe('the project payback of a fleet with nothing at stake', () => {
  it('the financing table’s project row of one outcome says what the equity’s says', () => {
    const table = financeTable(free(zero, 1), true)[1];
    const row = table.rows.find(([label]) => label.startsWith('Payback, project'))!;
    expect(row[1]).toBe('nothing at stake (the net position never below zero)');
  });

  it('over paths, a quantile at day 0 reads "nothing at stake (0 d)" in the financing and Payback time tables and the terminal', () => {
    const s = free(mostly, 200);
    const table = financeTable(s, false)[1];
    const row = table.rows.find(([label]) => label.startsWith('Payback, project'))!;
    expect(row.slice(1, 6)).toEqual([...Array(4).fill('nothing at stake (0 d)'), '874']);
    const time = headlineTables(s).find((t) => t.title === 'Payback time')!;
    const median = time.rows.find(([label]) => label === '50 %')!;
    expect(median[1]).toBe('nothing at stake (0 d)');
    expect(median[3]).not.toBe('0.00');
    expect(time.rows.find(([label]) => label === '75 %')![1]).toBe('874');
    expect(headlineTable(s)).toMatch(
      /payback p10 \/ p50 \/ p90 +nothing at stake \(0 d\) \/ nothing at stake \(0 d\) \//,
    );
  });
});
