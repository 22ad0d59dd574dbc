// The constants of fdlibm's exp (FreeBSD's msun e_exp.c, which Node's V8 ports as its Math.exp),
// for the two exps that must give its bits: the WebAssembly pass of the market paths
// (exp-simd.ts) and the explorer's exp in plain arithmetic (src/explorer/fdlibm.ts).

/** ln 2 in two parts: hi with its low bits zero (k hi is exact for |k| < 2^11), and the rest. */
export const LN2_HI = 0.6931471803691238;
export const LN2_LO = 1.9082149292705877e-10;
export const INVLN2 = Math.LOG2E;
/** The rational approximation's coefficients. */
export const P1 = 0.16666666666666602;
export const P2 = -0.0027777777777015593;
export const P3 = 0.00006613756321437934;
export const P4 = -0.0000016533902205465252;
export const P5 = 4.1381367970572385e-8;

/** A double from its high and low 32-bit words. */
const words = (hi: number, lo: number) => new Float64Array(Uint32Array.of(lo, hi).buffer)[0];
// fdlibm tests the high word of |x| against thresholds; each test is the same as comparing |x|
// with the double whose high word is the threshold's next value (low word 0).
/** |x| at or above it: reduced by k ln 2 (|x| > ln2 / 2). */
export const HALF_LN2 = words(0x3fd62e43, 0);
/** |x| below it (and at or above HALF_LN2): k is +-1 (|x| < 1.5 ln 2). */
export const ONE_AND_HALF_LN2 = words(0x3ff0a2b2, 0);
/** |x| below it: exp(x) is 1 + x (|x| < 2^-28). */
export const TINY = words(0x3e300000, 0);
/** |x| at or above it: tested for overflow and underflow. */
export const OVERFLOW_CHECK = words(0x40862e42, 0);
