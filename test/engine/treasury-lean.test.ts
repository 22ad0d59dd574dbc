import fc from 'fast-check';
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import type { SimulationPlan } from '../../src/engine/compile/plan.js';
import { weeklyCheckpoints } from '../../src/engine/kernel/checkpoints.js';
import { simulatePath } from '../../src/engine/kernel/kernel.js';
import { isLean } from '../../src/engine/kernel/treasury-lean.js';
import * as M from '../../src/engine/kernel/workspace.js';
import { NO_CONTRACT } from '../../src/model/hosting.js';
import { makePath, makePlan } from '../fixtures/plan.js';

// The lean treasury loop (one cohort, coins sold daily, no revenue share, no trace) against the
// general one on the same plan and path: a workspace with a trace takes the general loop, one
// without takes the lean loop, and every output both write must be the same to the bit.

/** A number in [min, max] with ordinary digits (fc.double favours extremes and subnormals). */
const amount = (min: number, max: number) =>
  fc.integer({ min: 0, max: 1_000_003 }).map((k) => min + ((max - min) * k) / 1_000_003);

const planArb = fc.record({
  days: fc.integer({ min: 1, max: 200 }),
  units: fc.integer({ min: 1, max: 30 }),
  purchaseDay: fc.integer({ min: -3, max: 10 }),
  deployDay: fc.integer({ min: 0, max: 15 }),
  life: fc.integer({ min: 1, max: 300 }),
  failureProbPerDay: amount(0, 0.02),
  degradationPerDay: amount(0.998, 1),
  maintenance: amount(0, 1),
  flatTariff: fc.boolean(),
  tariff: amount(0, 0.3),
  fixed: amount(0, 20),
  flatFixed: fc.boolean(),
  operation: fc.integer({ min: 0, max: 1 }),
  nameplate: amount(0, 1),
  metered: amount(0, 0.5),
  credit: amount(0, 0.3),
  seed: fc.option(fc.integer(), { nil: null }),
});

type Case = typeof planArb extends fc.Arbitrary<infer T> ? T : never;

/** A cost that is often nothing at all (the plain stretches' sums of a constant). */
const cost = (max: number) => fc.oneof(fc.constant(0), amount(0, max));

/**
 * Plans whose stretches are mostly plain (runLeanTreasury's loop for an always-on cohort at a flat
 * tariff and flat fixed costs): units that fail by draws, or do not fail at all without them.
 */
const plainArb: fc.Arbitrary<Case> = fc
  .record({
    base: planArb,
    failureProbPerDay: fc.oneof(fc.constant(0), amount(0, 0.02)),
    degradationPerDay: fc.oneof(fc.constant(1), amount(0.998, 1)),
    maintenance: cost(1),
    fixed: cost(20),
    nameplate: cost(1),
    metered: cost(0.5),
    credit: cost(0.3),
  })
  .map(({ base, ...costs }) => ({ ...base, ...costs, flatTariff: true, flatFixed: true, operation: 0 }));

function build(c: Case): SimulationPlan {
  const varying = (base: number, flat: boolean) =>
    flat ? base : Float64Array.from({ length: c.days }, (_, d) => base * (1 + 0.3 * Math.sin(d / 5)));
  return makePlan({
    days: c.days,
    tariffUsdPerKwh: varying(c.tariff, c.flatTariff),
    fixedUsdPerDay: varying(c.fixed, c.flatFixed),
    operation: c.operation,
    contract: {
      ...NO_CONTRACT,
      nameplateUsdPerKwDay: c.nameplate,
      meteredUsdPerKwDay: c.metered,
      creditUsdPerKwDay: c.credit,
    },
    discountPerDay: 0.9997,
    cohorts: [
      {
        units: c.units,
        unitPriceUsd: 2000,
        capexUsd: c.units * 2000,
        purchaseDay: c.purchaseDay,
        deployDay: c.deployDay,
        retireDay: c.deployDay + c.life,
        failureProbPerDay: c.failureProbPerDay,
        degradationPerDay: c.degradationPerDay,
        maintenanceUsdPerUnitDay: c.maintenance,
      },
    ],
  });
}

function run(plan: SimulationPlan, c: Case, trace: boolean) {
  const price = Float64Array.from({ length: c.days }, (_, d) => 1808.75 * (1 + 0.6 * Math.sin(d / 11)));
  const path = makePath(plan, { priceUsd: price });
  const workspace = M.createKernelWorkspace(plan, { trace, checkpoints: weeklyCheckpoints(c.days) });
  const rng = c.seed === null ? null : { uniform: seedrandom(String(c.seed)) };
  const metrics = simulatePath(plan, path, workspace, rng).slice();
  return { workspace, metrics };
}

/** Runs plan `c` through the lean and the general loop and expects every output the same to the bit. */
function expectSameBits(c: Parameters<typeof build>[0]): void {
  const plan = build(c);
  const lean = run(plan, c, false);
  const general = run(plan, c, true);
  expect(Array.from(lean.metrics)).toEqual(Array.from(general.metrics));
  expect(Array.from(lean.workspace.cashFlowUsd)).toEqual(Array.from(general.workspace.cashFlowUsd));
  expect(Array.from(lean.workspace.netPositionUsd)).toEqual(Array.from(general.workspace.netPositionUsd));
  expect(Array.from(lean.workspace.checkpointValues)).toEqual(Array.from(general.workspace.checkpointValues));
}

describe('the lean treasury loop', () => {
  it('isLean() takes a one-cohort plan selling daily without a trace, and no plan with a trace', () => {
    const plan = makePlan({ days: 30 });
    expect(isLean(plan, M.createKernelWorkspace(plan))).toBe(true);
    expect(isLean(plan, M.createKernelWorkspace(plan, { trace: true }))).toBe(false);
    expect(isLean({ ...plan, treasury: 1 }, M.createKernelWorkspace(plan))).toBe(false);
  });

  it('runLeanTreasury() gives the general loop’s metrics, flows, positions and checkpoints to the bit', () => {
    fc.assert(fc.property(planArb, expectSameBits), { numRuns: 150 });
  });

  it('runLeanTreasury() gives the general loop’s bits on plain stretches (always on, flat tariff and fixed costs)', () => {
    fc.assert(fc.property(plainArb, expectSameBits), { numRuns: 300 });
  });
});
