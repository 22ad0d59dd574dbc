// Quantiles of a slot of a histogram set (histogram.ts), read from its counts after the run: linear
// within a bin, between the true extreme and the range's edge in the tails.

import { BINS, binOf, type HistogramSet, SLOT } from './histogram.js';
import { ZERO_FLOOR } from './pilot-range.js';

/** The q-quantile of slot `slot`, linear within a bin; null when the slot is empty. */
export function histogramQuantile(h: HistogramSet, slot: number, q: number): number | null {
  const out = new Float64Array(1);
  return histogramQuantiles(h, slot, [q], out) ? out[0] : null;
}

/**
 * The quantiles `qs` (ascending) of slot `slot` into `out`, linear within a bin, in one pass over
 * the bins; false (and `out` untouched) when the slot is empty.
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
  let i = 0;
  let cumulative = 0;
  for (let b = first; b < end && i < qs.length; b++) {
    const count = h.counts[base + b];
    if (count === 0) continue;
    while (i < qs.length && cumulative + count >= qs[i] * total) {
      const within = (qs[i] * total - cumulative) / count;
      let from: number;
      let to: number;
      // Below ZERO_FLOOR, values of a slot that holds none below 0 are exactly 0.
      if (b === 0) [from, to] = [min, lo === ZERO_FLOOR && min >= 0 ? min : Math.min(lo, max)];
      else if (b === BINS + 1) [from, to] = [Math.max(hi, min), max];
      else [from, to] = [lo + (b - 1) * width, lo + b * width];
      from = Math.max(from, min);
      to = Math.min(to, max);
      out[i++] = from + within * (to - from);
    }
    cumulative += count;
  }
  for (; i < qs.length; i++) out[i] = max;
  return true;
}
