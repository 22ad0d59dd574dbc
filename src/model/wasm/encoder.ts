// A small WebAssembly encoder: the bytes of the few instructions minesim's WebAssembly passes use
// (flow-simd.ts, exp-simd.ts, the normals' src/engine/random/ziggurat-wasm.ts), written so that
// each pass reads as its instructions, and the one place that compiles a module and says whether
// this engine runs WebAssembly (SIMD) at all.

/** The few WebAssembly calls used here (the project's type libraries do not declare them). */
interface WasmApi {
  validate(bytes: Uint8Array): boolean;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports?: object) => { exports: Record<string, unknown> };
}
export interface WasmMemory {
  buffer: ArrayBuffer;
  grow(pages: number): number;
}
export const PAGE_BYTES = 65536;

/** Unsigned LEB128. */
export const leb = (n: number): number[] => {
  const out: number[] = [];
  do {
    const low = n & 0x7f;
    n >>>= 7;
    out.push(n === 0 ? low : low | 0x80);
  } while (n !== 0);
  return out;
};
/** Signed LEB128, for i32.const. */
const sleb = (n: number): number[] => {
  const out: number[] = [];
  for (;;) {
    const low = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (low & 0x40) === 0) || (n === -1 && (low & 0x40) !== 0)) {
      out.push(low);
      return out;
    }
    out.push(low | 0x80);
  }
};
const doubleBytes = (x: number) => [...new Uint8Array(Float64Array.of(x).buffer)];
export const sized = (bytes: number[]) => [...leb(bytes.length), ...bytes];
export const list = (items: number[][]) => [...leb(items.length), ...items.flat()];
const name = (s: string) => sized([...s].map((c) => c.charCodeAt(0)));
export const simd = (op: number) => [0xfd, ...leb(op)];

export const I32 = 0x7f;
export const F64 = 0x7c;
export const V128 = 0x7b;
export const get = (i: number) => [0x20, ...leb(i)];
export const set = (i: number) => [0x21, ...leb(i)];
export const tee = (i: number) => [0x22, ...leb(i)];
export const i32Const = (n: number) => [0x41, ...sleb(n)];
export const f64Const = (x: number) => [0x44, ...doubleBytes(x)];
/** A v128 constant with x in both f64 lanes. */
export const f64x2Const = (x: number) => [...simd(12), ...doubleBytes(x), ...doubleBytes(x)];
export const I32_ADD = [0x6a];
export const I32_SHL = [0x74];
export const I32_SHR_U = [0x76];
export const I32_LT_U = [0x49];
export const I32_GE_U = [0x4f];
export const I32_EQZ = [0x45];
export const I32_SUB = [0x6b];
export const I32_AND = [0x71];
export const I32_XOR = [0x73];
export const I32_ROTL = [0x77];
export const I32_LT_S = [0x48];
export const I32_GE_S = [0x4e];
export const I32_GT_S = [0x4a];
export const F64_ADD = [0xa0];
export const F64_SUB = [0xa1];
export const F64_MUL = [0xa2];
export const F64_DIV = [0xa3];
export const F64_NEG = [0x9a];
export const F64_ABS = [0x99];
export const F64_LT = [0x63];
export const F64_CONVERT_I32_S = [0xb7];
export const F64_CONVERT_I32_U = [0xb8];
/** select: the first of two values when the i32 on top is not 0, else the second. */
export const SELECT = [0x1b];
/** f64.load, aligned to 8 bytes, at a constant offset from the address. */
export const f64Load = (offset: number) => [0x2b, 3, ...leb(offset)];
/** f64.store, aligned to 8 bytes, at a constant offset from the address. */
export const f64Store = (offset: number) => [0x39, 3, ...leb(offset)];
/** i32.load and i32.store, aligned to 4 bytes, at a constant offset from the address. */
export const i32Load = (offset: number) => [0x28, 2, ...leb(offset)];
export const i32Store = (offset: number) => [0x36, 2, ...leb(offset)];
/** call: function `index` (the module's imports first, then its own functions). */
export const call = (index: number) => [0x10, ...leb(index)];
/** v128.load and v128.store, aligned to 16 bytes, at a constant offset from the address. */
export const v128Load = (offset: number) => [...simd(0), 4, ...leb(offset)];
export const v128Store = (offset: number) => [...simd(11), 4, ...leb(offset)];
/** v128.store64_lane: the vector's 64-bit lane `lane` at a constant offset from the address. */
export const v128Store64Lane = (offset: number, lane: number) => [...simd(0x5b), 3, ...leb(offset), lane];
export const F64X2_SPLAT = simd(20);
export const F64X2_REPLACE_LANE_1 = [...simd(34), 1];
export const F64X2_NE = simd(0x48);
export const F64X2_LT = simd(0x49);
export const F64X2_GE = simd(0x4c);
export const V128_AND = simd(0x4e);
export const V128_OR = simd(0x50);
export const V128_BITSELECT = simd(0x52);
export const I64X2_ALL_TRUE = simd(0xc3);
export const I64X2_SHL = simd(0xcb);
export const F64X2_TRUNC = simd(0x7a);
export const F64X2_ABS = simd(0xec);
export const F64X2_ADD = simd(0xf0);
export const F64X2_SUB = simd(0xf1);
export const F64X2_MUL = simd(0xf2);
export const F64X2_DIV = simd(0xf3);
export const BLOCK = [0x02, 0x40];
export const LOOP = [0x03, 0x40];
/** if without a result, and if whose arms leave one f64. */
export const IF = [0x04, 0x40];
export const IF_F64 = [0x04, 0x7c];
export const ELSE = [0x05];
export const END = [0x0b];
export const breakTo = (depth: number) => [0x0c, depth];
export const breakIf = (depth: number) => [0x0d, depth];

const section = (id: number, bytes: number[]) => [id, ...sized(bytes)];

/**
 * A module of one function, `pass`, of the given parameter and result types, with one page of
 * memory, both exported; `body` is the function's locals and code.
 */
export function moduleBytes(params: number[], results: number[], body: number[]): Uint8Array {
  return functionsModuleBytes([{ name: 'pass', params, results, body }]);
}

/** A function of a module: its exported name, parameter and result types, locals and code. */
export interface WasmFunction {
  name: string;
  params: number[];
  results: number[];
  body: number[];
}

/** A function a module imports from the object given at instantiation: `env.<name>`. */
export interface WasmImport {
  name: string;
  params: number[];
  results: number[];
}

/**
 * A module of the given functions, each of a type of its own, and one page of memory, all
 * exported; `imports` are functions it calls from `env` (indices 0.. before its own).
 */
export function functionsModuleBytes(functions: WasmFunction[], imports: WasmImport[] = []): Uint8Array {
  const typeOf = (f: { params: number[]; results: number[] }) => [
    0x60,
    ...list(f.params.map((p) => [p])),
    ...list(f.results.map((r) => [r])),
  ];
  return Uint8Array.from([
    ...[0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0],
    ...section(1, list([...imports.map(typeOf), ...functions.map(typeOf)])),
    ...(imports.length === 0
      ? []
      : section(2, list(imports.map((f, i) => [...name('env'), ...name(f.name), 0x00, ...leb(i)])))),
    // function i of type i (the imports' types first)
    ...section(3, list(functions.map((_, i) => leb(imports.length + i)))),
    ...section(5, list([[0x00, 1]])), // memory: one page to start with
    ...section(
      7,
      list([
        [...name('memory'), 0x02, 0],
        ...functions.map((f, i) => [...name(f.name), 0x00, ...leb(imports.length + i)]),
      ]),
    ),
    ...section(10, list(functions.map((f) => sized(f.body)))),
  ]);
}

/**
 * The module's `pass` and `memory`, or null where WebAssembly SIMD is missing or a page's policy
 * forbids compiling WebAssembly (the caller then runs its JavaScript pass).
 */
export function instantiate<F>(bytes: Uint8Array): { pass: F; memory: WasmMemory } | null {
  const exports = instantiateExports(bytes);
  return exports === null ? null : { pass: exports.pass as F, memory: exports.memory as WasmMemory };
}

/**
 * The module's exports (its functions by name, and `memory`), or null as instantiate; `env` holds
 * the functions it imports.
 */
export function instantiateExports(
  bytes: Uint8Array,
  env: Record<string, unknown> = {},
): Record<string, unknown> | null {
  const api = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
  try {
    if (!api?.validate(bytes)) return null;
    return new api.Instance(new api.Module(bytes), { env }).exports;
  } catch {
    return null;
  }
}
