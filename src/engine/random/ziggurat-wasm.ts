// Rng.fillNormals as a WebAssembly function: the same sfc32 words and the same ziggurat
// (ziggurat.ts), each step the same 32-bit integer or IEEE double operation on the same operands in
// the same order as rng.ts and ziggurat.ts write it, so every normal has the bits the JavaScript
// loop gives it (test/engine/random/ziggurat-wasm.test.ts compares them over many streams, with
// the wedges and the tail). It runs the slow draws (about 1 in 36: a wedge, or the tail beyond R)
// inside its loop, with exp and log imported from the page's Math (Node's fdlibm, or the explorer's
// copy of it, src/explorer/shims/globals.ts). The JavaScript loop leaves its fast loop and enters
// it again at each of them (about 70 ns a slow draw, 43 of it the leaving and entering); here a
// slow draw costs a mispredicted branch and an exp. Where WebAssembly does not run (a page whose
// policy forbids compiling it), the caller runs its JavaScript loop.
//
// Memory: the generator's four words at 0, the layers' tables at K, W and F (copied from
// ziggurat.ts once), and the normals written at OUT + 8 i for i in [from, to).

import {
  BLOCK,
  breakIf,
  breakTo,
  call,
  ELSE,
  END,
  F64,
  F64_ABS,
  F64_ADD,
  F64_CONVERT_I32_S,
  F64_CONVERT_I32_U,
  F64_DIV,
  F64_LT,
  F64_MUL,
  F64_NEG,
  F64_SUB,
  f64Const,
  f64Load,
  f64Store,
  functionsModuleBytes,
  get,
  I32,
  I32_ADD,
  I32_AND,
  I32_EQZ,
  I32_GE_S,
  I32_GT_S,
  I32_LT_S,
  I32_ROTL,
  I32_SHL,
  I32_SHR_U,
  I32_XOR,
  IF,
  IF_F64,
  i32Const,
  i32Load,
  i32Store,
  instantiateExports,
  LOOP,
  leb,
  PAGE_BYTES,
  SELECT,
  set,
  tee,
  type WasmMemory,
} from '../../model/wasm/encoder.js';
import { ZIG_F, ZIG_K, ZIG_R, ZIG_W } from './ziggurat.js';

const STATE = 0;
const K = 64;
const W = 1024;
const F = 2048;
const OUT = 4096;
/** 2^-32: rawUniform's scale (rng.ts). */
const INV_TWO_POW_32 = 1 / 4294967296;
/** The imports, by index: exp and log of a double. */
const [EXP, LOG] = [0, 1];

// fill(from, to, sign): parameters, then locals.
const [FROM, TO, SIGN] = [0, 1, 2];
const [A, B, C, D, T, IZ, I, HZ] = [3, 4, 5, 6, 7, 8, 9, 10];
const [X, U, TX, TY, Z] = [11, 12, 13, 14, 15];

/** sfc32's next word into T (Rng.next). */
// biome-ignore format: one statement a line
const next = [
  ...get(A), ...get(B), ...I32_ADD, ...get(D), ...I32_ADD, ...set(T),
  ...get(D), ...i32Const(1), ...I32_ADD, ...set(D),
  ...get(B), ...get(B), ...i32Const(9), ...I32_SHR_U, ...I32_XOR, ...set(A),
  ...get(C), ...get(C), ...i32Const(3), ...I32_SHL, ...I32_ADD, ...set(B),
  ...get(C), ...i32Const(21), ...I32_ROTL, ...get(T), ...I32_ADD, ...set(C),
];

/** Rng.rawUniform into U: ((word >>> 0) + 0.5) x 2^-32. */
// biome-ignore format: one statement a line
const rawUniform = [
  ...next,
  ...get(T), ...F64_CONVERT_I32_U, ...f64Const(0.5), ...F64_ADD, ...f64Const(INV_TWO_POW_32), ...F64_MUL, ...set(U),
];

/** The word in `word`'s layer, IZ = word & 127, and whether |word| < K[IZ] (the fast path), left on the stack. */
// biome-ignore format: one statement a line
const fastTest = (word: number) => [
  ...get(word), ...i32Const(127), ...I32_AND, ...set(IZ),
  ...get(word), ...F64_CONVERT_I32_S, ...F64_ABS,
  ...get(IZ), ...i32Const(2), ...I32_SHL, ...i32Load(K), ...F64_CONVERT_I32_S, ...F64_LT,
];

/** word x W[IZ], left on the stack. */
const scaled = (word: number) => [
  ...get(word),
  ...F64_CONVERT_I32_S,
  ...get(IZ),
  ...i32Const(3),
  ...I32_SHL,
  ...f64Load(W),
  ...F64_MUL,
];

/** F[IZ - back], left on the stack. */
const layerF = (back: number) => [...get(IZ), ...i32Const(3), ...I32_SHL, ...f64Load(F - 8 * back)];

/**
 * zigguratFix(hz = HZ, iz = IZ) into Z: the wedge of layer IZ, or the tail for layer 0, drawing
 * further words from the stream as ziggurat.ts does.
 */
// biome-ignore format: one statement a line
const slowDraw = [
  ...BLOCK, ...LOOP,
  // x = hz * W[iz]
  ...scaled(HZ), ...set(X),
  ...get(IZ), ...I32_EQZ, ...IF,
  // The tail: tx = -log(u) / R, ty = -log(u) until ty + ty >= tx * tx; then +-(R + tx).
  ...LOOP,
  ...rawUniform, ...get(U), ...call(LOG), ...F64_NEG, ...f64Const(ZIG_R), ...F64_DIV, ...set(TX),
  ...rawUniform, ...get(U), ...call(LOG), ...F64_NEG, ...set(TY),
  ...get(TY), ...get(TY), ...F64_ADD, ...get(TX), ...get(TX), ...F64_MUL, ...F64_LT, ...breakIf(0),
  ...END,
  ...f64Const(ZIG_R), ...get(TX), ...F64_ADD,
  ...f64Const(-ZIG_R), ...get(TX), ...F64_SUB,
  ...get(HZ), ...i32Const(0), ...I32_GT_S, ...SELECT, ...set(Z),
  ...breakTo(2),
  ...END,
  // The wedge: F[iz] + u (F[iz - 1] - F[iz]) < exp(-0.5 x x) takes x.
  ...layerF(0), ...rawUniform, ...get(U), ...layerF(1), ...layerF(0), ...F64_SUB, ...F64_MUL, ...F64_ADD,
  ...f64Const(-0.5), ...get(X), ...F64_MUL, ...get(X), ...F64_MUL, ...call(EXP),
  ...F64_LT, ...IF, ...get(X), ...set(Z), ...breakTo(2), ...END,
  // Else a new word: its fast path, or round again.
  ...next, ...get(T), ...set(HZ),
  ...fastTest(HZ), ...IF, ...scaled(HZ), ...set(Z), ...breakTo(2), ...END,
  ...breakTo(0),
  ...END, ...END,
];

// biome-ignore format: one statement a line
const body = [
  ...leb(2), ...leb(8), I32, ...leb(5), F64,
  ...i32Const(STATE), ...i32Load(0), ...set(A),
  ...i32Const(STATE), ...i32Load(4), ...set(B),
  ...i32Const(STATE), ...i32Load(8), ...set(C),
  ...i32Const(STATE), ...i32Load(12), ...set(D),
  ...get(FROM), ...set(I),
  ...BLOCK, ...get(I), ...get(TO), ...I32_GE_S, ...breakIf(0), ...LOOP,
  ...next, ...fastTest(T),
  ...IF_F64, ...scaled(T),
  ...ELSE, ...get(T), ...set(HZ), ...slowDraw, ...get(Z),
  ...END,
  // out[i] = sign * z
  ...get(SIGN), ...F64_MUL, ...set(Z),
  ...get(I), ...i32Const(3), ...I32_SHL, ...get(Z), ...f64Store(OUT),
  ...get(I), ...i32Const(1), ...I32_ADD, ...tee(I), ...get(TO), ...I32_LT_S, ...breakIf(0),
  ...END, ...END,
  ...i32Const(STATE), ...get(A), ...i32Store(0),
  ...i32Const(STATE), ...get(B), ...i32Store(4),
  ...i32Const(STATE), ...get(C), ...i32Store(8),
  ...i32Const(STATE), ...get(D), ...i32Store(12),
  ...END,
];

type Fill = (from: number, to: number, sign: number) => void;

/** The module, made on first use: the explorer's page puts its exp and log on Math before. */
let made = false;
let fill: Fill | null = null;
let memory: WasmMemory | null = null;
let words = new Int32Array(0);
let doubles = new Float64Array(0);

function make(): void {
  made = true;
  const bytes = functionsModuleBytes(
    [{ name: 'fill', params: [I32, I32, F64], results: [], body }],
    [
      { name: 'exp', params: [F64], results: [F64] },
      { name: 'log', params: [F64], results: [F64] },
    ],
  );
  const exports = instantiateExports(bytes, { exp: Math.exp, log: Math.log });
  if (exports === null) return;
  fill = exports.fill as Fill;
  memory = exports.memory as WasmMemory;
  words = new Int32Array(memory.buffer);
  doubles = new Float64Array(memory.buffer);
  words.set(ZIG_K, K / 4);
  doubles.set(ZIG_W, W / 8);
  doubles.set(ZIG_F, F / 8);
}

/** The view fillNormalsWasm last copied from, and its range: made again only when either changes. */
let view: Float64Array | null = null;
let viewFrom = -1;
let viewTo = -1;

/**
 * Rng.fillNormals's numbers in out[from..to) from the generator `state` (left where the
 * JavaScript loop would leave it), with `sign` (-1 for an antithetic stream); false, and nothing
 * done, where WebAssembly does not run.
 */
export function fillNormalsWasm(
  state: Int32Array,
  sign: number,
  out: Float64Array,
  from: number,
  to: number,
): boolean {
  if (!made) make();
  if (fill === null || memory === null) return false;
  const bytes = OUT + 8 * to;
  if (bytes > doubles.byteLength) {
    // Growing replaces the memory's buffer: the views are made again.
    memory.grow(Math.ceil((bytes - doubles.byteLength) / PAGE_BYTES));
    words = new Int32Array(memory.buffer);
    doubles = new Float64Array(memory.buffer);
  }
  const w = words;
  w[0] = state[0];
  w[1] = state[1];
  w[2] = state[2];
  w[3] = state[3];
  fill(from, to, sign);
  state[0] = w[0];
  state[1] = w[1];
  state[2] = w[2];
  state[3] = w[3];
  if (view === null || view.buffer !== doubles.buffer || viewFrom !== from || viewTo !== to) {
    view = doubles.subarray(OUT / 8 + from, OUT / 8 + to);
    viewFrom = from;
    viewTo = to;
  }
  out.set(view, from);
  return true;
}
