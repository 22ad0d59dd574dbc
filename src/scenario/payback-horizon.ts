// How far a run sees payback. A path that has not paid back by the last simulated day may pay back
// the day after or never, so a payback time past the run's days cannot be judged (a claim on it,
// P(payback <= 2 years)), unless nothing can pay back later: every cohort is gone by then
// (retired, or stranded by a change of proof of work) and the coins are sold as mined (held coins
// would still move with the price). Nor can a path pay back before the fleet's last purchase
// (engine/compile/plan.ts paybackFromDay): a run cut at the end of the history before that day
// judges every time short of it (no path pays back by then).

import { addDays, daysBetween } from '../data/dates.js';
import type { Claim } from './claims.js';
import { cohortEnd } from './loan-cohorts.js';
import type { Scenario } from './normalize.js';

/**
 * The longest payback time, days, a run of `days` days of `s` can judge, or Infinity when nothing
 * can pay back after them. A payback day is whole, day 0 the start: a time t counts the paths paid
 * back by day floor(t) (1 year, 365.25 days: by day 365), so it needs that day simulated, t < days.
 * A 1-year horizon runs 365 days, day 0 to day 364, and cannot judge 1 year: the paths paying back
 * on day 365 counted as later than a year (0.25 % of the flagship's paths, about half a standard
 * error at 10,000 paths). Returned just short of `days`, so `t > seen` is exactly `t >= days`.
 *
 * The project's payback is looked for on or after the fleet's last purchase: a path not paid back
 * by the last day simulated pays back on that day or later, so a run cut before it (a replay at the
 * end of the history) judges every time short of it: just short of the later of `days` and that
 * day. `equity`: the equity's payback, looked for from the same day unless a lease leaves its
 * cohort out or a default (with a covenant) moves it earlier (engine/kernel/books.ts): then judged
 * within the days simulated only.
 */
export function paybackSeenDays(s: Scenario, days: number = s.days, equity = false): number {
  const last = addDays(s.start, days - 1);
  const settled =
    s.treasury === 'sell-daily' &&
    s.fleet.every((_, i) => {
      const end = cohortEnd(s, i);
      return end !== undefined && end.date <= last;
    });
  if (settled) return Number.POSITIVE_INFINITY;
  let from = days;
  const moved =
    equity &&
    s.finance !== undefined &&
    (s.finance.leases.length > 0 || s.finance.loans.some((loan) => loan.marginCall !== undefined));
  if (!moved) for (const c of s.fleet) from = Math.max(from, daysBetween(s.start, c.purchased));
  return from * (1 - Number.EPSILON);
}

/**
 * Whether a run that judges payback times up to `seenDays` (paybackSeenDays) judges a claim on a
 * payback time t: `<= t` and `> t` count the paths paid back by day floor(t), so t must be short of
 * the first day not seen; `< t` and `>= t` count those paid back by day ceil(t) - 1, so t may be
 * that day itself (`payback >= 1826 days` on a 1,826-day run holds on the paths not paid back by
 * day 1,825, which it sees).
 */
export function paybackClaimJudged(claim: Pick<Claim, 'op' | 'value'>, seenDays: number): boolean {
  if (claim.op === '<' || claim.op === '>=') return paybackClaimDay(claim) <= seenDays;
  return claim.value <= seenDays;
}

/** The last day whose payback a claim on a payback time counts: floor(t) with <= or >, ceil(t) - 1 with < or >=. */
export function paybackClaimDay(claim: Pick<Claim, 'op' | 'value'>): number {
  return claim.op === '<' || claim.op === '>=' ? Math.ceil(claim.value) - 1 : Math.floor(claim.value);
}
