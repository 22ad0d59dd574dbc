import { describe, expect, it } from 'vitest';
import { Rng, runKey } from '../../src/engine/random/rng.js';
import { crpsNormal, crpsSample, intervalScore, normalCdf } from '../../src/stats/crps.js';

describe('CRPS', () => {
  it('crpsSample() by hand: [1, 2, 3] at 2 is 2/3 - 4/9 = 2/9, in any order', () => {
    expect(crpsSample([1, 2, 3], 2)).toBeCloseTo(2 / 9, 15);
    expect(crpsSample([3, 1, 2], 2)).toBeCloseTo(2 / 9, 15);
    expect(crpsSample(Float64Array.of(1, 2, 3), 2, true)).toBeCloseTo(2 / 9, 15);
    // [1, 2, 3] at 5: mean error 3, half the mean pair distance 4/9.
    expect(crpsSample([1, 2, 3], 5)).toBeCloseTo(3 - 4 / 9, 15);
  });

  it('crpsSample() of one value is the absolute error; of nothing, or at NaN, it is NaN', () => {
    expect(crpsSample([5], 2)).toBe(3);
    expect(crpsSample([], 2)).toBeNaN();
    expect(crpsSample([1], Number.NaN)).toBeNaN();
  });

  it('crpsNormal() by hand: at the mean it is sigma (2 phi(0) - 1 / sqrt(pi)) = 0.2337 sigma', () => {
    expect(crpsNormal(0, 1, 0)).toBeCloseTo(0.233695, 5);
    expect(crpsNormal(10, 3, 10)).toBeCloseTo(3 * 0.233695, 5);
    // Far from the mean it approaches |y - mu| - sigma / sqrt(pi).
    expect(crpsNormal(0, 1, 8)).toBeCloseTo(8 - 1 / Math.sqrt(Math.PI), 5);
    expect(normalCdf(1.959964)).toBeCloseTo(0.975, 6);
  });

  it('crpsSample() of 200,000 normal draws matches crpsNormal() within Monte Carlo error', () => {
    const rng = new Rng();
    rng.reset(runKey('crps-test'), 0, 1);
    const n = 200_000;
    const sample = Float64Array.from({ length: n }, () => 2 + 0.5 * rng.normal());
    for (const y of [2, 2.4, 0.5, 5]) {
      // The sample CRPS differs from the exact one by O(sigma / sqrt(n)) = 0.001 here.
      expect(Math.abs(crpsSample(sample, y) - crpsNormal(2, 0.5, y))).toBeLessThan(0.005);
    }
  });
});

describe('interval score', () => {
  it('intervalScore() is the width inside the band and adds 2 / alpha times the miss outside it', () => {
    expect(intervalScore(1, 3, 0.1, 2)).toBe(2);
    expect(intervalScore(1, 3, 0.1, 3)).toBe(2);
    expect(intervalScore(1, 3, 0.1, 4)).toBe(2 + 20 * 1);
    expect(intervalScore(1, 3, 0.5, 0)).toBe(2 + 4 * 1);
  });
});
