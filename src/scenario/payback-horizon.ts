// How far a run sees payback. A path that has not paid back by the last simulated day may pay back
// the day after or never, so a payback time past the run's days cannot be judged (a claim on it,
// P(payback <= 2 years)), unless nothing can pay back later: every cohort is gone by then
// (retired, or stranded by a change of proof of work) and the coins are sold as mined (held coins
// would still move with the price).

import { addDays } from '../data/dates.js';
import { cohortEnd } from './loan-cohorts.js';
import type { Scenario } from './normalize.js';

/**
 * The longest payback time, days, a run of `days` days of `s` can judge, or Infinity when nothing
 * can pay back after them. A payback day is whole, day 0 the start: a time t counts the paths paid
 * back by day floor(t) (1 year, 365.25 days: by day 365), so it needs that day simulated, t < days.
 * A 1-year horizon runs 365 days, day 0 to day 364, and cannot judge 1 year: the paths paying back
 * on day 365 counted as later than a year (0.25 % of the flagship's paths, about half a standard
 * error at 10,000 paths). Returned just short of `days`, so `t > seen` is exactly `t >= days`.
 */
export function paybackSeenDays(s: Scenario, days: number = s.days): number {
  const last = addDays(s.start, days - 1);
  const settled =
    s.treasury === 'sell-daily' &&
    s.fleet.every((_, i) => {
      const end = cohortEnd(s, i);
      return end !== undefined && end.date <= last;
    });
  return settled ? Number.POSITIVE_INFINITY : days * (1 - Number.EPSILON);
}
