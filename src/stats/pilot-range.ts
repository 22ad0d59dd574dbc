// The range of each slot of a histogram set (histogram.ts), chosen from the pilot paths before the
// set is made: the pilot's values, a few far ones at each end left out, with a margin, so the full
// run's values rarely fall outside it; a range whose values start at exactly 0 keeps the zeros
// below it (ZERO_FLOOR), where the set's quantiles (histogram-quantiles.ts) read them as a point mass;
// a range of a series positive by construction whose values spread over a wide ratio is binned by
// ratio (log-bins.ts); a range of a series of either sign whose values spread so widely that even
// bins would leave the middle of them in a few bins is binned by signed log (log-bins.ts).

import { QUANTILES } from './distribution-schema.js';
import { BINS } from './histogram.js';
import {
  BY_RATIO,
  BY_SIGNED_LOG,
  binnedByRatio,
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
 * pilot values are all positive, the ones left in spanning at least RATIO_SPREAD: ratioRange), 2
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
 * slot of one sign (a revenue, a share at 0 or above) keeps even bins and its zeros' point mass
 * (ZERO_FLOOR).
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
  let n = 0;
  for (let row = 0, at = slot; row < rows; row++, at += slots)
    if (!Number.isNaN(raw[at])) column[n++] = raw[at];
  const sorted = column.subarray(0, n).sort();
  const [lo, hi] = pilotRange(from, to);
  const even = (hi - lo) / BINS;
  const at = (q: number) => sorted[Math.round((n - 1) * q)];
  if (!((at(0.75) - at(0.25)) / even < SIGNED_LOG_QUARTILE_BINS)) return false;
  const [logLo, logHi] = signedLogRange(from, to);
  let finer = 0;
  for (const q of QUANTILES) if (signedLogBinWidth(logLo, logHi, Math.abs(at(q)), BINS) < even) finer++;
  return 2 * finer > QUANTILES.length;
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
