// NPV and IRR of flows that are a base series with a few days replaced (the books' equity and
// after-tax flows are the project's but on the days of a drawdown, payment, fee, call or tax:
// engine/kernel/books.ts), without building or re-reading the whole series for every step of the
// search. The rate rules are irr.ts's, to the branch:
// - money returned before any is put in (the first non-zero flow > 0): irr.ts's rate of the stake,
//   over the flows written out (the moments are the whole series');
// - the first scan (sign changes, cumulative sign changes, totals, the two-flow start, the NPV)
//   and the suffix sums' sign changes are read from the base's blocks and the replaced days
//   (sparse-scan.ts): the same counts as irr.ts's scan (a cumulative sum within rounding of zero
//   aside), so the same branch is taken;
// - Halley's steps (the fast one from the start, and the bracketed ones above and below a zero
//   rate) evaluate g, -g' and g'' on the base's block moments (flow-moments.ts) with the replaced
//   days' changes added, BLOCK times fewer terms than the days (the passes over them in
//   WebAssembly SIMD where it runs, search-simd.ts, to the bit): first on the moments up to the
//   second (a rough root, cheaply), then on all of them from there; the rate found is kept only
//   when the moments' error bound proves it within ACCEPT of the exact one, otherwise the rate is
//   solved over the days (irr.ts) instead;
// - g at the ends of the range (where only its sign matters) from the moments when their bound
//   leaves no doubt, and the rarer passes (the loss proof, the last non-zero flow) over the flows
//   written out once (a copy of the base with the days replaced).
// So the rate agrees with internalRateOfReturn of the written-out flows to within ACCEPT (plus its
// own search tolerance), and every censored, total-loss and NaN answer is the same.

import {
  addToMoments,
  blocksOf,
  evaluateMoments,
  MAT_BOUND,
  MAT_G,
  MAT_G1,
  MAT_G2,
  MAT_WEIGHT,
  MOMENTS,
  momentsAt,
} from './flow-moments.js';
import { negativeBelowZero, presentValueAtRho } from './flow-passes.js';
import { IRR_CEILING, IRR_FLOOR, internalRateOfReturn } from './irr.js';
import { RHO_TOLERANCE } from './irr-bounds.js';
import { coarseAt, evaluateCoarse, roughRoot } from './rough-root.js';
import { evaluateSearchMoments, searchAbsolute, searchMoments, searchScratch } from './search-simd.js';
import {
  ABSOLUTE,
  CHANGES,
  CUMULATIVE_CHANGES,
  NPV,
  type SparseFlows,
  START,
  scanned,
  scanSparse,
  sparseSuffixSignChanges,
  TOTAL,
} from './sparse-scan.js';
import { sparseReturnsFirst } from './stake.js';

export { type SparseFlows, signChanges } from './sparse-scan.js';

/** irr.ts's search constants (kept equal to its own). */
const MAX_ITERATIONS = 100;
const LOSS_PIECES = 16;
const STEP_DONE = 1e-4;
/** The largest relative error in the annual rate accepted from the moments' bound. */
export const ACCEPT = 1e-10;

/** Scratch: the moments with the replaced days' changes, and the flows written out. */
let momentScratch = new Float64Array(0);
let absoluteScratch = new Float64Array(0);
let writtenScratch = new Float64Array(0);

/** The flows of `s` written out into `out` (its first s.length entries). */
export function writeSparseFlows(s: SparseFlows, out: Float64Array): void {
  const base = s.base;
  for (let t = 0; t < s.length; t++) out[t] = base[t];
  for (let k = 0; k < s.count; k++) out[s.days[k]] = s.values[k];
}

/**
 * out[0] the NPV at `discountPerPeriod`, out[1] the annual IRR of the flows of `s`, as irr.ts's
 * presentValueAndRate of the flows written out (the NPV to the bit, the IRR within ACCEPT).
 */
export function sparsePresentValueAndRate(
  s: SparseFlows,
  discountPerPeriod: number,
  periodsPerYear: number,
  out: Float64Array,
): void {
  scanSparse(s, discountPerPeriod);
  out[0] = scanned[NPV];
  // Flows that are not all finite: the days' own search, whatever it makes of them.
  if (Number.isNaN(scanned[ABSOLUTE])) {
    out[1] = internalRateOfReturn(written(s), s.length, periodsPerYear);
    return;
  }
  // The moments of these flows: the base's with the replaced days' changes (blocks made over
  // other days than these: the days' own search).
  if (s.blocks.moments.length !== blocksOf(s.length) * MOMENTS) {
    out[1] = internalRateOfReturn(written(s), s.length, periodsPerYear);
    return;
  }
  const { moments, absolute } = s.blocks;
  // In the SIMD pass's memory where it runs (search-simd.ts), else in arrays of their own.
  inModule = searchScratch(blocksOf(s.length));
  if (inModule) {
    momentScratch = searchMoments;
    absoluteScratch = searchAbsolute;
  } else {
    if (momentScratch.length !== moments.length) momentScratch = new Float64Array(moments.length);
    if (absoluteScratch.length !== absolute.length) absoluteScratch = new Float64Array(absolute.length);
  }
  momentScratch.set(moments);
  absoluteScratch.set(absolute);
  for (let k = 0; k < s.count; k++) {
    const t = s.days[k];
    addToMoments(momentScratch, absoluteScratch, t, s.values[k] - s.base[t]);
  }
  isWritten = false;
  // Money returned before any is put in: irr.ts takes the stake from the first day at stake, over
  // the days (the moments are the whole series').
  if (sparseReturnsFirst(s)) {
    out[1] = internalRateOfReturn(written(s), s.length, periodsPerYear);
    return;
  }
  const rate = solveRate(s, periodsPerYear);
  // A rate the moments cannot vouch for: solved over the days.
  out[1] = Number.isNaN(rate) && unproved ? internalRateOfReturn(written(s), s.length, periodsPerYear) : rate;
}

/** Whether the flows of the current call are in writtenScratch. */
let isWritten = false;
/** Set when a search on the moments ended where their bound does not prove the rate. */
let unproved = false;

function written(s: SparseFlows): Float64Array {
  if (writtenScratch.length < s.length) writtenScratch = new Float64Array(s.length);
  if (!isWritten) writeSparseFlows(s, writtenScratch);
  isWritten = true;
  return writtenScratch;
}

/** Whether the call's moments are the SIMD pass's (search-simd.ts searchMoments). */
let inModule = false;

/** g and its derivatives at rho (reversed: the flows read backwards), from the call's moments. */
function evaluate(length: number, rho: number, reversed: boolean): void {
  if (inModule) evaluateSearchMoments(length, rho, reversed);
  else evaluateMoments(momentScratch, absoluteScratch, length, rho, reversed);
}

/**
 * rho, or NaN (and `unproved` set) unless the root found there, with g' = -g1, is proved by the
 * moments' bound: the exact root is within bound / |g1| of it (per period, to first order), so the
 * annual rate r = e^(sign x rho x periodsPerYear) - 1 is within e^(...) x periodsPerYear x that;
 * accepted when that is at most ACCEPT x |r|.
 */
function proved(rho: number, g1: number, bound: number, periodsPerYear: number, sign: number): number {
  const annual = sign * rho * periodsPerYear;
  const error = Math.exp(annual) * periodsPerYear * (bound / Math.abs(g1));
  if (error <= ACCEPT * Math.abs(Math.expm1(annual))) return rho;
  unproved = true;
  return Number.NaN;
}

/**
 * irr.ts halleyFrom on the moments, from the coarse root near `start` (or `start` itself when the
 * coarse search finds none); NaN when it leaves the range or cannot be proved.
 */
function halleyFrom(length: number, start: number, lo: number, hi: number, periodsPerYear: number): number {
  const near = roughRoot(momentScratch, absoluteScratch, length, false, start, lo, hi);
  let rho = Number.isNaN(near) ? start : near;
  for (let i = 0; i < 30; i++) {
    evaluate(length, rho, false);
    const g = momentsAt[MAT_G];
    const g1 = momentsAt[MAT_G1];
    if (g === 0) return proved(rho, g1, momentsAt[MAT_BOUND], periodsPerYear, 1);
    if (!(g1 !== 0)) return Number.NaN;
    const denominator = 2 * g1 * g1 - g * momentsAt[MAT_G2];
    const move = denominator > 0 ? (2 * g * g1) / denominator : g / g1;
    const next = rho + move;
    if (!(next > lo && next < hi)) return Number.NaN;
    if (Math.abs(move) * length < STEP_DONE) return proved(next, g1, momentsAt[MAT_BOUND], periodsPerYear, 1);
    rho = next;
  }
  return Number.NaN;
}

/**
 * irr.ts bracketedHalley on the moments (reversed: the flows read backwards), from the coarse root
 * near `start` when there is one; NaN when not proved.
 */
function bracketedHalley(
  length: number,
  reversed: boolean,
  lo: number,
  hi: number,
  positiveAtLo: boolean,
  start: number,
  periodsPerYear: number,
): number {
  // The rate is e^(sign x rho x periodsPerYear) - 1: rho read backwards is minus the rate's.
  const sign = reversed ? -1 : 1;
  let rho = start > lo && start < hi ? start : 0.5 * (lo + hi);
  const near = roughRoot(momentScratch, absoluteScratch, length, reversed, rho, lo, hi);
  if (!Number.isNaN(near)) rho = near;
  let g1 = 0;
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    evaluate(length, rho, reversed);
    const g = momentsAt[MAT_G];
    g1 = momentsAt[MAT_G1];
    if (g === 0) return proved(rho, g1, momentsAt[MAT_BOUND], periodsPerYear, sign);
    if (g > 0 === positiveAtLo) lo = rho;
    else hi = rho;
    const denominator = 2 * g1 * g1 - g * momentsAt[MAT_G2];
    const move = denominator > 0 ? (2 * g * g1) / denominator : g / g1;
    let next = rho + move;
    if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
    else if (Math.abs(move) * length < STEP_DONE)
      return proved(next, g1, momentsAt[MAT_BOUND], periodsPerYear, sign);
    rho = next;
    if (hi - lo < RHO_TOLERANCE) break;
  }
  return proved(rho, g1, momentsAt[MAT_BOUND], periodsPerYear, sign);
}

/** irr.ts solveRate over the flows of `s` after scanSparse. */
function solveRate(s: SparseFlows, periodsPerYear: number): number {
  unproved = false;
  const length = s.length;
  const changes = scanned[CHANGES];
  if (changes === 0) return scanned[TOTAL] < 0 && length > 1 ? -1 : Number.NaN;
  const lo = Math.log1p(IRR_FLOOR) / periodsPerYear;
  const hi = Math.log1p(IRR_CEILING) / periodsPerYear;
  const start = scanned[START];
  const total = scanned[TOTAL];
  if (changes === 1) {
    const fast = halleyFrom(length, start > lo && start < hi ? start : 0, lo, hi, periodsPerYear);
    if (!Number.isNaN(fast)) return Math.expm1(fast * periodsPerYear);
    // Not proved on the moments: the days' search decides (the caller runs it).
    if (unproved) return Number.NaN;
  }
  if (total === 0) return 0;
  let above: boolean;
  let atEnd: number;
  const cumulativeChanges = scanned[CUMULATIVE_CHANGES];
  if (changes > 1 && cumulativeChanges === 1) {
    above = true;
    atEnd = endValue(s, hi);
  } else if (changes > 1 && cumulativeChanges === 0 && sparseSuffixSignChanges(s, total) === 1) {
    above = false;
    atEnd = endValue(s, lo);
  } else {
    const gLo = endValue(s, lo);
    const gHi = endValue(s, hi);
    if (!Number.isFinite(gLo) || !Number.isFinite(gHi)) return Number.NaN;
    if (gLo === 0) return Math.expm1(lo * periodsPerYear);
    if (gHi === 0) return Math.expm1(hi * periodsPerYear);
    if (gLo > 0 === gHi > 0) {
      const flows = written(s);
      if (changes === 1) return beyondRange(flows, length, total);
      if (
        cumulativeChanges === 0 &&
        total < 0 &&
        (negativeBelowZero(flows, length, total, lo, 1) ||
          negativeBelowZero(flows, length, total, lo, LOSS_PIECES))
      )
        return IRR_FLOOR;
      return Number.NaN;
    }
    // g rises through a root between ends of these signs: a borrowing's rate, not a return (a
    // stake back within days, then more lost: 200 down, 10 a day back for 100 days, 15 a day out
    // for 600 showed +7,601 % a year on a loss of 8,200). The flows have several rates (one more
    // beyond the top of the range) and no return's: none.
    if (gHi > 0) return Number.NaN;
    above = total > 0 !== gHi > 0;
    atEnd = above ? gHi : gLo;
  }
  const end = above ? hi : lo;
  if (atEnd === 0) return Math.expm1(end * periodsPerYear);
  if (!Number.isFinite(atEnd)) return Number.NaN;
  if (atEnd > 0 === total > 0) return above ? IRR_CEILING : IRR_FLOOR;
  if (above) {
    const rho = bracketedHalley(length, false, 0, hi, total > 0, start, periodsPerYear);
    return Number.isNaN(rho) ? rho : Math.expm1(rho * periodsPerYear);
  }
  const sigma = bracketedHalley(length, true, 0, -lo, total > 0, -start, periodsPerYear);
  return Number.isNaN(sigma) ? sigma : Math.expm1(-sigma * periodsPerYear);
}

/** A bound on the rounding of g summed over the days, as a share of the sum of |f e^(-rho t)|. */
const ROUNDING = 1e-11;

/**
 * g at an end of the range searched, where only its sign (or its being 0 or not finite) matters:
 * from the moments up to the second, or else all of them, when their bound leaves no doubt about
 * the sign the days' sum would have; over the days otherwise (irr.ts presentValueAtRho).
 */
function endValue(s: SparseFlows, rho: number): number {
  evaluateCoarse(momentScratch, absoluteScratch, s.length, rho, false);
  if (Math.abs(coarseAt[0]) > coarseAt[3] + ROUNDING * coarseAt[4]) return coarseAt[0];
  evaluate(s.length, rho, false);
  const g = momentsAt[MAT_G];
  if (Math.abs(g) > momentsAt[MAT_BOUND] + ROUNDING * momentsAt[MAT_WEIGHT]) return g;
  return presentValueAtRho(written(s), s.length, rho, rho > 0 ? scanned[ABSOLUTE] : Number.NaN);
}

/** irr.ts beyondRange. */
function beyondRange(flows: Float64Array, length: number, total: number): number {
  let t = length - 1;
  while (t > 0 && flows[t] === 0) t--;
  return total > 0 === flows[t] > 0 ? IRR_CEILING : IRR_FLOOR;
}
