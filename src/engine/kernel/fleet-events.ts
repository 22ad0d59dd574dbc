// Fleet events on their days: capex paid on a cohort's purchase day, survivors sold on its
// retire day. The kernel's treasury handles them between stretches of days (kernel.ts), so its day
// loop makes no call.

import type { SimulationPlan } from '../compile/plan.js';
import type { FleetState } from './fleet-state.js';
import { resaleUsd } from './salvage.js';

const NO_EVENT = 2 ** 30;
/** Slots of the `events` scratch fleetEvents writes. */
export const EVENT_CAPEX = 0;
export const EVENT_SALVAGE = 1;

/**
 * Day `d`'s fleet events, in cohort order: capex paid and survivors sold (at the day's hashprice).
 * Writes the day's capex and salvage into `events`.
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
  for (let c = 0; c < cohorts.length; c++) {
    if (d === fleet.capexDay[c]) capex += fleet.capexUsd[c];
    if (d === fleet.saleDay[c]) {
      const sold = resaleUsd(cohorts[c], fleet.aliveUnits[c], hashprice, fleet.deployHashpriceUsd[c]);
      fleet.soldUsd[c] = sold;
      salvage += sold;
      fleet.aliveUnits[c] = 0;
    }
  }
  events[EVENT_CAPEX] = capex;
  events[EVENT_SALVAGE] = salvage;
}

/** The first day after `d` with a fleet event (see fleetEvents), or -1 when none is left. */
export function nextFleetEvent(fleet: FleetState, d: number): number {
  let next = NO_EVENT;
  for (let c = 0; c < fleet.capexDay.length; c++) {
    const capexDay = fleet.capexDay[c];
    const saleDay = fleet.saleDay[c];
    if (capexDay > d && capexDay < next) next = capexDay;
    if (saleDay > d && saleDay < next) next = saleDay;
  }
  return next === NO_EVENT ? -1 : next | 0;
}
