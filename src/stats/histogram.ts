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

/**
 * Paths' values waiting to be counted. Counting a path's values one by one touches one random line
 * of every slot's counts (megabytes of them), a cache miss per value, and reloads the slot's range
 * and extremes each time; a batch holds the values of many paths and is counted slot by slot, so
 * each slot's counts are fetched once per batch and its range and extremes stay in registers. It
 * is stored slot-major (a slot's rows side by side), so the count reads it in order: stored
 * path-major, every value read came from another cache line of a batch larger than the cache.
 * The counts, minima and maxima come out the same as value-by-value adds.
 */
export interface ValueBatch {
  slots: number;
  capacity: number;
  rows: number;
  /** values[slot * capacity + row]. */
  values: Float64Array;
}

/** A batch of `capacity` rows: 128 rows of a 5-year run's 1,305 binned slots take 1.3 MB. */
export function createValueBatch(slots: number, capacity = 128): ValueBatch {
  return { slots, capacity, rows: 0, values: new Float64Array(slots * capacity) };
}

/**
 * Adds one path's values (values[slot] for the batch's slots, values.length === batch.slots) to `h`
 * through `batch` (counted into `h` when full; call flushValueBatch before reading `h`). Same as
 * addValue on each.
 */
export function addValuesBatched(h: HistogramSet, values: Float64Array, batch: ValueBatch): void {
  if (values.length !== batch.slots)
    throw new Error(`addValuesBatched: ${values.length} values for ${batch.slots} slots`);
  const { slots, capacity, rows } = batch;
  const into = batch.values;
  for (let slot = 0, at = rows; slot < slots; slot++, at += capacity) into[at] = values[slot];
  if (++batch.rows === capacity) flushValueBatch(h, batch);
}

/** Counts `value` `times` times in slot `slot` (a value every path shares). NaN is not counted. */
export function addValueTimes(h: HistogramSet, slot: number, value: number, times: number): void {
  if (Number.isNaN(value) || times <= 0) return;
  h.counts[slot * SLOT + binOf(h, slot, value)] += times;
  if (value < h.min[slot]) h.min[slot] = value;
  if (value > h.max[slot]) h.max[slot] = value;
}

/** Counts the batch's rows into `h`, slot by slot (binned as binOf; NaN skipped), and empties it. */
export function flushValueBatch(h: HistogramSet, batch: ValueBatch): void {
  const { slots, rows, capacity, values } = batch;
  const { lo, scale, min, max, counts } = h;
  for (let slot = 0; slot < slots; slot++) {
    const base = slot * SLOT;
    const from = lo[slot];
    const perUnit = scale[slot];
    let least = min[slot];
    let most = max[slot];
    for (let at = slot * capacity, end = at + rows; at < end; at++) {
      const value = values[at];
      // x is NaN for a NaN value, which fails both tests: not counted.
      const x = (value - from) * perUnit;
      if (x >= 0) counts[base + (x < BINS ? 1 + (x | 0) : BINS + 1)]++;
      else if (x < 0) counts[base]++;
      else continue;
      if (value < least) least = value;
      if (value > most) most = value;
    }
    min[slot] = least;
    max[slot] = most;
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
export function binOf(h: HistogramSet, slot: number, value: number): number {
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
