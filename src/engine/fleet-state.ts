// The fleet as the kernel's day loop sees it: per-cohort columns of doubles. The constant columns
// are copied from plan.cohorts at the start of every path (a few dozen stores against thousands of
// cohort-days), so the loop reads contiguous Float64Arrays instead of object fields, and a
// workspace stays correct whatever plan of the same shape it is handed.

import { failuresAtUniform } from './failures.js';
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
  /** Cache: (1 - p)^units for the alive count in cachedUnits (NaN: none). */
  noFailureProb: Float64Array;
  cachedUnits: Float64Array;
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
    cachedUnits: column(),
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
    fleet.cachedUnits[c] = Number.NaN;
  }
}

/**
 * Draws the day's failures of cohort `c` with one uniform from `rng` (see failures.ts) and removes
 * them from its alive units. The kernel applies wear and the expected-value mode itself.
 */
export function drawCohortFailures(fleet: FleetState, c: number, rng: { uniform(): number }): void {
  const units = fleet.aliveUnits[c];
  const p = fleet.failureProbPerDay[c];
  const u = rng.uniform();
  // exp and log1p cost more than the rest of a cohort-day. The alive count rarely changes, and
  // when a few units fail (1 - p)^units is updated by dividing by (1 - p) once per failed unit.
  const lost = fleet.cachedUnits[c] - units;
  if (lost !== 0) {
    if (lost > 0 && lost <= 4) {
      let q = fleet.noFailureProb[c];
      for (let k = 0; k < lost; k++) q /= 1 - p;
      fleet.noFailureProb[c] = q;
    } else fleet.noFailureProb[c] = Math.exp(units * Math.log1p(-p));
    fleet.cachedUnits[c] = units;
  }
  fleet.aliveUnits[c] = units - failuresAtUniform(units, p, fleet.noFailureProb[c], u);
}
