// Fits the endogenous network (endogenous.ts) on the history strictly before a start date. The
// model, per day t, with u the log margin of a frontier machine (hashprice over its power cost):
//   k_t = k_{t-1} + kappa (u_{t-L} - u*)^+ + sigma e_t      installed capacity (log)
//   h_t = k_t - psi (u_off - u_{t-1})^+                      operating hashrate (log)
// The fit works on weekly means, which average out the block luck in a day's implied hashrate:
// with C_t the running sum of u_{t-L} and s_t = (u_off - u_{t-1})^+, and the entry term linear
// while the margin stays above u*, the difference of week means is exactly
//   hbar_w - hbar_{w-1} = 7 b0 + kappa (Cbar_w - Cbar_{w-1}) - psi (sbar_w - sbar_{w-1}) + noise,
// with b0 = -kappa u*. Least squares within the parameters' bounds (endogenous-fit-solve.ts)
// gives (b0, kappa, psi) for each lag L (1 week to a year) and shutdown margin u_off (quantiles of
// the window's margins). Where the margin crosses u*, the running sum is of (u_{t-L} - u*)^+
// without the intercept, for u* on a grid of the margins' quantiles (refined around the best). The
// combination with the least squared error wins. The noise of a week-mean difference of a random
// walk is sigma^2 (2 n^2 + 1) / 3n (n = 7), plus twice the luck of a week's mean
// (1 / (7 x blocks a day)); sigma is solved from that.

import type { Window } from '../calibrate.js';
import { meanDifferenceLuck, meanDifferenceWalkVariance } from './block-luck.js';
import { hacStandardError } from './endogenous-fit-error.js';
import { KAPPA_MIN_PER_DAY, STABLE_KAPPA_LAG, solve, WEEK } from './endogenous-fit-solve.js';

/**
 * The lags tried, days, in whole weeks: every week to 8 (the published lead of price over
 * hashrate is 1-6 weeks), then up to a year (deliveries in a boom, and costs that adjust to the
 * price over months to a year).
 */
export const FIT_LAGS_DAYS = [7, 14, 21, 28, 35, 42, 49, 56, 91, 119, 182, 273, 364] as const;
/** Quantiles of the window's margins tried as the entry margin (besides one below them all). */
const ENTRY_QUANTILES = [0.05, 0.15, 0.25, 0.35, 0.45, 0.55, 0.65, 0.75, 0.85, 0.95] as const;
/** Quantiles of the window's margins tried as the shutdown margin. */
const SHUTDOWN_QUANTILES = [0.02, 0.05, 0.1, 0.2, 0.3, 0.5] as const;
/** Days of margins the fit reads before the window (the longest lag and a day). */
export const FIT_LEAD_DAYS = FIT_LAGS_DAYS[FIT_LAGS_DAYS.length - 1] + 1;
/**
 * The fewest weeks a fit reads (11 differences): the least the earlier starts a scored mixture
 * reads its weights from fit on (network/score.ts), where a weak fit is scored for what it is.
 */
export const FIT_MIN_WEEKS = 12;
/**
 * The fewest weeks a scenario's own fit reads: a year of them, its longest lag. On the monthly
 * starts 2019-01 to 2025-11, fits on 12 weeks put the entry rate at its stability bound on 44 of
 * 83 starts and moved the lag between one month's start and the next on 67 of 82 (a year's: 20
 * and 52; two years': 5 and 44); every fitted parameter was printed as the network's.
 */
export const SCENARIO_FIT_MIN_WEEKS = 52;
/** Variance of a difference of week means of a unit random walk: (2 n^2 + 1) / 3n for n = 7. */
const WEEK_MEAN_WALK_VARIANCE = meanDifferenceWalkVariance(WEEK, WEEK);

export interface EndogenousFit {
  lagDays: number;
  /** kappa: log growth of installed capacity a day per unit of log margin above u*. */
  entryPerDay: number;
  /** u*: the log margin at which ordering stops. */
  entryMargin: number;
  /** u_off: the log margin below which machines switch off. */
  shutdownMargin: number;
  /** psi: log share of the fleet switched off per unit of log margin below u_off (0 to 1). */
  shutdown: number;
  volPerSqrtDay: number;
  /** Weeks of differences behind the fit. */
  weeks: number;
  /** Whether the margin crossed the entry margin in the window (else u* is the intercept's). */
  kinked: boolean;
  /** The least log margin of the window's days. */
  leastMargin: number;
  /**
   * The standard error of kappa at the lag and margins chosen (endogenous-fit-error.ts); null
   * where kappa is given or at a limit of the fit, or the regression has none.
   */
  entryErrorPerDay: number | null;
}

/**
 * The parameters a scenario gives, which the fit holds at their values (the others are fitted
 * with them, not beside values it chose itself): lag in days, entry a day, margins as logs.
 */
export interface GivenResponse {
  lagDays?: number;
  entryPerDay?: number;
  entryMargin?: number;
  shutdownMargin?: number;
  shutdown?: number;
}

/** What the fit reads: log hashrate, log margin and blocks a day, by history index. */
export interface FitSeries {
  logHashrate: ArrayLike<number>;
  margin: ArrayLike<number>;
  blocks: ArrayLike<number>;
}

/**
 * The whole weeks of `w` a fit reads, the last ending on the window's last day: those after the
 * history's first year (the margins its longest lag reads before them), 0 where none.
 */
export function fitWeeks(w: Window): number {
  return Math.max(0, Math.floor((w.to - Math.max(w.from, FIT_LEAD_DAYS)) / WEEK));
}

/**
 * The fit on the weeks of `w` (a window of history strictly before the start), the parameters
 * `given` held at their values.
 */
export function fitEndogenous(x: FitSeries, w: Window, given: GivenResponse = {}): EndogenousFit | null {
  const weeks = fitWeeks(w);
  if (weeks < FIT_MIN_WEEKS) return null;
  const start = w.to - weeks * WEEK;
  const hbar = weekMeans(weeks, start, (t) => x.logHashrate[t]);
  const sorted = Float64Array.from({ length: w.to - start }, (_, i) => x.margin[start + i]).sort();
  const quantile = (q: number) => sorted[Math.floor(q * (sorted.length - 1))];
  let best: Candidate | null = null;
  const consider = (c: Candidate | null) => {
    if (c !== null && (best === null || c.sse < best.sse)) best = c;
  };
  const held = { kappa: given.entryPerDay, psi: given.shutdown };
  const lags = given.lagDays !== undefined ? [given.lagDays] : FIT_LAGS_DAYS;
  const offs = given.shutdownMargin !== undefined ? [given.shutdownMargin] : SHUTDOWN_QUANTILES.map(quantile);
  const entries =
    given.entryMargin !== undefined ? [given.entryMargin] : [null, ...ENTRY_QUANTILES.map(quantile)];
  for (const lag of lags)
    for (const off of offs) {
      const sbar = weekMeans(weeks, start, (t) => Math.max(off - x.margin[t - 1], 0));
      for (const e of entries) consider(candidate(x, hbar, sbar, start, lag, off, e, held));
    }
  const coarse = best as Candidate | null;
  if (coarse === null) return null;
  // The shutdown margin, then the entry margin, on a finer grid around the best, the rest held.
  const step = (quantile(0.95) - quantile(0.05)) / 40;
  const entry = coarse.kinked ? coarse.entryMargin : null;
  if (given.shutdownMargin === undefined)
    for (let i = -8; i <= 8; i++) {
      const off = coarse.shutdownMargin + i * step;
      const sbar = weekMeans(weeks, start, (t) => Math.max(off - x.margin[t - 1], 0));
      consider(candidate(x, hbar, sbar, start, coarse.lagDays, off, entry, held));
    }
  const middle = best as unknown as Candidate;
  if (middle.kinked && given.entryMargin === undefined) {
    const sbar = weekMeans(weeks, start, (t) => Math.max(middle.shutdownMargin - x.margin[t - 1], 0));
    for (let i = -8; i <= 8; i++)
      consider(
        candidate(
          x,
          hbar,
          sbar,
          start,
          middle.lagDays,
          middle.shutdownMargin,
          middle.entryMargin + i * step,
          held,
        ),
      );
  }
  const found = best as unknown as Candidate;
  const luck = meanDifferenceLuck(x.blocks, start, w.to, WEEK);
  const residual = found.sse / Math.max(1, weeks - 1 - 3);
  return {
    lagDays: found.lagDays,
    entryPerDay: found.entryPerDay,
    entryMargin: found.entryMargin,
    shutdownMargin: found.shutdownMargin,
    shutdown: found.shutdown,
    volPerSqrtDay: Math.sqrt(Math.max(0, residual - luck) / WEEK_MEAN_WALK_VARIANCE),
    weeks: weeks - 1,
    kinked: found.kinked,
    leastMargin: sorted[0],
    entryErrorPerDay: given.entryPerDay === undefined ? entryError(x, hbar, start, found) : null,
  };
}

/**
 * The standard error of the chosen candidate's kappa: its regression (the intercept where
 * unkinked, kappa, psi where inside (0, 1)) at the lag and margins chosen; null with kappa at a limit.
 */
function entryError(x: FitSeries, hbar: Float64Array, start: number, f: Candidate): number | null {
  const most = STABLE_KAPPA_LAG / f.lagDays;
  if (f.entryPerDay <= KAPPA_MIN_PER_DAY * (1 + 1e-9) || f.entryPerDay >= most * (1 - 1e-9)) return null;
  let sum = 0;
  const cbar = weekMeans(hbar.length, start, (t) => {
    if (t === start) sum = 0;
    const u = x.margin[t - f.lagDays];
    sum += f.kinked ? Math.max(u - f.entryMargin, 0) : u;
    return sum;
  });
  const sbar = weekMeans(hbar.length, start, (t) => Math.max(f.shutdownMargin - x.margin[t - 1], 0));
  const n = hbar.length - 1;
  const diff = (a: Float64Array) => Float64Array.from({ length: n }, (_, i) => a[i + 1] - a[i]);
  const dh = diff(hbar);
  const dc = diff(cbar);
  const ds = diff(sbar).map((v) => -v);
  // The fitted part of the parameters held at a bound (psi at 0 or 1) is taken off the target.
  const psiFree = f.shutdown > 0 && f.shutdown < 1;
  const y = psiFree ? dh : dh.map((v, i) => v - f.shutdown * ds[i]);
  const columns: Float64Array[] = [dc];
  const beta: number[] = [f.entryPerDay];
  if (!f.kinked) {
    columns.push(new Float64Array(n).fill(WEEK));
    beta.push(-f.entryPerDay * f.entryMargin);
  }
  if (psiFree) {
    columns.push(ds);
    beta.push(f.shutdown);
  }
  return hacStandardError(columns, y, beta, 0);
}

interface Candidate {
  lagDays: number;
  entryPerDay: number;
  entryMargin: number;
  shutdownMargin: number;
  shutdown: number;
  kinked: boolean;
  sse: number;
}

/**
 * The least-squares fit for one lag, shutdown margin and entry margin. With an entry margin the
 * regressor is the running sum of (u_{t-L} - u*)^+ and there is no intercept; without one (null)
 * it is the running sum of u_{t-L} with an intercept -kappa u* (the margin never below u*).
 */
function candidate(
  x: FitSeries,
  hbar: Float64Array,
  sbar: Float64Array,
  start: number,
  lag: number,
  off: number,
  entry: number | null,
  held: { kappa?: number; psi?: number },
): Candidate | null {
  let sum = 0;
  const cbar = weekMeans(hbar.length, start, (t) => {
    if (t === start) sum = 0;
    const u = x.margin[t - lag];
    sum += entry === null ? u : Math.max(u - entry, 0);
    return sum;
  });
  const fit = solve(hbar, cbar, sbar, entry === null, STABLE_KAPPA_LAG / lag, held);
  if (fit === null) return null;
  return {
    lagDays: lag,
    entryPerDay: fit.kappa,
    entryMargin: entry ?? -fit.b0 / fit.kappa,
    shutdownMargin: off,
    shutdown: fit.psi,
    kinked: entry !== null,
    sse: fit.sse,
  };
}

/** Means of `f(t)` over each of `weeks` weeks from day `start`, t in increasing order. */
function weekMeans(weeks: number, start: number, f: (t: number) => number): Float64Array {
  const out = new Float64Array(weeks);
  for (let w = 0; w < weeks; w++) {
    let s = 0;
    for (let j = 0; j < WEEK; j++) s += f(start + w * WEEK + j);
    out[w] = s / WEEK;
  }
  return out;
}
