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
    counts: new Uint32Array(slots * SLOT),
    min: new Float64Array(slots).fill(Number.POSITIVE_INFINITY),
    max: new Float64Array(slots).fill(Number.NEGATIVE_INFINITY),
  };
}

/**
 * Counts values[slot] in every slot (one path's checkpoint values). Same binning as addValue,
 * with the arrays held in locals: this runs once per path for every checkpoint and series.
 */
export function addValues(h: HistogramSet, values: Float64Array): void {
  const { lo, hi, counts, min, max } = h;
  for (let slot = 0; slot < values.length; slot++) {
    const value = values[slot];
    if (Number.isNaN(value)) continue;
    const l = lo[slot];
    const u = hi[slot];
    let bin: number;
    if (value < l) bin = 0;
    else if (value >= u) bin = BINS + 1;
    else bin = 1 + Math.min(BINS - 1, Math.floor(((value - l) / (u - l)) * BINS));
    counts[slot * SLOT + bin]++;
    if (value < min[slot]) min[slot] = value;
    if (value > max[slot]) max[slot] = value;
  }
}

/** Counts `value` in slot `slot`. NaN values are not counted. */
export function addValue(h: HistogramSet, slot: number, value: number): void {
  if (Number.isNaN(value)) return;
  const lo = h.lo[slot];
  const hi = h.hi[slot];
  let bin: number;
  if (value < lo) bin = 0;
  else if (value >= hi) bin = BINS + 1;
  else bin = 1 + Math.min(BINS - 1, Math.floor(((value - lo) / (hi - lo)) * BINS));
  h.counts[slot * SLOT + bin]++;
  if (value < h.min[slot]) h.min[slot] = value;
  if (value > h.max[slot]) h.max[slot] = value;
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
  const base = slot * SLOT;
  let total = 0;
  for (let b = 0; b < SLOT; b++) total += h.counts[base + b];
  if (total === 0) return null;
  const lo = h.lo[slot];
  const hi = h.hi[slot];
  const width = (hi - lo) / BINS;
  const target = q * total;
  let cumulative = 0;
  for (let b = 0; b < SLOT; b++) {
    const count = h.counts[base + b];
    if (count === 0) continue;
    if (cumulative + count >= target) {
      const within = (target - cumulative) / count;
      let from: number;
      let to: number;
      if (b === 0) [from, to] = [h.min[slot], Math.min(lo, h.max[slot])];
      else if (b === BINS + 1) [from, to] = [Math.max(hi, h.min[slot]), h.max[slot]];
      else [from, to] = [lo + (b - 1) * width, lo + b * width];
      from = Math.max(from, h.min[slot]);
      to = Math.min(to, h.max[slot]);
      return from + within * (to - from);
    }
    cumulative += count;
  }
  return h.max[slot];
}

/** A range covering pilot values with a margin, so the full run rarely falls outside it. */
export function pilotRange(min: number, max: number): [number, number] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0, 1];
  const span = max - min;
  const pad = span > 0 ? span * 0.5 : Math.max(Math.abs(min) * 0.01, 1e-9);
  return [min - pad, max + pad];
}
