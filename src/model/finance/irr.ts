// Discounted-cash-flow helpers over equally spaced cash flows (days in minesim). Pure and
// allocation-free: they read the first `length` entries of a typed array, so the kernel can pass
// its preallocated per-day flow buffer.
//
// The IRR is solved on rho = ln(1 + rate per period), where the present value
// g(rho) = sum_t flow_t * exp(-rho * t) is smooth. Which rate is "the" IRR:
// - no sign change, money put in and none returned (every flow <= 0, one < 0): a total loss,
//   whose IRR finance practice states as -100 % (no rate zeroes the present value, but as the rate
//   falls to -100 % the loss is the only limit); with every flow >= 0 (nothing put in) or all zero
//   there is no IRR: NaN; nor with the flows of a single day (a run of one day), whose present
//   value is the same at every rate;
// - money returned before any is put in (the first non-zero flow > 0: a machine that cost nothing,
//   a lease paid in arrears, a loan of the whole price): the owners' money is at stake from the
//   first day their cumulative position is below zero, and the return is on that stake. So the
//   flows up to that day are summed into it (what came back before is part of what is at stake
//   then) and the rate is that of the flows from it; never below zero, nothing was at stake: NaN,
//   as for a payback on day 0 with nothing at stake. Read as they stand, such flows are a
//   borrowing's (taken now, paid later), whose rate reads the other way round: a machine that cost
//   nothing, earned and then lost less showed a negative "IRR" on a gain (-43 % at the median of
//   the flagship's fleet given away), one that lost more a positive one on a loss (+1,158 %);
// - one sign change in the flows (an investment: outflows first, inflows later): g is strictly
//   decreasing, the root is unique (Descartes' rule of signs in e^-rho), and Halley's iteration
//   from a two-flow estimate finds it in a handful of passes;
// - several sign changes (a fleet whose late days lose money) but a cumulative cash position that
//   changes sign exactly once (it paid back and stayed paid back, in undiscounted terms): there is
//   exactly one positive rate (Norstrom's criterion), and that is the IRR reported, found by the
//   same iteration;
// - several sign changes and a cumulative position that never changes sign (a fleet that never
//   pays back): no positive rate zeroes the present value; when the sums of the flows from each
//   day to the end change sign exactly once, Norstrom's criterion on the flows read backwards
//   gives exactly one negative rate, the IRR;
// - otherwise the flows may have several IRRs: when the present value is above zero at the bottom
//   of the search range and below it at the top, a root in the half of the range (above or below a
//   zero rate) where g changes sign; NaN otherwise (an even number of roots, or none: no rate makes
//   the present value zero; or a root g rises through, a borrowing's rate, which read as a return
//   says the other way round: a stake back within days and then lost 41 times over showed
//   +7,601 % a year).
// Censoring: where the rate is known to be unique on one side of zero (one sign change, or either
// Norstrom case) but lies beyond the searched range (a stake mostly lost within weeks annualises
// below -99.99 %, one multiplied within days above 1e6), the IRR is reported AT the bound passed
// (IRR_FLOOR or IRR_CEILING exactly), not NaN: the true rate is at or beyond it, so the path still
// ranks correctly among the others, and the summary counts the values equal to a bound as
// censored (stats/quantiles.ts). So is a stake never paid back whose present value is proved
// negative at every rate from the floor up (a default after months of debt service whose last flow
// is a payment): any rate that zeroes it lies below the floor. Flows whose rate is undefined
// (nothing put in, several rates or none that side cannot be told) stay NaN.
// Each search is Halley's iteration kept inside a shrinking bracket by bisection. The passes over
// the flows are in flow-passes.ts; the iterations' pass runs as WebAssembly SIMD where it can
// (flow-simd.ts), with the same bits.

import { DAYS_PER_YEAR } from '../calendar.js';
import {
  AT_G,
  AT_G1,
  AT_G2,
  at,
  evaluateAt,
  negativeBelowZero,
  presentValueAtRho,
  presentValueSignAtRho,
  reversedFlows,
  SCAN_ABSOLUTE,
  SCAN_CHANGES,
  SCAN_CUMULATIVE_CHANGES,
  SCAN_NPV,
  SCAN_START,
  SCAN_TOTAL,
  scan,
  scanFlows,
  suffixSignChanges,
} from './flow-passes.js';
import { evaluateStagedAt, stageFlows } from './flow-simd.js';
import { IRR_CEILING, IRR_FLOOR, RHO_TOLERANCE } from './irr-bounds.js';
import { returnsFirst, stakeFlows } from './stake.js';

export { IRR_CEILING, IRR_FLOOR };

const MAX_ITERATIONS = 100;
/** Pieces of the negative rates searched over which a never-paid-back stake's loss is proved (flow-passes.ts). */
const LOSS_PIECES = 16;
/**
 * Halley's iteration stops once a step moves rho x length (the discount exponent at the last flow,
 * the scale on which g bends) less than this. It converges cubically, so the error left after such
 * a step is of the order of STEP_DONE^3 on that scale, far below the rounding of the sums.
 */
const STEP_DONE = 1e-4;

/** Net present value of flows[0..length): flow t is discounted by discountPerPeriod^t (flow 0 is not discounted). */
export function netPresentValue(flows: Float64Array, length: number, discountPerPeriod: number): number {
  let factor = 1;
  let sum = 0;
  for (let t = 0; t < length; t++) {
    sum += flows[t] * factor;
    factor *= discountPerPeriod;
  }
  return sum;
}

/**
 * Halley's method from `start`. With one sign change in the flows the root is unique (Descartes'
 * rule of signs in e^-rho), so when the iteration converges inside the search range it has found
 * the same root the bracketed search would, in fewer passes; NaN sends the caller to that search.
 */
function halleyFrom(flows: Float64Array, length: number, start: number, lo: number, hi: number): number {
  const staged = stageFlows(flows, length);
  let rho = start;
  for (let i = 0; i < 30; i++) {
    if (staged) evaluateStagedAt(rho);
    else evaluateAt(flows, length, rho);
    const g = at[AT_G];
    const g1 = at[AT_G1];
    if (g === 0) return rho;
    if (!(g1 !== 0)) return Number.NaN;
    // Halley: rho - 2 g g' / (2 g'^2 - g g'') with g' = -g1, cubically convergent; Newton's step
    // where that is not defined. Written out here: a helper returning a double would box it.
    const denominator = 2 * g1 * g1 - g * at[AT_G2];
    const move = denominator > 0 ? (2 * g * g1) / denominator : g / g1;
    const next = rho + move;
    if (!(next > lo && next < hi)) return Number.NaN;
    if (Math.abs(move) * length < STEP_DONE) return next;
    rho = next;
  }
  return Number.NaN;
}

/**
 * The single root of g in (lo, hi), where g is positive at lo when `positiveAtLo` and has the other
 * sign at hi: Halley's step while it stays inside the bracket, a bisection otherwise, the bracket
 * shrinking on every pass.
 */
function bracketedHalley(
  flows: Float64Array,
  length: number,
  lo: number,
  hi: number,
  positiveAtLo: boolean,
  start: number,
): number {
  const staged = stageFlows(flows, length);
  let rho = start > lo && start < hi ? start : 0.5 * (lo + hi);
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    if (staged) evaluateStagedAt(rho);
    else evaluateAt(flows, length, rho);
    const g = at[AT_G];
    const g1 = at[AT_G1];
    if (g === 0) return rho;
    if (g > 0 === positiveAtLo) lo = rho;
    else hi = rho;
    // Halley's step (g' = -g1), Newton's where that is not defined.
    const denominator = 2 * g1 * g1 - g * at[AT_G2];
    const move = denominator > 0 ? (2 * g * g1) / denominator : g / g1;
    let next = rho + move;
    if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
    else if (Math.abs(move) * length < STEP_DONE) return next;
    rho = next;
    if (hi - lo < RHO_TOLERANCE) break;
  }
  return rho;
}

/**
 * Internal rate of return of flows[0..length), annualised: (1 + rate per period)^periodsPerYear - 1.
 * -1 (-100 %) when money is put in and none comes back (every flow <= 0, one < 0: a total loss).
 * Where money comes back before any is put in (the first non-zero flow > 0), the rate of the stake
 * from the first day the cumulative position is below zero, NaN when it never is.
 * IRR_FLOOR (-0.9999) or IRR_CEILING (1e6) exactly when the rate is unique on its side of zero but
 * beyond that end of the range searched (censored, see the file comment). NaN when the flows do not
 * change sign otherwise (nothing put in), or when they may have several rates or none in the range.
 */
export function internalRateOfReturn(
  flows: Float64Array,
  length: number,
  periodsPerYear = DAYS_PER_YEAR,
): number {
  scanFlows(flows, length, 1);
  return solveRate(flows, length, periodsPerYear);
}

/**
 * Both measures of flows[0..length) in one go: out[0] the net present value at `discountPerPeriod`
 * (as netPresentValue), out[1] the annual internal rate of return (as internalRateOfReturn), with
 * one pass over the flows fewer than the two apart.
 */
export function presentValueAndRate(
  flows: Float64Array,
  length: number,
  discountPerPeriod: number,
  periodsPerYear: number,
  out: Float64Array,
): void {
  scanFlows(flows, length, discountPerPeriod);
  out[0] = scan[SCAN_NPV];
  out[1] = solveRate(flows, length, periodsPerYear);
}

/** The IRR of the flows scanFlows has just scanned. */
function solveRate(flows: Float64Array, length: number, periodsPerYear: number): number {
  const changes = scan[SCAN_CHANGES];
  // A total loss: -100 %. Every flow >= 0 (or none) has no IRR, nor has one day's flow (a run of a
  // day: its present value is the same at every rate, and what came back that day is netted in it).
  if (changes === 0) return scan[SCAN_TOTAL] < 0 && length > 1 ? -1 : Number.NaN;
  if (returnsFirst(flows, length)) return rateOfStake(flows, length, periodsPerYear);
  const lo = Math.log1p(IRR_FLOOR) / periodsPerYear;
  const hi = Math.log1p(IRR_CEILING) / periodsPerYear;
  const start = scan[SCAN_START];
  const total = scan[SCAN_TOTAL];
  if (changes === 1) {
    const fast = halleyFrom(flows, length, start > lo && start < hi ? start : 0, lo, hi);
    if (!Number.isNaN(fast)) return Math.expm1(fast * periodsPerYear);
  }
  // g(0) is the sum of the flows: where it is 0, so is the rate.
  if (total === 0) return 0;
  // Which side of zero to search: above it when the rate there is unique (Norstrom) or when g
  // changes sign between 0 and the top of the range, below it otherwise.
  let above: boolean;
  // g at the end of the range on the side searched (computed once). Only its sign, its being 0 and
  // its being finite are read, at either end: at the top, where the full sum is slow to settle its
  // last bits, presentValueSignAtRho gives just those.
  let atEnd: number;
  const cumulativeChanges = scan[SCAN_CUMULATIVE_CHANGES];
  if (changes > 1 && cumulativeChanges === 1) {
    above = true;
    atEnd = presentValueSignAtRho(flows, length, hi, scan[SCAN_ABSOLUTE]);
  } else if (changes > 1 && cumulativeChanges === 0 && suffixSignChanges(flows, length, total) === 1) {
    above = false;
    atEnd = presentValueAtRho(flows, length, lo);
  } else {
    // Several rates are possible: a root inside the range if g's ends differ in sign, else NaN.
    const gLo = presentValueAtRho(flows, length, lo);
    const gHi = presentValueSignAtRho(flows, length, hi, scan[SCAN_ABSOLUTE]);
    if (!Number.isFinite(gLo) || !Number.isFinite(gHi)) return Number.NaN;
    if (gLo === 0) return Math.expm1(lo * periodsPerYear);
    if (gHi === 0) return Math.expm1(hi * periodsPerYear);
    if (gLo > 0 === gHi > 0) {
      if (changes === 1) return beyondRange(flows, length, total);
      // A stake never paid back (no cumulative position above zero, so g < 0 at every rate >= 0)
      // whose present value is negative at every rate down to the floor too: whatever rate zeroes
      // it, if any, lies below the range, as for a total loss.
      // One piece proves most such losses in one pass; the finer pieces, tighter, the rest.
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
  // The end of the range on that side must have the other sign than g(0), or the root lies beyond.
  const end = above ? hi : lo;
  if (atEnd === 0) return Math.expm1(end * periodsPerYear);
  if (!Number.isFinite(atEnd)) return Number.NaN;
  // Only in Norstrom's cases (the general case chose the end of the other sign): the one rate on
  // that side lies beyond the range, so the IRR is censored at its end.
  if (atEnd > 0 === total > 0) return above ? IRR_CEILING : IRR_FLOOR;
  if (above) return Math.expm1(bracketedHalley(flows, length, 0, hi, total > 0, start) * periodsPerYear);
  // Below zero the late flows dominate g and make it steep; read backwards, the same root is
  // sigma = -rho of G(sigma) = sum_s flow_(T-s) e^(-sigma s) = e^(-sigma T) g(-sigma), which is as
  // tame as g above zero. G(0) = g(0) is the sum of the flows.
  const reversed = reversedFlows(flows, length);
  return Math.expm1(-bracketedHalley(reversed, length, 0, -lo, total > 0, -start) * periodsPerYear);
}

/** Scratch for rateOfStake: the flows from the first day at stake. */
let stakeScratch: Float64Array = new Float64Array(0);

/** The IRR of the stake (stake.ts) of flows whose first non-zero flow is > 0; NaN when nothing is at stake. */
function rateOfStake(flows: Float64Array, length: number, periodsPerYear: number): number {
  const stake = stakeFlows(flows, length, stakeScratch);
  stakeScratch = stake.flows;
  if (stake.length === 0) return Number.NaN;
  // Its first flow is < 0: the ordinary rules, on a scan of its own.
  return internalRateOfReturn(stake.flows, stake.length, periodsPerYear);
}

/**
 * The censored IRR of flows with one sign change whose single root lies outside the range searched
 * (g has the same sign at both ends). g tends to the sign of the last non-zero flow as the rate
 * falls and has the other sign beyond the root, so the root is above zero exactly when g(0), the
 * sum of the flows, has that sign: then it is above the range, else below it.
 */
function beyondRange(flows: Float64Array, length: number, total: number): number {
  let t = length - 1;
  while (t > 0 && flows[t] === 0) t--;
  return total > 0 === flows[t] > 0 ? IRR_CEILING : IRR_FLOOR;
}
