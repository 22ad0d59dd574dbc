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
  /** Metered (or all-in) hosting of one unit a day it runs, USD: a cost of running (model/hosting.ts). */
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
  /** Cohorts by capex day, then by index, and those with a sale day by sale day (fleet-events.ts). */
  capexOrder: Int32Array;
  saleOrder: Int32Array;
  /** How many cohorts each order holds (a NaN day, or no sale, is left out). */
  capexes: number;
  sales: number;
  /** The plan the orders were made for. */
  orderedFor: SimulationPlan | null;
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
    capexOrder: new Int32Array(cohortCount),
    saleOrder: new Int32Array(cohortCount),
    capexes: 0,
    sales: 0,
    orderedFor: null,
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
    fleet.unitDailyKwh[c] = fleet.unitKw[c] * cohort.uptime * 24 * plan.pue;
    fleet.unitHostingUsd[c] = unitNameplateFeeUsd(plan.contract, cohort.powerW, cohort.uptime);
    fleet.unitMeteredUsd[c] = unitMeteredFeeUsd(plan.contract, cohort.powerW, cohort.uptime);
    fleet.unitCreditUsd[c] = unitCreditUsd(plan.contract, cohort.powerW);
    fleet.uptime[c] = cohort.uptime;
    fleet.maintenanceUsdPerUnitDay[c] = cohort.maintenanceUsdPerUnitDay;
    fleet.failureProbPerDay[c] = cohort.failureProbPerDay;
    fleet.degradationPerDay[c] = cohort.degradationPerDay;
    fleet.aliveUnits[c] = cohort.units;
    fleet.deployHashpriceUsd[c] = Number.NaN;
    fleet.soldUsd[c] = 0;
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

/** Cohort `c`'s failures on its failure day (see failures.ts), drawing one uniform. */
export function failCohort(fleet: FleetState, c: number, rng: NonNullable<Uniform>): void {
  const units = fleet.aliveUnits[c];
  const p = fleet.failureProbPerDay[c];
  const q = Math.exp(units * Math.log1p(-p));
  fleet.aliveUnits[c] = units - failuresOnFailureDay(units, p, q, rng.uniform());
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
