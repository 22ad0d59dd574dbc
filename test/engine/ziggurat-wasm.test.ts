import { describe, expect, it } from 'vitest';
import { Rng, runKey, STREAM_NETWORK, STREAM_PRICE } from '../../src/engine/random/rng.js';
import { ZIG_R } from '../../src/engine/random/ziggurat.js';
import { fillNormalsWasm } from '../../src/engine/random/ziggurat-wasm.js';

/** The first index where a and b differ by Object.is (so -0 and +0 differ), or -1. */
function firstDifference(a: Float64Array, b: Float64Array, from: number, to: number): number {
  for (let i = from; i < to; i++) if (!Object.is(a[i], b[i])) return i;
  return -1;
}

/** out[from..to) from normal(), one call each (the JavaScript ziggurat). */
function oneByOne(rng: Rng, out: Float64Array, from: number, to: number): void {
  for (let i = from; i < to; i++) out[i] = rng.normal();
}

describe('the normals in WebAssembly (ziggurat-wasm.ts)', () => {
  it('fillNormalsWasm() runs in Node', () => {
    expect(fillNormalsWasm(Int32Array.of(1, 2, 3, 4), 1, new Float64Array(64), 0, 64)).toBe(true);
  });

  it('fillNormals() gives the bits of normal() call by call over 2,000 streams (antithetic, offsets, lengths), and leaves the generator at the same word', () => {
    const days = 2_000;
    const filled = new Float64Array(days);
    const each = new Float64Array(days);
    let normals = 0;
    let tail = 0;
    for (let k = 0; k < 2_000; k++) {
      const key = runKey(`wasm-${k % 7}`);
      const stream = 1 + (k % 5);
      const antithetic = k % 2 === 1;
      const from = k % 9;
      const to = Math.min(days, from + 32 + ((k * 131) % (days - 40)));
      const a = new Rng();
      const b = new Rng();
      a.reset(key, k, stream, antithetic);
      b.reset(key, k, stream, antithetic);
      a.fillNormals(filled, from, to);
      oneByOne(b, each, from, to);
      expect(firstDifference(filled, each, from, to)).toBe(-1);
      expect(a.next()).toBe(b.next());
      normals += to - from;
      for (let i = from; i < to; i++) {
        if (Math.abs(filled[i]) > ZIG_R) tail++;
      }
    }
    // About 2 million normals, of which 0.058 % lie in the tail (the slow path's layer 0).
    expect(normals).toBeGreaterThan(1_900_000);
    expect(tail).toBeGreaterThan(800);
  });

  it('fillNormals() past its memory (a 100-year path) and after it grew gives the bits of normal()', () => {
    const key = runKey('grow');
    for (const days of [64, 36_526, 500, 40_000]) {
      const a = new Rng();
      const b = new Rng();
      a.reset(key, days, STREAM_NETWORK);
      b.reset(key, days, STREAM_NETWORK);
      const filled = new Float64Array(days);
      const each = new Float64Array(days);
      a.fillNormals(filled, 1, days);
      oneByOne(b, each, 1, days);
      expect(firstDifference(filled, each, 1, days)).toBe(-1);
      expect(a.next()).toBe(b.next());
    }
  });

  it('fillNormals() of a short range (under 32 normals, the JavaScript loop) continues the same stream', () => {
    const key = runKey('short');
    const a = new Rng();
    const b = new Rng();
    a.reset(key, 3, STREAM_PRICE, true);
    b.reset(key, 3, STREAM_PRICE, true);
    const filled = new Float64Array(300);
    const each = new Float64Array(300);
    for (let from = 0; from < 300; ) {
      const to = Math.min(300, from + (from % 2 === 0 ? 5 : 60));
      a.fillNormals(filled, from, to);
      from = to;
    }
    oneByOne(b, each, 0, 300);
    expect(firstDifference(filled, each, 0, 300)).toBe(-1);
  });
});
