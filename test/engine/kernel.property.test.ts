import fc from 'fast-check';
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import {
  type MarketPath,
  OPERATION_SHUTDOWN_UNPROFITABLE,
  paybackFromDay,
  type SimulationPlan,
  TREASURY_HOLD,
  TREASURY_SELL_DAILY,
} from '../../src/engine/compile/plan.js';
import { simulatePath } from '../../src/engine/kernel/kernel.js';
import { METRIC } from '../../src/engine/kernel/metrics.js';
import * as M from '../../src/engine/kernel/workspace.js';
import { NO_CONTRACT } from '../../src/model/hosting.js';
import { makePath, makePlan, series } from '../fixtures/plan.js';

const RUNS = 40;

/**
 * A number in [min, max]: an ordinary one (evenly spread digits) or one fc.double picks, which
 * favours the ends of the range and subnormal numbers; alone it would seldom try an ordinary value.
 */
const amount = (min: number, max: number) =>
  fc.oneof(
    fc.integer({ min: 0, max: 1_000_003 }).map((k) => min + ((max - min) * k) / 1_000_003),
    fc.double({ min, max, noNaN: true }),
  );

const cohortArb = fc.record({
  units: fc.integer({ min: 1, max: 40 }),
  unitPriceUsd: amount(0, 5000),
  purchaseDay: fc.integer({ min: -5, max: 20 }),
  deployDay: fc.integer({ min: 0, max: 30 }),
  retireOffset: fc.integer({ min: 1, max: 400 }),
  brickOffset: fc.integer({ min: 1, max: 400 }),
  failureProbPerDay: amount(0, 0.02),
  degradationPerDay: amount(0.998, 1),
  uptime: amount(0.5, 1),
  maintenanceUsdPerUnitDay: amount(0, 1),
  salvageMode: fc.integer({ min: 0, max: 2 }),
  salvageFraction: amount(0, 0.8),
});

const scenarioArb = fc.record({
  days: fc.integer({ min: 20, max: 300 }),
  cohorts: fc.array(cohortArb, { minLength: 1, maxLength: 3 }),
  tariff: amount(0, 0.3),
  hosting: amount(0, 1),
  fixed: amount(0, 20),
  operation: fc.integer({ min: 0, max: 1 }),
  treasury: fc.integer({ min: 0, max: 2 }),
  priceSwing: amount(0, 0.8),
  hashrateGrowthPerDay: amount(-0.002, 0.01),
  seed: fc.integer(),
});

type Scenario = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;

function build(s: Scenario, tariff = s.tariff): { plan: SimulationPlan; path: MarketPath } {
  const plan = makePlan({
    days: s.days,
    tariffUsdPerKwh: tariff,
    contract: { ...NO_CONTRACT, nameplateUsdPerKwDay: s.hosting },
    fixedUsdPerDay: s.fixed,
    operation: s.operation,
    treasury: s.treasury,
    discountPerDay: 0.9997,
    cohorts: s.cohorts.map(({ retireOffset, brickOffset, ...c }) => ({
      ...c,
      capexUsd: c.units * c.unitPriceUsd,
      retireDay: c.deployDay + retireOffset,
      brickDay: c.deployDay + brickOffset,
    })),
  });
  const price = new Float64Array(s.days);
  const hashrate = new Float64Array(s.days);
  for (let d = 0; d < s.days; d++) {
    price[d] = 1808.75 * (1 + s.priceSwing * Math.sin(d / 9));
    hashrate[d] = 4.3e18 * (1 + s.hashrateGrowthPerDay) ** d;
  }
  return { plan, path: makePath(plan, { priceUsd: price, networkHashrateHs: hashrate }) };
}

function simulate(plan: SimulationPlan, path: MarketPath, seed: number | null, trace = false) {
  const workspace = M.createKernelWorkspace(plan, { trace });
  const rng = seed === null ? null : { uniform: seedrandom(String(seed)) };
  const metrics = simulatePath(plan, path, workspace, rng).slice();
  return { metrics, workspace };
}

const later = (day: number) => (Number.isNaN(day) ? Number.POSITIVE_INFINITY : day);

/** The first day the net position is below 0 (-1: none). */
function firstBelowZero(net: Float64Array, days: number): number {
  for (let d = 0; d < days; d++) if (net[d] < 0) return d;
  return -1;
}

describe('simulatePath properties', () => {
  it('simulatePath() never raises the net position at a higher tariff, nor brings payback earlier when money is first at stake on the same day', () => {
    fc.assert(
      fc.property(scenarioArb, amount(0, 0.3), fc.boolean(), (s, extra, random) => {
        // A fleet that shuts down when unprofitable decides at the day's price: holding its coins
        // (held or sold to cover), a cheaper tariff can mine on a day that turns out a loss when the
        // coins are valued later (the case below). The property holds where coins are sold that day.
        if (s.operation === OPERATION_SHUTDOWN_UNPROFITABLE && s.treasury !== TREASURY_SELL_DAILY) return;
        const seed = random ? s.seed : null;
        const cheap = build(s);
        const dear = build(s, s.tariff + extra);
        const a = simulate(cheap.plan, cheap.path, seed);
        const b = simulate(dear.plan, dear.path, seed);
        expect(b.metrics[METRIC.netAtHorizonUsd]).toBeLessThanOrEqual(
          a.metrics[METRIC.netAtHorizonUsd] + 1e-6,
        );
        // Payback counts from the first day below 0. A dearer fleet can fall below 0 earlier (on a
        // day the cheaper one still earned its costs) and be back at 0 before the cheaper one ever
        // had money at stake: its payback is then earlier, and rightly so.
        const days = cheap.plan.days;
        if (
          firstBelowZero(a.workspace.netPositionUsd, days) !==
          firstBelowZero(b.workspace.netPositionUsd, days)
        )
          return;
        expect(later(b.metrics[METRIC.paybackDay])).toBeGreaterThanOrEqual(
          later(a.metrics[METRIC.paybackDay]),
        );
      }),
      { numRuns: RUNS },
    );
  });

  it('simulatePath() can end lower at a cheaper tariff when a fleet that shuts down when unprofitable holds its coins through a fall', () => {
    // Found by the property above (fast-check seed -800471399): at the cheaper tariff the free
    // machine runs its one day (revenue 7.36 USD against 4.65 USD of power at that day's price) and
    // holds the coins, worth 1e-6 USD less than the power at the horizon; at the dearer tariff it
    // never runs and ends at 0.
    const s: Scenario = {
      days: 92,
      cohorts: [
        {
          units: 1,
          unitPriceUsd: 0,
          purchaseDay: 0,
          deployDay: 25,
          retireOffset: 1,
          brickOffset: 1,
          failureProbPerDay: 0,
          degradationPerDay: 0.998,
          uptime: 0.5,
          maintenanceUsdPerUnitDay: 0,
          salvageMode: 0,
          salvageFraction: 0,
        },
      ],
      tariff: 0.29307242078273765,
      hosting: 0,
      fixed: 0,
      operation: OPERATION_SHUTDOWN_UNPROFITABLE,
      treasury: TREASURY_HOLD,
      priceSwing: 0.42828191515425457,
      hashrateGrowthPerDay: -0.00017510547468357592,
      seed: 0,
    };
    const cheap = build(s);
    const dear = build(s, s.tariff + 0.17047268858193423);
    const a = simulate(cheap.plan, cheap.path, null, true);
    const b = simulate(dear.plan, dear.path, null);
    expect(a.workspace.trace?.revenueUsd[25]).toBeGreaterThan(a.workspace.trace?.powerUsd[25] ?? Infinity);
    expect(a.metrics[METRIC.netAtHorizonUsd]).toBeLessThan(0);
    expect(b.metrics[METRIC.netAtHorizonUsd]).toBe(0);
    // Sold that day, the same mining is a gain.
    const sold = build({ ...s, treasury: TREASURY_SELL_DAILY });
    expect(simulate(sold.plan, sold.path, null).metrics[METRIC.netAtHorizonUsd]).toBeGreaterThan(2);
  });

  it('simulatePath() pays back on the first day the net position is >= 0 after a day below 0, from the fleet’s last purchase on, and on day 0 when it never falls below 0', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const { plan, path } = build(s);
        const { metrics, workspace } = simulate(plan, path, s.seed);
        const net = workspace.netPositionUsd;
        const below = firstBelowZero(net, plan.days);
        // A later cohort's capex puts money at stake again: no payback before the last purchase.
        const from = paybackFromDay(plan);
        let payback = below < 0 ? 0 : Number.NaN;
        for (let d = below + 1; below >= 0 && d < plan.days; d++) {
          if (net[d] >= 0 && d >= from) {
            payback = d;
            break;
          }
        }
        expect(metrics[METRIC.paybackDay]).toBe(payback);
      }),
      { numRuns: RUNS },
    );
  });

  it('simulatePath() never earns more revenue with more failures', () => {
    fc.assert(
      fc.property(scenarioArb, amount(0, 0.05), (s, extra) => {
        const base = build(s);
        const worse = build({
          ...s,
          cohorts: s.cohorts.map((c) => ({ ...c, failureProbPerDay: c.failureProbPerDay + extra })),
        });
        const a = simulate(base.plan, base.path, null).metrics[METRIC.revenueUsd];
        const b = simulate(worse.plan, worse.path, null).metrics[METRIC.revenueUsd];
        expect(b).toBeLessThanOrEqual(a * (1 + 1e-12));
      }),
      { numRuns: RUNS },
    );
  });

  it('simulatePath() pays a free fleet back on day 0', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const free = build(
          {
            ...s,
            hosting: 0,
            fixed: 0,
            cohorts: s.cohorts.map((c) => ({ ...c, unitPriceUsd: 0, maintenanceUsdPerUnitDay: 0 })),
          },
          0,
        );
        // A purchase on or after the horizon's last day leaves the payback not decidable (NaN):
        // the fleet is not all bought inside the run (fast-check seed 1496766514 drew a cohort
        // bought on day 20 of a 20-day run).
        const last = Math.max(...s.cohorts.map((c) => c.purchaseDay));
        const payback = simulate(free.plan, free.path, s.seed).metrics[METRIC.paybackDay];
        if (last >= s.days) expect(payback).toBeNaN();
        else expect(payback).toBe(0);
      }),
      { numRuns: RUNS },
    );
  });

  it('simulatePath() leaves a free fleet bought after the horizon not decidable', () => {
    const s = fc.sample(scenarioArb, { numRuns: 1, seed: 1 })[0];
    const late = { ...s, days: 20, cohorts: [{ ...s.cohorts[0], purchaseDay: 20 }] };
    const free = build(
      {
        ...late,
        hosting: 0,
        fixed: 0,
        cohorts: late.cohorts.map((c) => ({ ...c, unitPriceUsd: 0, maintenanceUsdPerUnitDay: 0 })),
      },
      0,
    );
    expect(simulate(free.plan, free.path, late.seed).metrics[METRIC.paybackDay]).toBeNaN();
  });

  it('simulatePath() daily flows add up to its totals and its net position', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const { plan, path } = build(s);
        const { metrics, workspace } = simulate(plan, path, s.seed, true);
        const t = workspace.trace!;
        const sum = (a: Float64Array) => a.reduce((x, y) => x + y, 0);
        const close = (a: number, b: number) => expect(a).toBeCloseTo(b, 6);
        close(sum(t.revenueUsd), metrics[METRIC.revenueUsd]);
        close(sum(t.coinsMined), metrics[METRIC.coinsMined]);
        close(sum(t.powerUsd), metrics[METRIC.powerCostUsd]);
        close(sum(t.hostingUsd) + sum(t.maintenanceUsd) + sum(t.fixedUsd), metrics[METRIC.otherCostsUsd]);
        close(sum(t.capexUsd), metrics[METRIC.capexUsd]);
        close(sum(t.salvageUsd), metrics[METRIC.salvageRealizedUsd]);
        const last = plan.days - 1;
        const final = metrics[METRIC.finalCashUsd] + metrics[METRIC.finalHeldCoins] * path.priceUsd[last];
        close(workspace.netPositionUsd[last], final);
        close(metrics[METRIC.netAtHorizonUsd], final);
        close(sum(workspace.cashFlowUsd), final + metrics[METRIC.salvageAtHorizonUsd]);
        if (plan.treasury === 0) {
          const flows = sum(t.revenueUsd) + sum(t.salvageUsd) - sum(t.capexUsd);
          close(final, flows - metrics[METRIC.powerCostUsd] - metrics[METRIC.otherCostsUsd]);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('simulatePath() is deterministic without randomness and with the same seed', () => {
    fc.assert(
      fc.property(scenarioArb, fc.boolean(), (s, random) => {
        const { plan, path } = build(s);
        const seed = random ? s.seed : null;
        const a = simulate(plan, path, seed);
        const b = simulate(plan, path, seed);
        expect(Array.from(b.metrics)).toEqual(Array.from(a.metrics));
        expect(Array.from(b.workspace.netPositionUsd)).toEqual(Array.from(a.workspace.netPositionUsd));
      }),
      { numRuns: RUNS },
    );
  });

  it('simulatePath() gives the same result when a workspace is reused for another path first', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const { plan, path } = build(s);
        const workspace = M.createKernelWorkspace(plan);
        const fresh = simulatePath(plan, path, workspace, { uniform: seedrandom('x') }).slice();
        simulatePath(plan, makePath(plan, { priceUsd: series(plan.days, 50) }), workspace, {
          uniform: seedrandom('y'),
        });
        expect(Array.from(simulatePath(plan, path, workspace, { uniform: seedrandom('x') }))).toEqual(
          Array.from(fresh),
        );
      }),
      { numRuns: RUNS },
    );
  });
});
