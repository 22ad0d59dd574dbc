import { describe, expect, it } from 'vitest';
import { Rng, runKey } from '../../src/engine/random/rng.js';
import { gammaConstants, gammaDraw, standardT } from '../../src/model/market/price/student-t.js';

describe('student-t draws', () => {
  it('gammaDraw() has mean and variance equal to its shape within 4 standard errors', () => {
    const rng = new Rng();
    rng.reset(runKey(1), 0, 9);
    const shape = 2.5;
    const { d, c } = gammaConstants(shape);
    const n = 200_000;
    let s = 0;
    let s2 = 0;
    for (let i = 0; i < n; i++) {
      const g = gammaDraw(rng, d, c);
      s += g;
      s2 += g * g;
    }
    const mean = s / n;
    const variance = s2 / n - mean * mean;
    expect(Math.abs(mean - shape)).toBeLessThan(4 * Math.sqrt(shape / n));
    // Var of the sample variance ~ (m4 - var^2) / n; Gamma's m4 = 3 k^2 + 6 k.
    expect(Math.abs(variance - shape)).toBeLessThan(
      4 * Math.sqrt((3 * shape ** 2 + 6 * shape - shape ** 2) / n),
    );
  });

  it('standardT() has variance 1 and kurtosis 3 (nu - 2) / (nu - 4) for nu = 10, within 4 standard errors', () => {
    const rng = new Rng();
    rng.reset(runKey(2), 0, 9);
    const nu = 10;
    const { d, c } = gammaConstants(nu / 2);
    const batches = 40;
    const per = 25_000;
    const vs: number[] = [];
    const ks: number[] = [];
    for (let b = 0; b < batches; b++) {
      let s2 = 0;
      let s4 = 0;
      for (let i = 0; i < per; i++) {
        const z = standardT(rng, nu, d, c);
        s2 += z * z;
        s4 += z ** 4;
      }
      vs.push(s2 / per);
      ks.push(s4 / per / (s2 / per) ** 2);
    }
    const stat = (xs: number[]) => {
      const m = xs.reduce((a, x) => a + x, 0) / xs.length;
      return { m, se: Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1) / xs.length) };
    };
    const v = stat(vs);
    const k = stat(ks);
    expect(Math.abs(v.m - 1)).toBeLessThan(4 * v.se);
    expect(Math.abs(k.m - (3 * (nu - 2)) / (nu - 4))).toBeLessThan(4 * k.se);
  });
});
