// How well forecast distributions fit what happened, as pure functions of numbers: the PIT of an
// outcome, whether it fell inside a central band, its proper scores (CRPS, interval scores), and
// per-group coverage with binomial intervals and a uniformity distance. No runs and no I/O here, so every formula is tested by hand.
import { crpsSample, intervalScore } from '../stats/crps.js';
import { distribution } from '../stats/quantiles.js';
import { initialPositiveInflation, serialShare } from '../stats/serial-share.js';
import { wilson } from '../stats/shares.js';
import type { Quantiles } from '../stats/summary.js';

/**
 * Probability integral transform with mid-ranks: the share of forecast values below `x`, plus half
 * the share equal to it. A calibrated forecast gives PITs uniform on [0, 1]; mid-ranks keep ties
 * (a forecast with a point mass, or an outcome equal to a path) from pushing PITs to one side.
 */
export function pit(forecast: ArrayLike<number>, x: number): number {
  const n = forecast.length;
  if (n === 0 || Number.isNaN(x)) return Number.NaN;
  let below = 0;
  let equal = 0;
  for (let i = 0; i < n; i++) {
    if (forecast[i] < x) below++;
    else if (forecast[i] === x) equal++;
  }
  return (below + equal / 2) / n;
}

/** True when `x` lies in [low, high]: a band's edges belong to it. */
export function isInBand(x: number, low: number | null, high: number | null): boolean {
  return low !== null && high !== null && x >= low && x <= high;
}

/** One forecast scored against its outcome. */
export interface ForecastScore {
  quantiles: Quantiles;
  pit: number;
  /** Inside the central 50 % band [p25, p75]. */
  in50: boolean;
  /** Inside the central 90 % band [p5, p95]. */
  in90: boolean;
  /** CRPS of the paths (stats/crps.ts), divided by the forecast's scale. */
  crps: number;
  /** Interval (Winkler) scores of the 50 % and 90 % bands, divided by the scale. */
  is50: number;
  is90: number;
}

/**
 * Quantiles (R type 7, as everywhere in minesim), PIT, band hits and proper scores of `forecast`
 * against `x`. The scores are divided by `scale`, a positive number known at the start (the capex,
 * or the start day's value): a constant factor keeps a score proper, and makes scores of starts of
 * very different size comparable, so their mean is not just the largest start's.
 */
export function scoreForecast(forecast: Float64Array, x: number, scale = 1): ForecastScore {
  const { quantiles: q } = distribution(forecast);
  const sorted = Float64Array.from(forecast).sort();
  const band = (low: number | null, high: number | null, alpha: number) =>
    low === null || high === null ? Number.NaN : intervalScore(low, high, alpha, x) / scale;
  return {
    quantiles: q,
    pit: pit(forecast, x),
    in50: isInBand(x, q.p25, q.p75),
    in90: isInBand(x, q.p5, q.p95),
    crps: crpsSample(sorted, x, true) / scale,
    is50: band(q.p25, q.p75, 0.5),
    is90: band(q.p5, q.p95, 0.1),
  };
}

/**
 * Kolmogorov-Smirnov distance between the empirical distribution of `u` and the uniform on [0, 1]:
 * the largest gap, either side of each step, between i / n and the i-th smallest value.
 */
export function ksUniformDistance(u: ArrayLike<number>): number {
  const sorted = Float64Array.from(u).sort();
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  let d = 0;
  for (let i = 0; i < n; i++) d = Math.max(d, (i + 1) / n - sorted[i], sorted[i] - i / n);
  return d;
}

/**
 * Fewest (effective) forecasts a KS bound is given for. A KS distance is at most 1; below one
 * forecast no distance could reject (the asymptotic 1.358 / sqrt(n) printed 1.568 for the 0.75
 * forecasts of 18 monthly starts of 2-year windows, not a bound), so none is given.
 */
export const KS_MIN_FORECASTS = 1;

/** The exact 5 % KS bound of 1 forecast: its distance max(u, 1 - u) passes it with probability 0.05. */
const KS_CRITICAL5_ONE = 0.975;

/**
 * The KS distance above which uniformity is rejected at 5 % for n independent values, or null below
 * KS_MIN_FORECASTS. From 2, Stephens' finite-sample form 1.358 / (sqrt(n) + 0.12 + 0.11 / sqrt(n)),
 * within 0.002 of the exact bound (n = 5: 0.5646 against the exact 0.5633, where the asymptotic
 * 1.358 / sqrt(n), which the study printed before, gave 0.6073); n need not be whole (an effective
 * count). Between 1 and 2, 1 forecast's exact bound, the larger (Stephens' form is 1.104 at 1).
 */
export function ksCritical5(n: number): number | null {
  if (!(n >= KS_MIN_FORECASTS)) return null;
  if (n < 2) return KS_CRITICAL5_ONE;
  const root = Math.sqrt(n);
  return 1.358 / (root + 0.12 + 0.11 / root);
}

/** A band's hit rate with its 95 % Wilson intervals. */
export interface BandCoverage {
  nominal: number;
  hits: number;
  share: number;
  /** As if the starts were independent (too narrow: consecutive starts' hits are not). */
  interval: [number, number];
  /**
   * Under serial dependence (stats/serial-share.ts): over the effective number of forecasts, the
   * fewer of the non-overlapping windows and of what the hits' own dependence (in start order) leaves.
   */
  intervalEffective: [number, number];
  /** The effective number of independent forecasts that interval counts. */
  effective: number;
}

export interface CoverageStats {
  starts: number;
  /**
   * Forecast windows that do not overlap: starts x step / horizon (at most the starts). Outcomes of
   * overlapping windows share their market history, so they count as fewer independent trials.
   */
  effectiveStarts: number;
  band50: BandCoverage;
  band90: BandCoverage;
  meanPit: number;
  ks: number;
  /** The KS distance that rejects uniformity at 5 %, as if the starts were independent (null: too few). */
  ksCritical5: number | null;
  /**
   * The effective number of independent forecasts the KS distance stands on under serial
   * dependence: the fewest of the coverages' effective counts (each at most the non-overlapping
   * windows') and of what the PITs' own autocorrelations leave (stats/serial-share.ts
   * initialPositiveInflation), so that the bound counts no more forecasts than the coverages do.
   */
  ksEffective: number;
  /** The KS bound at ksEffective forecasts (null below KS_MIN_FORECASTS: fewer than one forecast). */
  ksCritical5Effective: number | null;
}

export interface ScoredForecast {
  pit: number;
  in50: boolean;
  in90: boolean;
}

/** A band's coverage from its hits in start order, windows overlapping by `design` (horizon / step, at least 1). */
function band(nominal: number, inBand: readonly boolean[], design: number): BandCoverage {
  const s = serialShare(inBand, design);
  return {
    nominal,
    hits: s.hits,
    share: s.share,
    interval: wilson(s.share, s.n),
    intervalEffective: s.interval,
    effective: s.effective,
  };
}

/** Coverage, mean PIT and KS distance of one group's scored forecasts, in start order. */
export function coverageStats(
  scores: readonly ScoredForecast[],
  stepDays: number,
  horizonDays: number,
): CoverageStats {
  const n = scores.length;
  const effectiveStarts = Math.min(n, (n * stepDays) / horizonDays);
  const pits = scores.map((s) => s.pit);
  const band50 = band(
    0.5,
    scores.map((s) => s.in50),
    horizonDays / stepDays,
  );
  const band90 = band(
    0.9,
    scores.map((s) => s.in90),
    horizonDays / stepDays,
  );
  const ksEffective =
    n === 0
      ? 0
      : Math.min(band50.effective, band90.effective, Math.max(1, n / initialPositiveInflation(pits)));
  return {
    starts: n,
    effectiveStarts,
    band50,
    band90,
    meanPit: n > 0 ? pits.reduce((a, b) => a + b, 0) / n : Number.NaN,
    ks: ksUniformDistance(pits),
    ksCritical5: ksCritical5(n),
    ksEffective,
    ksCritical5Effective: ksCritical5(ksEffective),
  };
}

/** Counts of `u` in `bins` equal bins of [0, 1]; a value of exactly 1 goes in the last bin. */
export function pitHistogram(u: ArrayLike<number>, bins: number): number[] {
  const counts = new Array<number>(bins).fill(0);
  for (let i = 0; i < u.length; i++) counts[Math.min(bins - 1, Math.floor(u[i] * bins))]++;
  return counts;
}
