// The ranks of the 95 % order-statistic interval of a quantile (src/stats/quantile-interval.ts),
// against the exact binomial worked out by hand (python3, fractions):
// - n = 6, median: P(B = 0) = 1/64 = 0.0156 <= 0.025, P(B <= 1) = 7/64 = 0.109 > 0.025, so l = 1;
//   P(B >= 6) = 1/64 <= 0.025, P(B >= 5) = 7/64 > 0.025, so u = 6: [X(1), X(6)], coverage 62/64.
// - n = 5, median: P(B = 0) = 1/32 = 0.031 > 0.025: no interval.
// - n = 10, median: P(B <= 1) = 11/1024 = 0.0107, P(B <= 2) = 56/1024 = 0.0547: l = 2, u = 9
//   (coverage 1 - 22/1024 = 0.9785).
// - n = 100, median: [40, 61] (0.9648); n = 200: [86, 115] (0.9600); n = 1,000: [469, 532] (0.9537).
// - n = 36, 10 %: 0.9^36 = 0.0225 <= 0.025, so l = 1, u = 8 (0.9540); n = 35: 0.9^35 = 0.0250 > 0.025.
// - n = 13, 25 %: l = 1, u = 7 (0.9520); n = 12: 0.75^12 = 0.0317: none.
// - n = 72, 5 %: [1, 9] (0.9655); n = 71: 0.95^71 = 0.0262: none.
// - n = 200, 10 %: [12, 30] (0.9669); n = 100, 10 %: [5, 17] (0.9557).
// Antithetic pairs: n paths are floor(n / 2) pairs, pair ranks l, u read as 2 l - 1, 2 u (+1 odd n):
// - n = 20: 10 pairs, median [2, 9] -> [3, 18]; n = 21: [3, 19]; n = 12: 6 pairs [1, 6] -> [1, 12];
//   n = 11: 5 pairs, none.
import { describe, expect, it } from 'vitest';
import { binomialRanks, quantileIntervalRanks } from '../../src/stats/quantile-interval.js';
import { QUANTILES } from '../../src/stats/summary.js';

/** P(B <= k) for B binomial(n, q), summed term by term (for the check, not the module's walk). */
function binomialCdf(n: number, q: number, k: number): number {
  // In logs: (1 - q)^n underflows at n = 400, q = 0.95 (0.05^400 = 1e-520).
  let logTerm = n * Math.log(1 - q);
  let sum = 0;
  for (let i = 0; i <= k; i++) {
    sum += Math.exp(logTerm);
    logTerm += Math.log((n - i) / (i + 1)) + Math.log(q / (1 - q));
  }
  return sum;
}

describe('binomialRanks(): the exact binomial ranks of a quantile’s 95 % interval', () => {
  it('binomialRanks() gives the hand-computed ranks for small n, and null where P(B = 0) > 2.5 %', () => {
    expect(binomialRanks(6, 0.5)).toEqual([1, 6]);
    expect(binomialRanks(5, 0.5)).toBeNull();
    expect(binomialRanks(10, 0.5)).toEqual([2, 9]);
    expect(binomialRanks(100, 0.5)).toEqual([40, 61]);
    expect(binomialRanks(200, 0.5)).toEqual([86, 115]);
    expect(binomialRanks(1000, 0.5)).toEqual([469, 532]);
    expect(binomialRanks(36, 0.1)).toEqual([1, 8]);
    expect(binomialRanks(35, 0.1)).toBeNull();
    expect(binomialRanks(13, 0.25)).toEqual([1, 7]);
    expect(binomialRanks(12, 0.25)).toBeNull();
    expect(binomialRanks(72, 0.05)).toEqual([1, 9]);
    expect(binomialRanks(71, 0.05)).toBeNull();
    expect(binomialRanks(200, 0.1)).toEqual([12, 30]);
    expect(binomialRanks(100, 0.1)).toEqual([5, 17]);
    // The 90 % quantile mirrors the 10 %: ranks n + 1 - u, n + 1 - l.
    expect(binomialRanks(200, 0.9)).toEqual([171, 189]);
    expect(binomialRanks(0, 0.5)).toBeNull();
    expect(binomialRanks(1, 0.5)).toBeNull();
  });

  it('binomialRanks() for n up to 400 and every quantile: each tail at most 2.5 %, and the next rank in would exceed it', () => {
    for (let n = 1; n <= 400; n++)
      for (const q of QUANTILES) {
        const r = binomialRanks(n, q);
        if (r === null) {
          // Rank 1 has a lower tail above 2.5 %, or rank n an upper one.
          expect(Math.max(binomialCdf(n, q, 0), 1 - binomialCdf(n, q, n - 1))).toBeGreaterThan(0.025);
          continue;
        }
        const [l, u] = r;
        expect(binomialCdf(n, q, l - 1)).toBeLessThanOrEqual(0.025 + 1e-12);
        expect(1 - binomialCdf(n, q, u - 1)).toBeLessThanOrEqual(0.025 + 1e-12);
        if (l < n) expect(binomialCdf(n, q, l)).toBeGreaterThan(0.025 - 1e-12);
        if (u > 1) expect(1 - binomialCdf(n, q, u - 2)).toBeGreaterThan(0.025 - 1e-12);
      }
  });

  it('binomialRanks() at a million paths is the normal approximation’s (n q ± 1.96 sqrt(n q (1 - q)), within a rank)', () => {
    const n = 1_000_000;
    // Median: 500,000 ± 1.96 x 500 = 499,020 to 500,980.
    const [l, u] = binomialRanks(n, 0.5) ?? [0, 0];
    expect(Math.abs(l - 499_020)).toBeLessThanOrEqual(1);
    expect(Math.abs(u - 500_981)).toBeLessThanOrEqual(1);
  });
});

describe('quantileIntervalRanks(): independent paths, antithetic pairs, and the quantile inside', () => {
  it('quantileIntervalRanks() with pairs reads the pairs’ ranks l, u as 2 l - 1, 2 u (one more with an odd path)', () => {
    expect(quantileIntervalRanks(20, 0.5, true)).toEqual([3, 18]);
    expect(quantileIntervalRanks(21, 0.5, true)).toEqual([3, 19]);
    expect(quantileIntervalRanks(12, 0.5, true)).toEqual([1, 12]);
    expect(quantileIntervalRanks(11, 0.5, true)).toBeNull();
    expect(quantileIntervalRanks(20, 0.5, false)).toEqual([6, 15]);
  });

  it('quantileIntervalRanks() always holds the two order statistics the quantile is interpolated between', () => {
    for (const antithetic of [false, true])
      for (let n = 1; n <= 600; n++)
        for (const q of QUANTILES) {
          const r = quantileIntervalRanks(n, q, antithetic);
          if (r === null) continue;
          const lo = Math.floor((n - 1) * q);
          expect(r[0]).toBeLessThanOrEqual(lo + 1);
          expect(r[1]).toBeGreaterThanOrEqual(Math.min(n, lo + 2));
          expect(r[0]).toBeGreaterThanOrEqual(1);
          expect(r[1]).toBeLessThanOrEqual(n);
        }
  });
});
