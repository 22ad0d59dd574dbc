// evaluateAt (flow-passes.ts) as a WebAssembly SIMD pass, for the IRR's Halley iterations
// (irr.ts), which run it a few times over every path's daily flows. evaluateAt keeps the even and
// the odd days in two chains of sums; here the two chains are the two lanes of 128-bit vectors,
// each lane doing the same IEEE operations on the same operands in the same order (separate
// multiplies and adds, never fused), so the sums are the same to the bit, in half the instructions
// and without V8's checks on every typed-array read. The flows are copied once into the module's
// memory (stageFlows), then each pass reads them there (evaluateStagedAt). Where WebAssembly SIMD
// is missing (an old browser for the explorer), stageFlows says so and the caller runs evaluateAt.
// test/model/flow-simd.test.ts compares the two passes bit for bit.

import {
  BLOCK,
  breakIf,
  breakTo,
  END as END_,
  F64,
  F64X2_ADD,
  F64X2_MUL,
  F64X2_REPLACE_LANE_1,
  F64X2_SPLAT,
  f64Const,
  get,
  I32,
  I32_ADD,
  I32_EQZ,
  I32_LT_U,
  I32_SHL,
  I32_SHR_U,
  i32Const,
  instantiate,
  LOOP,
  list,
  moduleBytes,
  PAGE_BYTES,
  set,
  tee,
  V128,
  v128Load,
  v128Store,
  type WasmMemory,
} from '../wasm/encoder.js';
import { AT_G, AT_G1, AT_G2, at } from './flow-passes.js';

/** Byte offset of the staged flows; the pass writes its lane sums below it (8 doubles). */
const FLOWS_BYTE = 64;

// pass(flowsByte, length, step, step2): the pairs of days of evaluateAt's loop; lane 0 the even
// day, lane 1 the odd. Parameters 0-3, then locals 4-5 (i32) and 6-14 (v128).
const [FLOWS, LENGTH, STEP, STEP2] = [0, 1, 2, 3];
const [END, ADDRESS, FACTOR, G, G1, G2, T, TWO, STEP2S, TERM, T_TERM] = [
  4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14,
];
// biome-ignore format: one statement of the pass a line
const body = [
  ...list([[2, I32], [9, V128]]),
  // factor = [1, e^-rho] (factorEven, factorOdd), t = [0, 1], and the constants [2, 2], [step2, step2]
  ...f64Const(1), ...F64X2_SPLAT, ...get(STEP), ...F64X2_REPLACE_LANE_1, ...set(FACTOR),
  ...f64Const(0), ...F64X2_SPLAT, ...f64Const(1), ...F64X2_REPLACE_LANE_1, ...set(T),
  ...f64Const(2), ...F64X2_SPLAT, ...set(TWO),
  ...get(STEP2), ...F64X2_SPLAT, ...set(STEP2S),
  // the pairs run from flowsByte to end = flowsByte + 16 * floor(length / 2)
  ...get(FLOWS), ...set(ADDRESS),
  ...get(FLOWS), ...get(LENGTH), ...i32Const(1), ...I32_SHR_U, ...i32Const(4), ...I32_SHL, ...I32_ADD, ...set(END),
  ...BLOCK, ...LOOP,
  ...get(ADDRESS), ...get(END), ...I32_LT_U, ...I32_EQZ, ...breakIf(1), // done: out of the block
  // term = flows * factor; g += term; tTerm = t * term; g1 += tTerm; g2 += t * tTerm
  ...get(ADDRESS), ...v128Load(0), ...get(FACTOR), ...F64X2_MUL, ...tee(TERM),
  ...get(G), ...F64X2_ADD, ...set(G),
  ...get(T), ...get(TERM), ...F64X2_MUL, ...tee(T_TERM),
  ...get(G1), ...F64X2_ADD, ...set(G1),
  ...get(T), ...get(T_TERM), ...F64X2_MUL, ...get(G2), ...F64X2_ADD, ...set(G2),
  // factor *= step2; t += 2; the next pair
  ...get(FACTOR), ...get(STEP2S), ...F64X2_MUL, ...set(FACTOR),
  ...get(T), ...get(TWO), ...F64X2_ADD, ...set(T),
  ...get(ADDRESS), ...i32Const(16), ...I32_ADD, ...set(ADDRESS),
  ...breakTo(0), ...END_, ...END_, // again (the loop); end of the loop and of the block
  // the lane sums and the factors at bytes 0, 16, 32, 48
  ...i32Const(0), ...get(G), ...v128Store(0),
  ...i32Const(0), ...get(G1), ...v128Store(16),
  ...i32Const(0), ...get(G2), ...v128Store(32),
  ...i32Const(0), ...get(FACTOR), ...v128Store(48),
  ...END_,
];

type Pass = (flowsByte: number, length: number, step: number, step2: number) => void;
// (i32 i32 f64 f64) -> ()
const module = instantiate<Pass>(moduleBytes([I32, I32, F64, F64], [], body));
const pass: Pass | null = module?.pass ?? null;
const memory: WasmMemory | null = module?.memory ?? null;
/** The module's memory as doubles: the lane sums at [0, 8), the staged flows from [8]. */
let doubles = memory === null ? new Float64Array(0) : new Float64Array(memory.buffer);
let stagedLength = 0;

/**
 * Copies flows[0..length) into the module's memory for evaluateStagedAt; false when WebAssembly
 * SIMD is not available (then nothing is staged and the caller runs evaluateAt).
 */
export function stageFlows(flows: Float64Array, length: number): boolean {
  if (memory === null || !(length >= 0 && length <= flows.length)) return false;
  const bytes = FLOWS_BYTE + 8 * length;
  if (bytes > memory.buffer.byteLength) {
    // Growing replaces the memory's buffer: the view is made again.
    memory.grow(Math.ceil((bytes - memory.buffer.byteLength) / PAGE_BYTES));
    doubles = new Float64Array(memory.buffer);
  }
  // The kernel's flows are exactly `length` long: no view to make then.
  doubles.set(length === flows.length ? flows : flows.subarray(0, length), FLOWS_BYTE / 8);
  stagedLength = length;
  return true;
}

/**
 * evaluateAt(flows, length, rho) of the flows stageFlows copied last, into `at`, to the bit: the
 * pairs of days in the module, then the odd last day and the sums of the two chains as
 * evaluateAt writes them.
 */
export function evaluateStagedAt(rho: number): void {
  const length = stagedLength;
  const step = Math.exp(-rho);
  pass!(FLOWS_BYTE, length, step, step * step);
  const d = doubles;
  let gEven = d[0];
  let g1Even = d[2];
  let g2Even = d[4];
  const t = length - (length & 1);
  if (t < length) {
    const last = d[FLOWS_BYTE / 8 + t] * d[6];
    gEven += last;
    g1Even += t * last;
    g2Even += t * t * last;
  }
  at[AT_G] = gEven + d[1];
  at[AT_G1] = g1Even + d[3];
  at[AT_G2] = g2Even + d[5];
}
