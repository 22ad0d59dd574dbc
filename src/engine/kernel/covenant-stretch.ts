// The covenant's bound over the plain days between the books' events (books.ts): where a loan's
// covenant is tested daily, the books run in full only the days whose resale hashprice falls below
// the bound (covenant.ts covenantTrigger). Set at a stretch's start, the bound (boundTrigger) holds
// to the first change of a loan's collateral or of the subsidy (boundUntil), where the resale week
// is read at the later subsidy (salvage.ts resaleHashpriceAt), so it ends there and the week after
// one is formed in full (lastDayBelow); the first day below it is found here apart from the loop
// that adds up the days before it (firstDayBelow).

import type { BooksPlan } from '../../model/finance/books-plan.js';
import { testedDaily } from '../../model/finance/covenant-days.js';
import {
  SUBSIDY_STEP_COUNT,
  SUBSIDY_STEP_FIRST,
  SUBSIDY_STEP_LAST_CHANGE,
  SUBSIDY_STEP_SLOTS,
} from '../../model/network-day.js';
import type { SimulationPlan } from '../compile/plan.js';
import type { BooksWorkspace } from './books-workspace.js';
import { collateralChangeAfter, covenantTrigger } from './covenant.js';
import { resaleHashprice, resaleHashpriceAt } from './salvage.js';
import type { KernelWorkspace } from './workspace.js';

/**
 * The day to which the covenant's bound set on day `d` of a stretch of plain days ending at
 * `nextEvent` holds (runBooks): the first change of a loan's collateral (covenant.ts
 * collateralChangeAfter) or, with a balance owed, of the subsidy after `d`, or `nextEvent`.
 */
export function boundUntil(
  workspace: KernelWorkspace,
  w: BooksWorkspace,
  loans: BooksPlan['loans'],
  steps: Float64Array,
  d: number,
  nextEvent: number,
): number {
  let triggerUntil = nextEvent;
  let owed = false;
  for (let i = 0; i < loans.length; i++) {
    const loan = loans[i];
    if (!testedDaily(loan) || w.balance[i] <= 0) continue;
    owed = true;
    const until = collateralChangeAfter(workspace, loan, d, nextEvent);
    if (until < triggerUntil) triggerUntil = until;
  }
  if (owed && d < steps[SUBSIDY_STEP_LAST_CHANGE]) {
    const step = subsidyChangeAfter(steps, d);
    if (step < triggerUntil) triggerUntil = step;
  }
  return triggerUntil;
}

/**
 * The covenants' bound from day `d` to `triggerUntil` (runBooks), in coins x USD per H/s: the
 * highest of the loans' tested daily with a balance owed (covenant.ts covenantTrigger, over the
 * hashprice's unit); -Infinity if none.
 */
export function boundTrigger(
  plan: SimulationPlan,
  workspace: KernelWorkspace,
  w: BooksWorkspace,
  loans: BooksPlan['loans'],
  d: number,
  triggerUntil: number,
  hashpriceUnit: number,
): number {
  let trigger = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < loans.length; i++) {
    const loan = loans[i];
    if (!testedDaily(loan) || w.balance[i] <= 0) continue;
    const at = covenantTrigger(plan, workspace, loan, w.balance[i], d, triggerUntil) / hashpriceUnit;
    if (at > trigger) trigger = at;
  }
  return trigger;
}

/**
 * The last day of the week before d below the new bound `trigger` (or none in it: a week before
 * `d`); the first days, whose week reaches into the days before the start, are all formed (-1), as
 * is the week after a change of subsidy (from `acrossFrom` to `acrossTo`): firstDayBelow's `below`.
 */
export function lastDayBelow(
  plan: SimulationPlan,
  network: KernelWorkspace['networkDays'],
  priceUsd: Float64Array,
  d: number,
  trigger: number,
  acrossFrom: number,
  acrossTo: number,
): number {
  const coinsPerHs = network.coinsPerHs;
  const resaleDays = plan.resaleHashpriceDays;
  const resaleBefore = plan.resaleCoinsPerHsBefore;
  const steps = network.subsidySteps;
  let below = d - resaleDays;
  if (below < -1 && resaleBefore.length > 0) below = -1;
  for (let i = d > resaleDays - 1 ? d - resaleDays + 1 : 0; i < d; i++)
    if (coinsPerHs[i] * priceUsd[i] < trigger) below = i;
  if (d >= acrossFrom && d <= acrossTo) {
    const changed = subsidyChangeTo(steps, d);
    if (changed > below) below = changed;
  }
  return below;
}

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
 * The first day after `d` whose subsidy differs from the day before's (network-day.ts
 * NetworkDays.subsidySteps: a halving), or on which the subsidy changes if it is day 0;
 * +Infinity if none.
 */
function subsidyChangeAfter(steps: Float64Array, d: number): number {
  const end = SUBSIDY_STEP_FIRST + steps[SUBSIDY_STEP_COUNT] * SUBSIDY_STEP_SLOTS;
  for (let k = SUBSIDY_STEP_FIRST; k < end; k += SUBSIDY_STEP_SLOTS)
    if (steps[k] > d && (steps[k] > 0 || steps[k + 1] !== steps[k + 2])) return steps[k];
  return Number.POSITIVE_INFINITY;
}

/** The last such day on or before `d`; -Infinity if none. */
function subsidyChangeTo(steps: Float64Array, d: number): number {
  let last = Number.NEGATIVE_INFINITY;
  const end = SUBSIDY_STEP_FIRST + steps[SUBSIDY_STEP_COUNT] * SUBSIDY_STEP_SLOTS;
  for (let k = SUBSIDY_STEP_FIRST; k < end && steps[k] <= d; k += SUBSIDY_STEP_SLOTS)
    if (steps[k] > 0 || steps[k + 1] !== steps[k + 2]) last = steps[k];
  return last;
}
