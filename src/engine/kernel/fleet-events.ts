// Fleet events on their days: capex paid on a cohort's purchase day, survivors sold on its
// retire day. The kernel's treasury handles them between stretches of days (treasury.ts), so its day
// loop makes no call.

import type { SimulationPlan } from '../compile/plan.js';
import { runningFrom } from './fleet-days.js';
import type { FleetState } from './fleet-state.js';
import { resaleUsd, resaleWear, resaleWornDays } from './salvage.js';

const NO_EVENT = 2 ** 30;
/** Slots of the `events` scratch fleetEvents writes. */
export const EVENT_CAPEX = 0;
export const EVENT_SALVAGE = 1;

/**
 * Day `d`'s fleet events, in cohort order: capex paid and survivors sold (at `hashprice`, the
 * resale's hashprice of the day: salvage.ts resaleHashprice).
 * Writes the day's capex and salvage into `events`. The cohorts of the day are found in the
 * orders (fleet-state.ts orderFleetEvents) by a binary search, so a fleet of many cohorts bought on many days
 * costs a few steps an event day, not a pass over every cohort.
 */
export function fleetEvents(
  plan: SimulationPlan,
  fleet: FleetState,
  d: number,
  hashprice: number,
  events: Float64Array,
): void {
  let capex = 0;
  let salvage = 0;
  const cohorts = plan.cohorts;
  const { capexDay, capexOrder, saleDay, saleOrder } = fleet;
  const capexCount = fleet.capexes;
  for (let i = firstAtOrAfter(capexDay, capexOrder, capexCount, d); i < capexCount; i++) {
    const c = capexOrder[i];
    if (capexDay[c] !== d) break;
    capex += fleet.capexUsd[c];
  }
  for (let i = firstAtOrAfter(saleDay, saleOrder, fleet.sales, d); i < fleet.sales; i++) {
    const c = saleOrder[i];
    if (saleDay[c] !== d) break;
    const worn = resaleWornDays(runningFrom(fleet, c), d);
    const sold = resaleUsd(
      cohorts[c],
      fleet.aliveUnits[c],
      hashprice,
      fleet.deployHashpriceUsd[c],
      resaleWear(cohorts[c], worn),
    );
    fleet.soldUsd[c] = sold;
    salvage += sold;
    fleet.aliveUnits[c] = 0;
  }
  events[EVENT_CAPEX] = capex;
  events[EVENT_SALVAGE] = salvage;
}

/** The first day after `d` with a fleet event (see fleetEvents), or -1 when none is left. */
export function nextFleetEvent(fleet: FleetState, d: number): number {
  const { capexDay, capexOrder, saleDay, saleOrder } = fleet;
  let next = NO_EVENT;
  const i = firstAfter(capexDay, capexOrder, fleet.capexes, d);
  if (i < fleet.capexes && capexDay[capexOrder[i]] < next) next = capexDay[capexOrder[i]];
  const j = firstAfter(saleDay, saleOrder, fleet.sales, d);
  if (j < fleet.sales && saleDay[saleOrder[j]] < next) next = saleDay[saleOrder[j]];
  return next === NO_EVENT ? -1 : next | 0;
}

/** The first position i in order[0..count) with day[order[i]] >= d (count when none). */
function firstAtOrAfter(day: Float64Array, order: Int32Array, count: number, d: number): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (day[order[mid]] < d) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first position i in order[0..count) with day[order[i]] > d (count when none). */
function firstAfter(day: Float64Array, order: Int32Array, count: number, d: number): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (day[order[mid]] <= d) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
