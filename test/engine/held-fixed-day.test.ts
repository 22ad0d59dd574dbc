// The day a payback held fixed is printed on is the day the run would count for the same flows.
// The calculator's payback is continuous (capex / profit: 350.53 days of profit); the run counts
// whole days from day 0, each day's profit at its end, and pays back on the first day whose end
// finds the position at zero or above: after 350.53 days of profit, day 350 (its end is 351 days
// of profit). The daily view, the terminal, the report and `minesim quote` printed "day 351",
// one day after the day the run gives the same machine at the same conditions.
import { describe, expect, it } from 'vitest';
import { SALVAGE_FIXED } from '../../src/engine/compile/plan.js';
import { simulatePath } from '../../src/engine/kernel/kernel.js';
import { METRIC } from '../../src/engine/kernel/metrics.js';
import * as M from '../../src/engine/kernel/workspace.js';
import { paybackDays } from '../../src/model/daily-view.js';
import { heldFixedPaybackDay, paybackOnSchedule } from '../../src/model/held-fixed-payback.js';
import { makePath, makePlan } from '../fixtures/plan.js';

/** One S9 for 400 days at the start day's price, difficulty and fees held, a unit price of `unitPriceUsd`. */
function run(unitPriceUsd: number) {
  const plan = makePlan({ days: 400, cohorts: [{ unitPriceUsd }] });
  const path = makePath(plan, { difficulty: 5.6e11 });
  const workspace = M.createKernelWorkspace(plan);
  const metrics = simulatePath(plan, path, workspace).slice();
  return { paybackDay: metrics[METRIC.paybackDay], net: workspace.netPositionUsd.slice() };
}

describe('the payback day held fixed', () => {
  it('heldFixedPaybackDay() of the calculator’s 350.53 days is day 350, the day simulatePath() pays back on with the same capex and profit', () => {
    // A free machine: its position at the end of day 0 is one day's profit, the same every day.
    const free = run(0);
    const profit = free.net[0];
    expect(free.net[399] - free.net[398]).toBeCloseTo(profit, 9);
    for (const t of [350.53, 100.2, 12.999]) {
      const capex = t * profit;
      expect(paybackDays(capex, profit)).toBeCloseTo(t, 9);
      const { paybackDay } = run(capex);
      // 350.53: -capex + 350 x profit < 0 at the end of day 349, -capex + 351 x profit >= 0 at the end of day 350.
      expect(paybackDay).toBe(Math.ceil(t) - 1);
      expect(heldFixedPaybackDay(paybackDays(capex, profit))).toBe(paybackDay);
    }
  });

  it('heldFixedPaybackDay() of a fleet paid back by its resale is the sale day, the day simulatePath() pays back on', () => {
    // One S9 bought for 2,000 USD, sold on day 60 at 80 % (1,600 USD), earning p a day on days 0-59:
    // at the end of day 59 the position is -2,000 + 60 p (about -1,550: p is about 7.5 USD), on day
    // 60 the sale brings it to 60 p - 400 >= 0. Held fixed it printed day 59, a day before the sale.
    const plan = makePlan({
      days: 100,
      tariffUsdPerKwh: 0,
      cohorts: [{ unitPriceUsd: 2000, retireDay: 60, salvageMode: SALVAGE_FIXED, salvageFraction: 0.8 }],
    });
    const workspace = M.createKernelWorkspace(plan);
    const metrics = simulatePath(plan, makePath(plan, { difficulty: 5.6e11 }), workspace);
    const profit = workspace.netPositionUsd[1] - workspace.netPositionUsd[0];
    expect(workspace.netPositionUsd[59]).toBeCloseTo(-2000 + 60 * profit, 6);
    expect(metrics[METRIC.paybackDay]).toBe(60);
    const held = paybackOnSchedule(
      [
        { day: 0, usd: 2000 },
        { day: 60, usd: -1600 },
      ],
      [{ fromDay: 0, toDay: 60, usdPerDay: profit }],
    );
    expect(heldFixedPaybackDay(held)).toBe(60);
  });

  it('heldFixedPaybackDay() is day 0 for nothing at stake and null for never, as the run counts them', () => {
    expect(heldFixedPaybackDay(0)).toBe(0);
    expect(heldFixedPaybackDay(null)).toBeNull();
    // Exactly 100 days of profit: the end of day 99 is back at zero.
    expect(heldFixedPaybackDay(100)).toBe(99);
    expect(heldFixedPaybackDay(0.4)).toBe(0);
  });
});
