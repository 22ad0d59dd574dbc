// Discounted-cash-flow helpers over equally spaced cash flows (days in minesim). Pure and
// allocation-free: they read the first `length` entries of a typed array, so the kernel can pass
// its preallocated per-day flow buffer.
//
// The IRR is solved on rho = ln(1 + rate per period), where the present value
// g(rho) = sum_t flow_t * exp(-rho * t) is smooth and, for an investment (outflows first,
// inflows later), strictly decreasing, so the root is unique and safeguarded Newton converges in a
// handful of passes. Flows with several sign changes can have several IRRs; we return the root
// inside the bracket when the bracket ends differ in sign, and NaN otherwise (an even number of
// roots, or none: no rate makes the present value zero).

/** Lowest annual IRR searched: -99.99 % a year. */
const ANNUAL_RATE_MIN = -0.9999;
/** Highest annual IRR searched: 1e6 (100,000,000 %) a year; beyond it the IRR is reported NaN. */
const ANNUAL_RATE_MAX = 1e6;
const MAX_ITERATIONS = 100;
/** Stop when rho moves less than this (per period); about 1e-10 relative on a daily rate. */
const RHO_TOLERANCE = 1e-15;

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

/** How often the non-zero flows change sign. */
function signChanges(flows: Float64Array, length: number): number {
  let changes = 0;
  let sign = 0;
  for (let t = 0; t < length; t++) {
    const f = flows[t];
    const s = f > 0 ? 1 : f < 0 ? -1 : 0;
    if (s !== 0 && s !== sign) {
      if (sign !== 0) changes++;
      sign = s;
    }
  }
  return changes;
}

/**
 * Plain Newton from rho = 0. With one sign change in the flows the root is unique (Descartes'
 * rule of signs in e^-rho), so when Newton converges inside the search range it has found the
 * same root the bracketed search would, in fewer passes; NaN sends the caller to that search.
 */
function newtonFromZero(flows: Float64Array, length: number, lo: number, hi: number): number {
  let rho = 0;
  for (let i = 0; i < 30; i++) {
    const step = Math.exp(-rho);
    let factor = 1;
    let g = 0;
    let slope = 0;
    for (let t = 0; t < length; t++) {
      const discounted = flows[t] * factor;
      g += discounted;
      slope -= t * discounted;
      factor *= step;
    }
    if (g === 0) return rho;
    if (!(slope !== 0)) return Number.NaN;
    const next = rho - g / slope;
    if (!(next > lo && next < hi)) return Number.NaN;
    if (Math.abs(next - rho) < RHO_TOLERANCE) return next;
    rho = next;
  }
  return Number.NaN;
}

/** Present value at continuously compounded rate rho per period. */
function presentValueAtRho(flows: Float64Array, length: number, rho: number): number {
  const step = Math.exp(-rho);
  let factor = 1;
  let sum = 0;
  for (let t = 0; t < length; t++) {
    sum += flows[t] * factor;
    factor *= step;
  }
  return sum;
}

/**
 * Internal rate of return of flows[0..length), annualised: (1 + rate per period)^periodsPerYear - 1.
 * NaN when the flows do not change sign, or when no annual rate in [-99.99 %, 1e6] zeroes their
 * present value with a change of sign (see the file comment).
 */
export function internalRateOfReturn(flows: Float64Array, length: number, periodsPerYear = 365): number {
  const changes = signChanges(flows, length);
  if (changes === 0) return Number.NaN;
  let lo = Math.log1p(ANNUAL_RATE_MIN) / periodsPerYear;
  let hi = Math.log1p(ANNUAL_RATE_MAX) / periodsPerYear;
  if (changes === 1) {
    const fast = newtonFromZero(flows, length, lo, hi);
    if (!Number.isNaN(fast)) return Math.expm1(fast * periodsPerYear);
  }
  let gLo = presentValueAtRho(flows, length, lo);
  const gHi = presentValueAtRho(flows, length, hi);
  if (!Number.isFinite(gLo) || !Number.isFinite(gHi)) return Number.NaN;
  if (gLo === 0) return Math.expm1(lo * periodsPerYear);
  if (gHi === 0) return Math.expm1(hi * periodsPerYear);
  if (gLo > 0 === gHi > 0) return Number.NaN;

  // Safeguarded Newton (Numerical Recipes' rtsafe): a Newton step when it stays inside the
  // bracket, a bisection step otherwise; the bracket shrinks on every pass.
  let rho = 0 > lo && 0 < hi ? 0 : 0.5 * (lo + hi);
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    // Present value and its slope d/drho in one pass.
    const step = Math.exp(-rho);
    let factor = 1;
    let g = 0;
    let slope = 0;
    for (let t = 0; t < length; t++) {
      const discounted = flows[t] * factor;
      g += discounted;
      slope -= t * discounted;
      factor *= step;
    }
    if (g === 0) break;
    if (g > 0 === gLo > 0) {
      lo = rho;
      gLo = g;
    } else hi = rho;
    let next = slope !== 0 ? rho - g / slope : Number.NaN;
    if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
    const moved = Math.abs(next - rho);
    rho = next;
    if (moved < RHO_TOLERANCE || hi - lo < RHO_TOLERANCE) break;
  }
  return Math.expm1(rho * periodsPerYear);
}
