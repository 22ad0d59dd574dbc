// Ten S21s at 1 USD a unit earn their capex back within day 0. Held fixed (and in `minesim quote`)
// that reads "0 d (within the first day)"; the run reads the net position at each day's end, never
// below zero there, and names it "nothing at stake (0 d)". A back-test put the two in one sentence
// that contradicted itself: "Held fixed the fleet pays back within its first day (day 0,
// 2024-01-01); the actual history has nothing at stake (0 d): the same day as held fixed". The
// sentence now says the run pays back within the first day too and why its rows name it so; a free
// fleet keeps "nothing at stake" on both sides.
import { describe, expect, it } from 'vitest';
import { dailyViewMessages as m } from '../../src/messages/daily-view.js';
import { paybackMessages } from '../../src/messages/payback.js';
import { dailyViewComparison } from '../../src/report/daily-view-comparison.js';
import type { DailyView } from '../../src/stats/summary.js';

const cohort = {
  name: 'Antminer S21',
  units: 10,
  revenueUsd: 78.63,
  powerUsd: 50.4,
  hostingUsd: 0,
  creditsUsd: 0,
  maintenanceUsd: 0,
  profitUsd: 28.23,
  profitUsdPerUnitHashrate: 0.0141,
  breakEvenHashpriceUsd: 25.2,
  breakEvenPriceUsd: 60_576,
  unitCapexUsd: 1,
  paybackDays: 10 / 28.23,
};
const view: DailyView = {
  date: '2024-01-01',
  priceUsd: 44_049,
  hashpriceUsd: 88.35,
  hashpriceUnit: 'USD/PH/s/day',
  machineHashrateUnit: 'TH/s',
  tariffUsdPerKwh: 0.06,
  cohorts: [cohort],
  fleet: { profitUsd: 28.23, fixedUsd: 0, capexUsd: 10, paybackDays: 10 / 28.23 },
  monteCarlo: { paybackDaysP50: 0, paidBackByThen: 1 },
};

describe('a payback within the first day, held fixed and in the run', () => {
  it('a back-test: one payback, not "pays back" beside "nothing at stake"', () => {
    const text = dailyViewComparison(view, '2024-01-01', true);
    expect(text).not.toContain('the actual history has nothing at stake');
    expect(text).toContain(
      'Held fixed the fleet pays back within its first day (day 0, 2024-01-01); so does the actual history, the same day as held fixed.',
    );
    expect(text).toContain(
      `the net position is never below zero at a day’s end: the run’s rows name that ${paybackMessages.nothingAtStakeMedian}, a payback on day 0 with the capex at stake for less than a day.`,
    );
  });

  it('a Monte Carlo run: the median path likewise, with the share paid back', () => {
    const text = m.comparison(
      { day: '0', date: '2024-01-01', withinFirstDay: true },
      'paths',
      '0',
      { days: '0', later: false },
      '100',
      null,
    );
    expect(text).toBe(
      'Held fixed the fleet pays back within its first day (day 0, 2024-01-01); so does the median path, the same day as held fixed; 100 % of paths had paid back by then. The first day’s profit covers the capex, so that path’s net position is never below zero at a day’s end: the run’s rows name that nothing at stake (0 d), a payback on day 0 with the capex at stake for less than a day.',
    );
  });

  it('a free fleet keeps nothing at stake on both sides; a later run payback is as before', () => {
    expect(
      m.comparison(
        { day: '0', date: '2024-01-01', nothingAtStake: true },
        'backtest',
        '0',
        { days: '0', later: false },
        null,
        null,
      ),
    ).toBe(
      'Held fixed the fleet has nothing at stake (0 d); the actual history has nothing at stake (0 d), as held fixed.',
    );
    expect(
      m.comparison(
        { day: '0', date: '2024-01-01', withinFirstDay: true },
        'backtest',
        '3',
        { days: '3', later: true },
        null,
        null,
      ),
    ).toBe(
      'Held fixed the fleet pays back within its first day (day 0, 2024-01-01); the actual history on day 3: 3 days later than held fixed.',
    );
  });
});
