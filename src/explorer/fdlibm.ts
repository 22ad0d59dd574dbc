// exp, log and log10 exactly as Node's V8 computes them (V8's base/ieee754.cc: ports of FreeBSD's
// msun, itself fdlibm), in plain double arithmetic, so they give the same bits on every engine.
// Browsers' own Math.exp and Math.log are not those of Node 20 (newer V8s changed their libm: the
// last bit differs on a share of inputs), and the engine's price paths and discounting run
// through them, so the page installs these (shims/globals.ts) before any engine code runs: that
// is what makes the page's summary equal the command line's to the bit. test/explorer checks them
// against Node's Math on many inputs.

import {
  HALF_LN2,
  INVLN2,
  LN2_HI,
  LN2_LO,
  ONE_AND_HALF_LN2,
  OVERFLOW_CHECK,
  P1,
  P2,
  P3,
  P4,
  P5,
  TINY,
} from '../model/wasm/fdlibm-exp.js';

// The words of a double through typed-array views (faster than a DataView in optimized code); the
// high word is the second 32 bits on a little-endian machine.
const f64 = new Float64Array(1);
const i32 = new Int32Array(f64.buffer);
const u32 = new Uint32Array(f64.buffer);
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const LO = 1 - HI;
export const high = (x: number) => {
  f64[0] = x;
  return i32[HI];
};
export const low = (x: number) => {
  f64[0] = x;
  return u32[LO];
};
export const withHigh = (x: number, hi: number) => {
  f64[0] = x;
  i32[HI] = hi;
  return f64[0];
};
export const words = (hi: number, lo: number) => {
  i32[HI] = hi;
  u32[LO] = lo;
  return f64[0];
};

/** 2^k for k from -1022 to 1023, exact (halvings and doublings of 1), as exp's scale factors. */
export const POW2_MIN = -1022;
export const POW2 = new Float64Array(1023 - POW2_MIN + 1);
POW2[-POW2_MIN] = 1;
for (let k = 1; k <= 1023; k++) POW2[k - POW2_MIN] = POW2[k - 1 - POW2_MIN] * 2;
for (let k = -1; k >= POW2_MIN; k--) POW2[k - POW2_MIN] = POW2[k + 1 - POW2_MIN] / 2;

const O_THRESHOLD = 709.782712893384;
const U_THRESHOLD = -745.1332191019411;
const HUGE = 1.0e300;
const TWOM1000 = 9.332636185032189e-302;
const TWO1023 = 8.98846567431158e307;

export function exp(x: number): number {
  // V8 gives e itself for exp(1), where the polynomial is one bit above it.
  if (x === 1) return Math.E;
  if (Number.isNaN(x)) return x + x;
  const ax = Math.abs(x);
  const xsb = x < 0 ? 1 : 0;
  let hi = 0;
  let lo = 0;
  let k = 0;
  if (ax >= OVERFLOW_CHECK) {
    if (ax === Number.POSITIVE_INFINITY) return xsb === 0 ? x : 0;
    if (x > O_THRESHOLD) return HUGE * HUGE;
    if (x < U_THRESHOLD) return TWOM1000 * TWOM1000;
  }
  if (ax >= HALF_LN2) {
    if (ax < ONE_AND_HALF_LN2) {
      hi = xsb === 0 ? x - LN2_HI : x + LN2_HI;
      lo = xsb === 0 ? LN2_LO : -LN2_LO;
      k = 1 - xsb - xsb;
    } else {
      // C's (int) cast truncates toward zero, as `| 0` does; |k| < 1100 here.
      k = (INVLN2 * x + (xsb === 0 ? 0.5 : -0.5)) | 0;
      hi = x - k * LN2_HI;
      lo = k * LN2_LO;
    }
    x = hi - lo;
  } else if (ax < TINY) {
    if (HUGE + x > 1) return 1 + x;
  } else k = 0;
  const t = x * x;
  const c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  if (k === 0) return 1 - ((x * c) / (c - 2.0) - x);
  const y = 1 - (lo - (x * c) / (2.0 - c) - hi);
  if (k >= -1021) {
    if (k === 1024) return y * 2.0 * TWO1023;
    return y * POW2[k - POW2_MIN];
  }
  return y * POW2[k + 1000 - POW2_MIN] * TWOM1000;
}

const TWO54 = 1.8014398509481984e16;
const LG1 = 0.6666666666666735;
const LG2 = 0.3999999999940942;
const LG3 = 0.2857142874366239;
const LG4 = 0.22222198432149784;
const LG5 = 0.1818357216161805;
const LG6 = 0.15313837699209373;
const LG7 = 0.14798198605116586;

/** Reduces x > 0 (finite, normal after scaling) to [sqrt(2)/2, sqrt(2)) and its power of two. */
function reduce(x: number): { f: number; k: number; hx: number } | number {
  let hx = high(x);
  const lx = low(x);
  let k = 0;
  if (hx < 0x00100000) {
    if (((hx & 0x7fffffff) | lx) === 0) return Number.NEGATIVE_INFINITY;
    if (hx < 0) return Number.NaN;
    k -= 54;
    x *= TWO54;
    hx = high(x);
  }
  if (hx >= 0x7ff00000) return x + x;
  k += (hx >> 20) - 1023;
  hx &= 0x000fffff;
  const i = (hx + 0x95f64) & 0x100000;
  x = withHigh(x, hx | (i ^ 0x3ff00000));
  k += i >> 20;
  return { f: x - 1.0, k, hx };
}

export function log(x: number): number {
  const r = reduce(x);
  if (typeof r === 'number') return r;
  const { f, k, hx } = r;
  if ((0x000fffff & (2 + hx)) < 3) {
    if (f === 0) {
      if (k === 0) return 0;
      return k * LN2_HI + k * LN2_LO;
    }
    const R = f * f * (0.5 - 0.3333333333333333 * f);
    if (k === 0) return f - R;
    return k * LN2_HI - (R - k * LN2_LO - f);
  }
  const s = f / (2.0 + f);
  const dk = k;
  const z = s * s;
  let i = hx - 0x6147a;
  const w = z * z;
  const j = 0x6b851 - hx;
  const t1 = w * (LG2 + w * (LG4 + w * LG6));
  const t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
  i |= j;
  const R = t2 + t1;
  if (i > 0) {
    const hfsq = 0.5 * f * f;
    if (k === 0) return f - (hfsq - s * (hfsq + R));
    return dk * LN2_HI - (hfsq - (s * (hfsq + R) + dk * LN2_LO) - f);
  }
  if (k === 0) return f - s * (f - R);
  return dk * LN2_HI - (s * (f - R) - dk * LN2_LO - f);
}

const IVLN10 = Math.LOG10E;
const LOG10_2_HI = 0.30102999566361177;
const LOG10_2_LO = 3.694239077158931e-13;

/** V8's log10 is fdlibm's older one: log(x) of the mantissa times 1/ln 10, plus the exponent. */
export function log10(x: number): number {
  let hx = high(x);
  let lx = low(x);
  let k = 0;
  if (hx < 0x00100000) {
    if (((hx & 0x7fffffff) | lx) === 0) return Number.NEGATIVE_INFINITY;
    if (hx < 0) return Number.NaN;
    k -= 54;
    x *= TWO54;
    hx = high(x);
    lx = low(x);
  }
  if (hx >= 0x7ff00000) return x + x;
  if (hx === 0x3ff00000 && lx === 0) return 0;
  k += (hx >> 20) - 1023;
  const i = k < 0 ? 1 : 0;
  hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
  const y = k + i;
  x = words(hx, lx);
  const z = y * LOG10_2_LO + IVLN10 * log(x);
  return z + y * LOG10_2_HI;
}
