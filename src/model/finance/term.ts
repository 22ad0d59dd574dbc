// A financing contract's term (a loan's, a lease's, a swap's): whole months of 30.4375 days (a
// twelfth of 365.25), counted from the contract's first day, each ending on its day rounded
// (loan.ts paymentDay). The scenario gives a term as a duration in days; it is a contract only as
// whole months, so a term that is not one (45 days) is refused at validation, never rounded, and
// every place that needs the months reads them here.

import { DAYS_PER_MONTH, paymentDay } from './loan.js';

/**
 * How far a term given in days may lie from whole months: half a day, the rounding of a month's
 * end to its day. So 30, 61, 91, 183, 365 and 730 days are 1, 2, 3, 6, 12 and 24 months; 1095
 * days is not 36 months (1095.75 days, whose last month ends a day later).
 */
export const MONTH_SLACK_DAYS = 0.5;

/** Slack for the last bits of a unit's conversion (`3 years` is 1095.75 days, not a bit more). */
const ROUNDING_DAYS = 1e-9;

/** The whole months (at least 1) a term of `days` days is, to within half a day; NaN when it is none. */
export function wholeMonths(days: number): number {
  const months = Math.round(days / DAYS_PER_MONTH);
  if (months < 1) return Number.NaN;
  return Math.abs(days - months * DAYS_PER_MONTH) <= MONTH_SLACK_DAYS + ROUNDING_DAYS ? months : Number.NaN;
}

/** The whole-month terms on either side of `days` days: [the longest below (at least 1), the shortest above]. */
export function monthsAround(days: number): [number, number] {
  const below = Math.max(1, Math.floor(days / DAYS_PER_MONTH));
  return [below, Math.max(below + 1, Math.ceil(days / DAYS_PER_MONTH))];
}

/**
 * The months of a validated term (the schema refuses a term that is not whole months: a contract
 * is never silently rounded). A term that is none here is minesim's bug, not the user's.
 */
export function termMonths(days: number): number {
  const months = wholeMonths(days);
  if (Number.isNaN(months))
    throw new Error(`a term of ${days} days is not whole months: the schema should have refused it`);
  return months;
}

/**
 * The day index on which a contract from `startDay` pays its month k, within a horizon of `days`
 * days (index `days - 1` its last): startDay + round(k x 30.4375), or the horizon's last day when
 * that is the day after it. That day is where the horizon ends (day `days` begins as day `days -
 * 1` ends): 60 months and 5 years are both 1826.25 days, the horizon simulated as 1826 whole days
 * and month 60 from its start ending on day round(1826.25) = 1826, so the contract ends with it.
 */
export function dueDay(startDay: number, k: number, days: number): number {
  const day = paymentDay(startDay, k);
  return day === days ? days - 1 : day;
}

/** Whether a term of `months` months from `startDay` ends within a horizon of `days` days (its last month's end due by dueDay on or before its last day). */
export function endsWithin(startDay: number, months: number, days: number): boolean {
  return paymentDay(startDay, months) <= days;
}

/** The longest whole-month term from `startDay` that ends within a horizon of `days` days; 0 when not even a month does. */
export function longestTermWithin(startDay: number, days: number): number {
  let months = Math.max(0, Math.ceil((days - startDay) / DAYS_PER_MONTH) + 1);
  while (months > 0 && !endsWithin(startDay, months, days)) months--;
  return months;
}
