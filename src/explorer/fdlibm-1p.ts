// expm1 and log1p exactly as Node's V8 computes them (V8's base/ieee754.cc, fdlibm's s_expm1.c
// and s_log1p.c), in plain double arithmetic, beside exp and log (fdlibm.ts). The engine reaches
// them wherever a small rate compounds: the loans' and the IRR's rates (Math.expm1 of a log
// rate), the network's growth, the machines' survival (Math.log1p of a daily failure chance). A
// browser's own are not Node 20's to the last bit on a share of inputs (newer V8s took another
// libm), which moved the books' equity IRR and NPV of the loan scenario in the explorer by an ulp.
import { high, low, POW2, POW2_MIN, withHigh, words } from './fdlibm.js';

const LN2_HI = 0.6931471803691238;
const LN2_LO = 1.9082149292705877e-10;
const INVLN2 = Math.LOG2E;
const O_THRESHOLD = 709.782712893384;
const HUGE = 1.0e300;
const TINY = 1.0e-300;
const TWO1023 = 8.98846567431158e307;
const TWO54 = 1.8014398509481984e16;

// The polynomial of expm1's R1(r*r), its coefficients scaled by 2^n (fdlibm's Q1 to Q5).
const Q1 = -3.333333333333313e-2;
const Q2 = 1.5873015872548146e-3;
const Q3 = -7.93650757867488e-5;
const Q4 = 4.008217827329362e-6;
const Q5 = -2.0109921818362437e-7;

export function expm1(x: number): number {
  let hx = high(x);
  const negative = hx < 0;
  hx &= 0x7fffffff;
  if (hx >= 0x4043687a) {
    // |x| >= 56 ln 2: exp(x) - 1 is -1 below, exp(x) above (or overflows).
    if (hx >= 0x40862e42) {
      if (hx >= 0x7ff00000) {
        if (((hx & 0xfffff) | low(x)) !== 0) return x + x;
        return negative ? -1 : x;
      }
      if (x > O_THRESHOLD) return HUGE * HUGE;
    }
    if (negative && x + TINY < 0) return TINY - 1;
  }
  let k = 0;
  let c = 0;
  if (hx > 0x3fd62e42) {
    let hi: number;
    let lo: number;
    if (hx < 0x3ff0a2b2) {
      hi = negative ? x + LN2_HI : x - LN2_HI;
      lo = negative ? -LN2_LO : LN2_LO;
      k = negative ? -1 : 1;
    } else {
      // C's conversion to int truncates toward zero, as `| 0` does; |k| <= 1024 here.
      k = (INVLN2 * x + (negative ? -0.5 : 0.5)) | 0;
      hi = x - k * LN2_HI;
      lo = k * LN2_LO;
    }
    x = hi - lo;
    c = hi - x - lo;
  } else if (hx < 0x3c900000) {
    const t = HUGE + x;
    return x - (t - (HUGE + x));
  }
  const hfx = 0.5 * x;
  const hxs = x * hfx;
  const r1 = 1 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
  let t = 3.0 - r1 * hfx;
  let e = hxs * ((r1 - t) / (6.0 - x * t));
  if (k === 0) return x - (x * e - hxs);
  e = x * (e - c) - c;
  e -= hxs;
  if (k === -1) return 0.5 * (x - e) - 0.5;
  if (k === 1) return x < -0.25 ? -2.0 * (e - (x + 0.5)) : 1 + 2.0 * (x - e);
  if (k <= -2 || k > 56) {
    const y = 1 - (e - x);
    return (k === 1024 ? y * 2.0 * TWO1023 : y * POW2[k - POW2_MIN]) - 1;
  }
  let y: number;
  if (k < 20) {
    t = words(0x3ff00000 - (0x200000 >> k), 0);
    y = t - (e - x);
  } else {
    t = words((0x3ff - k) << 20, 0);
    y = x - (e + t);
    y += 1;
  }
  return y * POW2[k - POW2_MIN];
}

const LP1 = 0.6666666666666735;
const LP2 = 0.3999999999940942;
const LP3 = 0.2857142874366239;
const LP4 = 0.22222198432149784;
const LP5 = 0.1818357216161805;
const LP6 = 0.15313837699209373;
const LP7 = 0.14798198605116586;
/** The high word of -0.2929 (1 + x = sqrt(2)/2), as a signed 32-bit integer. */
const MINUS_0_2929_HIGH = 0xbfd2bec4 | 0;

export function log1p(x: number): number {
  const hx = high(x);
  const ax = hx & 0x7fffffff;
  let k = 1;
  let f = 0;
  let hu = 0;
  let c = 0;
  if (hx < 0x3fda827a) {
    // 1 + x < sqrt(2), and x <= -1, tiny, or 1 + x already in [sqrt(2)/2, sqrt(2)).
    if (ax >= 0x3ff00000) return x === -1 ? Number.NEGATIVE_INFINITY : Number.NaN;
    if (ax < 0x3e200000) {
      if (TWO54 + x > 0 && ax < 0x3c900000) return x;
      return x - x * x * 0.5;
    }
    if (hx > 0 || hx <= MINUS_0_2929_HIGH) {
      k = 0;
      f = x;
      hu = 1;
    }
  }
  if (hx >= 0x7ff00000) return x + x;
  if (k !== 0) {
    let u: number;
    if (hx < 0x43400000) {
      u = 1.0 + x;
      hu = high(u);
      k = (hu >> 20) - 1023;
      // What the rounding of 1 + x lost, divided by it.
      c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
      c /= u;
    } else {
      u = x;
      hu = high(u);
      k = (hu >> 20) - 1023;
      c = 0;
    }
    hu &= 0x000fffff;
    if (hu < 0x6a09e) u = withHigh(u, hu | 0x3ff00000);
    else {
      k += 1;
      u = withHigh(u, hu | 0x3fe00000);
      hu = (0x00100000 - hu) >> 2;
    }
    f = u - 1.0;
  }
  const hfsq = 0.5 * f * f;
  if (hu === 0) {
    if (f === 0) {
      if (k === 0) return 0;
      c += k * LN2_LO;
      return k * LN2_HI + c;
    }
    const R = hfsq * (1.0 - 0.6666666666666666 * f);
    if (k === 0) return f - R;
    return k * LN2_HI - (R - (k * LN2_LO + c) - f);
  }
  const s = f / (2.0 + f);
  const z = s * s;
  const R = z * (LP1 + z * (LP2 + z * (LP3 + z * (LP4 + z * (LP5 + z * (LP6 + z * LP7))))));
  if (k === 0) return f - (hfsq - s * (hfsq + R));
  return k * LN2_HI - (hfsq - (s * (hfsq + R) + (k * LN2_LO + c)) - f);
}
