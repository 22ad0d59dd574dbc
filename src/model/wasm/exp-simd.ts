// exp of many numbers at once, to the bit of Node's Math.exp, as a WebAssembly SIMD pass. The
// market paths take an exp a day (a GBM's daily growth factor, a log-normal hashrate, a bootstrap's
// log price); Math.exp costs about 6 ns there, 9 ns for a hashrate near e^43. Node's Math.exp is
// fdlibm's exp (V8's base/ieee754.cc, src/explorer/fdlibm.ts in plain arithmetic); here its
// operations run on two lanes of 128-bit vectors, the same IEEE operations on the same operands in
// the same order (no fused multiply-add), so each lane gives the bits Math.exp gives: about 3 ns a
// number, 12 numbers a turn of the loop so that the turns' long chains of dependent operations
// overlap. test/model/wasm/exp-simd.test.ts compares it with Math.exp bit for bit.
//
// fdlibm's exp, for |x| below its overflow threshold: x = k ln2 + r, |r| <= ln2 / 2, where k is 0
// for |x| < ln2 / 2, +-1 for |x| < 1.5 ln2, else x / ln2 rounded half away from zero (truncated
// after adding +-0.5); r is carried as hi - lo (hi = x - k ln2_hi, lo = k ln2_lo); then a rational
// approximation of e^r, scaled by 2^k. Its three cases of k are one here: with k = 0, hi = x and
// lo = 0 exactly, and its k = 0 formula gives the same bits as the general one (c - 2 = -(2 - c),
// a quotient's sign and 0 - q = -q are exact). The pass leaves to Math.exp the numbers it does not
// take: below 2^-28 in size (fdlibm returns 1 + x there), from 708 in size (over- and underflow,
// subnormal results), 1 (V8 returns e itself) and NaN; it stops at the first turn holding one, the
// caller takes that turn's numbers with Math.exp and calls it again after them.

import {
  BLOCK,
  f64x2Const as both,
  breakIf,
  breakTo,
  END,
  F64X2_ABS,
  F64X2_ADD,
  F64X2_DIV,
  F64X2_GE,
  F64X2_LT,
  F64X2_MUL,
  F64X2_NE,
  F64X2_SUB,
  F64X2_TRUNC,
  get,
  I32,
  I32_ADD,
  I32_EQZ,
  I32_GE_U,
  I64X2_ALL_TRUE,
  I64X2_SHL,
  i32Const,
  instantiate,
  LOOP,
  list,
  moduleBytes,
  PAGE_BYTES,
  set,
  tee,
  V128,
  V128_AND,
  V128_BITSELECT,
  V128_OR,
  v128Load,
  v128Store,
  type WasmMemory,
} from './encoder.js';
import {
  HALF_LN2,
  INVLN2,
  LN2_HI,
  LN2_LO,
  ONE_AND_HALF_LN2,
  P1,
  P2,
  P3,
  P4,
  P5,
  TINY,
} from './fdlibm-exp.js';

/** The pass takes |x| < TAKEN: k stays within [-1021, 1021], the result normal. */
const TAKEN = 708;
/** 2^52 + 1023: k + this has k + 1023 in its low bits (k a whole number), the exponent of 2^k. */
const EXPONENT_BIAS = 2 ** 52 + 1023;

/** Vectors a turn of the loop (two numbers each). */
const VECTORS = 6;
/** Numbers a turn of the loop. */
export const EXP_TURN = 2 * VECTORS;

// pass(from, to): exp in place of the doubles at bytes [from, to), to - from a multiple of
// 16 * VECTORS; returns the byte the pass stopped at (to when it took them all).
const [FROM, TO] = [0, 1];
const LOCALS_PER_VECTOR = 9;
const lane = (v: number) => {
  const base = 2 + v * LOCALS_PER_VECTOR;
  return {
    x: base,
    ax: base + 1,
    sign: base + 2,
    k: base + 3,
    hi: base + 4,
    lo: base + 5,
    r: base + 6,
    t: base + 7,
    c: base + 8,
  };
};
type Lane = ReturnType<typeof lane>;
const lanes = Array.from({ length: VECTORS }, (_, v) => lane(v));
const OK = 2 + VECTORS * LOCALS_PER_VECTOR;

// Each step is one statement, written for every vector of the turn before the next step, so that
// the processor has the vectors' independent chains side by side.
// biome-ignore format: one statement a line
const steps: ((l: Lane, v: number) => number[])[] = [
  // sign = x & -0 (the sign bit); k = |x| < ln2/2 ? 0 : |x| < 1.5 ln2 ? +-1 : trunc(x / ln2 +- 0.5)
  (l) => [...get(l.x), ...both(-0), ...V128_AND, ...set(l.sign)],
  (l) => [
    ...both(0),
    ...get(l.sign), ...both(1), ...V128_OR,
    ...get(l.x), ...both(INVLN2), ...F64X2_MUL, ...get(l.sign), ...both(0.5), ...V128_OR, ...F64X2_ADD, ...F64X2_TRUNC,
    ...get(l.ax), ...both(ONE_AND_HALF_LN2), ...F64X2_LT, ...V128_BITSELECT,
    ...get(l.ax), ...both(HALF_LN2), ...F64X2_LT, ...V128_BITSELECT, ...set(l.k),
  ],
  // hi = x - k ln2_hi; lo = k ln2_lo; r = hi - lo; t = r r
  (l) => [...get(l.x), ...get(l.k), ...both(LN2_HI), ...F64X2_MUL, ...F64X2_SUB, ...set(l.hi)],
  (l) => [...get(l.k), ...both(LN2_LO), ...F64X2_MUL, ...set(l.lo)],
  (l) => [...get(l.hi), ...get(l.lo), ...F64X2_SUB, ...set(l.r)],
  (l) => [...get(l.r), ...get(l.r), ...F64X2_MUL, ...set(l.t)],
  // c = r - t (P1 + t (P2 + t (P3 + t (P4 + t P5)))), innermost first
  (l) => [...get(l.t), ...both(P5), ...F64X2_MUL, ...both(P4), ...F64X2_ADD, ...set(l.c)],
  (l) => [...get(l.t), ...get(l.c), ...F64X2_MUL, ...both(P3), ...F64X2_ADD, ...set(l.c)],
  (l) => [...get(l.t), ...get(l.c), ...F64X2_MUL, ...both(P2), ...F64X2_ADD, ...set(l.c)],
  (l) => [...get(l.t), ...get(l.c), ...F64X2_MUL, ...both(P1), ...F64X2_ADD, ...set(l.c)],
  (l) => [...get(l.r), ...get(l.t), ...get(l.c), ...F64X2_MUL, ...F64X2_SUB, ...set(l.c)],
  // y = 1 - ((lo - r c / (2 - c)) - hi), in t
  (l) => [...get(l.r), ...get(l.c), ...F64X2_MUL, ...both(2), ...get(l.c), ...F64X2_SUB, ...F64X2_DIV, ...set(l.t)],
  (l) => [...both(1), ...get(l.lo), ...get(l.t), ...F64X2_SUB, ...get(l.hi), ...F64X2_SUB, ...F64X2_SUB, ...set(l.t)],
  // y 2^k: the bits of 2^k are (k + 1023) << 52
  (l, v) => [
    ...get(FROM),
    ...get(l.t), ...get(l.k), ...both(EXPONENT_BIAS), ...F64X2_ADD, ...i32Const(52), ...I64X2_SHL, ...F64X2_MUL,
    ...v128Store(16 * v),
  ],
];

// biome-ignore format: one statement a line
const body = [
  ...list([[VECTORS * LOCALS_PER_VECTOR + 1, V128]]),
  ...BLOCK, ...LOOP,
  ...get(FROM), ...get(TO), ...I32_GE_U, ...breakIf(1), // from >= to: done
  // x and |x| of each vector; ok = every lane has TINY <= |x| < TAKEN and x != 1 (NaN fails all)
  ...lanes.flatMap((l, v) => [...get(FROM), ...v128Load(16 * v), ...tee(l.x), ...F64X2_ABS, ...set(l.ax)]),
  ...lanes.flatMap((l, v) => [
    ...get(l.ax), ...both(TINY), ...F64X2_GE, ...get(l.ax), ...both(TAKEN), ...F64X2_LT, ...V128_AND,
    ...get(l.x), ...both(1), ...F64X2_NE, ...V128_AND,
    ...(v === 0 ? [] : [...get(OK), ...V128_AND]), ...set(OK),
  ]),
  ...get(OK), ...I64X2_ALL_TRUE, ...I32_EQZ, ...breakIf(1), // a number the pass leaves: stop here
  ...steps.flatMap((step) => lanes.flatMap((l, v) => step(l, v))),
  ...get(FROM), ...i32Const(16 * VECTORS), ...I32_ADD, ...set(FROM),
  ...breakTo(0), ...END, ...END,
  ...get(FROM),
  ...END,
];

type Pass = (from: number, to: number) => number;
const module = instantiate<Pass>(moduleBytes([I32, I32], [I32], body));
const pass: Pass | null = module?.pass ?? null;
const memory: WasmMemory | null = module?.memory ?? null;
let doubles = memory === null ? new Float64Array(0) : new Float64Array(memory.buffer);

/** Whether the WebAssembly pass runs here (else Math.exp does every number). */
export const expSimdRuns = (): boolean => pass !== null;

/** The scratch where WebAssembly does not run (a page whose policy forbids compiling it). */
let plain = new Float64Array(0);

/**
 * The scratch of at least n doubles the exps are taken in: write the exponents into [from, to),
 * call expInScratch(from, to), read their exps there. It is the module's own memory (nothing is
 * copied in or out), the same view until a longer one is asked for; one scratch a thread, so a
 * caller reads it before anything else asks for it.
 */
export function expScratch(n: number): Float64Array {
  if (memory === null) {
    if (plain.length < n) plain = new Float64Array(n);
    return plain;
  }
  if (8 * n > doubles.byteLength) {
    // Growing replaces the memory's buffer: the view is made again.
    memory.grow(Math.ceil((8 * n - doubles.byteLength) / PAGE_BYTES));
    doubles = new Float64Array(memory.buffer);
  }
  return doubles;
}

/** Math.exp of values[from..to), in place. */
function expPlain(values: Float64Array, from: number, to: number): void {
  for (let i = from; i < to; i++) values[i] = Math.exp(values[i]);
}

/**
 * The scratch's numbers [from, to) (expScratch) replaced by their exps, to the bit of Math.exp:
 * whole turns by the module, the turn of a number it leaves and the last few by Math.exp.
 */
export function expInScratch(from: number, to: number): void {
  const d = pass === null ? plain : doubles;
  if (pass === null) {
    expPlain(d, from, to);
    return;
  }
  const whole = from + (to - from) - ((to - from) % EXP_TURN);
  let done = from;
  for (;;) {
    done = pass(8 * done, 8 * whole) / 8;
    if (done >= whole) break;
    // A turn holding a number the pass leaves: Math.exp takes the turn.
    expPlain(d, done, done + EXP_TURN);
    done += EXP_TURN;
  }
  expPlain(d, whole, to);
}

/** The view copyScratch last copied from, and its range: made again only when either changes. */
let copyView: Float64Array | null = null;
let copyFrom = -1;
let copyTo = -1;

/**
 * Copies the scratch's [from, to) into out[from..to) (out holds at least `to` numbers) as one
 * memory copy: a loop of typed-array reads and writes costs V8 about 2 ns a number (each turn
 * checks both arrays), the copy about 0.15. The view it copies from is made once for a range and
 * a buffer (a grown memory has a new buffer), so a path's copy allocates nothing.
 */
export function copyScratch(out: Float64Array, from: number, to: number): void {
  // Nothing to copy (a path of one day): a copy at `from` past out's end would throw.
  if (to <= from) return;
  const d = pass === null ? plain : doubles;
  if (copyView === null || copyView.buffer !== d.buffer || copyFrom !== from || copyTo !== to) {
    copyView = d.subarray(from, to);
    copyFrom = from;
    copyTo = to;
  }
  out.set(copyView, from);
}
