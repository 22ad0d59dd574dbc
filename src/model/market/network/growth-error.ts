// How far a log-linear growth fit (calibrate.ts, estimateGrowth) is from known. The window's log
// hashrate is a random walk of volatility sigma read through block luck (a day's log implied
// hashrate carries variance 1 / blocks, block-luck.ts). The least-squares slope is sum c_i y_i with
// c_i = (i - mean i) / Sxx, so its variance is sigma^2 sum_k (sum_(i >= k) c_i)^2 (each step k of the
// walk moves every later day) plus sum_i c_i^2 / blocks_i (each day's own luck). On Bitcoin's
// starts 2021-01-01, 2022-06-01 and 2024-01-01 it is 126-130 % a year (log growth) on 30 days, as far
// as 30-day fits a month apart move (135 % a year), 65-90 % on 90 days, 8-55 % on 180 and 13-39 % on
// a year: a deterministic growth carries none of it on its paths.
import { DAYS_PER_YEAR } from '../../calendar.js';
import type { Window } from '../calibrate.js';

/** The standard error of the fitted log growth, a year, for a walk of `volatility` a year. */
export function growthStandardError(blocks: ArrayLike<number>, w: Window, volatility: number): number {
  const n = w.to - w.from;
  if (n < 2) return Number.POSITIVE_INFINITY;
  const mean = (n - 1) / 2;
  let sxx = 0;
  for (let i = 0; i < n; i++) sxx += (i - mean) ** 2;
  const stepVariance = (volatility * volatility) / DAYS_PER_YEAR;
  let walk = 0;
  let luck = 0;
  // tail: sum of c_i for i >= k, from the last day back (the c_i sum to 0, so k = 0 adds nothing).
  let tail = 0;
  for (let k = n - 1; k >= 1; k--) {
    const c = (k - mean) / sxx;
    tail += c;
    walk += tail * tail;
    luck += (c * c) / Math.max(blocks[w.from + k], 1);
  }
  luck += (mean / sxx) ** 2 / Math.max(blocks[w.from], 1);
  return Math.sqrt(stepVariance * walk + luck) * DAYS_PER_YEAR;
}
