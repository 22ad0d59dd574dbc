// A payback held fixed that falls within day 0 (the first day's profit covers the capex) printed
// "0 d" in the daily view's row and `minesim quote`, and "pays back on day 0" against the run:
// "0 d" reads as the "nothing at stake (0 d)" of a free machine, and day 0 as no time at all. The
// three now say "0 d (within the first day)" / "pays back within its first day (day 0, date)";
// a free machine keeps "nothing at stake (0 d)". An S21 at 0.06 USD/kWh on 2025-11-14 makes 2.823
// USD a day: at a unit price of 1 USD it pays back in 0.354 days, at 7 USD in 2.48 (day 2).
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { buildQuote } from '../../src/cli/quote-build.js';
import { paybackMessages } from '../../src/messages/payback.js';
import { dailyViewComparison } from '../../src/report/daily-view-comparison.js';
import { dailyViewRows, dailyViewTable } from '../../src/report/daily-view-table.js';
import type { DailyView } from '../../src/stats/summary.js';

const cohort = {
  name: 'Antminer S21',
  units: 1,
  revenueUsd: 7.863,
  powerUsd: 5.04,
  hostingUsd: 0,
  creditsUsd: 0,
  maintenanceUsd: 0,
  profitUsd: 2.823,
  profitUsdPerUnitHashrate: 0.0141,
  breakEvenHashpriceUsd: 25.2,
  breakEvenPriceUsd: 60_576,
  unitCapexUsd: 1,
  paybackDays: 1 / 2.823,
};
const view: DailyView = {
  date: '2025-11-14',
  priceUsd: 94_503,
  hashpriceUsd: 39.31,
  hashpriceUnit: 'USD/PH/s/day',
  machineHashrateUnit: 'TH/s',
  tariffUsdPerKwh: 0.06,
  cohorts: [cohort],
  fleet: { profitUsd: 2.823, fixedUsd: 0, capexUsd: 1, paybackDays: 1 / 2.823 },
  monteCarlo: { paybackDaysP50: 0, paidBackByThen: 1 },
};
const row = (v: DailyView) => dailyViewRows(v, 'BTC').find((r) => r[0] === 'Days to payback, held fixed');

describe('a payback held fixed within the first day', () => {
  it('the row says 0 d (within the first day), not a bare 0 d; a free machine nothing at stake; day 2 as before', () => {
    expect(row(view)).toEqual(['Days to payback, held fixed', paybackMessages.withinFirstDayCell]);
    expect(paybackMessages.withinFirstDayCell).toBe('0 d (within the first day)');
    const free = { ...cohort, unitCapexUsd: 0, paybackDays: 0 };
    expect(row({ ...view, cohorts: [free] })?.[1]).toBe('nothing at stake (0 d)');
    expect(row({ ...view, cohorts: [{ ...cohort, paybackDays: 7 / 2.823 }] })?.[1]).toBe('2 d');
    // Exactly one day of profit is day 0 too (its end finds the position at zero).
    expect(row({ ...view, cohorts: [{ ...cohort, paybackDays: 1 }] })?.[1]).toBe(
      '0 d (within the first day)',
    );
  });

  it('the sentence against the run says within its first day, not "pays back on day 0"', () => {
    const text = dailyViewComparison(view, '2025-11-14');
    expect(text).toContain('Held fixed the fleet pays back within its first day (day 0, 2025-11-14);');
    expect(text).not.toContain('pays back on day 0');
    expect(dailyViewTable(view, 'BTC', '2025-11-14').note).toContain('within its first day');
  });

  it('`minesim quote --unit-price 1` prints 0 d (within the first day); its JSON keeps 0.354 days', () => {
    const out = execFileSync(
      process.execPath,
      ['bin/minesim.mjs', 'quote', '--machine', 'Antminer S21', '--tariff', '0.06', '--unit-price', '1'],
      { encoding: 'utf8' },
    );
    expect(out).toMatch(/Days to payback, held fixed +0 d \(within the first day\)\n/);
    const q = buildQuote({
      machine: 'Antminer S21',
      tariff: '0.06',
      'unit-price': '1',
      'pool-fee': '0%',
      metered: false,
      uptime: '100%',
      pue: 1,
      coin: 'bitcoin',
      json: true,
    });
    expect(q.day.paybackDays).toBeCloseTo(1 / q.day.profitUsd, 12);
  });

  it('a Monero machine paying back on day 0 names no emission before it: it said the reward fell "to 10.054 XMR by day 0" and a free machine "never pays back"', () => {
    const monero = {
      machine: 'Intel Core i7-2600K',
      tariff: '0.01',
      date: '2015-06-01',
      'pool-fee': '0%',
      metered: false,
      uptime: '100%',
      pue: 1,
      coin: 'monero' as const,
      json: true,
    };
    for (const price of ['0', '0.001']) {
      const q = buildQuote({ ...monero, 'unit-price': price });
      expect(q.emission).toBeUndefined();
      expect(q.notes.join(' ')).not.toContain('emission');
    }
    // A payback further on still names it.
    expect(buildQuote({ ...monero, 'unit-price': '10' }).emission).toBeDefined();
  });
});
