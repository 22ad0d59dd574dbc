// Which fitted parameters of the endogenous network (endogenous-fit.ts) sit at a limit of the fit
// rather than where the window put them: the lag at either end of the lags tried, the entry rate at
// its stability bound (entry x lag = pi/2) or its floor (5 % a year, the entry margin then taking
// up the window's growth), an entry margin the window's margins never came down to, a shutdown
// share of 0 or 1, a volatility within block luck. Each is printed as a number like the others, so
// the assumptions table's note names them. On the monthly starts 2019-01 to 2025-11, two-year fits
// put the entry rate at its stability bound on 5 of 83 starts and the shutdown at 1 on 6.
import { DAYS_PER_RATE_YEAR as YEAR } from '../../calendar.js';
import { pct } from '../model.js';
import { type EndogenousFit, FIT_LAGS_DAYS } from './endogenous-fit.js';
import { KAPPA_MIN_PER_DAY, STABLE_KAPPA_LAG } from './endogenous-fit-solve.js';
import { marginRatio } from './endogenous-path.js';

/** The scenario's endogenous parameters given (held in the fit, so never at its limits). */
export interface GivenKeys {
  lag: boolean;
  entryRate: boolean;
  entryMargin: boolean;
  shutdown: boolean;
  volatility: boolean;
}

/** The clauses naming the fitted parameters at a limit of the fit (none: an empty list). */
export function fitLimits(fit: EndogenousFit, given: GivenKeys): string[] {
  const out: string[] = [];
  const shortest = FIT_LAGS_DAYS[0];
  const longest = FIT_LAGS_DAYS[FIT_LAGS_DAYS.length - 1];
  if (!given.lag && (fit.lagDays === shortest || fit.lagDays === longest))
    out.push(`the lag at the ${fit.lagDays === shortest ? 'shortest' : 'longest'} the fit tries`);
  const most = STABLE_KAPPA_LAG / fit.lagDays;
  const least = KAPPA_MIN_PER_DAY;
  const entryBelow = !given.entryMargin && !fit.kinked && fit.entryMargin < fit.leastMargin;
  if (!given.entryRate && fit.entryPerDay >= most * (1 - 1e-9))
    out.push(
      `the entry rate at its most for a ${fit.lagDays}-day lag (entry x lag = pi/2, past which every boom orders ever larger waves of machines)`,
    );
  else if (!given.entryRate && fit.entryPerDay <= least * (1 + 1e-9))
    out.push(
      `the entry rate at its least (${pct(least * YEAR)} a year): the window shows no response of capacity to the margin${entryBelow ? `, and the entry margin is where that rate gives the window's growth, below every margin of the window (its least ${marginRatio(fit.leastMargin)}x cost)` : ''}`,
    );
  else if (entryBelow)
    out.push(
      `the entry margin below every margin of the window (its least ${marginRatio(fit.leastMargin)}x cost), so never crossed in it`,
    );
  if (!given.shutdown && (fit.shutdown === 0 || fit.shutdown === 1))
    out.push(
      fit.shutdown === 1
        ? 'the shutdown at its most (1: the operating fleet falls one for one in log with the margin below the shutdown margin)'
        : 'the shutdown at 0: the window shows none, so its margin is not read from it',
    );
  if (!given.volatility && fit.volPerSqrtDay === 0)
    out.push("the volatility at 0: the window's week-to-week moves are no larger than block luck gives them");
  return out;
}

/** The assumptions note's clause naming the parameters at a limit of the fit. */
export const fitLimitsNote = (limits: readonly string[]) =>
  `at the fit's limits, not measured by the window: ${limits.join('; ')}`;
