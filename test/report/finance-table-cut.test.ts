// The financing tables of a run cut short where the history ends: a payback not reached by the cut
// may come after it, so the tables say "not by <cut>", as the run's payback table and payback.csv
// do, not "never". And of a run to its horizon: a payback not reached by the horizon may come
// after it too, so they say "not within the horizon", as the Payback time table does.
import { describe, expect, it } from 'vitest';
import { financeTable } from '../../src/report/finance-table.js';
import { headlineTables } from '../../src/report/headline.js';
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

  it('financeTable() of a run to its horizon says "not within the horizon", in the Payback time table’s words, never "never"', () => {
    // Before: the financing table gave the equity's and the project's 50-95 % and mean as "never"
    // and asked "P(equity never paid back)", where the Payback time table of the same report gave
    // the project's as "not within the horizon".
    const summary = booked();
    const [odds, table] = financeTable(summary, false);
    expect(odds.rows.map(([q]) => q)).toContain('P(equity not paid back within the horizon)');
    const timeTable = headlineTables(summary).find((t) => t.title === 'Payback time')!;
    const timeMedian = timeTable.rows.find(([label]) => label === '50 %')!;
    expect(timeMedian[1]).toBe('not within the horizon');
    for (const label of ['Payback, project (days)', 'Payback, equity (days)']) {
      const row = table.rows.find(([l]) => l === label)!;
      // 5-25 % paid back, 50-95 % and the mean not: as the Payback time table prints them.
      // The last cell is the median's 95 % interval (test/quantile-uncertainty/books-display.test.ts).
      expect(row.slice(1, 9)).toEqual(['200', '250', '400', ...Array(5).fill(timeMedian[1])]);
    }
    for (const row of [...odds.rows, ...table.rows])
      expect(row.join(' ')).not.toMatch(/\bnever\b(?! below zero)/);
  });

  it('financeTable() of one outcome (a back-test) not paid back by its horizon answers "not within the horizon"', () => {
    const h = booked().headline;
    const one = makeSummary({
      ...booked(),
      run: { ...booked().run, paths: 1 },
      headline: { ...h, equityNoPayback: { p: 1, se: 0 }, equityNothingAtStake: { p: 0, se: 0 } },
    });
    const [odds] = financeTable(one, true);
    expect(odds.rows).toContainEqual(['Equity paid back', 'not within the horizon']);
  });
});
