// The fleet as the kernel's day loop sees it: per-cohort columns of doubles. The constant columns
// are copied from plan.cohorts at the start of every path (a few dozen stores against thousands of
// cohort-days), so the loop reads contiguous Float64Arrays instead of object fields, and a
// workspace stays correct whatever plan of the same shape it is handed.

import { failuresAtUniform, noFailureThreshold, type Uniform } from './failures.js';
import type { SimulationPlan } from './plan.js';

export interface FleetState {
  /** Day capex is paid: max(purchaseDay, 0). */
  capexDay: Float64Array;
  capexUsd: Float64Array;
  deployDay: Float64Array;
  /** First day it no longer runs: min(retireDay, brickDay). */
  endDay: Float64Array;
  /** Day its survivors are sold: retireDay, or -1 when bricked first (nothing to sell). */
  saleDay: Float64Array;
  hashrateHs: Float64Array;
  /** IT load of one unit, kW. */
  unitKw: Float64Array;
  uptime: Float64Array;
  maintenanceUsdPerUnitDay: Float64Array;
  failureProbPerDay: Float64Array;
  degradationPerDay: Float64Array;
  /** Evolving: units alive (whole in random mode, fractional in expected-value mode). */
  aliveUnits: Float64Array;
  /** Evolving: degradation accumulated since deployment. */
  wearFactor: Float64Array;
  /** Evolving: hashprice on its first running day (NaN until then), for SALVAGE_HASHPRICE. */
  deployHashpriceUsd: Float64Array;
  /** Evolving: (1 - p)^aliveUnits, P(no unit fails today), kept up to date as units fail. */
  noFailureProb: Float64Array;
  /** Evolving: the day's uniform at or below which nobody fails (see failures.ts noFailureThreshold). */
  failureThreshold: Float64Array;
}

export function createFleetState(cohortCount: number): FleetState {
  const column = () => new Float64Array(cohortCount);
  return {
    capexDay: column(),
    capexUsd: column(),
    deployDay: column(),
    endDay: column(),
    saleDay: column(),
    hashrateHs: column(),
    unitKw: column(),
    uptime: column(),
    maintenanceUsdPerUnitDay: column(),
    failureProbPerDay: column(),
    degradationPerDay: column(),
    aliveUnits: column(),
    wearFactor: column(),
    deployHashpriceUsd: column(),
    noFailureProb: column(),
    failureThreshold: column(),
  };
}

/** Loads the plan's cohorts and resets the evolving columns for a new path. */
export function resetFleetState(fleet: FleetState, plan: SimulationPlan): void {
  const cohorts = plan.cohorts;
  for (let c = 0; c < cohorts.length; c++) {
    const cohort = cohorts[c];
    fleet.capexDay[c] = Math.max(cohort.purchaseDay, 0);
    fleet.capexUsd[c] = cohort.capexUsd;
    fleet.deployDay[c] = cohort.deployDay;
    fleet.endDay[c] = Math.min(cohort.retireDay, cohort.brickDay);
    fleet.saleDay[c] = cohort.retireDay < cohort.brickDay ? cohort.retireDay : -1;
    fleet.hashrateHs[c] = cohort.hashrateHs;
    fleet.unitKw[c] = cohort.powerW * 1e-3;
    fleet.uptime[c] = cohort.uptime;
    fleet.maintenanceUsdPerUnitDay[c] = cohort.maintenanceUsdPerUnitDay;
    fleet.failureProbPerDay[c] = cohort.failureProbPerDay;
    fleet.degradationPerDay[c] = cohort.degradationPerDay;
    fleet.aliveUnits[c] = cohort.units;
    fleet.wearFactor[c] = 1;
    fleet.deployHashpriceUsd[c] = Number.NaN;
    const q = Math.exp(cohort.units * Math.log1p(-cohort.failureProbPerDay));
    fleet.noFailureProb[c] = q;
    fleet.failureThreshold[c] = noFailureThreshold(cohort.units, cohort.failureProbPerDay, q);
  }
}

/**
 * Draws the path's failure uniforms into `out` up front, one per cohort per running day
 * (deployDay <= d < endDay), in the kernel's order: cohort by cohort, each cohort's days in order.
 * So a cohort's failures never depend on the cohorts after it: adding a cohort to a scenario leaves
 * the others' failures as they were.
 */
export function drawFailureUniforms(
  fleet: FleetState,
  days: number,
  rng: NonNullable<Uniform>,
  out: Float64Array,
): Float64Array {
  const { deployDay, endDay } = fleet;
  const cohortCount = deployDay.length;
  let n = 0;
  for (let c = 0; c < cohortCount; c++)
    n += Math.max(0, Math.min(Math.ceil(endDay[c]), days) - Math.max(Math.ceil(deployDay[c]), 0));
  if (rng.fillUniforms !== undefined) rng.fillUniforms(out, 0, n);
  else for (let i = 0; i < n; i++) out[i] = rng.uniform();
  return out;
}

/** The kernel's per-day fleet columns (kernel.ts runFleet): sums over the cohorts running that day. */
export interface FleetDays {
  /** Coins credited (after the pool fee) by the cohorts hashing. */
  coins: Float64Array;
  /** Power bill of the cohorts hashing, USD. */
  power: Float64Array;
  hosting: Float64Array;
  maintenance: Float64Array;
  /** Cohorts in their running window. */
  running: Float64Array;
  /** Running cohorts switched off as unprofitable. */
  off: Float64Array;
  /** Hashrate of the cohorts hashing (after uptime), H/s. */
  hashrateHs: Float64Array;
}

export function createFleetDays(days: number): FleetDays {
  const column = () => new Float64Array(days);
  return {
    coins: column(),
    power: column(),
    hosting: column(),
    maintenance: column(),
    running: column(),
    off: column(),
    hashrateHs: column(),
  };
}

/**
 * Removes the failures of cohort `c` drawn with uniform `uniforms[index]` (see failures.ts); the
 * kernel calls it only when that uniform is above the cohort's failureThreshold. It takes the
 * index, not the uniform: a double passed to a call V8 does not inline is boxed.
 */
export function drawCohortFailures(
  fleet: FleetState,
  c: number,
  uniforms: Float64Array,
  index: number,
): void {
  const units = fleet.aliveUnits[c];
  const p = fleet.failureProbPerDay[c];
  const failed = failuresAtUniform(units, p, fleet.noFailureProb[c], uniforms[index]);
  if (failed === 0) return;
  const alive = units - failed;
  fleet.aliveUnits[c] = alive;
  // exp and log1p cost more than the rest of a cohort-day: when a few units fail, (1 - p)^units is
  // updated by dividing by (1 - p) once per failed unit.
  let q = fleet.noFailureProb[c];
  if (failed <= 4) for (let k = 0; k < failed; k++) q /= 1 - p;
  else q = Math.exp(alive * Math.log1p(-p));
  fleet.noFailureProb[c] = q;
  fleet.failureThreshold[c] = noFailureThreshold(alive, p, q);
}
