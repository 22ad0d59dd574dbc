// Math.pow exactly as Node 20's V8 computes it (V8's base/ieee754.cc: fdlibm's e_pow.c, as
// FreeBSD's msun has it), in plain double arithmetic, beside exp and log (fdlibm.ts). The engine
// raises to powers in a loan's annuity, a lease's value and Monero's emission; a newer V8 (a
// browser's) takes the C library's pow instead, whose last bit differs on about one input in
// ten, which moved the loan scenario's equity figures in the explorer. The engine calls Math.pow
// (never the ** operator, which a page cannot replace), and the explorer installs this one.
import { high, low, POW2, POW2_MIN, withHigh, words } from './fdlibm.js';

const BP = [1.0, 1.5];
const DP_H = [0.0, 5.8496248722076416e-1];
const DP_L = [0.0, 1.350039202129749e-8];
const TWO53 = 9007199254740992.0;
const HUGE = 1.0e300;
const TINY = 1.0e-300;
// (3/2) (log(x) - 2s - 2/3 s^3) as a polynomial in s^2.
const L1 = 5.999999999999946e-1;
const L2 = 4.2857142857855018e-1;
const L3 = 3.3333332981837743e-1;
const L4 = 2.7272812380853401e-1;
const L5 = 2.3066074577556175e-1;
const L6 = 2.0697501780033842e-1;
// exp's polynomial (fdlibm.ts has the same).
const P1 = 1.6666666666666602e-1;
const P2 = -2.7777777777015593e-3;
const P3 = 6.613756321437934e-5;
const P4 = -1.6533902205465252e-6;
const P5 = 4.1381367970572385e-8;
const LG2 = 6.931471805599453e-1;
const LG2_H = 6.931471824645996e-1;
const LG2_L = -1.904654299957768e-9;
/** -(1024 - log2(the largest double + half an ulp)). */
const OVT = 8.008566259537294e-17;
const CP = 9.617966939259756e-1;
const CP_H = 9.617967009544373e-1;
const CP_L = -7.028461650952758e-9;
const IVLN2 = Math.LOG2E;
const IVLN2_H = 1.4426950216293335;
const IVLN2_L = 1.9259629911266175e-8;

/** x with its low 32 bits cleared: the head of a number split into two. */
const head = (x: number) => words(high(x), 0);

/** z 2^n for a z near 1 whose result is subnormal: one rounding, as C's scalbn. */
function scaleDown(z: number, n: number): number {
  return z * POW2[n + 54 - POW2_MIN] * POW2[-54 - POW2_MIN];
}

/** log2(|x|) as t1 + t2, t1 with its low word clear; |x| finite, not 0. */
function log2Split(ax: number, iy: number, hy: number, s: number): [number, number] | number {
  let ix = high(ax);
  if (iy > 0x41e00000) {
    // |y| > 2^31: the result over- or underflows unless |x| is within 2^-20 of 1.
    if (iy > 0x43f00000) {
      if (ix <= 0x3fefffff) return hy < 0 ? HUGE * HUGE : TINY * TINY;
      if (ix >= 0x3ff00000) return hy > 0 ? HUGE * HUGE : TINY * TINY;
    }
    if (ix < 0x3fefffff) return hy < 0 ? s * HUGE * HUGE : s * TINY * TINY;
    if (ix > 0x3ff00000) return hy > 0 ? s * HUGE * HUGE : s * TINY * TINY;
    const t = ax - 1;
    const w = t * t * (0.5 - t * (0.3333333333333333 - t * 0.25));
    const u = IVLN2_H * t;
    const v = t * IVLN2_L - w * IVLN2;
    const t1 = head(u + v);
    return [t1, v - (t1 - u)];
  }
  let n = 0;
  if (ix < 0x00100000) {
    ax *= TWO53;
    n -= 53;
    ix = high(ax);
  }
  n += (ix >> 20) - 0x3ff;
  const j = ix & 0x000fffff;
  ix = j | 0x3ff00000;
  let k = 0;
  if (j <= 0x3988e) k = 0;
  else if (j < 0xbb67a) k = 1;
  else {
    n += 1;
    ix -= 0x00100000;
  }
  ax = withHigh(ax, ix);
  // ss = (x - 1) / (x + 1) or (x - 1.5) / (x + 1.5), as sH + sL.
  const u = ax - BP[k];
  const v = 1 / (ax + BP[k]);
  const ss = u * v;
  const sH = head(ss);
  let tH = words(((ix >> 1) | 0x20000000) + 0x00080000 + (k << 18), 0);
  let tL = ax - (tH - BP[k]);
  const sL = v * (u - sH * tH - sH * tL);
  let s2 = ss * ss;
  let r = s2 * s2 * (L1 + s2 * (L2 + s2 * (L3 + s2 * (L4 + s2 * (L5 + s2 * L6)))));
  r += sL * (sH + ss);
  s2 = sH * sH;
  tH = head(3.0 + s2 + r);
  tL = r - (tH - 3.0 - s2);
  const u2 = sH * tH;
  const v2 = sL * tH + tL * ss;
  const pH = head(u2 + v2);
  const pL = v2 - (pH - u2);
  // log2(ax) = n + dp_h + zH + zL.
  const zH = CP_H * pH;
  const zL = CP_L * pH + pL * CP + DP_L[k];
  const t1 = head(zH + zL + DP_H[k] + n);
  return [t1, zL - (t1 - n - DP_H[k] - zH)];
}

export function pow(x: number, y: number): number {
  // NaN, a zero exponent, zero and infinite operands have exact results, the same on every engine.
  if (Number.isNaN(x) || Number.isNaN(y) || y === 0 || x === 0) return x ** y;
  if (!Number.isFinite(x) || !Number.isFinite(y)) return x ** y;
  if (x === 1 || y === 1) return x;
  if (y === -1) return 1 / x;
  if (y === 2) return x * x;
  if (y === 0.5 && x > 0) return Math.sqrt(x);
  const parity = Number.isInteger(y) ? (y % 2 === 0 ? 2 : 1) : 0;
  if (x < 0 && parity === 0) return Number.NaN;
  const s = x < 0 && parity === 1 ? -1 : 1;
  if (x === -1) return s;
  const hy = high(y);
  const split = log2Split(Math.abs(x), hy & 0x7fffffff, hy, s);
  if (typeof split === 'number') return split;
  const [t1, t2] = split;
  // y log2(x) as pH + pL, y split into its head and tail.
  const y1 = head(y);
  const pL = (y - y1) * t1 + y * t2;
  let pH = y1 * t1;
  let z = pL + pH;
  let j = high(z);
  const i = low(z);
  if (j >= 0x40900000) {
    if (((j - 0x40900000) | i) !== 0 || pL + OVT > z - pH) return s * HUGE * HUGE;
  } else if ((j & 0x7fffffff) >= 0x4090cc00) {
    if (((j - (0xc090cc00 | 0)) | i) !== 0 || pL <= z - pH) return s * TINY * TINY;
  }
  // 2^(pH + pL): n the nearest integer, the rest by exp's polynomial.
  const a = j & 0x7fffffff;
  let k = (a >> 20) - 0x3ff;
  let n = 0;
  if (a > 0x3fe00000) {
    n = j + (0x00100000 >> (k + 1));
    k = ((n & 0x7fffffff) >> 20) - 0x3ff;
    const t = words(n & ~(0x000fffff >> k), 0);
    n = ((n & 0x000fffff) | 0x00100000) >> (20 - k);
    if (j < 0) n = -n;
    pH -= t;
  }
  let t = head(pL + pH);
  const u = t * LG2_H;
  const v = (pL - (t - pH)) * LG2 + t * LG2_L;
  z = u + v;
  const w = v - (z - u);
  t = z * z;
  const c = z - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  // V8 divides by the whole of (c - 2) - (w + z w), where fdlibm subtracts (w + z w) after the
  // division; Node's bits are V8's.
  const r = (z * c) / (c - 2.0 - (w + z * w));
  z = 1 - (r - z);
  j = high(z) + (n << 20);
  return s * (j >> 20 <= 0 ? scaleDown(z, n) : withHigh(z, j));
}
