// The edges of a quantile's 95 % interval (distribution() and censoredDistribution() in
// src/stats/quantiles.ts), ranks from the exact binomial worked by hand (ranks.test.ts):
// n = 100: 10 % [5, 17], 25 % [17, 35], 50 % [40, 61], 90 % [84, 96]; n = 10: 50 % [2, 9];
// n = 6: 50 % [1, 6], no other quantile (the 25 % needs 13 paths); n = 5: none at all.
import { describe, expect, it } from 'vitest';
import { IRR_CEILING, IRR_FLOOR } from '../../src/model/finance/irr.js';
import { censoredDistribution, distribution } from '../../src/stats/quantiles.js';

/** 1, 2, ..., k days (shuffled), then `never` paths that never pay back (NaN). */
function payback(k: number, never: number): Float64Array {
  const out = new Float64Array(k + never).fill(Number.NaN);
  for (let i = 0; i < k; i++) out[(i * 37) % k] = i + 1;
  return out;
}

describe('distribution(): the 95 % interval of a quantile at its edges', () => {
  it('distribution() of paybacks, 40 of 100 paths paid back on days 1 to 40: the median is not within the horizon, its interval runs from day 40 to beyond it', () => {
    const d = distribution(payback(40, 60), Number.POSITIVE_INFINITY);
    expect(d.quantiles.p50).toBeNull();
    // Ranks 40 and 61: the 40th path paid back on day 40, the 61st never did.
    expect(d.intervals?.p50).toEqual({ low: 40, high: null });
    expect(d.intervals?.p10).toEqual({ low: 5, high: 17 });
    expect(d.intervals?.p25).toEqual({ low: 17, high: 35 });
    expect(d.intervals?.p90).toEqual({ low: null, high: null });
  });

  it('distribution() of paybacks where no path pays back: every quantile null, every interval’s ends null', () => {
    const d = distribution(payback(0, 100), Number.POSITIVE_INFINITY);
    expect(d.quantiles.p50).toBeNull();
    for (const v of Object.values(d.intervals ?? {})) expect(v).toEqual({ low: null, high: null });
  });

  it('distribution() leaving out paths without a value: the interval is over the 10 with one (median ranks 2 and 9), none for the 25 % (13 needed)', () => {
    const values = new Float64Array(100).fill(Number.NaN);
    for (let i = 0; i < 10; i++) values[i * 10] = 10 - i; // 10, 9, ..., 1
    const d = distribution(values);
    expect(d.paths).toBe(10);
    expect(d.intervals?.p50).toEqual({ low: 2, high: 9 });
    expect(d.intervals?.p25).toBeNull();
    expect(d.intervals?.p5).toBeNull();
  });

  it('distribution() of 6 paths gives the median’s interval only (its lowest and highest value); of 5 paths, no intervals at all', () => {
    const six = distribution(Float64Array.from([3, 1, 6, 2, 5, 4]));
    expect(six.quantiles.p50).toBe(3.5);
    expect(six.intervals).toEqual({
      p5: null,
      p10: null,
      p25: null,
      p50: { low: 1, high: 6 },
      p75: null,
      p90: null,
      p95: null,
    });
    expect(distribution(Float64Array.from([3, 1, 5, 2, 4])).intervals).toBeUndefined();
    expect(distribution(Float64Array.from([7])).intervals).toBeUndefined();
    expect(distribution(new Float64Array(0)).intervals).toBeUndefined();
    // Antithetic pairs: 11 paths are 5 pairs, too few; 12 are 6, the median's interval their extremes.
    const eleven = Float64Array.from({ length: 11 }, (_, i) => i);
    expect(distribution(eleven, undefined, true).intervals).toBeUndefined();
    const twelve = Float64Array.from({ length: 12 }, (_, i) => i);
    expect(distribution(twelve, undefined, true).intervals?.p50).toEqual({ low: 0, high: 11 });
  });

  it('distribution() of a measure the same on every path: each interval is that value', () => {
    const d = distribution(new Float64Array(100).fill(42));
    for (const v of Object.values(d.intervals ?? {})) expect(v).toEqual({ low: 42, high: 42 });
  });

  it('censoredDistribution() of IRRs, 30 of 100 at the floor: the 10 % and 25 % intervals start at the floor (read "at or below -99.99 %"), the median’s above it', () => {
    const values = new Float64Array(100);
    for (let i = 0; i < 100; i++) values[i] = i < 30 ? IRR_FLOOR : (i - 29) / 100; // 0.01 ... 0.70
    const d = censoredDistribution(values, IRR_FLOOR, IRR_CEILING);
    expect(d.censored?.low).toBe(30);
    expect(d.intervals?.p10).toEqual({ low: IRR_FLOOR, high: IRR_FLOOR });
    // Ranks 17 and 35: the 17th is censored, the 35th is the 5th value above it, 0.05.
    expect(d.intervals?.p25).toEqual({ low: IRR_FLOOR, high: 0.05 });
    // Ranks 40 and 61: the 10th and 31st values above the floor.
    expect(d.intervals?.p50).toEqual({ low: 0.1, high: 0.31 });
  });

  it('distribution() at every n from 1 to 300 and random values: each interval holds its quantile', () => {
    let x = 12345;
    for (let n = 1; n <= 300; n++) {
      const values = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        x = (x * 1103515245 + 12345) % 2147483648;
        values[i] = x / 2147483648 - 0.3;
      }
      for (const antithetic of [false, true]) {
        const d = distribution(values, undefined, antithetic);
        for (const [key, v] of Object.entries(d.intervals ?? {})) {
          if (v === null) continue;
          const q = d.quantiles[key as keyof typeof d.quantiles] as number;
          expect(v.low).toBeLessThanOrEqual(q);
          expect(v.high).toBeGreaterThanOrEqual(q);
        }
      }
    }
  });
});
