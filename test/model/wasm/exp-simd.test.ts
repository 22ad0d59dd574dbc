import { describe, expect, it } from 'vitest';
import {
  copyScratch,
  EXP_TURN,
  expInScratch,
  expScratch,
  expSimdRuns,
} from '../../../src/model/wasm/exp-simd.js';

/** A small seeded generator (xorshift32), for the inputs alone. */
function uniforms(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

/** The scratch's exps of values[from..to) as expInScratch takes them, the rest of it untouched. */
function expsOf(values: Float64Array, from = 0, to = values.length): Float64Array {
  const scratch = expScratch(values.length);
  scratch.set(values);
  expInScratch(from, to);
  return scratch.slice(0, values.length);
}

/** The indices where expInScratch's bits differ from Math.exp's. */
function differences(values: Float64Array): number[] {
  const out = expsOf(values);
  const bad: number[] = [];
  for (let i = 0; i < values.length; i++) if (!Object.is(out[i], Math.exp(values[i]))) bad.push(i);
  return bad;
}

describe('expInScratch (exp-simd.ts)', () => {
  it('runs as WebAssembly SIMD on Node', () => {
    expect(expSimdRuns()).toBe(true);
  });

  it('gives the bits of Math.exp on the ranges the market paths use', () => {
    const u = uniforms(2017);
    const ranges: [number, number][] = [
      [-0.3, 0.3], // a day's log return
      [-1.5, 1.5], // the three cases of fdlibm's reduction and their edges
      [5, 12], // a log price
      [40, 48], // a log hashrate
      [-707, 707], // the whole range the pass takes
    ];
    for (const [lo, hi] of ranges) {
      const values = Float64Array.from({ length: 200_003 }, () => lo + (hi - lo) * u());
      expect(differences(values), `${lo} to ${hi}`).toEqual([]);
    }
  });

  it('gives the bits of Math.exp at the edges of fdlibm cases and on the numbers the pass leaves', () => {
    const words = (hi: number, lo: number) => new Float64Array(Uint32Array.of(lo, hi).buffer)[0];
    const edges = [
      0,
      -0,
      1,
      -1,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      2 ** -28,
      -(2 ** -28),
      1e-9,
      -1e-300,
      Number.MIN_VALUE,
      708,
      -708,
      707.9999999999999,
      709.782712893384,
      709.79,
      -745.1332191019411,
      -745.2,
      -720,
      750,
      Math.LN2 / 2,
      -Math.LN2 / 2,
      1.5 * Math.LN2,
      -1.5 * Math.LN2,
      words(0x3fd62e43, 0),
      words(0x3fd62e42, 0xffffffff),
      words(0x3ff0a2b2, 0),
      words(0x3ff0a2b1, 0xffffffff),
      -words(0x3ff0a2b2, 0),
      Math.LN2,
      2 * Math.LN2,
      0.5,
      -0.5,
    ];
    // Each edge at every position of a turn, among ordinary numbers.
    for (let at = 0; at < EXP_TURN; at++) {
      const values = Float64Array.from({ length: 5 * EXP_TURN + 3 }, (_, i) => 0.01 * i - 0.2);
      for (let j = 0; j < edges.length; j++) {
        values[(at + j * EXP_TURN) % values.length] = edges[j];
        expect(differences(values)).toEqual([]);
      }
    }
    expect(differences(Float64Array.from(edges))).toEqual([]);
  });

  it('takes only [from, to) of the scratch, for every length and offset (the turns start anywhere)', () => {
    const u = uniforms(7);
    for (let n = 0; n < 3 * EXP_TURN + 2; n++)
      for (const from of [0, 1, 5]) {
        const values = Float64Array.from({ length: from + n + 2 }, () => 40 * u() - 20);
        const out = expsOf(values, from, from + n);
        for (let i = 0; i < out.length; i++)
          expect(out[i]).toBe(i >= from && i < from + n ? Math.exp(values[i]) : values[i]);
      }
  });

  it('grows the scratch for long arrays and gives the same bits after, in a view it keeps until then', () => {
    const u = uniforms(99);
    const short = expScratch(10);
    expect(expScratch(10)).toBe(short);
    const values = Float64Array.from({ length: 100_000 }, () => 20 * u() - 10);
    expect(differences(values)).toEqual([]);
    expect(expScratch(100_000).length).toBeGreaterThanOrEqual(100_000);
    expect(differences(Float64Array.from({ length: 50 }, () => u()))).toEqual([]);
  });

  it("copyScratch() copies the scratch's [from, to) into out, and nothing else, before and after the memory grows", () => {
    for (const n of [40, 300_000, 41]) {
      const scratch = expScratch(n);
      for (let i = 0; i < n; i++) scratch[i] = i + 0.5;
      const out = new Float64Array(n + 2).fill(-1);
      copyScratch(out, 1, n);
      expect(out[0]).toBe(-1);
      expect(out[n]).toBe(-1);
      for (let i = 1; i < n; i++) expect(out[i]).toBe(i + 0.5);
    }
    // An empty range copies nothing, even at the end of an empty array.
    expect(() => copyScratch(new Float64Array(0), 1, 0)).not.toThrow();
  });
});
