// The daily view's rows and the line that sets it against the run's answer.
import { describe, expect, it } from 'vitest';
import { headlineTable } from '../../src/cli/headline.js';
import { dailyViewMessages as m } from '../../src/messages/daily-view.js';
import { dailyViewComparison } from '../../src/report/daily-view-comparison.js';
import { dailyViewConditions, dailyViewMeasures, dailyViewRows } from '../../src/report/daily-view-table.js';
import { identicalPaths } from '../../src/report/distribution-table.js';
import { headlineTables } from '../../src/report/headline.js';
import type { DailyView } from '../../src/stats/summary.js';
import { machine, view } from '../fixtures/daily-view.js';
import { FIXTURE_SUMMARY, makeSummary } from '../fixtures/summary.js';

describe('the daily view as text', () => {
  it('dailyViewRows() puts one column a cohort and leaves out credits and maintenance when none are paid', () => {
    const rows = dailyViewRows(view, 'BTC');
    expect(rows[0]).toEqual(['Per machine', 'Antminer S21']);
    expect(rows.map((r) => r[0])).not.toContain('Curtailment credits (USD/day)');
    expect(rows.find((r) => r[0] === 'Break-even BTC price (USD)')?.[1]).toBe('56,917');
    // 1,770.83 days of profit: the run would pay back on day 1,770 (src/model/held-fixed-payback.ts).
    expect(rows.find((r) => r[0] === 'Days to payback, held fixed')?.[1]).toBe('1,770 d');
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

  it('dailyViewMeasures() names each row by its measure, in the order printed', () => {
    expect(dailyViewMeasures(view, 'BTC').map((r) => r.measure)).toEqual([
      'revenue',
      'coins',
      'power',
      'hosting',
      'profit',
      'profitPerHashrate',
      'breakEvenHashprice',
      'breakEvenPrice',
      'unitCapex',
      'payback',
    ]);
    const withBoth = { ...view, cohorts: [{ ...machine, creditsUsd: 0.1, maintenanceUsd: 0.2 }] };
    const measures = dailyViewMeasures(withBoth, 'BTC').map((r) => r.measure);
    expect(measures.slice(3, 7)).toEqual(['hosting', 'credits', 'maintenance', 'profit']);
  });

  it('dailyViewRows() of a revenue share with a waterfall labels the hosting row as the site’s share, and its rows add up', () => {
    // 30 % of 6.96 USD is 2.088 USD: 6.96 - 5.04 - 2.088 = -0.168.
    const share = {
      ...view,
      hosting: { basis: 'revenue-share' as const, allInUsdPerKwh: null, siteShare: 0.3, siteShareAfter: 0.5 },
      cohorts: [{ ...machine, hostingUsd: 2.088, profitUsd: -0.168, paybackDays: null }],
    };
    const rows = dailyViewRows(share, 'BTC');
    expect(rows[1]).toEqual([m.revenueRow(), '6.96']);
    expect(rows[2]).toEqual([m.coinsRow('BTC'), '0.00008855']);
    expect(rows[3]).toEqual([m.powerRow(), '5.04']);
    expect(rows[4]).toEqual([m.shareHostingRow('30 %', '50 %'), '2.088']);
    expect(rows[5]).toEqual([m.profitRow(), '-0.168']);
    expect(6.96 - 5.04 - 2.088).toBeCloseTo(-0.168, 12);
    expect(rows.find((r) => r[0] === m.paybackRow())?.[1]).toBe(m.never());
    const noWaterfall = { ...share, hosting: { ...share.hosting, siteShareAfter: null } };
    expect(dailyViewRows(noWaterfall, 'BTC')[4][0]).toBe(m.shareHostingRow('30 %', null));
  });

  it('dailyViewRows() of an all-in rate marks the power as in the hosting row, and dailyViewConditions() names the rate, not a 0 tariff', () => {
    const allIn = {
      ...view,
      tariffUsdPerKwh: 0,
      hosting: { basis: 'all-in' as const, allInUsdPerKwh: 0.075, siteShare: null, siteShareAfter: null },
      cohorts: [{ ...machine, powerUsd: 0, hostingUsd: 6.3, profitUsd: 0.66 }],
    };
    const rows = dailyViewRows(allIn, 'BTC');
    expect(rows[3]).toEqual([m.powerRow(), m.powerInAllIn()]);
    expect(rows[4]).toEqual([m.allInHostingRow(), '6.3']);
    const conditions = dailyViewConditions(allIn, 'BTC');
    expect(conditions).toBe(
      `2026-01-22 held fixed: BTC 78,600 USD, hashprice 34.8 USD/PH/s/day, ${m.allInRate('0.075 USD/kWh')}`,
    );
    expect(conditions).not.toContain('tariff');
  });

  it('dailyViewComparison() gives the gap between the days as printed: day 378 and day 323 are 55 days apart (it said 56)', () => {
    // 378.28 prints as 378 and a median of 322.5 as 323; their gap of 55.78 days printed as 56.
    const apart = {
      ...view,
      fleet: { ...view.fleet, paybackDays: 378.2817 },
      monteCarlo: { paybackDaysP50: 322.5, paidBackByThen: 0.72 },
    };
    expect(dailyViewComparison(apart, '2021-11-10')).toBe(
      'Held fixed the fleet pays back on day 378 (2022-11-23); the median path on day 323: 55 days earlier than held fixed; 72 % of paths had paid back by then.',
    );
  });

  it('dailyViewComparison() says how far the median path is from the payback held fixed, and the share paid back by then', () => {
    expect(dailyViewComparison(view, '2026-01-22')).toBe(
      'Held fixed the fleet pays back on day 1,770 (2030-11-27); the median path on day 2,100: 330 days later than held fixed; 31 % of paths had paid back by then.',
    );
    expect(dailyViewComparison(view, '2026-01-22', true)).toBe(
      'Held fixed the fleet pays back on day 1,770 (2030-11-27); the actual history on day 2,100: 330 days later than held fixed.',
    );
  });

  it('dailyViewComparison() and the payback row print 350.53 days of profit as day 350 (2018-05-02), the day the run pays back on, not day 351', () => {
    // The run counts day 0 from the start and a day's profit at its end: -capex + 351 x profit >= 0
    // first at the end of day 350 (test/engine/held-fixed-day.test.ts). 2017-05-17 + 350 days = 2018-05-02.
    const held = {
      ...view,
      cohorts: [{ ...machine, paybackDays: 350.53 }],
      fleet: { ...view.fleet, paybackDays: 350.53 },
      monteCarlo: { paybackDaysP50: 350, paidBackByThen: 0.5 },
    };
    expect(dailyViewComparison(held, '2017-05-17')).toBe(
      'Held fixed the fleet pays back on day 350 (2018-05-02); the median path on day 350: the same day as held fixed; 50 % of paths had paid back by then.',
    );
    expect(dailyViewMeasures(held, 'BTC').find((r) => r.measure === 'payback')?.cells).toEqual(['350 d']);
  });

  it('dailyViewComparison() of a run cut at the end of the history says the day held fixed is past the cut, not past the horizon', () => {
    // A 3-year replay cut on 2025-11-14 (day 531): held fixed the fleet pays back on day 578, inside
    // the horizon (1,096 days) but past the cut. It said "that day is past the horizon".
    const late = {
      ...view,
      fleet: { ...view.fleet, paybackDays: 578.4 },
      monteCarlo: { paybackDaysP50: null, paidBackByThen: null },
    };
    expect(dailyViewComparison(late, '2024-06-01', false, 'BTC', '2025-11-14')).toBe(
      'Held fixed the fleet pays back on day 578 (2025-12-31); the median path does not pay back; day 578, the payback held fixed, is past 2025-11-14, the end of the history.',
    );
    expect(dailyViewComparison(late, '2024-06-01')).toContain(
      '; day 578, the payback held fixed, is past the horizon.',
    );
  });

  it('dailyViewComparison() says one day apart in the singular: "1 day later" (it said "1 days later")', () => {
    const close = {
      ...view,
      fleet: { ...view.fleet, paybackDays: 370.26 },
      monteCarlo: { paybackDaysP50: 371, paidBackByThen: 0.495 },
    };
    expect(dailyViewComparison(close, '2017-05-17')).toBe(
      'Held fixed the fleet pays back on day 370 (2018-05-22); the median path on day 371: 1 day later than held fixed; 49.5 % of paths had paid back by then.',
    );
  });
});

describe('dailyViewComparison() of a run of one path', () => {
  it('sets the held-fixed payback against the one path, not "the median path" and "0 % of paths" (the flagship at --paths 1 said so)', () => {
    // The flagship at --paths 1: held fixed day 350, the one path pays back on day 642, so it had
    // not paid back on day 350 (its share of paths by then is 0): "292 days later" says that.
    const one: DailyView = { ...view, monteCarlo: { paybackDaysP50: 2100, paidBackByThen: 0 } };
    const text = dailyViewComparison(one, '2026-01-22', false, '', undefined, 'one path');
    expect(text).toContain('; the one path on day 2,100: ');
    expect(text).not.toMatch(/median|of paths/);
    // Many paths: unchanged.
    expect(dailyViewComparison(one, '2026-01-22')).toContain('the median path on day 2,100');
  });
});

describe('dailyViewComparison() of a run whose paths all came out the same', () => {
  it('sets the held-fixed payback against every path, not "the median path" and "0 % of paths", as the headline says "every path the same"', () => {
    // 200 identical paths (a fixed price, a network growing 50 % a year without draws): held fixed
    // the fleet pays back on day 219, every path on day 288. The terminal printed "payback (every
    // path the same) day 288" under "the median path on day 288: 69 days later than held fixed;
    // 0 % of paths had paid back by then".
    const same: DailyView = { ...view, monteCarlo: { paybackDaysP50: 2100, paidBackByThen: 0 } };
    const text = dailyViewComparison(same, '2026-01-22', false, '', undefined, 'all the same');
    expect(text).toContain('; every path (all the same) on day 2,100: ');
    expect(text).not.toMatch(/median|of paths/);
  });

  it('headlineTable() and headlineTables() of such a run say so in the calculator comparison', () => {
    const constant = (value: number) => ({
      mean: value,
      quantiles: { p5: value, p10: value, p25: value, p50: value, p75: value, p90: value, p95: value },
    });
    const sure = (p: 0 | 1) => ({ p, se: 0 });
    // Every measure the same on every path (its median), as identicalPaths() needs.
    const h = Object.fromEntries(
      Object.entries(FIXTURE_SUMMARY.headline).map(([k, v]) => [
        k,
        v !== null && typeof v === 'object' && 'quantiles' in v ? constant(v.quantiles.p50 as number) : v,
      ]),
    ) as typeof FIXTURE_SUMMARY.headline;
    const s = makeSummary({
      run: { ...FIXTURE_SUMMARY.run, paths: 200 },
      dailyView: { ...view, monteCarlo: { paybackDaysP50: 288, paidBackByThen: 0 } },
      headline: {
        ...h,
        paybackWithin1y: sure(1),
        paybackWithin2y: sure(1),
        noPayback: sure(0),
        netBelowZeroAtHorizon: sure(0),
        paybackDays: constant(288),
        netAtHorizonUsd: constant(19_992),
        roiAtHorizon: constant(1),
        roiWithSalvage: constant(1),
        npvUsd: constant(16_639),
        irr: constant(1.538),
        coinsMined: constant(41.35),
        costPerCoinUsd: constant(1325),
      },
    });
    expect(identicalPaths(s)).toBe(true);
    expect(headlineTable(s)).toContain('every path (all the same) on day 288');
    expect(headlineTables(s)[0].note).toContain('every path (all the same) on day 288');
  });
});
