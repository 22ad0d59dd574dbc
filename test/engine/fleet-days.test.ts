import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import type { SimulationPlan } from '../../src/engine/compile/plan.js';
import { simulatePath } from '../../src/engine/kernel/kernel.js';
import { sameEveryDay } from '../../src/engine/kernel/same-every-day.js';
import * as M from '../../src/engine/kernel/workspace.js';
import { makePath, makePlan } from '../fixtures/plan.js';

describe('sameEveryDay', () => {
  it('sameEveryDay() is the value of an array whose days all hold it', () => {
    expect(sameEveryDay(new Float64Array(5).fill(0.07), 5)).toBe(0.07);
  });

  it('sameEveryDay() is NaN when one day differs, even by the sign of a zero', () => {
    const prices = new Float64Array(5).fill(0.07);
    prices[4] = 0.0700000001;
    expect(sameEveryDay(prices, 5)).toBeNaN();
    const zeros = new Float64Array(3);
    zeros[1] = -0;
    expect(sameEveryDay(zeros, 3)).toBeNaN();
  });

  it('sameEveryDay() is NaN for no days, and reads only the days asked for', () => {
    expect(sameEveryDay(new Float64Array(0), 0)).toBeNaN();
    expect(sameEveryDay(Float64Array.of(0.05, 0.05, 9), 2)).toBe(0.05);
  });
});

/** Six cohorts of one to five units bought on consecutive weeks, failing at random: plain cohorts. */
function fleetPlan(tariff: Float64Array): SimulationPlan {
  return makePlan({
    days: tariff.length,
    tariffUsdPerKwh: tariff,
    cohorts: Array.from({ length: 6 }, (_, c) => ({
      units: 1 + c,
      unitPriceUsd: 2000,
      capexUsd: (1 + c) * 2000,
      purchaseDay: 7 * c,
      deployDay: 7 * c,
      failureProbPerDay: 0.004,
      degradationPerDay: 0.9995,
      maintenanceUsdPerUnitDay: 0,
    })),
  });
}

function flows(tariff: Float64Array): Float64Array {
  const plan = fleetPlan(tariff);
  const workspace = M.createKernelWorkspace(plan);
  simulatePath(plan, makePath(plan), workspace, { uniform: seedrandom('cohorts') });
  return workspace.cashFlowUsd.slice();
}

describe('runFleetColumns with a tariff the same every day', () => {
  it('gives the bits of the day-by-day tariff on every day the two tariffs share', () => {
    const days = 401;
    const flat = new Float64Array(days).fill(0.07);
    const varying = flat.slice();
    varying[days - 1] = 0.08;
    const a = flows(flat);
    const b = flows(varying);
    expect(Array.from(a.subarray(0, days - 1))).toEqual(Array.from(b.subarray(0, days - 1)));
    expect(a[days - 1]).not.toBe(b[days - 1]);
  });
});
