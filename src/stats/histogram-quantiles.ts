// Quantiles of a slot of a histogram set (histogram.ts), read from its counts after the run as the
// paths' own are (linear between order statistics), each order statistic read within its bin, or
// between the true extreme and the range's edge in the tails.

import { BINS, binOf, type HistogramSet, SLOT } from './histogram.js';
import {
  BY_RATIO,
  BY_SIGNED_LOG,
  fromHighWord,
  fromSignedLogKey,
  highWord,
  signedLogFloorWord,
  signedLogKey,
} from './log-bins.js';
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
 * the bin's values spread evenly over it (the j-th of c at j + 1/2 of c across it; in ratio, across
 * a positive span of a slot binned by ratio, and across a span of one sign of a slot binned by signed
 * log, the span across 0 of the latter's bin of the key 0 evenly). A read of the
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
  const kind = h.ratio[slot];
  const byRatio = kind === BY_RATIO;
  const bySignedLog = kind === BY_SIGNED_LOG;
  const edge = binEdges(h, slot);
  /**
   * The point `share` of the way across [f, t]: in ratio where the slot is binned so and f > 0, or
   * by signed log and f and t of one sign. Through exp and log, not `**`: the explorer's page gives
   * Math the exp and log whose bits Node's have, and a browser's pow may differ from Node's in the
   * last place.
   */
  const across = (f: number, t: number, share: number): number =>
    (byRatio && f > 0) || (bySignedLog && (f > 0 || t < 0))
      ? f * Math.exp(share * Math.log(t / f))
      : f + share * (t - f);
  // The bin the pass is at, the values in the bins before it, and the bin's span within [min, max]
  // (`spanned`: the bin whose span `from` and `to` hold; a span is worked out only for a bin a
  // quantile reads, not for every bin the pass goes by: with 20,000 paths over a slot's 1,024 bins,
  // 2,096 slots took 80 ms a run working out the spans of a thousand bins each).
  let b = first - 1;
  let before = 0;
  let count = 0;
  let from = min;
  let to = min;
  let spanned = -1;
  /** Span of non-empty bin `bin` within [min, max]. */
  const spanOf = (bin: number): [number, number] => {
    let [f, t] =
      // Below ZERO_FLOOR, values of a slot that holds none below 0 are exactly 0. Below the low
      // edge of a slot binned by ratio whose least value is 0 (a revenue, 0 on days switched off:
      // pilot-range.ts, ratioOverZero), the zeros and the positive values below the edge read as
      // a point mass at 0: a value there is at most the edge, below the pilot's least positive
      // value kept or at most 2^-40 of the week's greatest kept (no logarithm of 0: across reads a
      // span from 0 by value).
      bin === 0
        ? [min, (lo === ZERO_FLOOR || (byRatio && min === 0)) && min >= 0 ? min : Math.min(lo, max)]
        : bin === BINS + 1
          ? [Math.max(hi, min), max]
          : [edge(bin), edge(bin + 1)];
    f = Math.max(f, min);
    t = Math.min(t, max);
    return [f, t];
  };
  for (let i = 0; i < qs.length; i++) {
    const at = (total - 1) * qs[i];
    const rank = Math.floor(at);
    // The pass moves on to the bin of `rank` (ranks ascend with qs), never past it.
    while (before + count <= rank) {
      before += count;
      count = h.counts[base + ++b];
    }
    if (spanned !== b) {
      [from, to] = spanOf(b);
      spanned = b;
    }
    const below = rank <= 0 ? min : rank >= total - 1 ? max : across(from, to, (rank - before + 0.5) / count);
    if (at === rank) {
      out[i] = below;
      continue;
    }
    // The next value: in the same bin, or the first of the next non-empty one (read ahead, so a
    // later quantile may read `rank` again).
    const next = rank + 1;
    let above: number;
    if (next >= total - 1) above = max;
    else if (next < before + count) above = across(from, to, (next - before + 0.5) / count);
    else {
      let ahead = b + 1;
      while (h.counts[base + ahead] === 0) ahead++;
      const [f, t] = spanOf(ahead);
      above = across(f, t, 0.5 / h.counts[base + ahead]);
    }
    out[i] = below + (at - rank) * (above - below);
  }
  return true;
}

/**
 * The low edge of each bin of slot `slot`, as a function of the bin (1 to BINS + 1: the last is the
 * range's high end): even in value, in the values' high words (by ratio) or in their signed-log keys.
 */
export function binEdges(h: HistogramSet, slot: number): (bin: number) => number {
  const lo = h.lo[slot];
  const hi = h.hi[slot];
  const kind = h.ratio[slot];
  const byRatio = kind === BY_RATIO;
  const bySignedLog = kind === BY_SIGNED_LOG;
  const width = (hi - lo) / BINS;
  const fromWord = highWord(lo);
  const wordsPerBin = (highWord(hi) - fromWord) / BINS;
  const floorWord = bySignedLog ? signedLogFloorWord(lo, hi) : 0;
  const fromKey = bySignedLog ? signedLogKey(lo, floorWord) : 0;
  const keysPerBin = bySignedLog ? (signedLogKey(hi, floorWord) - fromKey) / BINS : 0;
  return (bin: number): number =>
    bySignedLog
      ? bin === 1
        ? lo
        : bin === BINS + 1
          ? hi
          : fromSignedLogKey(Math.ceil(fromKey + (bin - 1) * keysPerBin), floorWord)
      : byRatio
        ? fromHighWord(Math.ceil(fromWord + (bin - 1) * wordsPerBin))
        : lo + (bin - 1) * width;
}
