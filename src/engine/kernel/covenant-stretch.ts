// The covenant's bound over the plain days between the books' events (books.ts): where a loan's
// covenant is tested daily, the books run in full only the days whose resale hashprice falls below
// the bound (covenant.ts covenantTrigger), found here apart from the loop that adds up the days
// before them (firstDayBelow); the bound holds to the next change of subsidy, where the resale
// week is read at the later subsidy (salvage.ts resaleHashpriceAt), so it ends there
// (subsidyChangeAfter) and the week after one is formed in full (subsidyChangeTo).

import { SUBSIDY_STEP_COUNT, SUBSIDY_STEP_FIRST, SUBSIDY_STEP_SLOTS } from '../../model/network-state.js';
import type { SimulationPlan } from '../compile/plan.js';
import { resaleHashprice, resaleHashpriceAt } from './salvage.js';
import type { KernelWorkspace } from './workspace.js';

/**
 * The first day of [from, to) whose covenant runBooks checks in full: its resale hashprice (in coins
 * x USD per H/s) below `trigger`. The week's mean is at least its lowest day's hashprice, so it is
 * formed only within a week of a day below `trigger` (`below`: the last such day before `from`),
 * read at the later subsidy from `firstWeek` on and across a change of subsidy (from `acrossFrom`
 * to `acrossTo`: salvage.ts resaleHashpriceAt). `to` if none. The days before it only add up
 * their flows: looked for apart from them, this loop carries no sum from day to day.
 */
export function firstDayBelow(
  plan: SimulationPlan,
  network: KernelWorkspace['networkDays'],
  priceUsd: Float64Array,
  from: number,
  to: number,
  trigger: number,
  below: number,
  firstWeek: number,
  acrossFrom: number,
  acrossTo: number,
): number {
  const coinsPerHs = network.coinsPerHs;
  const resaleDays = plan.resaleHashpriceDays;
  let d = from;
  while (d < to) {
    // A week or more after the last day below the bound, only the days' own hashprices are read,
    // to the next day below it (a loop without a call, which V8 keeps in registers).
    if (d - below >= resaleDays) {
      while (d < to && !(coinsPerHs[d] * priceUsd[d] < trigger)) d++;
      if (d === to) break;
    }
    if (coinsPerHs[d] * priceUsd[d] < trigger) below = d;
    if (
      d - below < resaleDays &&
      (d < firstWeek || (d >= acrossFrom && d <= acrossTo)
        ? resaleHashpriceAt(plan, network, priceUsd, d)
        : resaleHashprice(coinsPerHs, priceUsd, d, resaleDays, plan.resaleCoinsPerHsBefore)) < trigger
    )
      return d;
    d++;
  }
  return to;
}

/**
 * The first day after `d` whose subsidy differs from the day before's (network-day-tables.ts
 * NetworkDays.subsidySteps: a halving), or on which the subsidy changes if it is day 0;
 * +Infinity if none.
 */
export function subsidyChangeAfter(steps: Float64Array, d: number): number {
  const end = SUBSIDY_STEP_FIRST + steps[SUBSIDY_STEP_COUNT] * SUBSIDY_STEP_SLOTS;
  for (let k = SUBSIDY_STEP_FIRST; k < end; k += SUBSIDY_STEP_SLOTS)
    if (steps[k] > d && (steps[k] > 0 || steps[k + 1] !== steps[k + 2])) return steps[k];
  return Number.POSITIVE_INFINITY;
}

/** The last such day on or before `d`; -Infinity if none. */
export function subsidyChangeTo(steps: Float64Array, d: number): number {
  let last = Number.NEGATIVE_INFINITY;
  const end = SUBSIDY_STEP_FIRST + steps[SUBSIDY_STEP_COUNT] * SUBSIDY_STEP_SLOTS;
  for (let k = SUBSIDY_STEP_FIRST; k < end && steps[k] <= d; k += SUBSIDY_STEP_SLOTS)
    if (steps[k] > 0 || steps[k + 1] !== steps[k + 2]) last = steps[k];
  return last;
}
