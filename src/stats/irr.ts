// Discounted-cash-flow helpers over equally spaced cash flows (days in minesim). Pure and
// allocation-free: they read the first `length` entries of a typed array, so the kernel can pass
// its preallocated per-day flow buffer.
//
// The IRR is solved on rho = ln(1 + rate per period), where the present value
// g(rho) = sum_t flow_t * exp(-rho * t) is smooth. Which rate is "the" IRR:
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
// - otherwise the flows may have several IRRs: when the present values at the ends of the search
//   range differ in sign, a root in the half of the range (above or below a zero rate) where g
//   changes sign; NaN otherwise (an even number of roots, or none: no rate makes the present
//   value zero).
// Each search is Halley's iteration kept inside a shrinking bracket by bisection.

/** Lowest annual IRR searched: -99.99 % a year. */
const ANNUAL_RATE_MIN = -0.9999;
/** Highest annual IRR searched: 1e6 (100,000,000 %) a year; beyond it the IRR is reported NaN. */
const ANNUAL_RATE_MAX = 1e6;
const MAX_ITERATIONS = 100;
/** The bracketed search stops when rho moves less than this (per period). */
const RHO_TOLERANCE = 1e-15;
/**
 * Halley's iteration stops once a step moves rho x length (the discount exponent at the last flow,
 * the scale on which g bends) less than this. It converges cubically, so the error left after such
 * a step is of the order of STEP_DONE^3 on that scale, far below the rounding of the sums.
 */
const STEP_DONE = 1e-4;
/** 2^-54: a number's last place is more than 2^-53 of its size, so this is under a quarter of it. */
const QUARTER_LAST_PLACE = 2 ** -54;

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

/** Scratch outputs (module-level: the kernel calls the IRR once per path and must not allocate). */
const scan = new Float64Array(6);
const SCAN_CHANGES = 0;
/** rho of the two-flow model of the flows (see scanFlows); NaN when it has none. */
const SCAN_START = 1;
/** How often the cumulative flows change sign. */
const SCAN_CUMULATIVE_CHANGES = 2;
/** The sum of the flows. */
const SCAN_TOTAL = 3;
/** The present value of the flows at the discount factor scanFlows was given. */
const SCAN_NPV = 4;
/** The sum of the absolute flows; NaN when a flow is not finite. */
const SCAN_ABSOLUTE = 5;
const at = new Float64Array(3);
/** g(rho) = sum f e^(-rho t). */
const AT_G = 0;
/** sum t f e^(-rho t) = -g'(rho). */
const AT_G1 = 1;
/** sum t^2 f e^(-rho t) = g''(rho). */
const AT_G2 = 2;

/**
 * One pass over the flows: how often the non-zero flows change sign, and a starting rho. The
 * start treats the flows as two: all outflows at their undiscounted centroid in time, all inflows
 * at theirs, whose IRR is ln(inflows / outflows) / (inflow time - outflow time). For a mining fleet
 * (capex first, revenue spread over years) it lands far closer to the root than rho = 0.
 */
function scanFlows(flows: Float64Array, length: number, discountPerPeriod: number): void {
  let npv = 0;
  let factor = 1;
  let changes = 0;
  let sign = 0;
  let inflow = 0;
  let inflowTime = 0;
  let outflow = 0;
  let outflowTime = 0;
  // The cumulative position: its first sign and how often it changes sign.
  let cumulative = 0;
  let cumulativeSign = 0;
  let cumulativeChanges = 0;
  for (let t = 0; t < length; t++) {
    const f = flows[t];
    if (f > 0) {
      inflow += f;
      inflowTime += t * f;
      if (sign < 0) changes++;
      sign = 1;
    } else if (f < 0) {
      outflow -= f;
      outflowTime -= t * f;
      if (sign > 0) changes++;
      sign = -1;
    }
    npv += f * factor;
    factor *= discountPerPeriod;
    cumulative += f;
    const now = cumulative > 0 ? 1 : cumulative < 0 ? -1 : 0;
    if (now !== 0 && now !== cumulativeSign) {
      if (cumulativeSign !== 0) cumulativeChanges++;
      cumulativeSign = now;
    }
  }
  scan[SCAN_CHANGES] = changes;
  scan[SCAN_START] = Math.log(inflow / outflow) / (inflowTime / inflow - outflowTime / outflow);
  scan[SCAN_CUMULATIVE_CHANGES] = cumulativeChanges;
  scan[SCAN_TOTAL] = cumulative;
  scan[SCAN_NPV] = npv;
  // A NaN or infinite flow makes the present value NaN or infinite.
  scan[SCAN_ABSOLUTE] = Number.isFinite(npv) ? inflow + outflow : Number.NaN;
}

/** How often the sums of the flows from day t to the end change sign, over t (a second pass). */
function suffixSignChanges(flows: Float64Array, length: number, total: number): number {
  let before = 0;
  let sign = 0;
  let changes = 0;
  for (let t = 0; t < length; t++) {
    const suffix = total - before;
    const now = suffix > 0 ? 1 : suffix < 0 ? -1 : 0;
    if (now !== 0 && now !== sign) {
      if (sign !== 0) changes++;
      sign = now;
    }
    before += flows[t];
  }
  return changes;
}

/**
 * g, -g' and g'' at rho in one pass, into `at`. The running discount factor is a chain of
 * dependent multiplies that bounds the loop, so even and odd periods run as two chains at half
 * the latency (each factor multiplied by e^(-2 rho)).
 */
function evaluateAt(flows: Float64Array, length: number, rho: number): void {
  const step = Math.exp(-rho);
  const step2 = step * step;
  let factorEven = 1;
  let factorOdd = step;
  let gEven = 0;
  let gOdd = 0;
  let g1Even = 0;
  let g1Odd = 0;
  let g2Even = 0;
  let g2Odd = 0;
  let t = 0;
  for (; t + 1 < length; t += 2) {
    const even = flows[t] * factorEven;
    const odd = flows[t + 1] * factorOdd;
    gEven += even;
    gOdd += odd;
    const tEven = t * even;
    const tOdd = (t + 1) * odd;
    g1Even += tEven;
    g1Odd += tOdd;
    g2Even += t * tEven;
    g2Odd += (t + 1) * tOdd;
    factorEven *= step2;
    factorOdd *= step2;
  }
  if (t < length) {
    const last = flows[t] * factorEven;
    gEven += last;
    g1Even += t * last;
    g2Even += t * t * last;
  }
  at[AT_G] = gEven + gOdd;
  at[AT_G1] = g1Even + g1Odd;
  at[AT_G2] = g2Even + g2Odd;
}

/**
 * Halley's method from `start`. With one sign change in the flows the root is unique (Descartes'
 * rule of signs in e^-rho), so when the iteration converges inside the search range it has found
 * the same root the bracketed search would, in fewer passes; NaN sends the caller to that search.
 */
function halleyFrom(flows: Float64Array, length: number, start: number, lo: number, hi: number): number {
  let rho = start;
  for (let i = 0; i < 30; i++) {
    evaluateAt(flows, length, rho);
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
  let rho = start > lo && start < hi ? start : 0.5 * (lo + hi);
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    evaluateAt(flows, length, rho);
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

/** Scratch for reversedFlows: grown, never shrunk, so the kernel's calls allocate nothing. */
let reversedScratch = new Float64Array(0);

/** flows[0..length) in reverse order, in a module-level scratch array. */
function reversedFlows(flows: Float64Array, length: number): Float64Array {
  if (reversedScratch.length < length) reversedScratch = new Float64Array(length);
  const out = reversedScratch;
  for (let t = 0; t < length; t++) out[length - 1 - t] = flows[t];
  return out;
}

/**
 * Present value at continuously compounded rate rho per period. Above a zero rate, with `absolute`
 * the sum of the absolute flows (NaN: unknown), the sum stops where the rest of the flows cannot
 * change it: once factor x absolute, a bound on the rest, is below a quarter of the sum's last
 * place, each remaining term would round away, so the result is the full sum's, to the bit. At the
 * top of the search range that is a few hundred periods.
 */
function presentValueAtRho(flows: Float64Array, length: number, rho: number, absolute = Number.NaN): number {
  const step = Math.exp(-rho);
  // The rest of the flows from a factor on is at most factor x restPerFactor in size.
  const restPerFactor = rho > 0 ? absolute : Number.NaN;
  let factor = 1;
  let sum = 0;
  let t = 0;
  while (t < length) {
    const end = Math.min(length, t + 64);
    for (; t < end; t++) {
      sum += flows[t] * factor;
      factor *= step;
    }
    if (factor * restPerFactor < Math.abs(sum) * QUARTER_LAST_PLACE) break;
  }
  return sum;
}

/**
 * Internal rate of return of flows[0..length), annualised: (1 + rate per period)^periodsPerYear - 1.
 * NaN when the flows do not change sign, or when no annual rate in [-99.99 %, 1e6] zeroes their
 * present value with a change of sign (see the file comment).
 */
export function internalRateOfReturn(flows: Float64Array, length: number, periodsPerYear = 365): number {
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
  if (changes === 0) return Number.NaN;
  const lo = Math.log1p(ANNUAL_RATE_MIN) / periodsPerYear;
  const hi = Math.log1p(ANNUAL_RATE_MAX) / periodsPerYear;
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
  // g at the end of the range on the side searched (computed once).
  let atEnd: number;
  const cumulativeChanges = scan[SCAN_CUMULATIVE_CHANGES];
  if (changes > 1 && cumulativeChanges === 1) {
    above = true;
    atEnd = presentValueAtRho(flows, length, hi, scan[SCAN_ABSOLUTE]);
  } else if (changes > 1 && cumulativeChanges === 0 && suffixSignChanges(flows, length, total) === 1) {
    above = false;
    atEnd = presentValueAtRho(flows, length, lo);
  } else {
    // Several rates are possible: a root inside the range if g's ends differ in sign, else NaN.
    const gLo = presentValueAtRho(flows, length, lo);
    const gHi = presentValueAtRho(flows, length, hi, scan[SCAN_ABSOLUTE]);
    if (!Number.isFinite(gLo) || !Number.isFinite(gHi)) return Number.NaN;
    if (gLo === 0) return Math.expm1(lo * periodsPerYear);
    if (gHi === 0) return Math.expm1(hi * periodsPerYear);
    if (gLo > 0 === gHi > 0) return Number.NaN;
    above = total > 0 !== gHi > 0;
    atEnd = above ? gHi : gLo;
  }
  // The end of the range on that side must have the other sign than g(0), or the root lies beyond.
  const end = above ? hi : lo;
  if (atEnd === 0) return Math.expm1(end * periodsPerYear);
  if (!Number.isFinite(atEnd) || atEnd > 0 === total > 0) return Number.NaN;
  if (above) return Math.expm1(bracketedHalley(flows, length, 0, hi, total > 0, start) * periodsPerYear);
  // Below zero the late flows dominate g and make it steep; read backwards, the same root is
  // sigma = -rho of G(sigma) = sum_s flow_(T-s) e^(-sigma s) = e^(-sigma T) g(-sigma), which is as
  // tame as g above zero. G(0) = g(0) is the sum of the flows.
  const reversed = reversedFlows(flows, length);
  return Math.expm1(-bracketedHalley(reversed, length, 0, -lo, total > 0, -start) * periodsPerYear);
}
