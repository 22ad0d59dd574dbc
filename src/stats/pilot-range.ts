// The range of each slot of a histogram set (histogram.ts), chosen from the pilot paths before the
// set is made: the pilot's values, a few far ones at each end left out, with a margin, so the full
// run's values rarely fall outside it; a range whose values start at exactly 0 keeps the zeros
// below it (ZERO_FLOOR), where the set's quantiles (histogram-quantiles.ts) read them as a point mass;
// a range of a series positive by construction whose values spread over a wide ratio is binned by
// ratio (log-bins.ts), and so is one of a series at 0 or above (a revenue) whose values spread so
// widely that even bins would leave the middle of them in a few bins; a range of a series of either
// sign spread so is binned by signed log (log-bins.ts).

import { QUANTILES } from './distribution-schema.js';
import { BINS } from './histogram.js';
import {
  BY_RATIO,
  BY_SIGNED_LOG,
  binnedByRatio,
  fromHighWord,
  highWord,
  ratioRange,
  signedLogBinWidth,
  signedLogRange,
} from './log-bins.js';

/**
 * Pilot paths a range leaves out at each end, one per this many: the range spans the pilot's
 * values from its (k+1)-th least to its (k+1)-th greatest (k = 5 of the usual 256 paths), with
 * pilotRange's margin. Over every pilot value, a few far paths (a heavy tail) widened every bin:
 * the loan scenario's equity, whose best paths reach about 500 M USD, had bins of about 0.97 M USD,
 * twice the owners' stake, and its weekly 25 % read up to 163,757 USD where the paths' own is
 * -458,775 USD (36 % of them frozen near it by a default). The values beyond the range are counted
 * below or above it, and read between the extreme and the range's edge, as before.
 */
const PILOT_PATHS_PER_LEFT_OUT = 50;

/**
 * pilotRange of every slot of `rows` path-major rows of `slots` values, leaving out the pilot's
 * farthest few at each end (PILOT_PATHS_PER_LEFT_OUT): [lo, hi] per slot, and 1 in the third array
 * for a slot binned by ratio (one `positive` marks as positive on every path by construction, whose
 * pilot values are all positive, the ones left in spanning at least RATIO_SPREAD: ratioRange; or
 * one it does not mark whose pilot values are all 0 or above, where even bins fail it:
 * ratioOverZero), 2
 * for one binned by signed log (one `positive` does not mark: binnedBySignedLog, signedLogRange), 0
 * for one binned by value. The
 * least and greatest
 * values are kept path by path, in the rows' order (slot by slot, each read would be a row's width
 * from the last, a cache miss), in short sorted lists a slot.
 */
export function pilotRanges(
  raw: Float64Array,
  rows: number,
  slots: number,
  positive: Uint8Array,
): [Float64Array, Float64Array, Uint8Array] {
  const k = Math.floor(rows / PILOT_PATHS_PER_LEFT_OUT);
  const keep = k + 1;
  // least[slot * keep + i]: the slot's (i+1)-th least value so far; most: its (i+1)-th greatest.
  const least = new Float64Array(slots * keep).fill(Number.POSITIVE_INFINITY);
  const most = new Float64Array(slots * keep).fill(Number.NEGATIVE_INFINITY);
  for (let row = 0; row < rows * slots; row += slots)
    for (let slot = 0, base = 0; slot < slots; slot++, base += keep) {
      const v = raw[row + slot];
      // NaN compares false: it moves neither list.
      if (v < least[base + k]) {
        let i = k;
        for (; i > 0 && least[base + i - 1] > v; i--) least[base + i] = least[base + i - 1];
        least[base + i] = v;
      }
      if (v > most[base + k]) {
        let i = k;
        for (; i > 0 && most[base + i - 1] < v; i--) most[base + i] = most[base + i - 1];
        most[base + i] = v;
      }
    }
  const lo = new Float64Array(slots);
  const hi = new Float64Array(slots);
  const ratio = new Uint8Array(slots);
  // One slot's pilot values, sorted for their quartiles where a slot may be binned by signed log.
  const column = new Float64Array(rows);
  for (let slot = 0, base = 0; slot < slots; slot++, base += keep) {
    // The extremes where fewer than k + 1 values are numbers, or where the values left in are all
    // one (a share of capacity shut down on a few paths only): their range would have no width.
    let from = least[base + k];
    let to = most[base + k];
    if (!(Number.isFinite(from) && Number.isFinite(to) && to > from)) [from, to] = [least[base], most[base]];
    // A slot whose least value is exactly 0 keeps its zeros below the range (ZERO_FLOOR).
    if (least[base] === 0) from = 0;
    if (positive[slot] === 1 && least[base] > 0 && binnedByRatio(from, to)) {
      ratio[slot] = BY_RATIO;
      [lo[slot], hi[slot]] = ratioRange(from, to);
    } else if (positive[slot] !== 1 && least[base] >= 0 && to > 0 && Number.isFinite(to)) {
      // Every pilot value at 0 or above: by ratio from its least positive one kept (ratioOverZero).
      const range = ratioOverZero(
        least[base + k],
        () => pilotColumn(raw, rows, slots, slot, column),
        k,
        from,
        to,
      );
      if (range) {
        ratio[slot] = BY_RATIO;
        [lo[slot], hi[slot]] = range;
      } else [lo[slot], hi[slot]] = pilotRange(from, to);
    } else if (
      positive[slot] !== 1 &&
      from < 0 &&
      to > 0 &&
      Number.isFinite(from) &&
      Number.isFinite(to) &&
      binnedBySignedLog(raw, rows, slots, slot, column, from, to)
    ) {
      ratio[slot] = BY_SIGNED_LOG;
      [lo[slot], hi[slot]] = signedLogRange(from, to);
    } else [lo[slot], hi[slot]] = pilotRange(from, to);
  }
  return [lo, hi, ratio];
}

/**
 * Even bins across the pilot's middle half (from its 25 % to its 75 %) below which a slot of either
 * sign may be binned by signed log. With this many, a quantile between the quartiles is read within
 * 1/32 of their spread, as finely as signed-log bins a few % of the value wide read it; every
 * committed scenario's net positions and equities have 50 or more (the flagship's 126 to 167), and
 * a net position spread over orders of magnitude (the flagship at a volatility of 400 %) 0 to 41.
 */
export const SIGNED_LOG_QUARTILE_BINS = 32;

/**
 * Whether slot `slot`, whose pilot values kept run from `from` < 0 to `to` > 0 (finite), is binned by
 * signed log: where the even bins of pilotRange(from, to) hold the pilot's middle half (its values
 * at ranks round((n - 1) / 4) to round(3 (n - 1) / 4) of its n numbers) in fewer than
 * SIGNED_LOG_QUARTILE_BINS, and its signed-log bins (over signedLogRange(from, to)) are narrower
 * than those even bins at more than half of the timeline's quantiles (QUANTILES), each taken as
 * the pilot's value at rank round((n - 1) q). A quantile is read within its bin: a net position
 * spread over orders of magnitude had even bins 1e10 USD wide, and its quantiles up to the 75 %,
 * within a few million USD of 0, all came out of the first bins, of the wrong sign. Where the even
 * bins resolve the middle half, or resolve most of the quantiles more finely, they stay: the
 * signed-log bins, a few % of the value wide, would read the tails of a net position of a few
 * hundred thousand USD either way more coarsely. Only for values of both signs among those kept: a
 * slot of values at 0 or above (a revenue) is binned by ratio where even bins fail it the same way
 * (ratioOverZero), and keeps even bins and its zeros' point mass (ZERO_FLOOR) otherwise.
 */
function binnedBySignedLog(
  raw: Float64Array,
  rows: number,
  slots: number,
  slot: number,
  column: Float64Array,
  from: number,
  to: number,
): boolean {
  const [logLo, logHi] = signedLogRange(from, to);
  return evenBinsFail(pilotColumn(raw, rows, slots, slot, column).sort(), from, to, (value) =>
    signedLogBinWidth(logLo, logHi, Math.abs(value), BINS),
  );
}

/** Slot `slot`'s pilot values that are numbers (in `column`). */
function pilotColumn(
  raw: Float64Array,
  rows: number,
  slots: number,
  slot: number,
  column: Float64Array,
): Float64Array {
  let n = 0;
  for (let row = 0, at = slot; row < rows; row++, at += slots)
    if (!Number.isNaN(raw[at])) column[n++] = raw[at];
  return column.subarray(0, n);
}

/**
 * Whether even bins fail a slot whose pilot values (`sorted`, numbers only) are kept from `from` to
 * `to`, against bins of width `width(value)` at a value: where the even bins of pilotRange(from,
 * to) hold the pilot's middle half (its values at ranks round((n - 1) / 4) to round(3 (n - 1) / 4))
 * in fewer than SIGNED_LOG_QUARTILE_BINS, and the other bins are narrower than those even bins at
 * more than half of the timeline's quantiles (QUANTILES), each taken as the pilot's value at rank
 * round((n - 1) q).
 */
function evenBinsFail(
  sorted: Float64Array,
  from: number,
  to: number,
  width: (value: number) => number,
): boolean {
  const n = sorted.length;
  const [lo, hi] = pilotRange(from, to);
  const even = (hi - lo) / BINS;
  const at = (q: number) => sorted[Math.round((n - 1) * q)];
  if (!((at(0.75) - at(0.25)) / even < SIGNED_LOG_QUARTILE_BINS)) return false;
  let finer = 0;
  for (const q of QUANTILES) if (width(at(q)) < even) finer++;
  return 2 * finer > QUANTILES.length;
}

/**
 * Doublings below the greatest pilot value kept that a slot of values at 0 or above, binned by
 * ratio (ratioOverZero), reaches at most: its low edge is at least that value x 2^-40, so with
 * ratioRange's margin its bins span at most 60 doublings, a bin at most 4.1 % in ratio.
 */
export const ZERO_RATIO_DOUBLINGS = 40;

/**
 * The range binned by ratio of a slot that is not positive by construction (a revenue, 0 on days
 * switched off) whose pilot values are all 0 or above (`columnOf`: its numbers, to be sorted in
 * place), kept from `from` (0 where any is 0) to `to` > 0, `k` left out at the low end, where even
 * bins fail it (evenBinsFail against the ratio bins); null where they do not. On even bins, the
 * flagship's revenue at a volatility of 400 % (coins held, 300 paths) had bins about 1e9 USD a day
 * wide in its last weeks, and its 5 % read 25,775 USD a day where the paths' own is 0.0000182. The low edge: ratioRange's over the least positive
 * value kept and `to` (never above the former), but no lower than `to` x 2^-ZERO_RATIO_DOUBLINGS;
 * zeros and the positive values below it are counted below the range, in the underflow, which the
 * set's quantiles read as a point mass at the slot's least value (histogram-quantiles.ts; 0 where
 * zeros are present), each read at most the low edge off (below the least positive value kept, or
 * at most 2^-40 of the week's greatest kept). Where zeros are none, the slot's least value is
 * positive and the underflow reads in ratio between it and the edge, as a price's.
 */
function ratioOverZero(
  kth: number,
  columnOf: () => Float64Array,
  k: number,
  from: number,
  to: number,
): [number, number] | null {
  const floorWord = highWord(to) - ZERO_RATIO_DOUBLINGS * 0x100000;
  if (floorWord < 0x00100000) return null;
  const floor = fromHighWord(floorWord);
  // Where the value at rank k (`kth`, the (k+1)-th least) is positive, it is the least positive
  // kept, and a slot it leaves spanning less than RATIO_SPREAD is settled before any sort.
  if (kth > 0 && kth < Number.POSITIVE_INFINITY && !(kth <= to && binnedByRatio(Math.max(kth, floor), to)))
    return null;
  const values = columnOf();
  // Where zeros are most (a share of capacity shut down), fewer than half the quantiles are
  // positive, and only a positive one may be read more finely: settled before the sort.
  let zeros = 0;
  for (let j = 0; j < values.length; j++) if (!(values[j] > 0)) zeros++;
  let positives = 0;
  for (const q of QUANTILES) if (Math.round((values.length - 1) * q) >= zeros) positives++;
  if (!(2 * positives > QUANTILES.length)) return null;
  const sorted = values.sort();
  // The least positive value kept (at rank k or above, up to `to`).
  let i = Math.min(k, sorted.length - 1);
  while (i < sorted.length && !(sorted[i] > 0)) i++;
  if (i === sorted.length || !(sorted[i] <= to)) return null;
  const least = Math.max(sorted[i], floor);
  if (!binnedByRatio(least, to)) return null;
  const [ratioLo, ratioHi] = ratioRange(least, to);
  const range: [number, number] = [Math.max(ratioLo, floor), ratioHi];
  const wordsPerBin = Math.ceil((highWord(range[1]) - highWord(range[0])) / BINS);
  // A value below the low edge is read at most the edge off; one above, within its ratio bin.
  const width = (value: number) =>
    value < range[0]
      ? value === 0
        ? Number.POSITIVE_INFINITY
        : range[0]
      : fromHighWord(Math.min(highWord(value) + wordsPerBin, 0x7fefffff)) - value;
  return evenBinsFail(sorted, from, to, width) ? range : null;
}

/**
 * The low edge of a range whose pilot values start at exactly 0 (a share of capacity shut down, a
 * revenue on days switched off): the zeros fall below it, in the underflow count, which then reads
 * as a point mass at 0. Inside the first bin they were read as spread over its width, so a median
 * of 0 (77 % of the paths shut nothing down that week) came out as 0.0011.
 */
export const ZERO_FLOOR = Number.MIN_VALUE;

/** A range covering pilot values from `min` to `max` with a margin, so the full run's rarely fall outside it. */
export function pilotRange(min: number, max: number): [number, number] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0, 1];
  const span = max - min;
  if (min === 0 && max > 0) return [ZERO_FLOOR, max + span * 0.5];
  const pad = span > 0 ? span * 0.5 : Math.max(Math.abs(min) * 0.01, 1e-9);
  return [min - pad, max + pad];
}
