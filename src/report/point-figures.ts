// A study point's figures (a sweep's or a sensitivity study's: study/sweep-result.ts
// SweepPointResult) with their Monte Carlo error, as the point's own run gives them in
// summary.json: a share ± its standard error, a median with its 95 % interval; a point of one
// outcome (one path, or paths all the same) its figures alone, exact, as its report and
// `minesim run` give them.

import { paybackMessages } from '../messages/payback.js';
import { shareInterval } from '../stats/shares.js';
import type { Distribution, Estimate } from '../stats/summary.js';
import type { MedianInterval } from '../study/sweep-books.js';
import type { SweepPointResult } from '../study/sweep-result.js';
import { formatEstimate, formatInteger, formatProbability, formatQuantileInterval, NONE } from './format.js';

/**
 * A point's median payback in days ('421 d'); day 0, no payback but a position never below zero on
 * at least half the paths, says so, as a run's report does ('nothing at stake'); an interval's
 * ends stay days.
 */
export function medianPaybackText(days: number | null): string {
  if (days === null) return NONE;
  return days === 0 ? paybackMessages.nothingAtStakeMedian : `${formatInteger(days)} d`;
}

/**
 * A point's share ± its Monte Carlo error (`marks`: thresholds its bound is read against); a point of
 * one outcome (one path, or paths all the same) the share alone, exact, as its report gives it.
 */
export function shareCell(e: Estimate, paths: number, p: SweepPointResult, marks: number[] = []): string {
  return p.oneOutcome ? formatProbability(e.p) : formatEstimate(e, marks, undefined, paths, p.antithetic);
}

/**
 * A point's share's band on a chart: its 95 % Wilson interval (stats/shares.ts); a point of one
 * outcome has its share alone, exact (as shareCell gives it): a band of no width.
 */
export function shareBand(e: Estimate, paths: number, p: SweepPointResult): [number, number] {
  return p.oneOutcome ? [e.p, e.p] : shareInterval(e, paths, p.antithetic);
}

/** Whether a chart's band caption must say that points of one outcome have none: at all points, some or none. */
export const bandNote = (points: readonly SweepPointResult[]): 'all' | 'some' | 'none' =>
  points.every((p) => p.oneOutcome) ? 'all' : points.some((p) => p.oneOutcome) ? 'some' : 'none';

/**
 * A point's median with its 95 % interval after it, as summary.json gives it ('421 d (364 d to 470
 * d)'; past the horizon or the cut, too few paths for one); a point of one outcome: the median alone.
 */
export function medianCell(
  median: string,
  interval: MedianInterval | undefined,
  format: (v: number) => string,
  p: SweepPointResult,
): string {
  if (p.oneOutcome) return median;
  const text =
    interval === undefined
      ? paybackMessages.intervalTooFew
      : formatQuantileInterval(intervalOnly(interval), 'p50', format, p.cutAt);
  return paybackMessages.withInterval(median, text);
}

/** A median's interval as a Distribution's (format.ts formatQuantileInterval reads it there). */
const intervalOnly = (interval: MedianInterval): Distribution => ({
  mean: null,
  quantiles: { p5: null, p10: null, p25: null, p50: null, p75: null, p90: null, p95: null },
  intervals: { p5: null, p10: null, p25: null, p50: interval, p75: null, p90: null, p95: null },
});
