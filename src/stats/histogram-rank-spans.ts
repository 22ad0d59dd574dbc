// Where an order statistic of a slot of a histogram set (histogram.ts) can lie, read from its
// counts: the span of the bin that holds it, every value the bin counted being in that span. The
// weekly bands' intervals (timeline-intervals.ts) take their ends from it, so each end is a bin's
// edge (or the slot's true extreme) on the side that holds the order statistic, never a guess
// within the bin: an interval read so is at least a bin wide.

import { BINS, binOf, type HistogramSet, SLOT } from './histogram.js';
import { binEdges } from './histogram-quantiles.js';
import { BY_RATIO, BY_SIGNED_LOG } from './log-bins.js';
import { ZERO_FLOOR } from './pilot-range.js';

/** The values counted in slot `slot` (NaN values are never counted). */
export function slotCount(h: HistogramSet, slot: number): number {
  const min = h.min[slot];
  const max = h.max[slot];
  if (!(min <= max)) return 0;
  const base = slot * SLOT;
  let total = 0;
  for (let b = binOf(h, slot, min), end = binOf(h, slot, max); b <= end; b++) total += h.counts[base + b];
  return total;
}

/**
 * For each rank of `ranks` (1-based on the slot's values sorted, ascending, each within the count),
 * the bin's span that holds that order statistic into `low[i]` and `high[i]` (`total`: the slot's
 * count, slotCount, where the caller has it): [lo-edge, hi-edge] of a bin within the range, each
 * edge moved out by a hair past the binning's rounding, clipped to the slot's extremes [min, max];
 * below the range [min, the range's low edge], above it [its high edge, max]. Exact at the extremes: rank 1 lies at min, the
 * last at max. Below a range from ZERO_FLOOR of a slot with no value below 0 the values are exactly
 * 0 (pilot-range.ts); below a range binned by ratio whose least value is 0, they run from 0 to the
 * low edge (the quantiles read them as a point mass at 0; an interval's end does not).
 */
export function histogramRankSpans(
  h: HistogramSet,
  slot: number,
  ranks: readonly number[],
  low: Float64Array,
  high: Float64Array,
  total = slotCount(h, slot),
): void {
  const base = slot * SLOT;
  const min = h.min[slot];
  const max = h.max[slot];
  const lo = h.lo[slot];
  const hi = h.hi[slot];
  const edge = binEdges(h, slot);
  // A value's bin is worked out in floating point (binOf: (value - lo) x scale, or its high word's
  // or key's offset x scale) and the edges apart (binEdges): a value next to an edge may be binned
  // on its other side, 41,333.10003237088 USD in a bin whose edge read 41,333.10003237087. Each
  // edge is moved out by more than that can reach: by value, 1e-12 of the range's larger end (the
  // rounding reaches about 2^-50 of it); by ratio or signed log, 2^-19 of the edge (one step of the
  // high word is 2^-20 of the value, and the edges' words may be one off the binning's).
  const byWords = h.ratio[slot] === BY_RATIO || h.ratio[slot] === BY_SIGNED_LOG;
  const byValue = 1e-12 * Math.max(Math.abs(lo), Math.abs(hi));
  const margin = (at: number): number => (byWords ? Math.abs(at) * 2 ** -19 : byValue);
  let b = -1;
  let through = 0;
  for (let i = 0; i < ranks.length; i++) {
    const rank = ranks[i];
    if (i > 0 && rank < ranks[i - 1]) throw new Error(`histogramRankSpans: ranks not ascending (${ranks})`);
    if (!(rank >= 1 && rank <= total)) throw new Error(`histogramRankSpans: rank ${rank} of ${total} values`);
    while (through < rank) through += h.counts[base + ++b];
    let f: number;
    let t: number;
    if (b === 0) {
      // Below the range is `value < lo`, exactly.
      f = min;
      t = lo === ZERO_FLOOR && min >= 0 ? min : Math.min(lo, max);
    } else if (b === BINS + 1) {
      f = Math.max(hi - margin(hi), min);
      t = max;
    } else {
      const from = edge(b);
      const to = edge(b + 1);
      f = Math.max(from - margin(from), min);
      t = Math.min(to + margin(to), max);
    }
    low[i] = rank === 1 ? min : f;
    high[i] = rank === total ? max : t;
  }
}
