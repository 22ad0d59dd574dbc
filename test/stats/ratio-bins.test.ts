// Timeline slots binned by ratio (src/stats/log-bins.ts): a price, a difficulty or a hashprice of a
// long, volatile run spreads over many doublings, and on bins of even width its low quantiles sat
// in the first few bins of a range its high ones set.
import { describe, expect, it } from 'vitest';
import { seriesStart } from '../../src/engine/kernel/checkpoints.js';
import { Rng, runKey } from '../../src/engine/random/rng.js';
import { PILOT_PATHS, runMonteCarlo } from '../../src/engine/run/run.js';
import {
  addValue,
  addValuesBatched,
  BINS,
  binOf,
  createHistogramSet,
  createValueBatch,
  flushValueBatch,
} from '../../src/stats/histogram.js';
import { histogramQuantiles } from '../../src/stats/histogram-quantiles.js';
import { fromHighWord, highWord, ratioRange } from '../../src/stats/log-bins.js';
import { pilotRanges } from '../../src/stats/pilot-range.js';
import { distribution } from '../../src/stats/quantiles.js';
import { QUANTILE_KEYS } from '../../src/stats/summary.js';
import { rawCheckpoints } from '../fixtures/raw-checkpoints.js';
import { loadScenario } from '../fixtures/scenarios.js';

/** Log-normal values exp(sd x N(0, 1)), seeded. */
function logNormal(n: number, sd: number, seed = 3): Float64Array {
  const rng = new Rng();
  rng.reset(runKey(seed), 0, 1);
  return Float64Array.from({ length: n }, () => Math.exp(sd * rng.normal()));
}

describe('ratio bins (log-bins.ts)', () => {
  it('highWord() rises with a positive double and fromHighWord() gives the least double of a high word', () => {
    const values = [5e-300, 1e-9, 0.5, 1, 1.0000001, 2, 3, 1e6, 2.5e12, 1e300];
    for (let i = 1; i < values.length; i++)
      expect(highWord(values[i])).toBeGreaterThanOrEqual(highWord(values[i - 1]));
    // 2^20 high words a doubling.
    expect(highWord(2) - highWord(1)).toBe(2 ** 20);
    for (const v of values) {
      const edge = fromHighWord(highWord(v));
      expect(edge).toBeLessThanOrEqual(v);
      expect(highWord(edge)).toBe(highWord(v));
    }
    const [lo, hi] = ratioRange(10, 1000);
    // Half the span in high words at each end: about 10 / 10 and 1,000 x 10 (high words are even
    // steps of ratio only within a doubling: 0.95 and 10,240 here).
    expect(lo).toBeGreaterThan(0.9);
    expect(lo).toBeLessThan(1.1);
    expect(hi).toBeGreaterThan(9_000);
    expect(hi).toBeLessThan(11_000);
  });

  it('pilotRanges() bins by ratio only slots of a positive series whose pilot values are all positive and span at least a factor of 2', () => {
    const rows = 256;
    const slots = 6;
    const raw = new Float64Array(rows * slots);
    for (let k = 0; k < rows; k++) {
      raw[k * slots] = 100 * 1.01 ** k; // 100 to 1,271: by ratio
      raw[k * slots + 1] = 100 + k * 0.1; // 100 to 125.5: by value
      raw[k * slots + 2] = k === 7 ? 0 : 100 * 1.01 ** k; // a zero: by value (zeros below ZERO_FLOOR)
      raw[k * slots + 3] = k === 7 ? -1 : 100 * 1.01 ** k; // a negative value: by value
      raw[k * slots + 4] = 5; // all one value: by value
      raw[k * slots + 5] = 100 * 1.01 ** k; // as the first, of a series that may reach 0 (a revenue): by value
    }
    const [, , ratio] = pilotRanges(raw, rows, slots, Uint8Array.of(1, 1, 1, 1, 1, 0));
    expect([...ratio]).toEqual([1, 0, 0, 0, 0, 0]);
  });

  it('counts a slot binned by ratio alike value by value and in batches, values at or below 0, NaN and infinities included', () => {
    const n = 4000;
    const values = logNormal(n, 2.5);
    values[5] = 0;
    values[6] = -3;
    values[7] = Number.NaN;
    values[8] = Number.POSITIVE_INFINITY;
    values[9] = Number.NEGATIVE_INFINITY;
    values[10] = 1e-320; // subnormal: below any ratio range
    const [lo, hi] = ratioRange(0.01, 100);
    values[11] = lo;
    values[12] = hi;
    const one = createHistogramSet(1, 1, Float64Array.of(lo), Float64Array.of(hi), Uint8Array.of(1));
    const batched = createHistogramSet(1, 1, Float64Array.of(lo), Float64Array.of(hi), Uint8Array.of(1));
    const batch = createValueBatch(1, 97);
    for (let k = 0; k < n; k++) {
      addValue(one, 0, values[k]);
      addValuesBatched(batched, values.subarray(k, k + 1), batch);
    }
    flushValueBatch(batched, batch);
    expect(batched.counts).toEqual(one.counts);
    expect(batched.min).toEqual(one.min);
    expect(batched.max).toEqual(one.max);
    // Below the range: the 0, -3, -Infinity, the subnormal and the values under lo; NaN not counted.
    const total = one.counts.reduce((a, b) => a + b, 0);
    expect(total).toBe(n - 1);
    expect(binOf(one, 0, lo)).toBe(1);
    expect(binOf(one, 0, lo * 0.999)).toBe(0);
    expect(binOf(one, 0, hi * 1.001)).toBe(BINS + 1);
    expect(binOf(one, 0, 0)).toBe(0);
    expect(binOf(one, 0, -3)).toBe(0);
  });

  it('reads the quantiles of log-normal values spread over e^10 within 2 %, where even bins read the 5 % at over twice its value', () => {
    // sd 2.5 (a price at 90 % a year over 7.7 years): the 2 % and 98 % of the first 256 values
    // span about e^10 (14.4 doublings); with half that again at each end, 1,024 bins of about
    // 0.028 doublings each (about 2 % apart).
    const n = 10_000;
    const values = logNormal(n, 2.5);
    const exact = distribution(values).quantiles;
    const read = (ratio: number) => {
      const [lo, hi, r] = pilotRanges(values, PILOT_PATHS, 1, Uint8Array.of(1));
      if (ratio === 0) {
        // The same pilot's range binned by value, as every slot was before.
        const least = [...values.subarray(0, PILOT_PATHS)].sort((a, b) => a - b);
        const k = Math.floor(PILOT_PATHS / 50);
        const span = least[PILOT_PATHS - 1 - k] - least[k];
        lo[0] = least[k] - span / 2;
        hi[0] = least[PILOT_PATHS - 1 - k] + span / 2;
        r[0] = 0;
      } else expect(r[0]).toBe(1);
      const h = createHistogramSet(1, 1, lo, hi, r);
      for (const v of values) addValue(h, 0, v);
      const out = new Float64Array(QUANTILE_KEYS.length);
      histogramQuantiles(
        h,
        0,
        QUANTILE_KEYS.map((key) => Number(key.slice(1)) / 100),
        out,
      );
      return out;
    };
    const byRatio = read(1);
    const byValue = read(0);
    QUANTILE_KEYS.forEach((key, i) => {
      const want = exact[key]!;
      expect(Math.abs(byRatio[i] / want - 1), `${key}: ${byRatio[i]} against ${want}`).toBeLessThan(0.02);
    });
    // On even bins the 5 % read 2.31 times the values' own (by ratio: 1.003).
    expect(byValue[0] / exact.p5!).toBeGreaterThan(2);
  });
});

describe('runMonteCarlo(a volatile price over ten years).summary.timeline', () => {
  it('reads every week’s price and hashprice quantiles within 2 % of the paths’ own', async () => {
    // A GBM price at 90 % a year for ten years: the last weeks' log prices spread with sd 2.8.
    // Before (even bins): the last week's 5 % hashprice read 5.7 times the paths' own (6.87e-5
    // against 1.20e-5 USD a TH/s a day).
    const s = await loadScenario('north-korea-2017-s9', (d) => {
      d.horizon = '10 years';
      d.price = { model: { type: 'gbm', drift: '0 %', volatility: '90 %' } };
    });
    const paths = 2000;
    const { summary } = await runMonteCarlo(s, { paths, workers: 1, withBacktest: false });
    const { raw, c, slots } = await rawCheckpoints(s, paths);
    let worst = 0;
    let where = '';
    for (const series of ['priceUsd', 'hashpriceUsd'] as const)
      for (let j = 0; j < c; j++) {
        const at = seriesStart(series, c) + j;
        const exact = distribution(
          Float64Array.from({ length: paths }, (_, k) => raw[k * slots + at]),
        ).quantiles;
        for (const key of QUANTILE_KEYS) {
          const error = Math.abs(summary.timeline[series][key][j] / exact[key]! - 1);
          if (error > worst) {
            worst = error;
            where = `${series} ${summary.timeline.dates[j]} ${key}: ${summary.timeline[series][key][j]} (paths ${exact[key]})`;
          }
        }
      }
    expect(worst, where).toBeLessThan(0.02);
  }, 120_000);
});
