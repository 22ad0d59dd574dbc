// Seeded random streams. seedrandom turns the scenario's seed into a run key; path k's streams are
// then derived from (key, k, stream) alone by a fixed mixing function, so path k draws the same
// numbers whatever the number of paths, workers or shards. The generator in the hot loop is
// sfc32 (a small, fast chaotic generator that passes PractRand); normals come from a ziggurat.
import seedrandom from 'seedrandom';
import { type WordSource, ZIG_K, ZIG_W, zigguratFix } from './ziggurat.js';

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
const INV_TWO_POW_32 = 1 / TWO_POW_32;

export class Rng implements WordSource {
  // sfc32 state as four int32 fields: V8 keeps them unboxed, which a Uint32Array did not allow.
  private a = 0;
  private b = 0;
  private c = 0;
  private d = 0;
  /** Antithetic mode: normals are negated and uniforms mirrored (u -> 1 - u). */
  private flip = false;

  /** Puts the generator at the start of stream `stream` of path `path`. */
  reset(key: RunKey, path: number, stream: number, antithetic = false): void {
    const lo = path >>> 0;
    const hi = Math.floor(path / TWO_POW_32) >>> 0;
    this.a = mix(key[0] ^ mix(lo ^ mix(stream))) | 0;
    this.b = mix(key[1] ^ mix(hi ^ 0x5bd1e995 ^ mix(stream + 0x1000))) | 0;
    this.c = mix(key[2] ^ mix(lo + 0x27d4eb2f)) | 0;
    this.d = mix(key[3] ^ mix(stream * 0x9e37 + hi)) | 0;
    this.flip = antithetic;
    for (let i = 0; i < 12; i++) this.next();
  }

  /** sfc32: the next word, as a signed 32-bit integer. */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) + t;
    this.c |= 0;
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

  /** Standard normal (ziggurat; see ziggurat.ts). */
  normal(): number {
    const hz = this.next();
    const iz = hz & 127;
    const z = Math.abs(hz) < ZIG_K[iz] ? hz * ZIG_W[iz] : zigguratFix(this, hz, iz);
    return this.flip ? -z : z;
  }

  /**
   * Fills out[from..to) with standard normals: the very numbers, in the same order, that as many
   * calls to normal() would give, about three times faster. A tight loop over the generator's
   * state in locals (which V8 keeps in registers) takes the ziggurat's fast path; at the first
   * draw that needs the wedge or the tail (about 1 in 36) it stops, and that draw finishes through
   * normal()'s slow path before the loop resumes.
   */
  fillNormals(out: Float64Array, from: number, to: number): void {
    const sign = this.flip ? -1 : 1;
    let i = this.fastNormals(out, from, to, sign);
    while (i < to) {
      out[i] = sign * zigguratFix(this, this.pending, this.pending & 127);
      i = this.fastNormals(out, i + 1, to, sign);
    }
  }

  /** The word fastNormals stopped at (its draw needs zigguratFix). */
  private pending = 0;

  /**
   * Fast-path normals into out[from..); returns the index of the first draw that needs the slow
   * path (its word in this.pending), or `to`.
   */
  private fastNormals(out: Float64Array, from: number, to: number, sign: number): number {
    let a = this.a | 0;
    let b = this.b | 0;
    let c = this.c | 0;
    let d = this.d | 0;
    let i = from;
    for (; i < to; i++) {
      const t = (((a + b) | 0) + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (((c << 21) | (c >>> 11)) + t) | 0;
      const iz = t & 127;
      if (!(Math.abs(t) < ZIG_K[iz])) {
        this.pending = t;
        break;
      }
      out[i] = sign * (t * ZIG_W[iz]);
    }
    this.a = a;
    this.b = b;
    this.c = c;
    this.d = d;
    return i;
  }

  /** Poisson count with a small mean (jumps, spikes in a day) by inversion. */
  poisson(mean: number): number {
    if (mean <= 0) return 0;
    const u = this.uniform();
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
