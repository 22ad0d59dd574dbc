// Hosting contracts and curtailment credits in the kernel, against hand computations on one S9
// at a fixed difficulty and price (13.6745 USD of coins and 1.5876 USD of power a day at
// 0.05 USD/kWh; see kernel.test.ts), and compiled from scenarios.
import { describe, expect, it } from 'vitest';
import { compilePlan } from '../../src/engine/compile/compile.js';
import { loadCompileInputs } from '../../src/engine/compile/inputs.js';
import { OPERATION_SHUTDOWN_UNPROFITABLE } from '../../src/engine/compile/plan.js';
import { simulatePath } from '../../src/engine/kernel/kernel.js';
import { METRIC } from '../../src/engine/kernel/metrics.js';
import * as M from '../../src/engine/kernel/workspace.js';
import { type ContractTerms, NO_CONTRACT } from '../../src/model/hosting.js';
import { contractTerms, DAYS_PER_MONTH } from '../../src/scenario/contract-terms.js';
import { makePath, makePlan, type PlanOptions } from '../fixtures/plan.js';
import { scenarioOf } from '../fixtures/scenarios.js';

const S9_BTC_PER_DAY = 0.007560166491684826;
const S9_USD_PER_DAY = S9_BTC_PER_DAY * 1808.75;
const S9_POWER_USD_PER_DAY = 1.5876;
const S9_KW = 1.323;

function run(contract: Partial<ContractTerms>, options: PlanOptions = {}) {
  const plan = makePlan({ days: 10, ...options, contract: { ...NO_CONTRACT, ...contract } });
  const path = makePath(plan, { difficulty: 5.6e11 });
  const workspace = M.createKernelWorkspace(plan, { trace: true });
  const metrics = simulatePath(plan, path, workspace).slice();
  return { metrics, trace: workspace.trace! };
}

describe('hosting bases in the kernel', () => {
  it('simulatePath() charges a nameplate fee pro rata when the cohort’s uptime is below the minimum', () => {
    const { trace } = run({ nameplateUsdPerKwDay: 1, minimumUptime: 0.95 }, { cohorts: [{ uptime: 0.9 }] });
    expect(trace.hostingUsd[0]).toBeCloseTo((S9_KW * 0.9) / 0.95, 12);
    const met = run({ nameplateUsdPerKwDay: 1, minimumUptime: 0.9 }, { cohorts: [{ uptime: 0.95 }] });
    expect(met.trace.hostingUsd[0]).toBeCloseTo(S9_KW, 12);
  });

  it('simulatePath() charges a metered fee on kW x uptime, only on days the cohort runs, and the shutdown rule counts it', () => {
    // 10 USD per kW drawn a day: 1.323 x 0.9 x 10 = 11.907 USD, against 12.307 USD of coins and 1.429 USD of power.
    const on = run({ meteredUsdPerKwDay: 10 }, { cohorts: [{ uptime: 0.9 }] });
    expect(on.trace.hostingUsd[0]).toBeCloseTo(S9_KW * 0.9 * 10, 12);
    const off = run(
      { meteredUsdPerKwDay: 10 },
      { cohorts: [{ uptime: 0.9 }], operation: OPERATION_SHUTDOWN_UNPROFITABLE },
    );
    expect(off.trace.shutDownCohorts[0]).toBe(1);
    expect(off.trace.hostingUsd[0]).toBe(0);
    expect(off.metrics[METRIC.netAtHorizonUsd]).toBe(-2000);
    // The same fee on nameplate power is reserved capacity: the rule leaves the cohort on.
    const nameplate = run(
      { nameplateUsdPerKwDay: 10 * 0.9 },
      { cohorts: [{ uptime: 0.9 }], operation: OPERATION_SHUTDOWN_UNPROFITABLE },
    );
    expect(nameplate.trace.shutDownCohorts[0]).toBe(0);
  });

  it('simulatePath() gives the site its revenue share of the coins', () => {
    const { trace, metrics } = run({ siteShare: 0.3, siteShareAfter: 0.3 });
    expect(trace.coinsMined[0]).toBeCloseTo(0.7 * S9_BTC_PER_DAY, 15);
    expect(trace.revenueUsd[0]).toBeCloseTo(0.7 * S9_USD_PER_DAY, 10);
    expect(metrics[METRIC.netAtHorizonUsd]).toBeCloseTo(
      10 * (0.7 * S9_USD_PER_DAY - S9_POWER_USD_PER_DAY) - 2000,
      8,
    );
  });

  it('simulatePath() flips a 30/70 waterfall to 50/50 the day after the owner’s margin reaches the capex', () => {
    // Owner's margin a day: 0.7 x 13.6745 - 1.5876 = 7.9845 USD; 30 USD is reached on day 3 (31.94 USD).
    const { trace } = run({ siteShare: 0.3, siteShareAfter: 0.5, recoverUsd: 30 });
    const margin = 0.7 * S9_USD_PER_DAY - S9_POWER_USD_PER_DAY;
    expect(3 * margin).toBeLessThan(30);
    expect(4 * margin).toBeGreaterThanOrEqual(30);
    for (let d = 0; d <= 3; d++) expect(trace.coinsMined[d]).toBeCloseTo(0.7 * S9_BTC_PER_DAY, 15);
    for (let d = 4; d < 10; d++) expect(trace.coinsMined[d]).toBeCloseTo(0.5 * S9_BTC_PER_DAY, 15);
  });

  it('simulatePath() never flips a waterfall whose capex the margin does not reach', () => {
    const { trace } = run({ siteShare: 0.3, siteShareAfter: 0.5, recoverUsd: 1e6 });
    expect(trace.coinsMined[9]).toBeCloseTo(0.7 * S9_BTC_PER_DAY, 15);
  });
});

describe('curtailment credits in the kernel', () => {
  it('simulatePath() pays credits on running days and reports the cost of power net of them', () => {
    const { metrics, trace } = run({ creditUsdPerKwDay: 0.1 });
    const credits = 10 * S9_KW * 0.1;
    expect(metrics[METRIC.curtailmentCreditsUsd]).toBeCloseTo(credits, 12);
    expect(metrics[METRIC.powerCostUsd]).toBeCloseTo(10 * S9_POWER_USD_PER_DAY, 10);
    expect(metrics[METRIC.powerCostNetUsd]).toBeCloseTo(10 * S9_POWER_USD_PER_DAY - credits, 10);
    expect(metrics[METRIC.netAtHorizonUsd]).toBeCloseTo(
      10 * (S9_USD_PER_DAY - S9_POWER_USD_PER_DAY) + credits - 2000,
      8,
    );
    expect(trace.cashUsd[0]).toBeCloseTo(S9_USD_PER_DAY - S9_POWER_USD_PER_DAY + S9_KW * 0.1 - 2000, 10);
  });

  it('simulatePath() earns no credits on days a cohort is shut down', () => {
    const tariff = new Float64Array(10).fill(0.05).fill(1, 5);
    const { metrics } = run(
      { creditUsdPerKwDay: 0.1 },
      { tariffUsdPerKwh: tariff, operation: OPERATION_SHUTDOWN_UNPROFITABLE },
    );
    expect(metrics[METRIC.daysShutDown]).toBe(5);
    expect(metrics[METRIC.curtailmentCreditsUsd]).toBeCloseTo(5 * S9_KW * 0.1, 12);
  });

  it('simulatePath() adds credits and metered fees of every cohort in the fleet columns', () => {
    const two = run({ creditUsdPerKwDay: 0.1, meteredUsdPerKwDay: 0.2 }, { cohorts: [{}, { units: 2 }] });
    expect(two.metrics[METRIC.curtailmentCreditsUsd]).toBeCloseTo(10 * 3 * S9_KW * 0.1, 10);
    expect(two.trace.hostingUsd[0]).toBeCloseTo(3 * S9_KW * 0.2, 12);
  });
});

describe('contract terms compiled from a scenario', () => {
  it('contractTerms() reads each basis in USD per kW a day', () => {
    const month = DAYS_PER_MONTH;
    expect(contractTerms(10 / 1000 / month, undefined, 1, 0).nameplateUsdPerKwDay).toBeCloseTo(
      10 / month,
      12,
    );
    const metered = contractTerms(
      { basis: 'per-kw', rate: 10 / 1000 / month, on: 'metered' },
      undefined,
      1,
      0,
    );
    expect(metered.meteredUsdPerKwDay).toBeCloseTo(10 / month, 12);
    expect(metered.nameplateUsdPerKwDay).toBe(0);
    expect(contractTerms({ basis: 'all-in', rate: 0.075 }, undefined, 1, 0).meteredUsdPerKwDay).toBeCloseTo(
      1.8,
      12,
    );
    const share = contractTerms(
      { basis: 'revenue-share', share: 0.3, waterfall: { after: 0.5 } },
      undefined,
      1,
      5000,
    );
    expect([share.siteShare, share.siteShareAfter, share.recoverUsd]).toEqual([0.3, 0.5, 5000]);
    // 20 hours a month at 60 USD/MWh and PUE 1.1: 1.1 x (20 / 30.4375) h a day x 0.06 USD/kWh per kW.
    const credit = contractTerms(0, { credit: 0.06, budget: 20 / 24 }, 1.1, 0).creditUsdPerKwDay;
    expect(credit).toBeCloseTo((1.1 * 20 * 0.06) / month, 12);
  });

  it('compilePlan() pays the deposit on day 0 and keeps it held while the contract renews: back on the horizon’s last day', async () => {
    const s = await scenarioOf(`
name: deposit
start: 2021-01-01
horizon: 2 years
fleet:
  - { model: Antminer S19, count: 10, unitPrice: 5000 USD }
power:
  price: 0.05 USD/kWh
  hosting: { basis: per-kw, rate: 10 USD/kW/month, deposit: 2 months, term: 1 year }
costs: { fixed: 100 USD/month }
`);
    const plan = compilePlan(s, await loadCompileInputs(s));
    const kw = (10 * plan.cohorts[0].powerW) / 1000;
    const deposit = 2 * 10 * kw;
    const fixed = 100 / DAYS_PER_MONTH;
    expect(plan.fixedUsdPerDay[0]).toBeCloseTo(fixed + deposit, 9);
    // The 1-year term renews on day 365 (the fleet still hosted): the deposit stays with the site.
    expect(plan.fixedUsdPerDay[365]).toBeCloseTo(fixed, 12);
    expect(plan.fixedUsdPerDay[plan.days - 1]).toBeCloseTo(fixed - deposit, 9);
    expect(plan.fixedUsdPerDay[1]).toBeCloseTo(fixed, 12);
    expect(plan.contract.nameplateUsdPerKwDay).toBeCloseTo(10 / DAYS_PER_MONTH, 12);
  });
});
