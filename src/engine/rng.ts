// Seeded random streams. seedrandom turns the scenario's seed into a run key; path k's streams are
// then derived from (key, k, stream) alone by a fixed mixing function, so path k draws the same
// numbers whatever the number of paths, workers or shards. The generator in the hot loop is
// sfc32 (a small, fast chaotic generator that passes PractRand), with its state in a typed array.
import seedrandom from 'seedrandom';

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

export class Rng {
  private readonly s = new Uint32Array(4);
  private spare = 0;
  private hasSpare = false;
  /** Antithetic mode: normals are negated and uniforms mirrored (u -> 1 - u). */
  private flip = false;

  /** Puts the generator at the start of stream `stream` of path `path`. */
  reset(key: RunKey, path: number, stream: number, antithetic = false): void {
    const lo = path >>> 0;
    const hi = Math.floor(path / TWO_POW_32) >>> 0;
    const s = this.s;
    s[0] = mix(key[0] ^ mix(lo ^ mix(stream)));
    s[1] = mix(key[1] ^ mix(hi ^ 0x5bd1e995 ^ mix(stream + 0x1000)));
    s[2] = mix(key[2] ^ mix(lo + 0x27d4eb2f));
    s[3] = mix(key[3] ^ mix(stream * 0x9e37 + hi));
    this.hasSpare = false;
    this.flip = antithetic;
    for (let i = 0; i < 12; i++) this.next();
  }

  /** sfc32: the next 32-bit word. */
  next(): number {
    const s = this.s;
    const t = (((s[0] + s[1]) >>> 0) + s[3]) >>> 0;
    s[3] = (s[3] + 1) >>> 0;
    s[0] = s[1] ^ (s[1] >>> 9);
    s[1] = (s[2] + (s[2] << 3)) >>> 0;
    s[2] = ((s[2] << 21) | (s[2] >>> 11)) >>> 0;
    s[2] = (s[2] + t) >>> 0;
    return t;
  }

  /** Uniform on (0, 1): never exactly 0 or 1, so logs and inverses stay finite. */
  uniform(): number {
    const u = (this.next() + 0.5) / TWO_POW_32;
    return this.flip ? 1 - u : u;
  }

  /** Standard normal (Marsaglia's polar method; the second value of each pair is kept). */
  normal(): number {
    let z: number;
    if (this.hasSpare) {
      this.hasSpare = false;
      z = this.spare;
    } else {
      let u: number;
      let v: number;
      let r: number;
      do {
        u = 2 * ((this.next() + 0.5) / TWO_POW_32) - 1;
        v = 2 * ((this.next() + 0.5) / TWO_POW_32) - 1;
        r = u * u + v * v;
      } while (r >= 1 || r === 0);
      const f = Math.sqrt((-2 * Math.log(r)) / r);
      this.spare = v * f;
      this.hasSpare = true;
      z = u * f;
    }
    return this.flip ? -z : z;
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
