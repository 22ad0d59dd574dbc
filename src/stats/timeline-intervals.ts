// The weekly bands' Monte Carlo error: each week's quantile with its 95 % interval, as the headline's
// quantiles have theirs (quantile-interval.ts: the order statistics at the exact binomial ranks, the
// pair the unit with antithetic pairs), read from the week's histogram (histogram-rank-spans.ts).
//
// A week's values are binned, not kept, so the order statistic at an interval's rank is known only
// to lie within its bin: the interval's low end is the low edge of the bin holding the low rank and
// its high end the high edge of the bin holding the high rank (the week's true least and greatest
// value at the first and last rank). Widened so to whole bins, it holds the interval of the paths'
// own values, and the quantile printed (read within the bins of its two order statistics, which lie
// between the ranks), and it is never narrower than a bin: where the paths' interval is narrower
// than the bins, the interval says the bin's width, not the Monte Carlo error.
//
// The ranks are over the values the week counted (a path with no value, NaN, is not counted, as
// the summary leaves it out of a measure's quantiles). With antithetic pairs and some paths
// without a value, the summary counts the pairs by how many values each kept (keptPairsRanks); a
// histogram does not know which pairs those are, and no one reading of the count holds every split:
// the pair rule over the values counted (each half a pair) was up to 2 ranks narrower than
// keptPairsRanks for some (40 pairs, 48 values kept, 13 pairs of two: the 25 %'s ranks 3 to 22
// against 2 to 24). Such a week states no interval. The engine writes every series of every path
// every week, so the count is the run's paths there and every week has its interval.
//
// The last week of a net position is the paths' own quantile (summarize.ts endOnPaths): its
// interval is the paths' own too (quantiles.ts distribution), not a histogram's.

import type { HistogramSet } from './histogram.js';
import { histogramRankSpans, slotCount } from './histogram-rank-spans.js';
import { quantileIntervalRanks } from './quantile-interval.js';
import {
  type Bands,
  QUANTILE_KEYS,
  QUANTILES,
  type QuantileIntervals,
  type QuantileKey,
  type RunSummary,
} from './summary.js';

/** One series' weekly intervals: low[key][week] and high[key][week], NaN where a week has none. */
export interface BandIntervals {
  low: Record<QuantileKey, number[]>;
  high: Record<QuantileKey, number[]>;
}

/** Each timeline series' weekly intervals, by its name in summary.json's timeline. */
export type TimelineIntervals = Record<string, BandIntervals>;

/** The widest of one series' weekly intervals (summary.json timeline.widestIntervals). */
export type WidestInterval = NonNullable<NonNullable<RunSummary['timeline']['widestIntervals']>['netUsd']>;

/**
 * The weekly intervals of series `s` (its slots s x checkpoints ...) of a run of `paths` paths, the
 * last week's replaced by `lastWeek` where given (the paths' own intervals of a week ending on the
 * paths' own quantiles).
 */
export function bandIntervals(
  h: HistogramSet,
  s: number,
  antithetic: boolean,
  paths: number,
  lastWeek?: QuantileIntervals,
): BandIntervals {
  const c = h.checkpoints;
  const out: BandIntervals = { low: {} as BandIntervals['low'], high: {} as BandIntervals['high'] };
  for (const key of QUANTILE_KEYS) {
    out.low[key] = new Array<number>(c).fill(Number.NaN);
    out.high[key] = new Array<number>(c).fill(Number.NaN);
  }
  const low = new Float64Array(2 * QUANTILES.length);
  const high = new Float64Array(2 * QUANTILES.length);
  // The ranks depend on the week's count alone (every path's, week after week): worked out again
  // only where it changes. `wanted`: every rank the week's intervals need, ascending (the low ranks
  // and the high ranks each ascend with q, but a low rank may pass a lower quantile's high rank),
  // read in one pass; a quantile's ends at wanted[lowAt[i]] and wanted[highAt[i]], -1 for none.
  let counted = -1;
  let wanted: number[] = [];
  const lowAt = new Int32Array(QUANTILES.length);
  const highAt = new Int32Array(QUANTILES.length);
  for (let j = 0; j < c; j++) {
    const slot = s * c + j;
    const n = slotCount(h, slot);
    if (n !== counted) {
      counted = n;
      // Pairs with paths left out: none (the module's comment says why).
      const ranks = QUANTILES.map((q) =>
        antithetic && n < paths ? null : quantileIntervalRanks(n, q, antithetic),
      );
      wanted = [...new Set(ranks.flatMap((r) => r ?? []))].sort((a, b) => a - b);
      ranks.forEach((r, i) => {
        lowAt[i] = r === null ? -1 : wanted.indexOf(r[0]);
        highAt[i] = r === null ? -1 : wanted.indexOf(r[1]);
      });
    }
    if (wanted.length === 0) continue;
    histogramRankSpans(h, slot, wanted, low, high, n);
    for (let i = 0; i < QUANTILE_KEYS.length; i++) {
      if (lowAt[i] < 0) continue;
      out.low[QUANTILE_KEYS[i]][j] = low[lowAt[i]];
      out.high[QUANTILE_KEYS[i]][j] = high[highAt[i]];
    }
  }
  if (lastWeek !== undefined && c > 0)
    for (const key of QUANTILE_KEYS) {
      out.low[key][c - 1] = lastWeek[key]?.low ?? Number.NaN;
      out.high[key][c - 1] = lastWeek[key]?.high ?? Number.NaN;
    }
  return out;
}

/**
 * The widest interval of a series over its weeks and quantiles (high - low in the series' unit), or
 * null where no week has one (too few paths).
 */
export function widestInterval(
  dates: readonly string[],
  bands: Bands,
  intervals: BandIntervals,
): WidestInterval | null {
  let widest: WidestInterval | null = null;
  let width = -1;
  for (const [i, key] of QUANTILE_KEYS.entries())
    for (let j = 0; j < dates.length; j++) {
      const low = intervals.low[key][j];
      const high = intervals.high[key][j];
      if (!(high - low > width)) continue;
      width = high - low;
      widest = { date: dates[j], quantile: QUANTILES[i], value: bands[key][j], low, high };
    }
  return widest;
}
