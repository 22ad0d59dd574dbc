// Seeded random streams. seedrandom turns the scenario's seed into a run key; path k's streams are
// then derived from (key, k, stream) alone by a fixed mixing function, so path k draws the same
// numbers whatever the number of paths, workers or shards. The generator in the hot loop is
// sfc32 (a small, fast chaotic generator that passes PractRand); normals come from a ziggurat.
import seedrandom from 'seedrandom';
import { type WordSource, ZIG_K, ZIG_W, zigguratFix } from './ziggurat.js';
import { fillNormalsWasm } from './ziggurat-wasm.js';

/** Independent streams of one path: changing how one is used never shifts the others. */
export const STREAM_PRICE = 1;
export const STREAM_NETWORK = 2;
export const STREAM_FEES = 3;
export const STREAM_FLEET = 4;
export const STREAM_BOOTSTRAP = 5;

export type RunKey = readonly [number, number, number, number];

/** The run key: four 32-bit words from seedrandom seeded with the scenario's seed. */
export function runKey(seed: string | number): RunKey {
  const prng = seedrandom(`minesim:${String(seed)}`);
  return [prng.int32() >>> 0, prng.int32() >>> 0, prng.int32() >>> 0, prng.int32() >>> 0];
}

/** splitmix32 finaliser: spreads every input bit over the output. */
function mix(x: number): number {
  x = (x + 0x9e3779b9) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b) >>> 0;
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35) >>> 0;
  return (x ^ (x >>> 16)) >>> 0;
}

const TWO_POW_32 = 4294967296;
/** Normals filled at once from which WebAssembly fills them: below, its call costs more than it saves. */
const WASM_NORMALS_FROM = 32;
const INV_TWO_POW_32 = 1 / TWO_POW_32;

export class Rng implements WordSource {
  // sfc32 state (a, b, c, d) in an Int32Array: V8 keeps the words untagged there, while object
  // fields holding them (beyond the 31-bit small integers) go through boxed doubles, four times
  // slower a draw.
  private readonly state = new Int32Array(4);
  /**
   * Antithetic mode: normals are negated and uniforms mirrored (u -> 1 - u); the raw draws
   * (rawUniform, rawNormal) and Poisson counts are not.
   */
  private flip = false;

  /** Puts the generator at the start of stream `stream` of path `path`. */
  reset(key: RunKey, path: number, stream: number, antithetic = false): void {
    const lo = path >>> 0;
    const hi = Math.floor(path / TWO_POW_32) >>> 0;
    const state = this.state;
    state[0] = mix(key[0] ^ mix(lo ^ mix(stream)));
    state[1] = mix(key[1] ^ mix(hi ^ 0x5bd1e995 ^ mix(stream + 0x1000)));
    state[2] = mix(key[2] ^ mix(lo + 0x27d4eb2f));
    state[3] = mix(key[3] ^ mix(stream * 0x9e37 + hi));
    this.flip = antithetic;
    for (let i = 0; i < 12; i++) this.next();
  }

  /** sfc32: the next word, as a signed 32-bit integer. */
  next(): number {
    const state = this.state;
    const a = state[0];
    const b = state[1];
    const c = state[2];
    const d = state[3];
    const t = (((a + b) | 0) + d) | 0;
    state[0] = b ^ (b >>> 9);
    state[1] = (c + (c << 3)) | 0;
    state[2] = (((c << 21) | (c >>> 11)) + t) | 0;
    state[3] = (d + 1) | 0;
    return t;
  }

  /** Uniform on (0, 1) before any antithetic mirroring. */
  rawUniform(): number {
    return ((this.next() >>> 0) + 0.5) * INV_TWO_POW_32;
  }

  /** Uniform on (0, 1): never exactly 0 or 1, so logs and inverses stay finite. */
  uniform(): number {
    const u = this.rawUniform();
    return this.flip ? 1 - u : u;
  }

  /**
   * Standard normal before any antithetic mirroring: for a draw both paths of a pair share (a
   * Student-t's chi-square), so that the pair's streams stay in step.
   */
  rawNormal(): number {
    const hz = this.next();
    const iz = hz & 127;
    return Math.abs(hz) < ZIG_K[iz] ? hz * ZIG_W[iz] : zigguratFix(this, hz, iz);
  }

  /** Standard normal (ziggurat; see ziggurat.ts). */
  normal(): number {
    const hz = this.next();
    const iz = hz & 127;
    const z = Math.abs(hz) < ZIG_K[iz] ? hz * ZIG_W[iz] : zigguratFix(this, hz, iz);
    return this.flip ? -z : z;
  }

  /**
   * Fills out[from..to) with standard normals: exactly the numbers as many calls to normal() give,
   * faster. A tight loop over the generator's state in locals (which V8 keeps in registers) takes
   * the ziggurat's fast path, and leaves at the first draw that needs the wedge or the tail (about
   * 1 in 36); the state goes back to the stream, the slow path finishes that draw from the words
   * that follow, as normal() finishes it, and the loop starts again after it. (A loop that runs
   * the slow path inside it costs about a third more a draw: its state is merged from both paths
   * on every turn.) So day d's normal depends on the days before it only, never on how many days
   * are filled: a run of another horizon, or a sweep's point of another length, draws the same
   * shocks on the days it shares.
   */
  fillNormals(out: Float64Array, from: number, to: number): void {
    const sign = this.flip ? -1 : 1;
    // A path's days: the same numbers from WebAssembly (ziggurat-wasm.ts), where it runs.
    if (to - from >= WASM_NORMALS_FROM && fillNormalsWasm(this.state, sign, out, from, to)) return;
    const state = this.state;
    const k = ZIG_K;
    const w = ZIG_W;
    let i = from;
    while (i < to) {
      let a = state[0];
      let b = state[1];
      let c = state[2];
      let d = state[3];
      let t = 0;
      for (; i < to; i++) {
        t = (((a + b) | 0) + d) | 0;
        d = (d + 1) | 0;
        a = b ^ (b >>> 9);
        b = (c + (c << 3)) | 0;
        c = (((c << 21) | (c >>> 11)) + t) | 0;
        if (!(Math.abs(t) < k[t & 127])) break;
        out[i] = sign * (t * w[t & 127]);
      }
      state[0] = a;
      state[1] = b;
      state[2] = c;
      state[3] = d;
      if (i === to) return;
      // The wedge or the tail: finished from the stream's next words.
      out[i] = sign * zigguratFix(this, t, t & 127);
      i++;
    }
  }

  /**
   * Poisson count with a small mean (a day's jumps) by inversion, the same on both paths of an
   * antithetic pair: a count mirrored (u -> 1 - u) differs from the other path's, which then
   * draws another number of jump sizes, and the two streams fall out of step for good.
   */
  poisson(mean: number): number {
    if (mean <= 0) return 0;
    const u = this.rawUniform();
    let k = 0;
    let p = Math.exp(-mean);
    let cumulative = p;
    while (u > cumulative && k < 1000) {
      k++;
      p *= mean / k;
      cumulative += p;
    }
    return k;
  }

  /** Whole number in [0, n). */
  below(n: number): number {
    return Math.floor(this.uniform() * n);
  }
}
