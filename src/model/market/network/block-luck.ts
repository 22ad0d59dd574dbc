// Block luck in a hashrate implied from the blocks found. A day's implied hashrate is difficulty x
// blocks found, a Poisson count of about 144 for Bitcoin, so ln(hashrate) carries a measurement
// error of variance 1 / blocks (the delta method on ln N, N ~ Poisson). That error is stationary:
// it does not accumulate as a random walk's steps do. These are the pieces the network fits share
// to keep it apart from the walk: the luck's variance over a window, and the variance a random
// walk gives the difference of two n-day means k days apart.

import { DAYS_PER_YEAR } from '../../calendar.js';
import type { Window } from '../calibrate.js';

/** Mean over the window of 1 / blocks a day: the variance of a day's log implied hashrate. */
export function meanBlockLuck(blocks: ArrayLike<number>, from: number, to: number): number {
  let luck = 0;
  for (let t = from; t < to; t++) luck += 1 / Math.max(blocks[t], 1);
  return luck / (to - from);
}

/**
 * The variance block luck gives the difference of two n-day means of log hashrate that share no
 * day: twice a mean's, 2 x meanBlockLuck / n.
 */
export function meanDifferenceLuck(blocks: ArrayLike<number>, from: number, to: number, n: number): number {
  return (2 * meanBlockLuck(blocks, from, to)) / n;
}

/**
 * Variance of the difference of two n-day means k >= n days apart of a random walk with unit
 * variance a day: k - (n^2 - 1) / 3n, written (3nk - n^2 + 1) / 3n (for k = n, (2n^2 + 1) / 3n).
 */
export function meanDifferenceWalkVariance(n: number, k: number): number {
  return (3 * n * k - n * n + 1) / (3 * n);
}

/** The spans (days) between the n-day means whose differences the volatility is read from. */
export const NET_VOLATILITY_SPANS = [7, 14, 28, 56] as const;
/** Days in each mean. */
export const NET_VOLATILITY_MEAN_DAYS = 7;
/**
 * The fewest days of window the estimate reads: at each span at least as many differences of means
 * as the span's days (the correction for their mean, k^2 (N - k/3) / N^2, holds for N >= k; with
 * fewer it exceeds what the differences hold, and a 64-day window, 2 differences 56 days apart,
 * read 0 on every start of the Bitcoin history).
 */
export const NET_OF_LUCK_MIN_DAYS =
  NET_VOLATILITY_MEAN_DAYS - 1 + 2 * NET_VOLATILITY_SPANS[NET_VOLATILITY_SPANS.length - 1];

export interface NetVolatility {
  /** Walk volatility a year net of block luck, floored at 0. */
  volatility: number;
  /** The walk variance a day before the floor (negative where the luck explains more than all). */
  variancePerDay: number;
  /** The luck's variance in a difference of two means (2 x mean 1 / blocks / n). */
  luckVariance: number;
  /** Per span: the variance of the differences (population, about their mean). */
  spans: { days: number; variance: number; differences: number }[];
}

/**
 * The random walk's volatility in a block-implied log hashrate net of block luck. With m_t the
 * n-day mean of ln(hashrate) ending on day t, the differences m_(t+k) - m_t over the window, for
 * each span k of NET_VOLATILITY_SPANS, have variance sigma^2 V(n, k) + luck, with V the walk's
 * (meanDifferenceWalkVariance) and luck known from the blocks found (meanDifferenceLuck). Their
 * variance about their own mean falls short of it by the variance of that mean, sigma^2 k^2 (N -
 * k/3) / N^2 for N differences (the walk's steps weigh in a trapezoid over the window), so the
 * walk's coefficient is V - k^2 (N - k/3) / N^2. sigma^2 is the least-squares slope of (variance -
 * luck) on that coefficient through 0, each span weighted by 1 / (k + n) (its variance's
 * estimate is about that much less certain, its differences overlapping over k + n days); it is
 * floored at 0 where the luck explains all of the variance. Null when the window holds fewer
 * differences at the longest span than its days (NET_OF_LUCK_MIN_DAYS).
 */
export function netOfLuckVolatility(
  logHashrate: ArrayLike<number>,
  blocks: ArrayLike<number>,
  w: Window,
  spans: readonly number[] = NET_VOLATILITY_SPANS,
  n: number = NET_VOLATILITY_MEAN_DAYS,
): NetVolatility | null {
  const means = w.to - w.from - n + 1;
  const longest = Math.max(...spans);
  if (means - longest < longest) return null;
  // m[i]: the mean of days w.from + i .. w.from + i + n - 1.
  const m = new Float64Array(means);
  let sum = 0;
  for (let t = w.from; t < w.from + n - 1; t++) sum += logHashrate[t];
  for (let i = 0; i < means; i++) {
    sum += logHashrate[w.from + i + n - 1];
    m[i] = sum / n;
    sum -= logHashrate[w.from + i];
  }
  const luck = meanDifferenceLuck(blocks, w.from, w.to, n);
  let sxy = 0;
  let sxx = 0;
  const rows: NetVolatility['spans'] = [];
  for (const k of spans) {
    const count = means - k;
    let mean = 0;
    for (let i = 0; i < count; i++) mean += m[i + k] - m[i];
    mean /= count;
    let ss = 0;
    for (let i = 0; i < count; i++) ss += (m[i + k] - m[i] - mean) ** 2;
    const variance = ss / count;
    rows.push({ days: k, variance, differences: count });
    const x = meanDifferenceWalkVariance(n, k) - (k * k * (count - k / 3)) / (count * count);
    const weight = 1 / (k + n);
    sxy += weight * x * (variance - luck);
    sxx += weight * x * x;
  }
  const variancePerDay = sxy / sxx;
  return {
    volatility: Math.sqrt(Math.max(0, variancePerDay) * DAYS_PER_YEAR),
    variancePerDay,
    luckVariance: luck,
    spans: rows,
  };
}

/**
 * The standard error of a drift read as the mean daily change of the 7-day mean of the hashrate
 * over `samples` days (smoothedLogReturns): the change between two 7-day means `samples` days apart
 * over `samples`, of variance (sigma^2 V(7, samples) + the luck of a difference of means) /
 * samples^2 a day squared, with sigma the walk's volatility; a year's rate (log growth per year).
 */
export function driftStandardError(
  volatility: number,
  blocks: ArrayLike<number>,
  w: Window,
  samples: number,
  n: number = NET_VOLATILITY_MEAN_DAYS,
): number {
  if (samples < n) return 0;
  const walk = ((volatility * volatility) / DAYS_PER_YEAR) * meanDifferenceWalkVariance(n, samples);
  const luck = meanDifferenceLuck(blocks, w.from, w.to, n);
  return (Math.sqrt(walk + luck) / samples) * DAYS_PER_YEAR;
}
