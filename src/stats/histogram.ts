// Fixed-range histograms for the timeline quantiles. A run may have a million paths, so values at
// each checkpoint are binned, not stored: memory stays bounded, and since counts are integers the
// merge of any split of the paths (workers, chunks, shards) is exactly the same.
//
// Layout of one histogram set: for series s and checkpoint c, slot (s * C + c) holds BINS counts
// for [lo, hi) plus one underflow and one overflow count; exact minima and maxima are kept too,
// so quantiles in the tails interpolate between the true extreme and the range edge.

export const BINS = 1024;
export const SLOT = BINS + 2;

export interface HistogramSet {
  series: number;
  checkpoints: number;
  /** lo and hi per slot. */
  lo: Float64Array;
  hi: Float64Array;
  /** BINS / (hi - lo) per slot: a value's bin is 1 + floor((value - lo) x scale). */
  scale: Float64Array;
  counts: Uint32Array;
  min: Float64Array;
  max: Float64Array;
}

export function createHistogramSet(
  series: number,
  checkpoints: number,
  lo: Float64Array,
  hi: Float64Array,
): HistogramSet {
  const slots = series * checkpoints;
  return {
    series,
    checkpoints,
    lo,
    hi,
    scale: binScale(lo, hi),
    counts: new Uint32Array(slots * SLOT),
    min: new Float64Array(slots).fill(Number.POSITIVE_INFINITY),
    max: new Float64Array(slots).fill(Number.NEGATIVE_INFINITY),
  };
}

/** BINS / (hi - lo) for every slot (HistogramSet.scale). */
export function binScale(lo: Float64Array, hi: Float64Array): Float64Array {
  const scale = new Float64Array(lo.length);
  for (let slot = 0; slot < lo.length; slot++) scale[slot] = BINS / (hi[slot] - lo[slot]);
  return scale;
}

/** Bin code of a NaN in a BinBatch: not counted. */
const SKIP = 0xffff;

/**
 * Paths' bins waiting to be counted. Counting a path's values one by one touches one random line
 * of every slot's counts (megabytes of them), a cache miss per value; a batch holds the bins of
 * many paths, row by row, and is counted slot by slot, so each slot's counts are fetched once per
 * batch. The counts come out the same as value-by-value adds.
 */
export interface BinBatch {
  slots: number;
  capacity: number;
  rows: number;
  /** bins[row * slots + slot]: 0 underflow, 1..BINS, BINS + 1 overflow, SKIP for NaN. */
  bins: Uint16Array;
}

export function createBinBatch(slots: number, capacity = 256): BinBatch {
  return { slots, capacity, rows: 0, bins: new Uint16Array(slots * capacity) };
}

/**
 * Adds one path's values (values[slot] for slots 0..batch.slots - 1) to `h`: min and max now, the
 * counts through `batch` (flushed into `h` when full; call flushBinBatch before reading `h`). Same
 * binning as addValue.
 */
export function addValuesBatched(h: HistogramSet, values: Float64Array, batch: BinBatch): void {
  const { lo, scale, min, max } = h;
  const bins = batch.bins;
  const slots = batch.slots;
  const offset = batch.rows * slots;
  for (let slot = 0; slot < slots; slot++) {
    const value = values[slot];
    // x is NaN for a NaN value, which fails both tests below: SKIP.
    const x = (value - lo[slot]) * scale[slot];
    bins[offset + slot] = x >= 0 ? (x < BINS ? 1 + (x | 0) : BINS + 1) : x < 0 ? 0 : SKIP;
    if (value < min[slot]) min[slot] = value;
    if (value > max[slot]) max[slot] = value;
  }
  if (++batch.rows === batch.capacity) flushBinBatch(h, batch);
}

/** Counts `value` `times` times in slot `slot` (a value every path shares). NaN is not counted. */
export function addValueTimes(h: HistogramSet, slot: number, value: number, times: number): void {
  if (Number.isNaN(value) || times <= 0) return;
  h.counts[slot * SLOT + binOf(h, slot, value)] += times;
  if (value < h.min[slot]) h.min[slot] = value;
  if (value > h.max[slot]) h.max[slot] = value;
}

/** Counts the batch's rows into `h`, slot by slot, and empties it. */
export function flushBinBatch(h: HistogramSet, batch: BinBatch): void {
  const { slots, rows, bins } = batch;
  const counts = h.counts;
  for (let slot = 0; slot < slots; slot++) {
    const base = slot * SLOT;
    for (let at = slot, end = rows * slots; at < end; at += slots) {
      const bin = bins[at];
      if (bin !== SKIP) counts[base + bin]++;
    }
  }
  batch.rows = 0;
}

/** Counts `value` in slot `slot`. NaN values are not counted. */
export function addValue(h: HistogramSet, slot: number, value: number): void {
  if (Number.isNaN(value)) return;
  h.counts[slot * SLOT + binOf(h, slot, value)]++;
  if (value < h.min[slot]) h.min[slot] = value;
  if (value > h.max[slot]) h.max[slot] = value;
}

/** Bin of a non-NaN value: 0 below lo, 1..BINS within [lo, hi), BINS + 1 at or above hi. */
function binOf(h: HistogramSet, slot: number, value: number): number {
  const x = (value - h.lo[slot]) * h.scale[slot];
  return x >= 0 ? (x < BINS ? 1 + (x | 0) : BINS + 1) : 0;
}

/** Adds `other` into `into` (same ranges). */
export function mergeHistograms(into: HistogramSet, other: HistogramSet): void {
  const a = into.counts;
  const b = other.counts;
  for (let i = 0; i < a.length; i++) a[i] += b[i];
  for (let s = 0; s < into.min.length; s++) {
    if (other.min[s] < into.min[s]) into.min[s] = other.min[s];
    if (other.max[s] > into.max[s]) into.max[s] = other.max[s];
  }
}

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
  let total = 0;
  for (let b = 0; b < SLOT; b++) total += h.counts[base + b];
  if (total === 0) return false;
  const lo = h.lo[slot];
  const hi = h.hi[slot];
  const min = h.min[slot];
  const max = h.max[slot];
  const width = (hi - lo) / BINS;
  let i = 0;
  let cumulative = 0;
  for (let b = 0; b < SLOT && i < qs.length; b++) {
    const count = h.counts[base + b];
    if (count === 0) continue;
    while (i < qs.length && cumulative + count >= qs[i] * total) {
      const within = (qs[i] * total - cumulative) / count;
      let from: number;
      let to: number;
      if (b === 0) [from, to] = [min, Math.min(lo, max)];
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

/** A range covering pilot values with a margin, so the full run rarely falls outside it. */
export function pilotRange(min: number, max: number): [number, number] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0, 1];
  const span = max - min;
  const pad = span > 0 ? span * 0.5 : Math.max(Math.abs(min) * 0.01, 1e-9);
  return [min - pad, max + pad];
}
