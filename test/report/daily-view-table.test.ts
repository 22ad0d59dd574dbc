// The daily view's rows and the line that sets it against the run's answer.
import { describe, expect, it } from 'vitest';
import {
  dailyViewComparison,
  dailyViewConditions,
  dailyViewRows,
} from '../../src/report/daily-view-table.js';
import type { DailyView } from '../../src/stats/summary.js';

const machine = {
  name: 'Antminer S21',
  units: 10,
  revenueUsd: 6.96,
  powerUsd: 5.04,
  hostingUsd: 0,
  creditsUsd: 0,
  maintenanceUsd: 0,
  profitUsd: 1.92,
  profitUsdPerUnitHashrate: 0.0096,
  breakEvenHashpriceUsd: 25.2,
  breakEvenPriceUsd: 56_917.24,
  unitCapexUsd: 3400,
  paybackDays: 1770.83,
};
const view: DailyView = {
  date: '2026-01-22',
  priceUsd: 78_600,
  hashpriceUsd: 34.8,
  hashpriceUnit: 'USD/PH/s/day',
  machineHashrateUnit: 'TH/s',
  tariffUsdPerKwh: 0.06,
  cohorts: [machine],
  fleet: { profitUsd: 19.2, fixedUsd: 0, capexUsd: 34_000, paybackDays: 1770.83 },
  monteCarlo: { paybackDaysP50: 2100, paidBackByThen: 0.31 },
};

describe('the daily view as text', () => {
  it('dailyViewRows() puts one column a cohort and leaves out credits and maintenance when none are paid', () => {
    const rows = dailyViewRows(view, 'BTC');
    expect(rows[0]).toEqual(['Per machine', 'Antminer S21']);
    expect(rows.map((r) => r[0])).not.toContain('Curtailment credits (USD/day)');
    expect(rows.find((r) => r[0] === 'Break-even BTC price (USD)')?.[1]).toBe('56,917');
    expect(rows.find((r) => r[0] === 'Days to payback, held fixed')?.[1]).toBe('1,771 d');
  });

  it('dailyViewConditions() and dailyViewRows() print a coin price under 1,000 USD to 4 digits: 0.08584 USD was 0 USD', () => {
    const cheap = { ...view, priceUsd: 0.08584, cohorts: [{ ...machine, breakEvenPriceUsd: 12.4937 }] };
    expect(dailyViewConditions(cheap, 'BTC')).toContain('BTC 0.08584 USD');
    expect(dailyViewRows(cheap, 'BTC').find((r) => r[0] === 'Break-even BTC price (USD)')).toEqual([
      'Break-even BTC price (USD)',
      '12.49',
    ]);
    expect(dailyViewConditions(view, 'BTC')).toContain('BTC 78,600 USD');
  });

  it('dailyViewComparison() says how far the median path is from the payback held fixed, and the share paid back by then', () => {
    expect(dailyViewComparison(view, '2026-01-22')).toBe(
      'Held fixed the fleet pays back on day 1,771 (2030-11-28); the median path on day 2,100: 329 days later than held fixed; 31 % of paths had paid back by then.',
    );
    expect(dailyViewComparison(view, '2026-01-22', true)).toBe(
      'Held fixed the fleet pays back on day 1,771 (2030-11-28); the actual history on day 2,100: 329 days later than held fixed.',
    );
  });
});
