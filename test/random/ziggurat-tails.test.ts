// The ziggurat's normals in their tails and across streams, against exact values within Monte
// Carlo standard errors. P(|Z| > 3) = 2.699796e-3, P(|Z| > 4) = 6.334248e-5, P(|Z| > 5) =
// 5.733031e-7 (2 (1 - Phi(x))). Over N = 2^25 = 33,554,432 draws of WebAssembly's fill (the
// path's days) a count has mean N p and standard deviation sqrt(N p (1 - p)): 90,590 ± 301,
// 2,125 ± 46 and 19.2 ± 4.4; 5 standard deviations are allowed (each case fails by chance about
// once in 1.7 million runs). normal(), one call at a time, gives the same numbers
// (test/engine/ziggurat-wasm.test.ts checks them bit for bit).
import { describe, expect, it } from 'vitest';
import { Rng, runKey, STREAM_NETWORK, STREAM_PRICE } from '../../src/engine/random/rng.js';

const DAYS = 4096;
const PATHS = 8192;

describe('Rng.fillNormals() tails and independence', () => {
  it('fillNormals() over 2^25 draws: P(|z| > 3, 4, 5) and the variance within 5 standard errors of the exact values', () => {
    const rng = new Rng();
    const key = runKey(2017);
    const out = new Float64Array(DAYS);
    const over = [0, 0, 0];
    let squares = 0;
    let lag = 0;
    for (let k = 0; k < PATHS; k++) {
      rng.reset(key, k, STREAM_PRICE);
      rng.fillNormals(out, 0, DAYS);
      let previous = 0;
      for (let d = 0; d < DAYS; d++) {
        const z = out[d];
        const a = Math.abs(z);
        if (a > 3) over[0]++;
        if (a > 4) over[1]++;
        if (a > 5) over[2]++;
        squares += z * z;
        if (d > 0) lag += z * previous;
        previous = z;
      }
    }
    const n = DAYS * PATHS;
    [2.699796063e-3, 6.334248367e-5, 5.733031438e-7].forEach((p, i) => {
      expect(Math.abs(over[i] - n * p)).toBeLessThan(5 * Math.sqrt(n * p * (1 - p)));
    });
    // Var(z^2) = 2: the sample variance's standard error sqrt(2 / n) = 2.4e-4.
    expect(Math.abs(squares / n - 1)).toBeLessThan(5 * Math.sqrt(2 / n));
    // Consecutive draws: mean z_d z_(d-1) has standard error 1 / sqrt(pairs) = 1.7e-4.
    const pairs = (DAYS - 1) * PATHS;
    expect(Math.abs(lag / pairs)).toBeLessThan(5 / Math.sqrt(pairs));
  });

  it('fillNormals() day by day across 20,000 paths: path k against k + 1, price against network, seed 1 against seed 2, |r| < 5 / sqrt(n)', () => {
    const paths = 20_000;
    const days = 64;
    const draw = (seed: number, stream: number, shift: number) => {
      const rng = new Rng();
      const key = runKey(seed);
      const all = new Float64Array(paths * days);
      for (let k = 0; k < paths; k++) {
        rng.reset(key, k + shift, stream);
        rng.fillNormals(all, k * days, (k + 1) * days);
      }
      return all;
    };
    const base = draw(1, STREAM_PRICE, 0);
    const others = [draw(1, STREAM_PRICE, 1), draw(1, STREAM_NETWORK, 0), draw(2, STREAM_PRICE, 0)];
    // On each day, the correlation over paths; under independence its sd is 1 / sqrt(paths).
    for (const other of others)
      for (let d = 0; d < days; d++) {
        let xy = 0;
        let xx = 0;
        let yy = 0;
        for (let k = 0; k < paths; k++) {
          const x = base[k * days + d];
          const y = other[k * days + d];
          xy += x * y;
          xx += x * x;
          yy += y * y;
        }
        expect(Math.abs(xy / Math.sqrt(xx * yy))).toBeLessThan(5 / Math.sqrt(paths));
      }
  });
});
