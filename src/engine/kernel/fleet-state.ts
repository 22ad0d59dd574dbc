// The fleet as the kernel's day loop sees it: per-cohort columns of doubles. The constant columns
// are copied from plan.cohorts at the start of every path (a few dozen stores against thousands of
// cohort-days), so the loop reads contiguous Float64Arrays instead of object fields, and a
// workspace stays correct whatever plan of the same shape it is handed.

import { unitCreditUsd, unitMeteredFeeUsd, unitNameplateFeeUsd } from '../../model/hosting.js';
import type { SimulationPlan } from '../compile/plan.js';
import { failureFreeDays, failuresOnFailureDay, type Uniform } from './failures.js';

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
  /** Energy one unit draws in a day, uptime and PUE included, kWh: times the tariff, its power bill. */
  unitDailyKwh: Float64Array;
  /** Hosting of one unit a day in its running window (nameplate fee, after the uptime credit), USD. */
  unitHostingUsd: Float64Array;
  /** Metered hosting of one unit a day it runs, USD: a cost of running (model/hosting.ts); 0 under an all-in rate, in the power price. */
  unitMeteredUsd: Float64Array;
  /** Curtailment credit of one unit a day it runs, USD. */
  unitCreditUsd: Float64Array;
  uptime: Float64Array;
  maintenanceUsdPerUnitDay: Float64Array;
  failureProbPerDay: Float64Array;
  degradationPerDay: Float64Array;
  /** Evolving: units alive (whole in random mode, fractional in expected-value mode). */
  aliveUnits: Float64Array;
  /** Evolving: hashprice on its first running day (NaN until then), for SALVAGE_HASHPRICE. */
  deployHashpriceUsd: Float64Array;
  /** Evolving: what its survivors fetched on its sale day (0 until then), for the books (engine/books.ts). */
  soldUsd: Float64Array;
  /**
   * Whether this path's failures were drawn (random mode: whole units lost on failure days, logged
   * below) rather than decayed by the expected survival (expected-value mode, nothing logged).
   */
  failuresDrawn: boolean;
  /**
   * The failure log a loan's covenant reads (covenant.ts: its collateral counts the machines left
   * on the path, as a sale does): per cohort, `failureLogDays` entries each (cohort-major; a
   * cohort fails on at most one entry a day), the first day without the units a failure day lost
   * (the day after it: failures land at a day's end) and the units alive from then. Kept only in a
   * workspace for a plan with a loan (failureLogDays 0 otherwise: nothing logged).
   */
  failureLogDays: number;
  failedFrom: Int32Array;
  failedAlive: Float64Array;
  /** Evolving: entries of the failure log per cohort. */
  failuresLogged: Int32Array;
  /** Cohorts by capex day, then by index, and those with a sale day by sale day (fleet-events.ts). */
  capexOrder: Int32Array;
  saleOrder: Int32Array;
  /** How many cohorts each order holds (a NaN day, or no sale, is left out). */
  capexes: number;
  sales: number;
  /** The plan the orders were made for. */
  orderedFor: SimulationPlan | null;
}

/** The fleet's columns for `cohortCount` cohorts, with a failure log of `logDays` entries a cohort (0: none). */
export function createFleetState(cohortCount: number, logDays = 0): FleetState {
  const column = () => new Float64Array(cohortCount);
  return {
    capexDay: column(),
    capexUsd: column(),
    deployDay: column(),
    endDay: column(),
    saleDay: column(),
    hashrateHs: column(),
    unitKw: column(),
    unitDailyKwh: column(),
    unitHostingUsd: column(),
    unitMeteredUsd: column(),
    unitCreditUsd: column(),
    uptime: column(),
    maintenanceUsdPerUnitDay: column(),
    failureProbPerDay: column(),
    degradationPerDay: column(),
    aliveUnits: column(),
    deployHashpriceUsd: column(),
    soldUsd: column(),
    failuresDrawn: false,
    failureLogDays: logDays,
    failedFrom: new Int32Array(cohortCount * logDays),
    failedAlive: new Float64Array(cohortCount * logDays),
    failuresLogged: new Int32Array(cohortCount),
    capexOrder: new Int32Array(cohortCount),
    saleOrder: new Int32Array(cohortCount),
    capexes: 0,
    sales: 0,
    orderedFor: null,
  };
}

/**
 * Loads the plan's cohorts and resets the evolving columns for a new path, whose failures are drawn
 * when `drawn` (the kernel has a source of uniforms).
 */
export function resetFleetState(fleet: FleetState, plan: SimulationPlan, drawn: boolean): void {
  const cohorts = plan.cohorts;
  fleet.failuresDrawn = drawn;
  for (let c = 0; c < cohorts.length; c++) {
    const cohort = cohorts[c];
    fleet.capexDay[c] = Math.max(cohort.purchaseDay, 0);
    fleet.capexUsd[c] = cohort.capexUsd;
    fleet.deployDay[c] = cohort.deployDay;
    fleet.endDay[c] = Math.min(cohort.retireDay, cohort.brickDay);
    fleet.saleDay[c] = cohort.retireDay < cohort.brickDay ? cohort.retireDay : -1;
    fleet.hashrateHs[c] = cohort.hashrateHs;
    fleet.unitKw[c] = cohort.powerW * 1e-3;
    fleet.unitDailyKwh[c] = fleet.unitKw[c] * cohort.uptime * 24 * plan.pue;
    fleet.unitHostingUsd[c] = unitNameplateFeeUsd(plan.contract, cohort.powerW, cohort.uptime);
    // An all-in rate is in the plan's power price (compile.ts powerTable): no metered fee beside it.
    fleet.unitMeteredUsd[c] =
      plan.contract.basis === 'all-in' ? 0 : unitMeteredFeeUsd(plan.contract, cohort.powerW, cohort.uptime);
    fleet.unitCreditUsd[c] = unitCreditUsd(plan.contract, cohort.powerW);
    fleet.uptime[c] = cohort.uptime;
    fleet.maintenanceUsdPerUnitDay[c] = cohort.maintenanceUsdPerUnitDay;
    fleet.failureProbPerDay[c] = cohort.failureProbPerDay;
    fleet.degradationPerDay[c] = cohort.degradationPerDay;
    fleet.aliveUnits[c] = cohort.units;
    fleet.deployHashpriceUsd[c] = Number.NaN;
    fleet.soldUsd[c] = 0;
    fleet.failuresLogged[c] = 0;
  }
  if (fleet.orderedFor !== plan) {
    orderFleetEvents(fleet);
    fleet.orderedFor = plan;
  }
}

/** A day index no path reaches: no failure to come. */
export const NO_FAILURE = 2 ** 30;

/**
 * Cohort `c`'s next failure day from day `from` on, given its units alive now (see failures.ts),
 * drawing one uniform; NO_FAILURE when none of its units can fail.
 */
export function nextFailureDay(
  fleet: FleetState,
  c: number,
  from: number,
  rng: NonNullable<Uniform>,
): number {
  const units = fleet.aliveUnits[c];
  const p = fleet.failureProbPerDay[c];
  if (!(units > 0 && p > 0)) return NO_FAILURE;
  const gap = failureFreeDays(units, p, rng.uniform());
  return gap < NO_FAILURE - from ? from + gap : NO_FAILURE;
}

/**
 * Cohort `c`'s failures on its failure day `day` (see failures.ts), drawing one uniform; logged
 * (FleetState.failedFrom) when the workspace keeps a log.
 */
export function failCohort(fleet: FleetState, c: number, day: number, rng: NonNullable<Uniform>): void {
  const units = fleet.aliveUnits[c];
  const p = fleet.failureProbPerDay[c];
  const q = Math.exp(units * Math.log1p(-p));
  const left = units - failuresOnFailureDay(units, p, q, rng.uniform());
  fleet.aliveUnits[c] = left;
  if (fleet.failureLogDays > 0) logFailure(fleet, c, day, left);
}

/** Logs a failure day's units left, for a loan's collateral (drawnAliveOn); kept out of failCohort's body. */
function logFailure(fleet: FleetState, c: number, day: number, left: number): void {
  const at = c * fleet.failureLogDays + fleet.failuresLogged[c]++;
  fleet.failedFrom[at] = day + 1;
  fleet.failedAlive[at] = left;
}

/**
 * Units of cohort `c` alive at the start of day `d` on a path whose failures were drawn: `bought`
 * (its units) less those its failure days before `d` lost (the failure log, by a binary search).
 */
export function drawnAliveOn(fleet: FleetState, c: number, d: number, bought: number): number {
  const n = fleet.failuresLogged[c];
  const base = c * fleet.failureLogDays;
  const from = fleet.failedFrom;
  if (n === 0 || d < from[base]) return bought;
  // The last entry whose day is at or before d: from[base + lo] <= d < from[base + hi].
  let lo = 0;
  let hi = n;
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (from[base + mid] <= d) lo = mid;
    else hi = mid;
  }
  return fleet.failedAlive[base + lo];
}

/**
 * Orders the cohorts by capex day and by sale day (ties by cohort index, the order in which a
 * day's flows are added up). A sale day of -1 (bricked first: nothing to sell) or below, which no
 * day of a run reaches, is left out, as is a NaN day, which equals no day.
 */
function orderFleetEvents(fleet: FleetState): void {
  const byDay = (day: Float64Array) => (a: number, b: number) => day[a] - day[b] || a - b;
  const all = Array.from({ length: fleet.capexDay.length }, (_, c) => c);
  const paid = all.filter((c) => !Number.isNaN(fleet.capexDay[c])).sort(byDay(fleet.capexDay));
  fleet.capexOrder.set(paid);
  fleet.capexes = paid.length;
  const sold = all.filter((c) => fleet.saleDay[c] > -1).sort(byDay(fleet.saleDay));
  fleet.saleOrder.set(sold);
  fleet.sales = sold.length;
}
