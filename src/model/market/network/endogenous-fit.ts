// Fits the endogenous network (endogenous.ts) on the history strictly before a start date. The
// model, per day t, with u the log margin of a frontier machine (hashprice over its power cost):
//   k_t = k_{t-1} + kappa (u_{t-L} - u*)^+ + sigma e_t      installed capacity (log)
//   h_t = k_t - psi (u_off - u_{t-1})^+                      operating hashrate (log)
// The fit works on weekly means, which average out the block luck in a day's implied hashrate:
// with C_t the running sum of u_{t-L} and s_t = (u_off - u_{t-1})^+, and the entry term taken as
// linear (the margin stays above u* in the window, as it does in the history), the difference of
// week means is exactly
//   hbar_w - hbar_{w-1} = 7 b0 + kappa (Cbar_w - Cbar_{w-1}) - psi (sbar_w - sbar_{w-1}) + noise,
// with b0 = -kappa u*. Least squares gives (b0, kappa, psi) for each lag L (1 week to a year) and
// shutdown margin u_off (quantiles of the window's margins); the pair with the least squared
// error wins. The noise of a week-mean difference of a random walk is sigma^2 (2 n^2 + 1) / 3n
// (n = 7), plus twice the luck of a week's mean (1 / (7 x blocks a day)); sigma is solved from that.
import type { Window } from '../calibrate.js';

/**
 * The lags tried, days, in whole weeks: every week to 8 (the published lead of price over
 * hashrate is 1-6 weeks), then up to a year (deliveries in a boom, and costs that adjust to the
 * price over months to a year).
 */
export const FIT_LAGS_DAYS = [7, 14, 21, 28, 35, 42, 49, 56, 91, 119, 182, 273, 364] as const;
/** Quantiles of the window's margins tried as the shutdown margin. */
const SHUTDOWN_QUANTILES = [0.02, 0.05, 0.1, 0.2, 0.3, 0.5] as const;
/** Days of margins the fit reads before the window (the longest lag and a day). */
export const FIT_LEAD_DAYS = FIT_LAGS_DAYS[FIT_LAGS_DAYS.length - 1] + 1;
const WEEK = 7;
/**
 * The least response of capacity to the margin, a day (5 % a year per unit of log margin): where
 * the window shows none (hashrate grew while margins fell), the fit holds it here and the entry
 * margin absorbs the growth, so the network grows at the window's pace and still answers price.
 */
export const KAPPA_MIN_PER_DAY = 0.05 / 365;
/** Variance of a difference of week means of a unit random walk: (2 n^2 + 1) / 3n for n = 7. */
const WEEK_MEAN_WALK_VARIANCE = (2 * WEEK * WEEK + 1) / (3 * WEEK);

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
}

/** What the fit reads: log hashrate, log margin and blocks a day, by history index. */
export interface FitSeries {
  logHashrate: ArrayLike<number>;
  margin: ArrayLike<number>;
  blocks: ArrayLike<number>;
}

/** The fit on the weeks of `w` (a window of history strictly before the start). */
export function fitEndogenous(x: FitSeries, w: Window): EndogenousFit | null {
  const first = Math.max(w.from, FIT_LEAD_DAYS);
  const weeks = Math.floor((w.to - first) / WEEK);
  if (weeks < 12) return null;
  const start = w.to - weeks * WEEK;
  const hbar = weekMeans(weeks, start, (t) => x.logHashrate[t]);
  const sorted = Float64Array.from({ length: w.to - start }, (_, i) => x.margin[start + i]).sort();
  let best: (EndogenousFit & { sse: number }) | null = null;
  for (const lag of FIT_LAGS_DAYS) {
    let sum = 0;
    const cbar = weekMeans(weeks, start, (t) => {
      if (t === start) sum = 0;
      sum += x.margin[t - lag];
      return sum;
    });
    for (const q of SHUTDOWN_QUANTILES) {
      const off = sorted[Math.floor(q * (sorted.length - 1))];
      const sbar = weekMeans(weeks, start, (t) => Math.max(off - x.margin[t - 1], 0));
      const fit = solve(hbar, cbar, sbar);
      if (fit === null) continue;
      if (best === null || fit.sse < best.sse)
        best = {
          lagDays: lag,
          entryPerDay: fit.kappa,
          entryMargin: -fit.b0 / fit.kappa,
          shutdownMargin: off,
          shutdown: fit.psi,
          volPerSqrtDay: 0,
          weeks: weeks - 1,
          sse: fit.sse,
        };
    }
  }
  if (best === null) return null;
  let luck = 0;
  for (let t = start; t < w.to; t++) luck += 1 / Math.max(x.blocks[t], 1);
  luck = (2 * (luck / (w.to - start))) / WEEK;
  const residual = best.sse / Math.max(1, best.weeks - 3);
  const { sse: _sse, ...fit } = best;
  return { ...fit, volPerSqrtDay: Math.sqrt(Math.max(0, residual - luck) / WEEK_MEAN_WALK_VARIANCE) };
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

/**
 * Least squares of dh = 7 b0 + kappa dc - psi ds over the week differences, with kappa at least
 * KAPPA_MIN_PER_DAY and psi in [0, 1] (a share of the fleet). The problem is convex, so the
 * constrained optimum is the best feasible one among the free fit and the fits with a parameter
 * held at its bound.
 */
function solve(h: Float64Array, c: Float64Array, s: Float64Array): Solution | null {
  const n = h.length - 1;
  const dh = new Float64Array(n);
  const dc = new Float64Array(n);
  const ds = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    dh[i] = h[i + 1] - h[i];
    dc[i] = c[i + 1] - c[i];
    ds[i] = s[i + 1] - s[i];
  }
  let best: Solution | null = null;
  for (const kappa of [null, KAPPA_MIN_PER_DAY])
    for (const psi of [null, 0, 1]) {
      const fit = leastSquares(dh, dc, ds, kappa, psi);
      const feasible =
        fit !== null && fit.kappa >= KAPPA_MIN_PER_DAY * (1 - 1e-9) && fit.psi >= 0 && fit.psi <= 1;
      if (feasible && (best === null || fit.sse < best.sse)) best = fit;
    }
  return best;
}

interface Solution {
  b0: number;
  kappa: number;
  psi: number;
  sse: number;
}

/** y = 7 b0 + kappa c - psi s, with kappa or psi held at a value where given, by the normal equations. */
function leastSquares(
  y: Float64Array,
  c: Float64Array,
  s: Float64Array,
  kappa: number | null,
  psi: number | null,
): Solution | null {
  const n = y.length;
  const target = (i: number) => y[i] - (kappa ?? 0) * c[i] + (psi ?? 0) * s[i];
  const cols = (i: number) => [WEEK, ...(kappa === null ? [c[i]] : []), ...(psi === null ? [-s[i]] : [])];
  const k = cols(0).length;
  const a = Array.from({ length: k }, () => new Float64Array(k + 1));
  for (let i = 0; i < n; i++) {
    const row = cols(i);
    for (let p = 0; p < k; p++) {
      for (let q = 0; q < k; q++) a[p][q] += row[p] * row[q];
      a[p][k] += row[p] * target(i);
    }
  }
  const beta = gauss(a, k);
  if (beta === null) return null;
  let sse = 0;
  for (let i = 0; i < n; i++) {
    const row = cols(i);
    let fitted = 0;
    for (let p = 0; p < k; p++) fitted += row[p] * beta[p];
    sse += (target(i) - fitted) ** 2;
  }
  const kappaOut = kappa ?? beta[1];
  const psiOut = psi ?? beta[kappa === null ? 2 : 1];
  return { b0: beta[0], kappa: kappaOut, psi: psiOut, sse };
}

/** Solves the augmented k x (k+1) system by elimination with partial pivoting; null when singular. */
function gauss(a: Float64Array[], k: number): number[] | null {
  for (let col = 0; col < k; col++) {
    let pivot = col;
    for (let r = col + 1; r < k; r++) if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) pivot = r;
    if (!(Math.abs(a[pivot][col]) > 1e-300)) return null;
    [a[col], a[pivot]] = [a[pivot], a[col]];
    for (let r = 0; r < k; r++) {
      if (r === col) continue;
      const f = a[r][col] / a[col][col];
      for (let q = col; q <= k; q++) a[r][q] -= f * a[col][q];
    }
  }
  const beta = Array.from({ length: k }, (_, i) => a[i][k] / a[i][i]);
  return beta.every(Number.isFinite) ? beta : null;
}
