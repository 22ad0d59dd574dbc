// The calculator's daily view beside the paths: their answer to the question it answers.

import { heldFixedPaybackDay } from '../model/held-fixed-payback.js';
import { distribution } from './quantiles.js';
import { proportion } from './shares.js';
import type { DailyView } from './summary.js';

/**
 * The daily view with the paths' answer to the same question: their median payback, and how many
 * paid back by the calculator's day (null when that day is past the horizon).
 */
export function compareDailyView(
  view: Omit<DailyView, 'monteCarlo'>,
  paybackDay: Float64Array,
  horizonDays: number,
  antithetic: boolean,
  scratch: Float64Array,
): DailyView {
  const p50 = distribution(paybackDay, Number.POSITIVE_INFINITY, false, scratch).quantiles.p50;
  // The day the run would count for the payback held fixed (350.53 days of profit: day 350).
  const days = heldFixedPaybackDay(view.fleet.paybackDays);
  let paidBackByThen: number | null = null;
  let paidBackByThenSe: number | null = null;
  // Past the horizon no path can be seen paying back: no share then.
  if (days !== null && days < horizonDays) {
    const holds = new Uint8Array(paybackDay.length);
    for (let k = 0; k < paybackDay.length; k++) holds[k] = paybackDay[k] <= days ? 1 : 0;
    ({ p: paidBackByThen, se: paidBackByThenSe } = proportion(holds, antithetic));
  }
  // One path (a back-test, a run of one) has no error to state: the field is left out.
  return {
    ...view,
    monteCarlo: {
      paybackDaysP50: p50,
      paidBackByThen,
      ...(paybackDay.length > 1 ? { paidBackByThenSe } : {}),
    },
  };
}
