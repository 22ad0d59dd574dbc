// The financing tables of a run cut short where the history ends: a payback not reached by the cut
// may come after it, so the tables say "not by <cut>", as the run's payback table and payback.csv
// do, not "never".
import { describe, expect, it } from 'vitest';
import { financeTable } from '../../src/report/finance-table.js';
import type { Distribution } from '../../src/stats/summary.js';
import { FIXTURE_SUMMARY, makeSummary } from '../fixtures/summary.js';

/** A payback distribution whose upper half did not pay back (by the cut). */
const halfPaid: Distribution = {
  mean: null,
  quantiles: { p5: 200, p10: 250, p25: 400, p50: null, p75: null, p90: null, p95: null },
};

function booked(cutAt?: string) {
  const h = FIXTURE_SUMMARY.headline;
  return makeSummary({
    scenario: { ...FIXTURE_SUMMARY.scenario, ...(cutAt === undefined ? {} : { cutAt }) },
    headline: {
      ...h,
      paybackDays: halfPaid,
      equityPaybackDays: halfPaid,
      equityNoPayback: { p: 0.6, se: 0.015 },
      equityNpvUsd: h.npvUsd,
      equityIrr: h.irr,
      afterTaxNpvUsd: h.npvUsd,
      afterTaxIrr: h.irr,
      cashCostPerCoinUsd: h.costPerCoinUsd,
      allInCostPerCoinUsd: h.costPerCoinUsd,
    },
  });
}

describe('financeTable() of a run cut at the end of the history', () => {
  it('financeTable() prints a payback not reached by the cut as "not by <cut>" and asks whether the equity paid back by then', () => {
    const [odds, table] = financeTable(booked('2025-11-14'), false);
    expect(odds.rows.map(([q]) => q)).toContain(
      'P(equity not paid back by 2025-11-14, the end of the history)',
    );
    const equity = table.rows.find(([label]) => label === 'Payback, equity (days)')!;
    expect(equity).toContain('not by 2025-11-14');
    expect(equity).not.toContain('never');
  });

  it('financeTable() of a run to its horizon keeps "never"', () => {
    const [odds, table] = financeTable(booked(), false);
    expect(odds.rows.map(([q]) => q)).toContain('P(equity never paid back)');
    expect(table.rows.find(([label]) => label === 'Payback, equity (days)')).toContain('never');
  });
});
