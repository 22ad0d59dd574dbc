// Single passes over equally spaced cash flows, for the IRR search in irr.ts: the first scan (sign
// changes, a starting rate, totals, the NPV), the sums of the flows from each period to the end,
// the present value and its two derivatives at a rate, the present value alone, and the flows
// reversed. Pure and allocation-free: results go to module-level scratch arrays (the kernel runs
// an IRR per path and must not allocate), read by the caller right after the pass.
// Over the 300-line guide as one concept: the passes over one flow series that irr.ts's search
// makes, each beside the others whose sums it must match to the bit.

/** 2^-54: a number's last place is more than 2^-53 of its size, so this is under a quarter of it. */
const QUARTER_LAST_PLACE = 2 ** -54;

/** What scanFlows found. */
export const scan = new Float64Array(6);
/** How often the non-zero flows change sign. */
export const SCAN_CHANGES = 0;
/** rho of the two-flow model of the flows (see scanFlows); NaN when it has none. */
export const SCAN_START = 1;
/** How often the cumulative flows change sign. */
export const SCAN_CUMULATIVE_CHANGES = 2;
/** The sum of the flows. */
export const SCAN_TOTAL = 3;
/** The present value of the flows at the discount factor scanFlows was given. */
export const SCAN_NPV = 4;
/** The sum of the absolute flows; NaN when a flow is not finite. */
export const SCAN_ABSOLUTE = 5;

/** What evaluateAt found. */
export const at = new Float64Array(3);
/** g(rho) = sum f e^(-rho t). */
export const AT_G = 0;
/** sum t f e^(-rho t) = -g'(rho). */
export const AT_G1 = 1;
/** sum t^2 f e^(-rho t) = g''(rho). */
export const AT_G2 = 2;

/**
 * One pass over the flows: how often the non-zero flows change sign, and a starting rho. The
 * start treats the flows as two: all outflows at their undiscounted centroid in time, all inflows
 * at theirs, whose IRR is ln(inflows / outflows) / (inflow time - outflow time). For a mining fleet
 * (capex first, revenue spread over years) it lands far closer to the root than rho = 0.
 * Daily flows keep their sign for weeks, so the pass takes four days at a time where their flows
 * share a sign: one sign test for the four, and the cumulative position's sign looked at after
 * them only. Over such days the position moves one way (a rounded sum moves the way its addend
 * does), so it crosses zero at most once and its sign at the end tells what the day-by-day test
 * would have counted. Every sum gets the same addends in the same order as day by day, so the
 * results are the same to the bit (test/model/finance/flow-passes.test.ts).
 */
export function scanFlows(flows: Float64Array, length: number, discountPerPeriod: number): void {
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
  let t = 0;
  while (t < length) {
    const f = flows[t];
    // The next three flows, when there are three (NaN otherwise, which fails both tests below).
    const more = t + 3 < length;
    const f1 = more ? flows[t + 1] : Number.NaN;
    const f2 = more ? flows[t + 2] : Number.NaN;
    const f3 = more ? flows[t + 3] : Number.NaN;
    const inflows = f > 0 && f1 > 0 && f2 > 0 && f3 > 0;
    if (inflows || (f < 0 && f1 < 0 && f2 < 0 && f3 < 0)) {
      // Four days of one sign, each sum taking their four addends in order (written out: a loop
      // would read the flows again).
      if (inflows) {
        if (sign < 0) changes++;
        sign = 1;
        inflow += f;
        inflow += f1;
        inflow += f2;
        inflow += f3;
        inflowTime += t * f;
        inflowTime += (t + 1) * f1;
        inflowTime += (t + 2) * f2;
        inflowTime += (t + 3) * f3;
      } else {
        if (sign > 0) changes++;
        sign = -1;
        outflow -= f;
        outflow -= f1;
        outflow -= f2;
        outflow -= f3;
        outflowTime -= t * f;
        outflowTime -= (t + 1) * f1;
        outflowTime -= (t + 2) * f2;
        outflowTime -= (t + 3) * f3;
      }
      npv += f * factor;
      factor *= discountPerPeriod;
      npv += f1 * factor;
      factor *= discountPerPeriod;
      npv += f2 * factor;
      factor *= discountPerPeriod;
      npv += f3 * factor;
      factor *= discountPerPeriod;
      cumulative += f;
      cumulative += f1;
      cumulative += f2;
      cumulative += f3;
      t += 4;
    } else {
      // One day: a sign change, a zero or NaN flow among the next four, or the last days.
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
      t++;
    }
    // Most steps keep the cumulative position's sign (cumulative x its sign > 0), so the sign is
    // worked out only on the others: a change, a first non-zero position, a zero or a NaN.
    if (!(cumulative * cumulativeSign > 0)) {
      const now = cumulative > 0 ? 1 : cumulative < 0 ? -1 : 0;
      if (now !== 0 && now !== cumulativeSign) {
        if (cumulativeSign !== 0) cumulativeChanges++;
        cumulativeSign = now;
      }
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
export function suffixSignChanges(flows: Float64Array, length: number, total: number): number {
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
 * True when g(rho) < 0 at every rho in [lo, 0] (lo < 0), proved on `pieces` equal pieces of that
 * interval (up to rounding). With v = e^(-rho) >= 1 and S_t the sum of the flows from t to the end,
 * g = S_0 + sum_(t >= 1) S_t v^(t-1) (v - 1), and v^(t-1) (v - 1) grows with v; so on a piece
 * [a, b] of v, g is at most S_0 plus each positive S_t weighted at b and each negative one at a.
 * Each piece is one pass over the flows; false as soon as a piece's bound is not negative.
 */
export function negativeBelowZero(
  flows: Float64Array,
  length: number,
  total: number,
  lo: number,
  pieces: number,
): boolean {
  for (let k = 0; k < pieces; k++) {
    const a = Math.exp((-lo * k) / pieces);
    const b = Math.exp((-lo * (k + 1)) / pieces);
    let bound = total;
    let suffix = total - flows[0];
    let powerA = a - 1;
    let powerB = b - 1;
    for (let t = 1; t < length; t++) {
      bound += suffix * (suffix > 0 ? powerB : powerA);
      suffix -= flows[t];
      powerA *= a;
      powerB *= b;
    }
    if (!(bound < 0)) return false;
  }
  return true;
}

/**
 * g, -g' and g'' at rho in one pass, into `at`. The running discount factor is a chain of
 * dependent multiplies that bounds the loop, so even and odd periods run as two chains at half
 * the latency (each factor multiplied by e^(-2 rho)).
 */
export function evaluateAt(flows: Float64Array, length: number, rho: number): void {
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

/** Scratch for reversedFlows: grown, never shrunk, so the kernel's calls allocate nothing. */
let reversedScratch = new Float64Array(0);

/** flows[0..length) in reverse order, in a module-level scratch array. */
export function reversedFlows(flows: Float64Array, length: number): Float64Array {
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
export function presentValueAtRho(
  flows: Float64Array,
  length: number,
  rho: number,
  absolute = Number.NaN,
): number {
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
 * A number with the sign of presentValueAtRho(flows, length, rho, absolute) at a rho above zero,
 * 0 exactly when that is 0, and not finite exactly when that is not: for the IRR search, which
 * reads only those at the top of its range. The sum stops as soon as its sign is settled, once
 * the rest of the flows (at most factor x absolute, up to rounding) is under half the sum's size;
 * at the top of the range the first day's outlay mostly settles it within a few dozen periods,
 * where the full sum's bits take about a thousand. Why the rest cannot then change the sign or make
 * the sum 0: each rounded addition of a term smaller than the running sum keeps its sign and leaves
 * it at least |sum| - |term| (less a relative 2^-53), and all the terms left come to under half of
 * it. A flow that is not finite makes `absolute` NaN (scanFlows), so the sum runs to the end, as
 * does one at rho <= 0 or with `absolute` of 1e300 or more (there the sum could overflow).
 */
export function presentValueSignAtRho(
  flows: Float64Array,
  length: number,
  rho: number,
  absolute: number,
): number {
  const step = Math.exp(-rho);
  const restPerFactor = rho > 0 && absolute < 1e300 ? absolute : Number.NaN;
  let factor = 1;
  let sum = 0;
  let t = 0;
  while (t < length) {
    const end = Math.min(length, t + 16);
    for (; t < end; t++) {
      sum += flows[t] * factor;
      factor *= step;
    }
    if (factor * restPerFactor < Math.abs(sum) * 0.5) break;
  }
  return sum;
}
