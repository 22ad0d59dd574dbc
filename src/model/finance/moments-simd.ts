// fillBlocks (flow-moments.ts) as a WebAssembly SIMD pass, for the books (engine/kernel/books.ts),
// which make the project's block moments once a path. fillBlocks reads each block in pairs of days
// at u and -u from its centre into nine sums; here two blocks run side by side, block 2k in lane 0
// and block 2k + 1 in lane 1 of 128-bit vectors, each lane doing the same IEEE operations on the
// same operands in the same order as fillBlocks does for its block (separate multiplies and adds,
// never fused), so every moment is the same to the bit, in half the instructions and without V8's
// checks on every typed-array read. The flows are copied into the module's memory, the pass writes
// the blocks' moments and sums after them as FlowBlocks holds them, and they are copied out whole; the blocks left (an odd last whole block,
// the part block the series ends within) are fillBlocks's. Where WebAssembly SIMD is missing (an
// old browser for the explorer), fillBlocks runs alone. test/model/finance/moments-simd.test.ts
// compares the two bit for bit.

import {
  breakIf,
  breakTo,
  END,
  F64X2_ABS,
  F64X2_ADD,
  F64X2_MUL,
  F64X2_REPLACE_LANE_1,
  F64X2_SPLAT,
  F64X2_SUB,
  f64Load,
  f64x2Const,
  get,
  I32,
  I32_ADD,
  I32_EQZ,
  I32_LT_U,
  I32_SHL,
  I32_SUB,
  i32Const,
  instantiate,
  LOOP,
  list,
  moduleBytes,
  PAGE_BYTES,
  set,
  V128,
  v128Store,
  v128Store64Lane,
  BLOCK as WASM_BLOCK,
  type WasmMemory,
} from '../wasm/encoder.js';
import { BLOCK, type FlowBlocks, fillBlocks, MOMENTS } from './flow-moments.js';

/** Bytes of a block's flows. */
const BLOCK_BYTES = 8 * BLOCK;
/** Bytes of a block's moments. */
const MOMENT_BYTES = 8 * MOMENTS;
/** log2 of a pair of blocks' bytes of flows and of moments: the pass shifts by them. */
const shiftOf = (bytes: number) => 31 - Math.clz32(bytes);
if (1 << shiftOf(2 * BLOCK_BYTES) !== 2 * BLOCK_BYTES || 1 << shiftOf(2 * MOMENT_BYTES) !== 2 * MOMENT_BYTES)
  throw new Error('moments-simd.ts: a pair of blocks takes a power of 2 bytes');

// pass(flowsByte, pairs, outByte): blocks 0 .. 2 pairs - 1 of the flows at flowsByte; from outByte
// their moments, block after block (FlowBlocks.moments's order), then their sums (M_0), then their
// sums of |f|. Parameters 0-2, then locals 3-10 (i32) and 11-31 (v128).
const [FLOWS, PAIRS, OUT] = [0, 1, 2];
const [AT, STOP_AT, LOW, HIGH, STOP, O, OS, OA] = [3, 4, 5, 6, 7, 8, 9, 10];
const [U, ONE, U2, LO, HI, EVEN, ODD1, EVEN2, ODD3, EVEN4, ODD5, EVEN6] = [
  11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
];
/** m0 .. m7, then the sum of |f|. */
const M = [23, 24, 25, 26, 27, 28, 29, 30];
const HELD = 31;
/** x = x + value (the sum first, as fillBlocks's `x += value`). */
const addTo = (x: number, value: number[]) => [...get(x), ...value, ...F64X2_ADD, ...set(x)];
/** a x b. */
const times = (a: number, b: number) => [...get(a), ...get(b), ...F64X2_MUL];
/** A day of each block: the day at `address` in lane 0, the day a block later in lane 1. */
const dayPair = (address: number) => [
  ...get(address),
  ...f64Load(0),
  ...F64X2_SPLAT,
  ...get(address),
  ...f64Load(BLOCK_BYTES),
  ...F64X2_REPLACE_LANE_1,
];
// biome-ignore format: one statement of the pass a line
const body = [
  ...list([[8, I32], [21, V128]]),
  ...f64x2Const(1), ...set(ONE),
  ...get(FLOWS), ...set(AT),
  ...get(OUT), ...set(O),
  // the sums after the pairs' moments, the sums of |f| after them
  ...get(OUT), ...get(PAIRS), ...i32Const(shiftOf(2 * MOMENT_BYTES)), ...I32_SHL, ...I32_ADD, ...set(OS),
  ...get(OS), ...get(PAIRS), ...i32Const(4), ...I32_SHL, ...I32_ADD, ...set(OA),
  // the pairs of blocks run from flowsByte to flowsByte + pairs x 2 blocks
  ...get(FLOWS), ...get(PAIRS), ...i32Const(shiftOf(2 * BLOCK_BYTES)), ...I32_SHL, ...I32_ADD, ...set(STOP_AT),
  ...WASM_BLOCK, ...LOOP,
  ...get(AT), ...get(STOP_AT), ...I32_LT_U, ...I32_EQZ, ...breakIf(1), // done: out of the block
  ...M.flatMap((m) => [...f64x2Const(0), ...set(m)]), ...f64x2Const(0), ...set(HELD),
  ...f64x2Const(0.5), ...set(U),
  // low: the day before the centre and back, high: the day after it and on, to the block's end
  ...get(AT), ...i32Const(8 * (BLOCK / 2 - 1)), ...I32_ADD, ...set(LOW),
  ...get(AT), ...i32Const(8 * (BLOCK / 2)), ...I32_ADD, ...set(HIGH),
  ...get(AT), ...i32Const(BLOCK_BYTES), ...I32_ADD, ...set(STOP),
  ...WASM_BLOCK, ...LOOP,
  ...get(HIGH), ...get(STOP), ...I32_LT_U, ...I32_EQZ, ...breakIf(1),
  ...dayPair(LOW), ...set(LO),
  ...dayPair(HIGH), ...set(HI),
  // even = high + low; u2 = u u; odd1 = (high - low) u; the powers by u2
  ...get(HI), ...get(LO), ...F64X2_ADD, ...set(EVEN),
  ...times(U, U), ...set(U2),
  ...get(HI), ...get(LO), ...F64X2_SUB, ...get(U), ...F64X2_MUL, ...set(ODD1),
  ...times(EVEN, U2), ...set(EVEN2),
  ...times(ODD1, U2), ...set(ODD3),
  ...times(EVEN2, U2), ...set(EVEN4),
  ...times(ODD3, U2), ...set(ODD5),
  ...times(EVEN4, U2), ...set(EVEN6),
  ...addTo(M[0], get(EVEN)),
  ...addTo(M[1], get(ODD1)),
  ...addTo(M[2], get(EVEN2)),
  ...addTo(M[3], get(ODD3)),
  ...addTo(M[4], get(EVEN4)),
  ...addTo(M[5], get(ODD5)),
  ...addTo(M[6], get(EVEN6)),
  ...addTo(M[7], times(ODD5, U2)),
  ...addTo(HELD, [...get(LO), ...F64X2_ABS, ...get(HI), ...F64X2_ABS, ...F64X2_ADD]),
  // u++; the next pair of days
  ...get(U), ...get(ONE), ...F64X2_ADD, ...set(U),
  ...get(LOW), ...i32Const(8), ...I32_SUB, ...set(LOW),
  ...get(HIGH), ...i32Const(8), ...I32_ADD, ...set(HIGH),
  ...breakTo(0), ...END, ...END,
  // the pair's moments (lane 0 block 2k's, lane 1 the next's), sums and sums of |f|; the next pair
  ...M.flatMap((m, j) => [
    ...get(O), ...get(m), ...v128Store64Lane(8 * j, 0),
    ...get(O), ...get(m), ...v128Store64Lane(MOMENT_BYTES + 8 * j, 1),
  ]),
  ...get(OS), ...get(M[0]), ...v128Store(0),
  ...get(OA), ...get(HELD), ...v128Store(0),
  ...get(O), ...i32Const(2 * MOMENT_BYTES), ...I32_ADD, ...set(O),
  ...get(OS), ...i32Const(16), ...I32_ADD, ...set(OS),
  ...get(OA), ...i32Const(16), ...I32_ADD, ...set(OA),
  ...get(AT), ...i32Const(2 * BLOCK_BYTES), ...I32_ADD, ...set(AT),
  ...breakTo(0), ...END, ...END, // again (the loop); end of the loop and of the block
  ...END,
];

type Pass = (flowsByte: number, pairs: number, outByte: number) => void;
// (i32 i32 i32) -> ()
const module = instantiate<Pass>(moduleBytes([I32, I32, I32], [], body));
const pass: Pass | null = module?.pass ?? null;
const memory: WasmMemory | null = module?.memory ?? null;
/** The module's memory as doubles: the flows from [0], the pairs' moments and sums after them. */
let doubles = memory === null ? new Float64Array(0) : new Float64Array(memory.buffer);
/** Views of what the pass wrote, made again when the flows' length or the pairs change. */
let momentsOut = new Float64Array(0);
let sumsOut = new Float64Array(0);
let absoluteOut = new Float64Array(0);
let viewFlows = -1;
let viewPairs = -1;

/**
 * fillBlocks(flows, length, out), to the bit: its whole blocks two at a time in the module, the
 * rest by fillBlocks.
 */
export function fillBlocksPaired(flows: Float64Array, length: number, out: FlowBlocks): void {
  const pairs = Math.floor(length / (2 * BLOCK));
  if (memory === null || pairs === 0 || !(length <= flows.length)) {
    fillBlocks(flows, length, out);
    return;
  }
  // The flows (all of the array: no view to make), then the pairs' moments and sums, 16-byte aligned.
  const outByte = 16 * Math.ceil(flows.length / 2);
  if (flows.length !== viewFlows || pairs !== viewPairs) {
    const bytes = outByte + pairs * 2 * (MOMENT_BYTES + 16);
    // Growing replaces the memory's buffer: the views are made again.
    if (bytes > memory.buffer.byteLength) {
      memory.grow(Math.ceil((bytes - memory.buffer.byteLength) / PAGE_BYTES));
      doubles = new Float64Array(memory.buffer);
    }
    momentsOut = new Float64Array(memory.buffer, outByte, 2 * pairs * MOMENTS);
    sumsOut = new Float64Array(memory.buffer, outByte + pairs * 2 * MOMENT_BYTES, 2 * pairs);
    absoluteOut = new Float64Array(memory.buffer, outByte + pairs * 2 * (MOMENT_BYTES + 8), 2 * pairs);
    viewFlows = flows.length;
    viewPairs = pairs;
  }
  doubles.set(flows, 0);
  pass!(0, pairs, outByte);
  out.moments.set(momentsOut);
  out.sums.set(sumsOut);
  out.absolute.set(absoluteOut);
  fillBlocks(flows, length, out, 2 * pairs);
}
