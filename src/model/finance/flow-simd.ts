// evaluateAt (flow-passes.ts) as a WebAssembly SIMD pass, for the IRR's Halley iterations
// (irr.ts), which run it a few times over every path's daily flows. evaluateAt keeps the even and
// the odd days in two chains of sums; here the two chains are the two lanes of 128-bit vectors,
// each lane doing the same IEEE operations on the same operands in the same order (separate
// multiplies and adds, never fused), so the sums are the same to the bit, in half the instructions
// and without V8's checks on every typed-array read. The flows are copied once into the module's
// memory (stageFlows), then each pass reads them there (evaluateStagedAt). Where WebAssembly SIMD
// is missing (an old browser for the explorer), stageFlows says so and the caller runs evaluateAt.
// test/model/flow-simd.test.ts compares the two passes bit for bit.

import { AT_G, AT_G1, AT_G2, at } from './flow-passes.js';

/** The few WebAssembly calls used here (the project's type libraries do not declare them). */
interface WasmApi {
  validate(bytes: Uint8Array): boolean;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: Record<string, unknown> };
}
interface WasmMemory {
  buffer: ArrayBuffer;
  grow(pages: number): number;
}

/** Byte offset of the staged flows; the pass writes its lane sums below it (8 doubles). */
const FLOWS_BYTE = 64;
const PAGE_BYTES = 65536;

// The module's bytes, written out by a small encoder so the pass reads as instructions.
const f64Const = (x: number) => [0x44, ...new Uint8Array(Float64Array.of(x).buffer)];
const leb = (n: number) => {
  const out: number[] = [];
  do {
    const low = n & 0x7f;
    n >>>= 7;
    out.push(n === 0 ? low : low | 0x80);
  } while (n !== 0);
  return out;
};
const sized = (bytes: number[]) => [...leb(bytes.length), ...bytes];
const list = (items: number[][]) => [...leb(items.length), ...items.flat()];
const name = (s: string) => sized([...s].map((c) => c.charCodeAt(0)));
const simd = (op: number) => [0xfd, ...leb(op)];
const I32 = 0x7f;
const F64 = 0x7c;
const V128 = 0x7b;
const get = (i: number) => [0x20, i];
const set = (i: number) => [0x21, i];
const tee = (i: number) => [0x22, i];
const i32Const = (n: number) => [0x41, ...leb(n)]; // n < 64 here, so its signed LEB is the unsigned one
const I32_ADD = [0x6a];
const I32_SHL = [0x74];
const I32_SHR_U = [0x76];
const I32_LT_U = [0x49];
const I32_EQZ = [0x45];
const V128_LOAD = [...simd(0), 4, 0]; // align 16, offset 0
const v128Store = (offset: number) => [...simd(11), 4, ...leb(offset)];
const F64X2_SPLAT = simd(20);
const F64X2_REPLACE_LANE_1 = [...simd(34), 1];
const F64X2_ADD = simd(240);
const F64X2_MUL = simd(242);
const BLOCK = [0x02, 0x40];
const LOOP = [0x03, 0x40];
const END_ = [0x0b];
const breakTo = (depth: number) => [0x0c, depth];
const breakIf = (depth: number) => [0x0d, depth];

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
  ...get(ADDRESS), ...V128_LOAD, ...get(FACTOR), ...F64X2_MUL, ...tee(TERM),
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

const section = (id: number, bytes: number[]) => [id, ...sized(bytes)];
const MODULE = Uint8Array.from([
  ...[0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0],
  ...section(1, list([[0x60, ...list([[I32], [I32], [F64], [F64]]), 0]])), // type: (i32 i32 f64 f64) -> ()
  ...section(3, list([[0]])), // one function, of that type
  ...section(5, list([[0x00, 1]])), // memory: one page to start with
  ...section(
    7,
    list([
      [...name('memory'), 0x02, 0],
      [...name('pass'), 0x00, 0],
    ]),
  ), // exports
  ...section(10, list([sized(body)])), // the code
]);

type Pass = (flowsByte: number, length: number, step: number, step2: number) => void;
const api = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
let pass: Pass | null = null;
let memory: WasmMemory | null = null;
try {
  if (api?.validate(MODULE)) {
    const exports = new api.Instance(new api.Module(MODULE)).exports;
    pass = exports.pass as Pass;
    memory = exports.memory as WasmMemory;
  }
} catch {
  // A page whose policy forbids compiling WebAssembly: evaluateAt does the passes.
}
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
