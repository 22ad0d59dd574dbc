// Quantiles of a slot of a histogram set (histogram.ts), read from its counts after the run as the
// paths' own are (linear between order statistics), each order statistic read within its bin, or
// between the true extreme and the range's edge in the tails.

import { BINS, binOf, type HistogramSet, SLOT } from './histogram.js';
import { ZERO_FLOOR } from './pilot-range.js';

/** The q-quantile of slot `slot` (histogramQuantiles); null when the slot is empty. */
export function histogramQuantile(h: HistogramSet, slot: number, q: number): number | null {
  const out = new Float64Array(1);
  return histogramQuantiles(h, slot, [q], out) ? out[0] : null;
}

/**
 * The quantiles `qs` (ascending) of slot `slot` into `out`, in one pass over the bins; false (and
 * `out` untouched) when the slot is empty. Each is read as the paths' own (quantileSorted, linear
 * between the order statistics at ranks floor(h) and floor(h) + 1, h = (n - 1) q), with each order
 * statistic read from its bin: the least and greatest exactly (the slot's extremes), the others as
 * the bin's values spread evenly over it (the j-th of c at j + 1/2 of c across it). A read of the
 * counts' q share instead (q n values in) sat an order statistic past the paths' own: with few
 * paths, many bins apart (30 paths: a 95 % between the 29th and 30th values, the paths' own
 * between the 28th and 29th).
 */
export function histogramQuantiles(
  h: HistogramSet,
  slot: number,
  qs: readonly number[],
  out: Float64Array,
): boolean {
  const base = slot * SLOT;
  const min = h.min[slot];
  const max = h.max[slot];
  // Every value counted lies in [min, max], so in the bins from min's to max's (binOf is monotone):
  // the bins outside hold nothing, and both passes skip them.
  if (!(min <= max)) return false;
  const first = binOf(h, slot, min);
  const end = binOf(h, slot, max) + 1;
  let total = 0;
  for (let b = first; b < end; b++) total += h.counts[base + b];
  if (total === 0) return false;
  const lo = h.lo[slot];
  const hi = h.hi[slot];
  const width = (hi - lo) / BINS;
  // The bin the pass is at, the values in the bins before it, and the bin's span within [min, max].
  let b = first - 1;
  let before = 0;
  let count = 0;
  let from = min;
  let to = min;
  /** The value of rank `rank` (0-based, ascending ranks only): its bin's span read evenly. */
  const orderStatistic = (rank: number): number => {
    if (rank <= 0) return min;
    if (rank >= total - 1) return max;
    while (before + count <= rank) {
      before += count;
      count = h.counts[base + ++b];
      if (count === 0) continue;
      // Below ZERO_FLOOR, values of a slot that holds none below 0 are exactly 0.
      if (b === 0) [from, to] = [min, lo === ZERO_FLOOR && min >= 0 ? min : Math.min(lo, max)];
      else if (b === BINS + 1) [from, to] = [Math.max(hi, min), max];
      else [from, to] = [lo + (b - 1) * width, lo + b * width];
      from = Math.max(from, min);
      to = Math.min(to, max);
    }
    return from + ((rank - before + 0.5) / count) * (to - from);
  };
  for (let i = 0; i < qs.length; i++) {
    const at = (total - 1) * qs[i];
    const rank = Math.floor(at);
    const below = orderStatistic(rank);
    out[i] = at === rank ? below : below + (at - rank) * (orderStatistic(rank + 1) - below);
  }
  return true;
}
