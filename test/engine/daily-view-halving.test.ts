// The daily view holds the start day fixed, as a calculator does, but the protocol fixes when the
// subsidy halves: a halving before the payback held fixed is known that day, so the view names it
// and gives the payback through it (engine/compile/daily-view.ts, model/reward-cuts.ts).

import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { dailyViewMessages as m } from '../../src/messages/daily-view.js';
import { shownCoins } from '../../src/messages/shown.js';
import { heldFixedPaybackDay } from '../../src/model/held-fixed-payback.js';
import { dailyViewComparison } from '../../src/report/daily-view-comparison.js';
import { loadScenario } from '../fixtures/scenarios.js';

describe('a halving before the payback held fixed', () => {
  it('planDailyView() of the 2026 S21 fleet names block 1,050,000 on day 809 (2028-04-10), before its payback on day 1,541 (14 days of deployment, then 1,527), after which running loses money and the shutdown rule switches the fleet off: never', async () => {
    const s = await loadScenario('s21-fleet-2026');
    const { summary } = await runMonteCarlo(s, { paths: 8, workers: 1, breakEvenPaths: 0 });
    const view = summary.dailyView!;
    const [s21] = view.cohorts;
    // Start height 933,408 (the scenario's), 144 blocks a day; fees 0.75 % of 3.125 BTC a block, held.
    const fees = 0.0075 * 3.125;
    const factor = (1.5625 + fees) / (3.125 + fees);
    expect(view.halving).toMatchObject({
      height: 1_050_000,
      date: '2028-04-10',
      rewardAfter: 1.5625,
      paybackDays: null,
    });
    expect(view.halving!.day).toBeCloseTo((1_050_000 - 933_408) / 144, 9);
    // Running would lose 500 x (6.543 x 0.5037 - 3.771) = -237.4 USD a day; the scenario's
    // shutdown rule switches the S21s off instead (no nameplate hosting, no maintenance): 0.
    expect(500 * (s21.revenueUsd * factor - s21.powerUsd)).toBeCloseTo(-237.36, 2);
    expect(view.halving!.fleetProfitAfterUsd).toBe(0);
    expect(Math.round(view.fleet.paybackDays!)).toBe(1541);
    expect(dailyViewComparison(view, s.start, false, 'BTC')).toContain(
      m.halving('1,050,000', '2028-04-10', '809', null, {
        subsidyAfter: '1.5625 BTC',
        fees: `${shownCoins(view.fees?.feesPerBlock ?? Number.NaN)} BTC`,
      }),
    );
  }, 60_000);

  it('planDailyView() of the same fleet sold on 2028-06-01 (day 861), after the halving, counts its hashprice-linked resale at the halved hashprice: never, not on the sale day', async () => {
    const s = await loadScenario('s21-fleet-2026', (d) => {
      d.fleet[0].retire = '2028-06-01';
    });
    const { summary } = await runMonteCarlo(s, { paths: 8, workers: 1, breakEvenPaths: 0 });
    const view = summary.dailyView!;
    const [s21] = view.cohorts;
    // A unit: 4,234.40 USD of capex, 2.7724 USD a day from day 14 to the halving on day 809.67
    // (switched off after it), sold on day 861 for 60 % of 3,400 USD = 2,040 held fixed.
    expect(s21.unitCapexUsd).toBeCloseTo(4234.4, 6);
    expect(s21.unitResaleUsd).toBe(2040);
    // Held fixed without the halving it pays back on the sale day: -4,234.40 + 2.7724 x 847 +
    // 2,040 = 153.8 USD, at the end of day 861 (862 days in, printed as day 861, as the run books
    // the sale in day 861's flows).
    expect(view.fleet.paybackDays).toBe(862);
    expect(heldFixedPaybackDay(view.fleet.paybackDays)).toBe(861);
    // Through the halving the resale follows the hashprice, (1.5625 + f) / (3.125 + f) = 0.50372 of
    // the first day's (f = 0.75 % of 3.125 BTC of fees), as the run prices it: -4,234.40 + 2.7724
    // x 795.67 + 2,040 x 0.50372 = -1,000.9 USD, never (at the 2,040 held: +11.5, day 861).
    const fees = 0.0075 * 3.125;
    const factor = (1.5625 + fees) / (3.125 + fees);
    expect(-4234.4 + s21.profitUsd * (view.halving!.day - 14) + 2040 * factor).toBeCloseTo(-1000.9, 1);
    expect(-4234.4 + s21.profitUsd * (view.halving!.day - 14) + 2040).toBeCloseTo(11.5, 1);
    expect(view.halving!.paybackDays).toBeNull();
  }, 60_000);

  it('planDailyView() names no halving when the payback held fixed comes first (the 2017 flagship, day 351 against 2020-05)', async () => {
    const s = await loadScenario('north-korea-2017-s9');
    const { summary } = await runMonteCarlo(s, { paths: 8, workers: 1, breakEvenPaths: 0 });
    expect(summary.dailyView!.halving).toBeUndefined();
    expect(dailyViewComparison(summary.dailyView!, s.start)).not.toContain('halving');
  }, 60_000);
});
