import { describe, expect, it } from 'vitest';
import {
  type MarketPath,
  OPERATION_SHUTDOWN_UNPROFITABLE,
  SALVAGE_FIXED,
  SALVAGE_HASHPRICE,
  type SimulationPlan,
  TREASURY_HOLD,
  TREASURY_SELL_TO_COVER,
} from '../../src/engine/compile/plan.js';
import { simulatePath } from '../../src/engine/kernel/kernel.js';
import { METRIC, METRIC_COUNT, METRICS } from '../../src/engine/kernel/metrics.js';
import * as M from '../../src/engine/kernel/workspace.js';
import { internalRateOfReturn } from '../../src/model/finance/irr.js';
import { NO_CONTRACT } from '../../src/model/hosting.js';
import { makeMoneroPlan, makePath, makePlan, type PathOptions, type PlanOptions } from '../fixtures/plan.js';

// One S9 on 2017-05-17 at difficulty 5.6e11: 13.5e12 x 86,400 / (5.6e11 x 2^32) x (12.5 + 478.87/155).
const S9_BTC_PER_DAY = 0.007560166491684826;
const S9_USD_PER_DAY = S9_BTC_PER_DAY * 1808.75; // 13.6745
// 1.323 kW x 24 h x 0.05 USD/kWh.
const S9_POWER_USD_PER_DAY = 1.5876;

interface Run {
  plan: SimulationPlan;
  path: MarketPath;
  metrics: Float64Array;
  trace: M.KernelTrace;
  workspace: M.KernelWorkspace;
}

/** Runs the default S9 plan at a fixed difficulty (no retarget) with the given overrides. */
function run(
  planOptions: PlanOptions = {},
  pathOptions: PathOptions = {},
  plan = makePlan(planOptions),
): Run {
  const path = makePath(plan, { difficulty: 5.6e11, ...pathOptions });
  const workspace = M.createKernelWorkspace(plan, { trace: true });
  const metrics = simulatePath(plan, path, workspace).slice();
  return { plan, path, metrics, trace: workspace.trace!, workspace };
}

describe('simulatePath revenue and costs', () => {
  it('simulatePath() gives one S9 the hand-computed 0.0075602 BTC and 13.6745 USD a day', () => {
    const { trace, metrics } = run({ days: 3 });
    expect(trace.coinsMined[0]).toBeCloseTo(S9_BTC_PER_DAY, 15);
    expect(trace.revenueUsd[1]).toBeCloseTo(13.674451, 5);
    expect(metrics[METRIC.coinsMined]).toBeCloseTo(3 * S9_BTC_PER_DAY, 14);
  });

  it('simulatePath() charges power as kW x 24 x tariff x PUE x uptime and hosting on IT kW', () => {
    const { trace } = run({
      days: 2,
      pue: 1.2,
      contract: { ...NO_CONTRACT, nameplateUsdPerKwDay: 0.5 },
      fixedUsdPerDay: 7,
      cohorts: [{ units: 2, uptime: 0.9, maintenanceUsdPerUnitDay: 0.25 }],
    });
    expect(trace.powerUsd[0]).toBeCloseTo(2 * S9_POWER_USD_PER_DAY * 1.2 * 0.9, 12);
    expect(trace.hostingUsd[0]).toBeCloseTo(2 * 1.323 * 0.5, 12);
    expect(trace.maintenanceUsd[0]).toBe(0.5);
    expect(trace.fixedUsd[1]).toBe(7);
    expect(trace.coinsMined[0]).toBeCloseTo(2 * 0.9 * S9_BTC_PER_DAY, 15);
  });

  it('simulatePath() takes the pool fee off the coins mined', () => {
    expect(run({ days: 1, poolFee: 0.02 }).trace.coinsMined[0]).toBeCloseTo(0.98 * S9_BTC_PER_DAY, 15);
  });

  it('simulatePath() reproduces the published 383.4 USD/PH/s/day (0.3834 per TH/s) hashprice of 2021-08-07', () => {
    const base = makePlan({ days: 1 });
    const plan = { ...base, initial: { ...base.initial, height: 695_000 } };
    const { trace } = run({}, { difficulty: 14.5e12, priceUsd: 43_629, feesPerBlock: 6.25 * 0.0134 }, plan);
    expect(trace.hashpriceUsd[0]).toBeCloseTo(383.4, 1);
  });

  it('simulatePath() decays alive units by the expected failure fraction when no rng is given', () => {
    const { trace } = run({ days: 5, cohorts: [{ units: 10, failureProbPerDay: 0.01 }] });
    expect(trace.coinsMined[4]).toBeCloseTo(10 * 0.99 ** 4 * S9_BTC_PER_DAY, 14);
  });

  it('simulatePath() applies degradation per day since deployment', () => {
    const { trace } = run({ days: 8, cohorts: [{ deployDay: 3, degradationPerDay: 0.999 }] });
    expect(trace.coinsMined[2]).toBe(0);
    expect(trace.fleetHashrateHs[7]).toBeCloseTo(13.5e12 * 0.999 ** 4, 0);
  });

  it('METRIC_NAMES names every metric slot', () => {
    expect(METRICS).toHaveLength(METRIC_COUNT);
    expect(METRICS[METRIC.finalHashpriceUsd]).toBe('finalHashpriceUsd');
  });

  it('simulatePath() reports the mean and final hashprice', () => {
    const price = Float64Array.of(1000, 3000);
    const { trace, metrics } = run({ days: 2 }, { priceUsd: price });
    expect(metrics[METRIC.meanHashpriceUsd]).toBeCloseTo(
      (trace.hashpriceUsd[0] + trace.hashpriceUsd[1]) / 2,
      12,
    );
    expect(metrics[METRIC.finalHashpriceUsd]).toBe(trace.hashpriceUsd[1]);
  });

  it('simulatePath() throws when the workspace was made for another plan', () => {
    const plan = makePlan({ days: 5 });
    const workspace = M.createKernelWorkspace(makePlan({ days: 6 }));
    expect(() => simulatePath(plan, makePath(plan), workspace)).toThrow(/6 days/);
  });
});

describe('simulatePath bricking, salvage and operation', () => {
  it('simulatePath() gives a bricked CryptoNight cohort no coins from brickDay and no salvage', () => {
    const plan = makeMoneroPlan({
      days: 10,
      cohorts: [{ brickDay: 5, salvageMode: SALVAGE_FIXED, salvageFraction: 0.5 }],
    });
    const { trace, metrics } = run({}, { difficulty: undefined }, plan);
    expect(trace.coinsMined[4]).toBeGreaterThan(0);
    expect(Array.from(trace.coinsMined.subarray(5))).toEqual([0, 0, 0, 0, 0]);
    expect(trace.powerUsd[5]).toBe(0);
    expect(metrics[METRIC.salvageAtHorizonUsd]).toBe(0);
    expect(metrics[METRIC.salvageRealizedUsd]).toBe(0);
  });

  it('simulatePath() sells a cohort on retireDay for fraction x unit price x survivors', () => {
    const { trace, metrics } = run({
      days: 15,
      cohorts: [{ units: 3, retireDay: 10, salvageMode: SALVAGE_FIXED, salvageFraction: 0.5 }],
    });
    expect(trace.salvageUsd[10]).toBe(3000);
    expect(trace.coinsMined[10]).toBe(0);
    expect(metrics[METRIC.salvageAtHorizonUsd]).toBe(0);
  });

  it('simulatePath() scales hashprice salvage by hashprice now over at deployment, capped at 1, each the week’s mean to its day', () => {
    // Sold on day 10 at a fixed difficulty: the week to it (days 4-10) is 6 days at 1,000 USD and
    // day 10 at 500, a mean of 928.57 against day 0's 1,000 (the week to day 0 is day 0 alone):
    // 3 x 2,000 x 0.5 x 0.92857 = 2,785.71 USD (1,500 on day 10's price alone). Once the price
    // halves on day 4, the week to day 10 is all at 500: 1,500 USD.
    const price = new Float64Array(15).fill(1000);
    price.fill(500, 10);
    const cohort = { units: 3, retireDay: 10, salvageMode: SALVAGE_HASHPRICE, salvageFraction: 0.5 };
    expect(run({ days: 15, cohorts: [cohort] }, { priceUsd: price }).trace.salvageUsd[10]).toBeCloseTo(
      (3000 * 6.5) / 7,
      9,
    );
    price.fill(500, 4);
    expect(run({ days: 15, cohorts: [cohort] }, { priceUsd: price }).trace.salvageUsd[10]).toBeCloseTo(
      1500,
      9,
    );
    price.fill(4000, 4);
    expect(run({ days: 15, cohorts: [cohort] }, { priceUsd: price }).trace.salvageUsd[10]).toBeCloseTo(
      3000,
      9,
    );
  });

  it('simulatePath() adds the resale of cohorts still running to ROI with salvage only', () => {
    const { metrics } = run({ days: 10, cohorts: [{ salvageMode: SALVAGE_FIXED, salvageFraction: 0.5 }] });
    const net = metrics[METRIC.netAtHorizonUsd];
    expect(net).toBeCloseTo(10 * (S9_USD_PER_DAY - S9_POWER_USD_PER_DAY) - 2000, 9);
    expect(metrics[METRIC.roiAtHorizon]).toBeCloseTo(net / 2000, 12);
    expect(metrics[METRIC.roiWithSalvage]).toBeCloseTo((net + 1000) / 2000, 12);
  });

  it('simulatePath() shuts a cohort down on days its revenue is below its power cost, still paying hosting', () => {
    const tariff = new Float64Array(10).fill(0.05);
    tariff.fill(1, 5); // 31.75 USD of power against 13.67 USD of coins
    const options = {
      days: 10,
      tariffUsdPerKwh: tariff,
      contract: { ...NO_CONTRACT, nameplateUsdPerKwDay: 1 },
    };
    const off = run({ ...options, operation: OPERATION_SHUTDOWN_UNPROFITABLE });
    expect(off.trace.coinsMined[5]).toBe(0);
    expect(off.trace.powerUsd[5]).toBe(0);
    expect(off.trace.hostingUsd[5]).toBeCloseTo(1.323, 12);
    expect(off.trace.shutDownCohorts[5]).toBe(1);
    expect(off.metrics[METRIC.daysShutDown]).toBe(5);
    const on = run(options);
    expect(on.trace.powerUsd[5]).toBeCloseTo(31.752, 9);
    expect(on.metrics[METRIC.daysShutDown]).toBe(0);
  });
});

describe('simulatePath treasury', () => {
  const price = Float64Array.of(1000, 2000, 4000);

  it('simulatePath() with sell-daily turns coins into cash at the day price', () => {
    const { trace } = run({ days: 3 }, { priceUsd: price });
    expect(trace.cashUsd[2]).toBeCloseTo(7000 * S9_BTC_PER_DAY - 3 * S9_POWER_USD_PER_DAY - 2000, 9);
    expect(trace.heldCoins[2]).toBe(0);
  });

  it('simulatePath() with hold keeps every coin and marks it to the day price', () => {
    const { trace, workspace } = run({ days: 3, treasury: TREASURY_HOLD }, { priceUsd: price });
    expect(trace.heldCoins[2]).toBeCloseTo(3 * S9_BTC_PER_DAY, 15);
    expect(trace.cashUsd[2]).toBeCloseTo(-2000 - 3 * S9_POWER_USD_PER_DAY, 9);
    expect(workspace.netPositionUsd[1]).toBeCloseTo(trace.cashUsd[1] + 2 * S9_BTC_PER_DAY * 2000, 9);
  });

  it('simulatePath() with sell-to-cover sells just enough coins for the day and holds the rest', () => {
    const { trace } = run(
      { days: 3, treasury: TREASURY_SELL_TO_COVER, cohorts: [{ capexUsd: 0 }] },
      { priceUsd: price },
    );
    const kept = (p: number) => S9_BTC_PER_DAY - S9_POWER_USD_PER_DAY / p;
    expect(trace.cashUsd[2]).toBeCloseTo(0, 12);
    expect(trace.heldCoins[2]).toBeCloseTo(kept(1000) + kept(2000) + kept(4000), 15);
  });

  it('simulatePath() with sell-to-cover lets cash go negative when coins run short', () => {
    const { trace } = run({ days: 1, treasury: TREASURY_SELL_TO_COVER }, { priceUsd: 1000 });
    expect(trace.heldCoins[0]).toBe(0);
    expect(trace.cashUsd[0]).toBeCloseTo(1000 * S9_BTC_PER_DAY - S9_POWER_USD_PER_DAY - 2000, 9);
  });
});

describe('simulatePath payback, NPV and IRR', () => {
  const profit = S9_USD_PER_DAY - S9_POWER_USD_PER_DAY; // 12.0869 USD a day

  it('simulatePath() pays 2,000 USD back on day ceil(2000 / 12.0869) - 1 = 165', () => {
    expect(Math.ceil(2000 / profit) - 1).toBe(165);
    expect(run({ days: 200 }).metrics[METRIC.paybackDay]).toBe(165);
  });

  it('simulatePath() reports payback NaN when it does not come within the horizon', () => {
    expect(run({ days: 100 }).metrics[METRIC.paybackDay]).toBeNaN();
  });

  it('simulatePath() counts payback from the first capex and pays purchases before day 0 on day 0', () => {
    const late = run({ days: 200, cohorts: [{ purchaseDay: 10, deployDay: 10 }] });
    expect(late.metrics[METRIC.paybackDay]).toBe(175);
    const early = run({ days: 5, cohorts: [{ purchaseDay: -30 }] });
    expect(early.trace.capexUsd[0]).toBe(2000);
  });

  it('simulatePath() discounts daily flows into the NPV: -2000 + P (1 - v^n) / (1 - v)', () => {
    const v = 1.1 ** (-1 / 365);
    const { metrics } = run({ days: 365, discountPerDay: v });
    expect(metrics[METRIC.npvUsd]).toBeCloseTo(-2000 + (profit * (1 - v ** 365)) / (1 - v), 6);
  });

  it('simulatePath() values held coins at the final price on the last day of the NPV', () => {
    const v = 0.999;
    const { metrics } = run({ days: 10, discountPerDay: v, treasury: TREASURY_HOLD });
    const power = (S9_POWER_USD_PER_DAY * (1 - v ** 10)) / (1 - v);
    expect(metrics[METRIC.npvUsd]).toBeCloseTo(-2000 - power + 10 * S9_USD_PER_DAY * v ** 9, 8);
  });

  it('simulatePath() reports the IRR of its daily flows, annualised', () => {
    const { metrics } = run({ days: 400 });
    const flows = new Float64Array(400).fill(profit);
    flows[0] -= 2000;
    expect(metrics[METRIC.irr]).toBeCloseTo(internalRateOfReturn(flows, 400), 9);
    expect(metrics[METRIC.irr]).toBeGreaterThan(0);
  });

  it('simulatePath() reports opex and all-in cost per coin', () => {
    const { metrics } = run({ days: 10 });
    expect(metrics[METRIC.opexPerCoinUsd]).toBeCloseTo(S9_POWER_USD_PER_DAY / S9_BTC_PER_DAY, 8);
    expect(metrics[METRIC.costPerCoinUsd]).toBeCloseTo(
      (10 * S9_POWER_USD_PER_DAY + 2000) / (10 * S9_BTC_PER_DAY),
      6,
    );
  });
});

describe('simulatePath network tables', () => {
  it('simulatePath(..., reuseNetwork) on the same network gives the same bits as stepping it again', () => {
    const plan = makePlan();
    // No replayed difficulty: the network retargets and halves, so its tables are not trivial.
    const path = makePath(plan, { networkHashrateHs: 3e19 });
    const workspace = M.createKernelWorkspace(plan, { trace: true });
    const fresh = simulatePath(plan, path, workspace).slice();
    const freshTrace = workspace.trace!.difficulty.slice();
    // A different price: the network does not depend on it, the economics do.
    const other = { ...path, priceUsd: path.priceUsd.map((p) => p * 2) };
    simulatePath(plan, other, workspace);
    const reused = simulatePath(plan, path, workspace, null, true);
    expect(reused).toEqual(fresh);
    expect(workspace.trace!.difficulty).toEqual(freshTrace);
  });
});

describe('simulatePath fleets of several cohorts', () => {
  it('simulatePath() of a fleet split into cohorts of 1, 2 and 3 units equals one cohort of 6, day by day', () => {
    // The kernel runs the last cohort inside the treasury's loop and the others through per-day
    // columns: both routes must give the same economics (expected-value mode, no failures drawn).
    const cohort = { failureProbPerDay: 0.001, degradationPerDay: 0.9995, deployDay: 2, retireDay: 40 };
    const split = run(
      { days: 60, operation: OPERATION_SHUTDOWN_UNPROFITABLE },
      {},
      makePlan({
        days: 60,
        operation: OPERATION_SHUTDOWN_UNPROFITABLE,
        cohorts: [1, 2, 3].map((units) => ({ ...cohort, units, capexUsd: 1000 * units })),
      }),
    );
    const whole = run({
      days: 60,
      operation: OPERATION_SHUTDOWN_UNPROFITABLE,
      cohorts: [{ ...cohort, units: 6, capexUsd: 6000 }],
    });
    for (const column of [
      'coinsMined',
      'powerUsd',
      'hostingUsd',
      'maintenanceUsd',
      'fleetHashrateHs',
    ] as const) {
      for (let d = 0; d < 60; d++) {
        const [a, b] = [split.trace[column][d], whole.trace[column][d]];
        expect(b === 0 ? a : Math.abs(a / b - 1)).toBeLessThan(1e-12);
      }
    }
    for (let d = 0; d < 60; d++) {
      expect(split.trace.runningCohorts[d]).toBe(d >= 2 && d < 40 ? 3 : 0);
    }
    expect(split.metrics[METRIC.netAtHorizonUsd]).toBeCloseTo(whole.metrics[METRIC.netAtHorizonUsd], 6);
  });
});
