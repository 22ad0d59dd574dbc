// evaluateMoments (flow-moments.ts) as a WebAssembly SIMD pass, for the IRR's search on block
// moments (sparse-irr.ts: the books' equity and after-tax rates), which runs it a few times a
// path; and the blocks' loop of rough-root.ts evaluateCoarse (coarse), which it runs more often:
// its sums [g, g1] and [g2, size] as two vectors, each day's p, q and tp formed as there. Its sixteen sums over the blocks are eight vectors here, two sums a vector (e M_0 and
// e M_1 in one, ..., e tau^2 M_0 and e x the block's sum of |f| in the last), each lane doing the
// same IEEE operations on the same operands in the same order as evaluateMoments's sum (separate
// multiplies and adds, never fused), so the sums are the same to the bit, and momentsAt is made
// from them by the same code (flow-moments.ts finishMoments). The search's moments live in the
// module's memory (searchMoments, searchAbsolute): no copy a step. Where WebAssembly SIMD is
// missing (an old browser for the explorer), the search keeps them in plain arrays and runs
// evaluateMoments. test/model/finance/search-simd.test.ts compares the two bit for bit.

import {
  breakIf,
  breakTo,
  END,
  F64,
  F64_ADD,
  F64_MUL,
  F64X2_ADD,
  F64X2_MUL,
  F64X2_REPLACE_LANE_1,
  F64X2_SPLAT,
  f64Const,
  f64Load,
  functionsModuleBytes,
  get,
  I32,
  I32_ADD,
  I32_EQZ,
  I32_LT_U,
  I32_SHL,
  i32Const,
  instantiateExports,
  LOOP,
  list,
  PAGE_BYTES,
  set,
  tee,
  V128,
  v128Load,
  v128Store,
  BLOCK as WASM_BLOCK,
  type WasmMemory,
} from '../wasm/encoder.js';
import {
  BLOCK,
  blockSums,
  blocksOf,
  evaluateMoments,
  finishMoments,
  firstCentre,
  MOMENTS,
} from './flow-moments.js';

/** Bytes of a block's moments. */
const BLOCK_BYTES = 8 * MOMENTS;
/** log2 of a block's bytes of moments: the passes shift by it. */
const BLOCK_SHIFT = 31 - Math.clz32(BLOCK_BYTES);
if (1 << BLOCK_SHIFT !== BLOCK_BYTES) throw new Error('search-simd.ts: a block takes a power of 2 bytes');

// pass(blocks, absoluteByte, outByte, weight, step, tau, tauStep): the blocks' moments from byte
// 0, their sums of |f| from absoluteByte, the sixteen sums to outByte (flow-moments.ts blockSums's
// order). Parameters 0-6, then locals 7-9 (i32), 10 (f64) and 11-23 (v128).
const [BLOCKS, ABSOLUTE, OUT, WEIGHT, STEP, TAU, TAU_STEP] = [0, 1, 2, 3, 4, 5, 6];
const [AT, STOP, AB, ET] = [7, 8, 9, 10];
const [E, ETS, M01, M23, M45] = [11, 12, 13, 14, 15];
/** sum e M_j in pairs, sum e tau M_j in pairs, then [sum e tau^2 M_0, sum e |f|]. */
const [S01, S23, S45, S67, T01, T23, T45, V] = [16, 17, 18, 19, 20, 21, 22, 23];
/** x = x + a b (the sum first, as evaluateMoments's `x += a * b`). */
const addProduct = (x: number, a: number[], b: number[]) => [
  ...get(x),
  ...a,
  ...b,
  ...F64X2_MUL,
  ...F64X2_ADD,
  ...set(x),
];
// biome-ignore format: one statement of the pass a line
const body = [
  ...list([[3, I32], [1, F64], [13, V128]]),
  ...get(BLOCKS), ...i32Const(BLOCK_SHIFT), ...I32_SHL, ...set(STOP),
  ...get(ABSOLUTE), ...set(AB),
  ...WASM_BLOCK, ...LOOP,
  ...get(AT), ...get(STOP), ...I32_LT_U, ...I32_EQZ, ...breakIf(1), // done: out of the block
  // e = weight; et = e tau
  ...get(WEIGHT), ...F64X2_SPLAT, ...set(E),
  ...get(WEIGHT), ...get(TAU), ...F64_MUL, ...tee(ET), ...F64X2_SPLAT, ...set(ETS),
  ...get(AT), ...v128Load(0), ...set(M01),
  ...get(AT), ...v128Load(16), ...set(M23),
  ...get(AT), ...v128Load(32), ...set(M45),
  ...addProduct(S01, get(E), get(M01)),
  ...addProduct(S23, get(E), get(M23)),
  ...addProduct(S45, get(E), get(M45)),
  ...addProduct(S67, get(E), [...get(AT), ...v128Load(48)]),
  ...addProduct(T01, get(ETS), get(M01)),
  ...addProduct(T23, get(ETS), get(M23)),
  ...addProduct(T45, get(ETS), get(M45)),
  // [v0, bound] += [et tau, e] x [M_0, the block's sum of |f|]
  ...addProduct(
    V,
    [...get(ET), ...get(TAU), ...F64_MUL, ...F64X2_SPLAT, ...get(WEIGHT), ...F64X2_REPLACE_LANE_1],
    [...get(AT), ...f64Load(0), ...F64X2_SPLAT, ...get(AB), ...f64Load(0), ...F64X2_REPLACE_LANE_1],
  ),
  // weight *= step; tau += tauStep; the next block
  ...get(WEIGHT), ...get(STEP), ...F64_MUL, ...set(WEIGHT),
  ...get(TAU), ...get(TAU_STEP), ...F64_ADD, ...set(TAU),
  ...get(AT), ...i32Const(BLOCK_BYTES), ...I32_ADD, ...set(AT),
  ...get(AB), ...i32Const(8), ...I32_ADD, ...set(AB),
  ...breakTo(0), ...END, ...END, // again (the loop); end of the loop and of the block
  ...[S01, S23, S45, S67, T01, T23, T45, V].flatMap((x, j) => [...get(OUT), ...get(x), ...v128Store(16 * j)]),
  ...END,
];

// coarse(blocks, absoluteByte, outByte, k1, k2, direction, weight, step, tau, tauStep): rough-root.ts
// evaluateCoarse's sums [g, g1] and [g2, size] to outByte. Parameters 0-9, then locals 10-11
// (i32), 12-16 (f64) and 17-18 (v128); the day's p, q and tp as evaluateCoarse forms them.
const [C_BLOCKS, C_ABSOLUTE, C_OUT, K1, K2, DIRECTION, C_WEIGHT, C_STEP, C_TAU, C_TAU_STEP] = [
  0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
];
const [C_AT, C_STOP, C_AB, M1, M2, P, Q, TP, G01, G2S] = [10, 11, 12, 13, 14, 15, 16, 17, 18, 19];
// biome-ignore format: one statement of the pass a line
const coarseBody = [
  ...list([[3, I32], [5, F64], [2, V128]]),
  ...get(C_BLOCKS), ...i32Const(BLOCK_SHIFT), ...I32_SHL, ...set(C_STOP),
  ...get(C_ABSOLUTE), ...set(C_AB),
  ...WASM_BLOCK, ...LOOP,
  ...get(C_AT), ...get(C_STOP), ...I32_LT_U, ...I32_EQZ, ...breakIf(1), // done: out of the block
  ...get(C_AT), ...f64Load(8), ...set(M1),
  ...get(C_AT), ...f64Load(16), ...set(M2),
  // p = m0 + k1 m1 + k2 m2; q = direction (m1 + k1 m2); tp = tau p
  ...get(C_AT), ...f64Load(0), ...get(K1), ...get(M1), ...F64_MUL, ...F64_ADD, ...get(K2), ...get(M2), ...F64_MUL, ...F64_ADD, ...set(P),
  ...get(DIRECTION), ...get(M1), ...get(K1), ...get(M2), ...F64_MUL, ...F64_ADD, ...F64_MUL, ...set(Q),
  ...get(C_TAU), ...get(P), ...F64_MUL, ...set(TP),
  // [g, g1] += weight [p, tp + q]
  ...addProduct(
    G01,
    [...get(C_WEIGHT), ...F64X2_SPLAT],
    [...get(P), ...F64X2_SPLAT, ...get(TP), ...get(Q), ...F64_ADD, ...F64X2_REPLACE_LANE_1],
  ),
  // [g2, size] += weight [tau (tp + 2 q) + m2, the block's sum of |f|]
  ...addProduct(
    G2S,
    [...get(C_WEIGHT), ...F64X2_SPLAT],
    [
      ...get(C_TAU), ...get(TP), ...f64Const(2), ...get(Q), ...F64_MUL, ...F64_ADD, ...F64_MUL, ...get(M2), ...F64_ADD,
      ...F64X2_SPLAT, ...get(C_AB), ...f64Load(0), ...F64X2_REPLACE_LANE_1,
    ],
  ),
  // weight *= step; tau += tauStep; the next block
  ...get(C_WEIGHT), ...get(C_STEP), ...F64_MUL, ...set(C_WEIGHT),
  ...get(C_TAU), ...get(C_TAU_STEP), ...F64_ADD, ...set(C_TAU),
  ...get(C_AT), ...i32Const(BLOCK_BYTES), ...I32_ADD, ...set(C_AT),
  ...get(C_AB), ...i32Const(8), ...I32_ADD, ...set(C_AB),
  ...breakTo(0), ...END, ...END, // again (the loop); end of the loop and of the block
  ...get(C_OUT), ...get(G01), ...v128Store(0),
  ...get(C_OUT), ...get(G2S), ...v128Store(16),
  ...END,
];

type Pass = (
  blocks: number,
  absoluteByte: number,
  outByte: number,
  weight: number,
  step: number,
  tau: number,
  tauStep: number,
) => void;
type Coarse = (
  blocks: number,
  absoluteByte: number,
  outByte: number,
  k1: number,
  k2: number,
  direction: number,
  weight: number,
  step: number,
  tau: number,
  tauStep: number,
) => void;
const exports = instantiateExports(
  functionsModuleBytes([
    // (i32 i32 i32 f64 f64 f64 f64) -> ()
    { name: 'pass', params: [I32, I32, I32, F64, F64, F64, F64], results: [], body },
    // (i32 i32 i32 f64 f64 f64 f64 f64 f64 f64) -> ()
    {
      name: 'coarse',
      params: [I32, I32, I32, F64, F64, F64, F64, F64, F64, F64],
      results: [],
      body: coarseBody,
    },
  ]),
);
const pass = (exports?.pass ?? null) as Pass | null;
const coarse = (exports?.coarse ?? null) as Coarse | null;
const memory = (exports?.memory ?? null) as WasmMemory | null;

/** The search's moments and sums of |f| in the module's memory (searchScratch sizes them). */
export let searchMoments = new Float64Array(0);
export let searchAbsolute = new Float64Array(0);
/** The pass's sixteen sums, then the coarse pass's four. */
let sumsOut = new Float64Array(0);
/** What coarseInModule found: g, g1, g2 and the size of rough-root.ts evaluateCoarse. */
export let coarseOut = new Float64Array(0);
const COARSE_SUMS = 4;
let scratchBlocks = -1;
let absoluteByte = 0;
let outByte = 0;

/**
 * Sizes searchMoments and searchAbsolute for `blocks` blocks (views of the module's memory, made
 * again only when the count changes); false when WebAssembly SIMD is not available.
 */
export function searchScratch(blocks: number): boolean {
  if (memory === null) return false;
  if (blocks !== scratchBlocks) {
    absoluteByte = blocks * BLOCK_BYTES;
    outByte = 16 * Math.ceil((absoluteByte + 8 * blocks) / 16);
    const bytes = outByte + 8 * (blockSums.length + COARSE_SUMS);
    // Growing replaces the memory's buffer: the views are made again below.
    if (bytes > memory.buffer.byteLength)
      memory.grow(Math.ceil((bytes - memory.buffer.byteLength) / PAGE_BYTES));
    searchMoments = new Float64Array(memory.buffer, 0, blocks * MOMENTS);
    searchAbsolute = new Float64Array(memory.buffer, absoluteByte, blocks);
    sumsOut = new Float64Array(memory.buffer, outByte, blockSums.length);
    coarseOut = new Float64Array(memory.buffer, outByte + 8 * blockSums.length, COARSE_SUMS);
    scratchBlocks = blocks;
  }
  return true;
}

/**
 * evaluateMoments(searchMoments, searchAbsolute, length, rho, reversed), to the bit: the blocks'
 * sums in the module, momentsAt from them by finishMoments.
 */
export function evaluateSearchMoments(length: number, rho: number, reversed: boolean): void {
  const blocks = blocksOf(length);
  if (blocks > scratchBlocks) {
    evaluateMoments(searchMoments, searchAbsolute, length, rho, reversed);
    return;
  }
  const direction = reversed ? -1 : 1;
  const tau = firstCentre(length, reversed);
  const tauStep = direction * BLOCK;
  pass!(blocks, absoluteByte, outByte, Math.exp(-rho * tau), Math.exp(-rho * tauStep), tau, tauStep);
  blockSums.set(sumsOut);
  finishMoments(rho, reversed);
}

/**
 * rough-root.ts evaluateCoarse's loop over the blocks of searchMoments and searchAbsolute, to the
 * bit, into coarseOut (g, g1, g2, size); false (nothing done) when they hold fewer blocks.
 */
export function coarseInModule(
  blocks: number,
  k1: number,
  k2: number,
  direction: number,
  weight: number,
  step: number,
  tau: number,
  tauStep: number,
): boolean {
  if (blocks > scratchBlocks) return false;
  coarse!(
    blocks,
    absoluteByte,
    outByte + 8 * blockSums.length,
    k1,
    k2,
    direction,
    weight,
    step,
    tau,
    tauStep,
  );
  return true;
}
