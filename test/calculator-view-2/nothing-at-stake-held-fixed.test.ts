// A free fleet (no capex, no setup cost: its position held fixed never falls below zero) has
// nothing at stake: the daily view's payback row, its sentence against the run, the report's note
// and `minesim quote` say so in the words the Monte Carlo headline uses ("nothing at stake (0 d)"),
// not "0 d" and "pays back on day 0", which read as a payback.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { paybackMessages } from '../../src/messages/payback.js';
import { dailyViewComparison } from '../../src/report/daily-view-comparison.js';
import { dailyViewRows, dailyViewTable } from '../../src/report/daily-view-table.js';
import type { DailyView } from '../../src/stats/summary.js';

const free = {
  name: 'Antminer S21',
  units: 500,
  revenueUsd: 6.543,
  powerUsd: 3.771,
  hostingUsd: 0,
  creditsUsd: 0,
  maintenanceUsd: 0,
  profitUsd: 2.772,
  profitUsdPerUnitHashrate: 0.0139,
  breakEvenHashpriceUsd: 20.25,
  breakEvenPriceUsd: 45_295,
  unitCapexUsd: 0,
  paybackDays: 0,
};
const view: DailyView = {
  date: '2026-01-22',
  priceUsd: 78_600,
  hashpriceUsd: 35.14,
  hashpriceUnit: 'USD/PH/s/day',
  machineHashrateUnit: 'TH/s',
  tariffUsdPerKwh: 0.045,
  cohorts: [free],
  fleet: { profitUsd: 1386, fixedUsd: 0, capexUsd: 0, paybackDays: 0 },
  monteCarlo: { paybackDaysP50: 0, paidBackByThen: 1 },
};
const WORDS = paybackMessages.nothingAtStakeMedian;

describe('a free fleet held fixed', () => {
  it('the payback row reads nothing at stake (0 d), not 0 d', () => {
    const row = dailyViewRows(view, 'BTC').find((r) => r[0] === 'Days to payback, held fixed');
    expect(WORDS).toBe('nothing at stake (0 d)');
    expect(row).toEqual(['Days to payback, held fixed', WORDS]);
  });

  it('the sentence against the run says nothing at stake on both sides, not "pays back on day 0"', () => {
    const text = dailyViewComparison(view, '2026-01-22');
    expect(text).toBe(
      'Held fixed the fleet has nothing at stake (0 d); the median path has nothing at stake (0 d), as held fixed; 100 % of paths had nothing at stake.',
    );
    expect(dailyViewComparison(view, '2026-01-22', true)).toBe(
      'Held fixed the fleet has nothing at stake (0 d); the actual history has nothing at stake (0 d), as held fixed.',
    );
    // A run whose median path pays back later: its day, and the share of paths with nothing at stake.
    const later = { ...view, monteCarlo: { paybackDaysP50: 30, paidBackByThen: 0.4 } };
    expect(dailyViewComparison(later, '2026-01-22')).toBe(
      'Held fixed the fleet has nothing at stake (0 d); the median path on day 30: 30 days later than held fixed; 40 % of paths had nothing at stake.',
    );
  });

  it("the report's note does not call it a payback held fixed on day 0", () => {
    const note = dailyViewTable(view, 'BTC', '2026-01-22').note ?? '';
    expect(note).not.toContain('is day 0');
    expect(note).not.toContain('pays back on day 0');
    expect(note).toContain('nothing at stake (0 d)');
  });

  it('`minesim quote` of a free machine prints nothing at stake (0 d)', () => {
    const out = execFileSync(
      process.execPath,
      ['bin/minesim.mjs', 'quote', '--machine', 'Antminer S21', '--tariff', '0.06', '--unit-price', '0'],
      { encoding: 'utf8' },
    );
    expect(out).toMatch(/Days to payback, held fixed +nothing at stake \(0 d\)\n/);
  });
});
