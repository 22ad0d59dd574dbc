// Fixed-range histograms for the timeline quantiles. A run may have a million paths, so values at
// each checkpoint are binned, not stored: memory stays bounded, and since counts are integers the
// merge of any split of the paths (workers, chunks, shards) is exactly the same.
//
// Layout of one histogram set: for series s and checkpoint c, slot (s * C + c) holds BINS counts
// for [lo, hi) plus one underflow and one overflow count; exact minima and maxima are kept too,
// so quantiles in the tails interpolate between the true extreme and the range edge. A slot is
// binned by value (BINS of even width) or, for positive values spread over a wide ratio, by ratio
// (log-bins.ts: its bins even in the values' high 32 bits), or, for values of either sign spread
// over orders of magnitude, by signed log (log-bins.ts: even in a signed key from the high word).
//
// This file holds the set, its adds (the hot loops: binRows, countRows and their callers, kept
// together here) and merges; the slots' ranges are chosen from the pilot in pilot-range.ts, and the
// quantiles read from a set in histogram-quantiles.ts.

import { BY_RATIO, BY_SIGNED_LOG, highWord, signedLogFloorWord, signedLogKey } from './log-bins.js';

export const BINS = 1024;
export const SLOT = BINS + 2;
// The hot loops below spell BINS and SLOT out as literals: V8 reads a module's constant through a
// cell, with a check on every read, while a literal is folded into the code.
if (BINS !== 1024 || SLOT !== 1026)
  throw new Error('histogram.ts: the literals of the hot loops are BINS and SLOT');

export interface HistogramSet {
  series: number;
  checkpoints: number;
  /** lo and hi per slot. */
  lo: Float64Array;
  hi: Float64Array;
  /**
   * The kind of each slot's bins (log-bins.ts): 1 (BY_RATIO) binned by ratio, 2 (BY_SIGNED_LOG) by
   * signed log, 0 by value.
   */
  ratio: Uint8Array;
  /**
   * Per slot, BINS / (hi - lo), a value's bin being 1 + floor((value - lo) x scale); for a slot
   * binned by ratio, BINS / (highWord(hi) - highWord(lo)), with the high words in place of the
   * values; by signed log, with their signed-log keys (signedLogKey) in place of the values.
   */
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
  ratio: Uint8Array,
): HistogramSet {
  const slots = series * checkpoints;
  return {
    series,
    checkpoints,
    lo,
    hi,
    ratio,
    scale: binScale(lo, hi, ratio),
    // Written through once now: every page of the counts is soon counted into, and a page first
    // read (a count incremented) and then written takes two faults of the kernel, one written first
    // takes one. For a 10-path run's 8.6 MB, about 5 ms less than leaving the zeros to the kernel.
    counts: new Uint32Array(slots * SLOT).fill(0),
    min: new Float64Array(slots).fill(Number.POSITIVE_INFINITY),
    max: new Float64Array(slots).fill(Number.NEGATIVE_INFINITY),
  };
}

/** HistogramSet.scale of every slot. */
export function binScale(lo: Float64Array, hi: Float64Array, ratio: Uint8Array): Float64Array {
  const scale = new Float64Array(lo.length);
  for (let slot = 0; slot < lo.length; slot++)
    if (ratio[slot] === BY_SIGNED_LOG) {
      const floorWord = signedLogFloorWord(lo[slot], hi[slot]);
      scale[slot] = BINS / (signedLogKey(hi[slot], floorWord) - signedLogKey(lo[slot], floorWord));
    } else
      scale[slot] =
        ratio[slot] === BY_RATIO
          ? BINS / (highWord(hi[slot]) - highWord(lo[slot]))
          : BINS / (hi[slot] - lo[slot]);
  return scale;
}

/**
 * Paths' values waiting to be counted. Counting a value means incrementing one random line of its
 * slot's counts (megabytes over all slots, far beyond the cache), so a batch holds many paths and
 * is counted a block of slots at a time: a slot's counts are fetched once per batch, not once per
 * value. A path's values of the batch's slots (a row) are copied in as they are, and a few such
 * pending rows are binned slot by slot, a slot's range and extremes held in locals (V8 checks an
 * array on every read: binning each value as it came read four numbers besides it). Only the
 * 16-bit bins wait, path-major. A batch may take a run of the set's slots (the engine keeps one
 * per timeline series, 262 slots for five years: 512 rows of bins take 268 KB). Full batches are
 * counted into 16-bit counts of the batch's own, half the memory of the set's, so more of them
 * stay cached; they are added into the set before any could overflow, and whenever the set is to
 * be read (flushValueBatch). The counts, minima and maxima come out as value-by-value adds give them.
 */
export interface ValueBatch {
  /** The set's slots [first, first + slots) are the batch's slots [0, slots). */
  first: number;
  slots: number;
  /** Rows of bins the batch holds before they are counted. */
  capacity: number;
  rows: number;
  /** pending[row * slots + slot]: rows copied in, not yet binned (at most PENDING_ROWS). */
  pending: Float64Array;
  /**
   * The pending values' 32-bit words (a view of pending's buffer): value i's high word at 2 i + 1,
   * on the little-endian machines log-bins.ts checks it runs on.
   */
  pendingWords: Int32Array;
  pendingRows: number;
  /** bins[row * slots + slot]: the value's bin as binOf gives it; a NaN value's is 0. */
  bins: Uint16Array;
  /**
   * NaN values per slot in the batch: they wait in bin 0 like values below the range and are
   * taken back out of it when the batch is counted, so the count loop has no branch.
   */
  nans: Uint32Array;
  /** Counts of the batches counted since the last addition into the set, [slot * SLOT + bin]. */
  counts: Uint16Array;
  /** Rows counted into `counts` since then: at most 65,535, so no 16-bit count can overflow. */
  counted: number;
  /** The set the batch's values are for (bound on the first add, freed by flushValueBatch). */
  boundTo: HistogramSet | null;
}

/** The most rows `ValueBatch.counts` takes before it is added into the set. */
const COUNTED_MAX = 0xffff;
/** Rows copied in before they are binned: enough to pay for loading a slot's range, few enough to stay cached. */
const PENDING_ROWS = 16;

/** A batch of `capacity` rows of `slots` bins, for the set's slots from `first` on. */
export function createValueBatch(slots: number, capacity = 512, first = 0): ValueBatch {
  if (!(Number.isInteger(capacity) && capacity >= 1 && capacity <= COUNTED_MAX))
    throw new Error(`createValueBatch: capacity ${capacity}`);
  const pending = new Float64Array(slots * Math.min(PENDING_ROWS, capacity));
  return {
    first,
    slots,
    capacity,
    rows: 0,
    pending,
    pendingWords: new Int32Array(pending.buffer),
    pendingRows: 0,
    bins: new Uint16Array(slots * capacity),
    nans: new Uint32Array(slots),
    counts: new Uint16Array(slots * SLOT),
    counted: 0,
    boundTo: null,
  };
}

/**
 * Adds one path's values (values[i] for the batch's slot i, that is the set's slot first + i;
 * values.length === batch.slots) to `h` through `batch`: the extremes and bins soon (their
 * extremes go into `h` as the pending rows are binned), the counts when the batch is full; call
 * flushValueBatch before reading `h`. A batch serves one set until flushed. Same as addValue on
 * each (the extremes alike but for which of two equal zeros of opposite sign is kept).
 */
export function addValuesBatched(h: HistogramSet, values: Float64Array, batch: ValueBatch): void {
  const slots = batch.slots;
  if (values.length !== slots)
    throw new Error(`addValuesBatched: ${values.length} values for ${slots} slots`);
  if (batch.boundTo !== h) {
    if (batch.boundTo !== null) throw new Error('addValuesBatched: the batch holds values of another set');
    batch.boundTo = h;
  }
  batch.pending.set(values, batch.pendingRows * slots);
  if (
    ++batch.pendingRows * slots === batch.pending.length ||
    batch.rows + batch.pendingRows === batch.capacity
  )
    binPending(h, batch);
}

/** Counts `value` `times` times in slot `slot` (a value every path shares). NaN is not counted. */
export function addValueTimes(h: HistogramSet, slot: number, value: number, times: number): void {
  if (Number.isNaN(value) || times <= 0) return;
  h.counts[slot * SLOT + binOf(h, slot, value)] += times;
  if (value < h.min[slot]) h.min[slot] = value;
  if (value > h.max[slot]) h.max[slot] = value;
}

/** Counts the batch's rows into `h` (so `h` can be read), empties the batch and frees it for any set. */
export function flushValueBatch(h: HistogramSet, batch: ValueBatch): void {
  binPending(h, batch);
  if (batch.counted + batch.rows > COUNTED_MAX) addBatchCounts(h, batch);
  countRows(batch);
  addBatchCounts(h, batch);
  batch.boundTo = null;
}

/**
 * Bins the pending rows and moves their extremes into `h` (a running minimum and maximum in row
 * order, as addValue keeps them), a slot at a time; counts the batch when that fills it. binOf's
 * bin, written out (1024 is BINS); a NaN value fails both tests: noted, to be taken back out
 * of bin 0 (ValueBatch.nans), and it moves no extreme (NaN compares false).
 */
function binPending(h: HistogramSet, batch: ValueBatch): void {
  const pendingRows = batch.pendingRows;
  binRows(h, batch, pendingRows);
  batch.rows += pendingRows;
  batch.pendingRows = 0;
  if (batch.rows === batch.capacity) {
    if (batch.counted + batch.rows > COUNTED_MAX) addBatchCounts(h, batch);
    countRows(batch);
  }
}

/**
 * binPending's loop, a function of its own: V8 optimises it while it runs (on-stack replacement),
 * and code after such a loop in the same function was thrown away and optimised again on most
 * calls, lacking feedback it had (about 170 times in 20,000 paths).
 */
function binRows(h: HistogramSet, batch: ValueBatch, pendingRows: number): void {
  const { pending, pendingWords, slots, first, bins, nans } = batch;
  const { lo, hi, ratio, scale, min, max } = h;
  const end = pendingRows * slots;
  const into = batch.rows * slots;
  for (let i = 0; i < slots; i++) {
    const slot = first + i;
    const from = lo[slot];
    const by = scale[slot];
    let least = min[slot];
    let most = max[slot];
    const kind = ratio[slot];
    if (kind === 1) {
      // Binned by ratio: a value at or above lo (positive) by its high word (log-bins.ts).
      const fromWord = highWord(from);
      const step = 2 * slots;
      for (let at = i, word = 2 * i + 1; at < end; at += slots, word += step) {
        const value = pending[at];
        const x = (pendingWords[word] - fromWord) * by;
        if (value >= from) bins[into + at] = x < 1024 ? 1 + (x | 0) : 1025;
        else {
          bins[into + at] = 0;
          if (!(value < from)) nans[i]++;
        }
        if (value < least) least = value;
        if (value > most) most = value;
      }
    } else if (kind === 2) {
      // Binned by signed log: a value at or above lo by its key (log-bins.ts, signedLogKey written out).
      const floorWord = signedLogFloorWord(from, hi[slot]);
      const fromKey = signedLogKey(from, floorWord);
      const step = 2 * slots;
      for (let at = i, word = 2 * i + 1; at < end; at += slots, word += step) {
        const value = pending[at];
        const high = pendingWords[word];
        const above = (high & 0x7fffffff) - floorWord;
        const magnitude = above > 0 ? above : 0;
        const x = ((high >= 0 ? magnitude : -magnitude) - fromKey) * by;
        if (value >= from) bins[into + at] = x < 1024 ? 1 + (x | 0) : 1025;
        else {
          bins[into + at] = 0;
          if (!(value < from)) nans[i]++;
        }
        if (value < least) least = value;
        if (value > most) most = value;
      }
    } else
      for (let at = i; at < end; at += slots) {
        const value = pending[at];
        const x = (value - from) * by;
        if (value >= from) bins[into + at] = x < 1024 ? 1 + (x | 0) : 1025;
        else {
          bins[into + at] = 0;
          if (!(value < from)) nans[i]++;
        }
        if (value < least) least = value;
        if (value > most) most = value;
      }
    min[slot] = least;
    max[slot] = most;
  }
}

/** Slots counted together, row by row: the rows are read in order, the block's 64 x 2 KB counts stay cached. */
const COUNT_BLOCK = 64;

/**
 * Counts the batch's binned rows into its own counts, a block of slots at a time, and empties its
 * rows. Four slots' bins are read before their four increments (1026 apart: a slot's counts follow
 * the one before's): V8's loop overhead and checks come once per four, and the four increments,
 * in different slots' counts, do not wait on one another.
 */
function countRows(batch: ValueBatch): void {
  const { slots, rows, bins, nans, counts } = batch;
  const end = rows * slots;
  for (let from = 0; from < slots; from += COUNT_BLOCK) {
    const to = Math.min(slots, from + COUNT_BLOCK);
    for (let row = 0; row < end; row += slots) {
      let slot = from;
      let base = from * 1026;
      for (; slot + 3 < to; slot += 4, base += 4104) {
        const a = base + bins[row + slot];
        const b = base + 1026 + bins[row + slot + 1];
        const c = base + 2052 + bins[row + slot + 2];
        const d = base + 3078 + bins[row + slot + 3];
        counts[a]++;
        counts[b]++;
        counts[c]++;
        counts[d]++;
      }
      for (; slot < to; slot++, base += 1026) counts[base + bins[row + slot]]++;
    }
  }
  for (let slot = 0; slot < slots; slot++) {
    // The slot's NaN values, counted in bin 0 above, come back out (they were never counted).
    counts[slot * SLOT] -= nans[slot];
    nans[slot] = 0;
  }
  batch.counted += rows;
  batch.rows = 0;
}

/** Adds the batch's own counts into `h` (its slots from batch.first on) and clears them. */
function addBatchCounts(h: HistogramSet, batch: ValueBatch): void {
  const counts = batch.counts;
  const into = h.counts;
  const from = batch.first * SLOT;
  for (let i = 0; i < counts.length; i++) into[from + i] += counts[i];
  counts.fill(0);
  batch.counted = 0;
}

/** Counts `value` in slot `slot`. NaN values are not counted. */
export function addValue(h: HistogramSet, slot: number, value: number): void {
  if (Number.isNaN(value)) return;
  h.counts[slot * SLOT + binOf(h, slot, value)]++;
  if (value < h.min[slot]) h.min[slot] = value;
  if (value > h.max[slot]) h.max[slot] = value;
}

/**
 * Bin of a non-NaN value: 0 below lo, 1..BINS within [lo, hi), BINS + 1 at or above hi. Below lo
 * is `value < lo`, not a negative x: a 0 under a range from ZERO_FLOOR (5e-324) whose scale is
 * under 0.5 bins a unit (a range over 2,048 wide: a fleet's revenue in USD a day) has x = -5e-324
 * x scale, which rounds to -0 and passed `x >= 0`, so its zeros were counted in the first bin.
 */
export function binOf(h: HistogramSet, slot: number, value: number): number {
  const lo = h.lo[slot];
  if (!(value >= lo)) return 0;
  const kind = h.ratio[slot];
  let x: number;
  if (kind === BY_SIGNED_LOG) {
    const floorWord = signedLogFloorWord(lo, h.hi[slot]);
    x = (signedLogKey(value, floorWord) - signedLogKey(lo, floorWord)) * h.scale[slot];
  } else x = (kind === BY_RATIO ? highWord(value) - highWord(lo) : value - lo) * h.scale[slot];
  return x < BINS ? 1 + (x | 0) : BINS + 1;
}

/** Adds `other` into `into` (same ranges and binning). */
export function mergeHistograms(into: HistogramSet, other: HistogramSet): void {
  const a = into.counts;
  const b = other.counts;
  for (let i = 0; i < a.length; i++) a[i] += b[i];
  for (let s = 0; s < into.min.length; s++) {
    if (other.min[s] < into.min[s]) into.min[s] = other.min[s];
    if (other.max[s] > into.max[s]) into.max[s] = other.max[s];
  }
}
