import { beforeAll, describe, expect, it } from 'vitest';
import { Rng, runKey } from '../../src/engine/random/rng.js';
import { IRR_CEILING, IRR_FLOOR } from '../../src/model/finance/irr.js';
import { boundMark, claimCoverage } from '../../src/report/coverage.js';
import { type Claim, parseClaim } from '../../src/scenario/claims.js';
import { loadUnits } from '../../src/scenario/mathjs-units.js';
import { evaluateClaim, type PathOutcomes } from '../../src/stats/claims.js';
import {
  addValue,
  addValuesBatched,
  addValueTimes,
  BINS,
  createHistogramSet,
  createValueBatch,
  flushValueBatch,
  type HistogramSet,
  mergeHistograms,
  SLOT,
} from '../../src/stats/histogram.js';
import { histogramQuantile, histogramQuantiles } from '../../src/stats/histogram-quantiles.js';
import { pilotRange } from '../../src/stats/pilot-range.js';
import {
  censoredDistribution,
  distribution,
  quantileSorted,
  selectRanks,
} from '../../src/stats/quantiles.js';
import { proportion, wilson } from '../../src/stats/shares.js';

/** A lognormal-ish sample with a long right tail, seeded. */
function sample(n: number, seed = 1): Float64Array {
  const rng = new Rng();
  rng.reset(runKey(seed), 0, 1);
  return Float64Array.from({ length: n }, () => Math.exp(0.8 * rng.normal()) * 1000 - 800);
}

function histogramOf(values: ArrayLike<number>, lo: number, hi: number): HistogramSet {
  const h = createHistogramSet(1, 1, Float64Array.of(lo), Float64Array.of(hi), new Uint8Array(1));
  for (let i = 0; i < values.length; i++) addValue(h, 0, values[i]);
  return h;
}

describe('histogram', () => {
  it('addValuesBatched() then flushValueBatch() count exactly what addValue() counts, NaN skipped, infinities and range edges included', () => {
    const slots = 5;
    const lo = Float64Array.of(-800, 0, 100, -1, 0);
    const hi = Float64Array.of(2000, 1, 150, 1, 1e-9);
    const one = createHistogramSet(1, slots, lo, hi, new Uint8Array(lo.length));
    const batched = createHistogramSet(1, slots, lo, hi, new Uint8Array(lo.length));
    const batch = createValueBatch(slots, 7);
    const values = sample(1000 * slots);
    values[17] = Number.NaN;
    values[23] = Number.POSITIVE_INFINITY;
    values[31] = Number.NEGATIVE_INFINITY;
    values[42] = lo[2];
    values[44] = hi[4];
    for (let k = 0; k < 1000; k++) {
      const row = values.subarray(k * slots, (k + 1) * slots);
      for (let slot = 0; slot < slots; slot++) addValue(one, slot, row[slot]);
      addValuesBatched(batched, row, batch);
    }
    flushValueBatch(batched, batch);
    expect(batched.counts).toEqual(one.counts);
    expect(batched.min).toEqual(one.min);
    expect(batched.max).toEqual(one.max);
  });

  it('addValuesBatched() into batches of runs of slots (from `first` on, several count blocks) counts exactly what addValue() counts', () => {
    const slots = 300;
    const lo = Float64Array.from({ length: slots }, (_, i) => -900 + i);
    const hi = Float64Array.from({ length: slots }, (_, i) => 1500 + 3 * i);
    const one = createHistogramSet(3, 100, lo, hi, new Uint8Array(lo.length));
    const batched = createHistogramSet(3, 100, lo, hi, new Uint8Array(lo.length));
    // Slots 0-19, 20-229 (over three blocks of 64, the last partial) and 230-299, each its own batch.
    const runs = [
      [0, 20],
      [20, 230],
      [230, 300],
    ].map(([from, to]) => ({ from, to, batch: createValueBatch(to - from, 9, from) }));
    const values = sample(500 * slots, 3);
    values[5] = Number.NaN;
    values[slots + 100] = Number.NaN;
    values[2 * slots + 250] = Number.POSITIVE_INFINITY;
    for (let k = 0; k < 500; k++) {
      const row = values.subarray(k * slots, (k + 1) * slots);
      for (let slot = 0; slot < slots; slot++) addValue(one, slot, row[slot]);
      // The first batch skips every third path (a path whose values are counted some other way).
      for (const { from, to, batch } of runs)
        if (from > 0 || k % 3 !== 0) addValuesBatched(batched, row.subarray(from, to), batch);
        else for (let slot = from; slot < to; slot++) addValue(batched, slot, row[slot]);
    }
    for (const { batch } of runs) flushValueBatch(batched, batch);
    expect(batched.counts).toEqual(one.counts);
    expect(batched.min).toEqual(one.min);
    expect(batched.max).toEqual(one.max);
  });

  it('addValuesBatched() counts exactly what addValue() counts over pending rows that do not divide the batch, zeros of both signs included', () => {
    const slots = 3;
    const lo = Float64Array.of(-800, -1, 0);
    const hi = Float64Array.of(2000, 1, 5);
    const one = createHistogramSet(1, slots, lo, hi, new Uint8Array(lo.length));
    const batched = createHistogramSet(1, slots, lo, hi, new Uint8Array(lo.length));
    // 40 rows a batch: binned 16, 16, then 8 at a time; 1003 rows leave some pending at the flush.
    const batch = createValueBatch(slots, 40);
    const values = sample(1003 * slots, 5);
    for (let k = 0; k < 1003; k += 7) values[k * slots + 1] = k % 2 === 0 ? 0 : -0;
    values[50 * slots + 2] = Number.NaN;
    for (let k = 0; k < 1003; k++) {
      const row = values.subarray(k * slots, (k + 1) * slots);
      for (let slot = 0; slot < slots; slot++) addValue(one, slot, row[slot]);
      addValuesBatched(batched, row, batch);
    }
    flushValueBatch(batched, batch);
    expect(batched.counts).toEqual(one.counts);
    expect(batched.min).toEqual(one.min);
    expect(batched.max).toEqual(one.max);
  });

  it("addValuesBatched() holds a set's values until flushValueBatch(), which frees the batch for another set", () => {
    const lo = Float64Array.of(0, 0);
    const hi = Float64Array.of(10, 10);
    const first = createHistogramSet(1, 2, lo, hi, new Uint8Array(lo.length));
    const second = createHistogramSet(1, 2, lo, hi, new Uint8Array(lo.length));
    const batch = createValueBatch(2, 4);
    addValuesBatched(first, Float64Array.of(3, -2), batch);
    addValuesBatched(first, Float64Array.of(12, 5), batch);
    expect(() => addValuesBatched(second, Float64Array.of(1, 1), batch)).toThrow(/another set/);
    flushValueBatch(first, batch);
    expect([...first.min, ...first.max]).toEqual([3, -2, 12, 5]);
    addValuesBatched(second, Float64Array.of(7, 8), batch);
    flushValueBatch(second, batch);
    expect([...second.min, ...second.max]).toEqual([7, 8, 7, 8]);
    expect([...first.min, ...first.max]).toEqual([3, -2, 12, 5]);
  });

  it('addValuesBatched() counts more rows of one bin than a 16-bit count holds, exactly', () => {
    const lo = Float64Array.of(0);
    const hi = Float64Array.of(1);
    const batched = createHistogramSet(1, 1, lo, hi, new Uint8Array(lo.length));
    const batch = createValueBatch(1, 1000);
    const row = Float64Array.of(0.5);
    for (let k = 0; k < 200_000; k++) addValuesBatched(batched, row, batch);
    flushValueBatch(batched, batch);
    const one = createHistogramSet(1, 1, lo, hi, new Uint8Array(lo.length));
    addValueTimes(one, 0, 0.5, 200_000);
    expect(batched.counts).toEqual(one.counts);
  });

  it('histogramQuantile() is within one bin width of the exact quantile of the binned sample', () => {
    const values = sample(20_000);
    const sorted = Float64Array.from(values).sort();
    // A range that cuts off both tails, so under- and overflow bins are exercised too.
    const lo = quantileSorted(sorted, 0.02);
    const hi = quantileSorted(sorted, 0.97);
    const h = histogramOf(values, lo, hi);
    const width = (hi - lo) / BINS;
    for (const q of [0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95]) {
      expect(Math.abs(histogramQuantile(h, 0, q)! - quantileSorted(sorted, q))).toBeLessThan(width);
    }
    // The extremes are kept exactly.
    expect(histogramQuantile(h, 0, 0)).toBe(sorted[0]);
    expect(histogramQuantile(h, 0, 1)).toBe(sorted[sorted.length - 1]);
  });

  it('histogramQuantiles() of a few paths is within a bin of the paths’ own quantile (linear between order statistics), not an order statistic away', () => {
    // 30 paths over a pilot range of all 30 (pilotRanges leaves none out below 50 paths), so about
    // 1,024 / 2 / 30 = 17 bins between neighbouring values. The paths' own 95 % lies at rank
    // 29 x 0.95 = 27.55, between the 28th and 29th least values; a read at 0.95 x 30 = 28.5 of the
    // counts fell between the 29th and 30th, an order statistic away: 0.26-0.36 of the 5-95 %
    // spread in the flagship's timeline at 30 paths (hashprice's 95 % on 2019-07-31: 2,788 USD
    // against the paths' own 2,093), 0.18 at 257 antithetic paths, 0.065 at 100.
    for (const [n, seed] of [
      [30, 1],
      [30, 2],
      [100, 3],
      [257, 4],
    ]) {
      const values = sample(n, seed);
      const sorted = Float64Array.from(values).sort();
      const [lo, hi] = pilotRange(sorted[0], sorted[n - 1]);
      const h = histogramOf(values, lo, hi);
      const width = (hi - lo) / BINS;
      const qs = [0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95];
      const out = new Float64Array(qs.length);
      expect(histogramQuantiles(h, 0, qs, out)).toBe(true);
      qs.forEach((q, i) => {
        expect(Math.abs(out[i] - quantileSorted(sorted, q)), `${n} paths, seed ${seed}, q ${q}`).toBeLessThan(
          width,
        );
      });
    }
  });

  it('histogramQuantile() of a slot whose pilot starts at exactly 0 reads the zeros as a point mass: a median of 0 is 0', () => {
    // 77 of 100 paths shut nothing down that week, 23 shut down half their capacity. In the first
    // bin of [-0.25, 0.75] the zeros read as spread over its width: a median of 0.0011, which the
    // revenue-cost chart shaded as "the median path shut capacity down".
    const values = [...Array(77).fill(0), ...Array(23).fill(0.5)];
    const [lo, hi] = pilotRange(0, 0.5);
    const h = histogramOf(values, lo, hi);
    expect(histogramQuantile(h, 0, 0.5)).toBe(0);
    expect(histogramQuantile(h, 0, 0.76)).toBe(0);
    // The paths' own 77 %: rank 99 x 0.77 = 76.23, 0.23 of the way from a 0 to a 0.5, 0.115.
    expect(Math.abs(histogramQuantile(h, 0, 0.77)! - 0.115)).toBeLessThan((hi - lo) / BINS);
    expect(Math.abs(histogramQuantile(h, 0, 0.9)! - 0.5)).toBeLessThan((hi - lo) / BINS);
    // A value below 0 in the full run still reads between it and the range's edge.
    addValue(h, 0, -1);
    expect(histogramQuantile(h, 0, 0)).toBe(-1);
  });

  it('addValue() and addValuesBatched() count the zeros of a slot whose pilot starts at exactly 0 below its range, however wide the range: a median of 0 is 0', () => {
    // A fleet's revenue in USD a day: 77 of 100 paths shut down that week (0 USD), 23 earn 5,000.
    // The range is [ZERO_FLOOR, 7,500), 1,024 / 7,500 = 0.137 bins a USD: (0 - 5e-324) x 0.137
    // rounds to -0, which passed `x >= 0`, so the zeros were counted in the first bin, [0, 7.32),
    // and read as spread over it: the median 50 / 77 x 7.32 = 4.75 USD a day, the 25 % 2.38 (the
    // s21-fleet-2026 timeline's last week: a median revenue of 2.89 USD a day, the paths' own 0).
    const values = [...Array(77).fill(0), ...Array(23).fill(5000)];
    const [lo, hi] = pilotRange(0, 5000);
    const one = histogramOf(values, lo, hi);
    const batched = createHistogramSet(1, 1, Float64Array.of(lo), Float64Array.of(hi), new Uint8Array(1));
    const batch = createValueBatch(1, 16);
    for (const v of values) addValuesBatched(batched, Float64Array.of(v), batch);
    flushValueBatch(batched, batch);
    for (const h of [one, batched]) {
      expect(h.counts[0]).toBe(77);
      expect(histogramQuantile(h, 0, 0.25)).toBe(0);
      expect(histogramQuantile(h, 0, 0.5)).toBe(0);
      expect(histogramQuantile(h, 0, 0.76)).toBe(0);
      expect(Math.abs(histogramQuantile(h, 0, 0.9)! - 5000)).toBeLessThan((hi - lo) / BINS);
    }
  });

  it('histogramQuantiles() reads only the bins from the minimum’s to the maximum’s, with the same bits as a pass over every bin', () => {
    /**
     * The quantiles as passes over all of the slot's bins give them: each order statistic found
     * from bin 0 on, the paths' own rule between them (histogram-quantiles.ts).
     */
    const everyBin = (h: HistogramSet, qs: number[]): number[] | null => {
      let total = 0;
      for (let b = 0; b < SLOT; b++) total += h.counts[b];
      if (total === 0) return null;
      const [lo, hi, min, max] = [h.lo[0], h.hi[0], h.min[0], h.max[0]];
      const width = (hi - lo) / BINS;
      const orderStatistic = (rank: number): number => {
        if (rank <= 0) return min;
        if (rank >= total - 1) return max;
        let before = 0;
        for (let b = 0; b < SLOT; b++) {
          const count = h.counts[b];
          if (before + count <= rank) {
            before += count;
            continue;
          }
          let [from, to] =
            b === 0
              ? [min, Math.min(lo, max)]
              : b === BINS + 1
                ? [Math.max(hi, min), max]
                : [lo + (b - 1) * width, lo + b * width];
          from = Math.max(from, min);
          to = Math.min(to, max);
          return from + ((rank - before + 0.5) / count) * (to - from);
        }
        return max;
      };
      return qs.map((q) => {
        const at = (total - 1) * q;
        const rank = Math.floor(at);
        const below = orderStatistic(rank);
        return at === rank ? below : below + (at - rank) * (orderStatistic(rank + 1) - below);
      });
    };
    const values = sample(3_000, 3);
    const cases: [ArrayLike<number>, number, number][] = [
      [values, -500, 1500],
      [values, 0, 400],
      [values.subarray(0, 10), -300, 900],
      [values.subarray(0, 1), -300, 900],
      [[5, 5, 5], 0, 10],
      [[-1e9, 1e9], -1, 1],
      [[Number.NaN, 2], 0, 4],
      [[], 0, 1],
    ];
    // Quantiles so close that two read the same pair of order statistics, the second of them
    // in a later bin than the first (1,000 values over 1,024 bins): the pass must not have moved
    // past the first when the next quantile reads it again.
    for (const qs of [
      [0, 0.05, 0.25, 0.5, 0.75, 0.95, 1],
      [0.5, 0.5001, 0.9, 0.9001, 0.95, 0.95],
    ])
      for (const [vs, lo, hi] of [...cases, [values.subarray(0, 1000), -800, 3000] as const]) {
        const h = histogramOf(vs, lo, hi);
        const out = new Float64Array(qs.length);
        const filled = histogramQuantiles(h, 0, qs, out);
        const expected = everyBin(h, qs);
        expect(filled).toBe(expected !== null);
        if (expected) expect(Array.from(out)).toEqual(expected);
      }
  });

  it('histogramQuantile() of an empty slot is null, and addValue() skips NaN', () => {
    const h = histogramOf([Number.NaN, Number.NaN], 0, 1);
    expect(histogramQuantile(h, 0, 0.5)).toBeNull();
  });

  it('mergeHistograms() of two halves equals the histogram of the whole', () => {
    const values = sample(5_000, 2);
    const whole = histogramOf(values, -500, 1500);
    const a = histogramOf(values.subarray(0, 2_000), -500, 1500);
    const b = histogramOf(values.subarray(2_000), -500, 1500);
    mergeHistograms(a, b);
    expect(a.counts).toEqual(whole.counts);
    expect(a.min).toEqual(whole.min);
    expect(a.max).toEqual(whole.max);
    for (const q of [0.05, 0.5, 0.95])
      expect(histogramQuantile(a, 0, q)).toBe(histogramQuantile(whole, 0, q));
  });
});

describe('distribution', () => {
  it('distribution() leaves NaN out by default', () => {
    const d = distribution(Float64Array.of(30, Number.NaN, 10, 20));
    expect(d.mean).toBe(20);
    expect(d.quantiles.p50).toBe(20);
    expect(d.quantiles.p25).toBe(15); // type 7: h = 2 x 0.25 = 0.5 between 10 and 20
  });

  it('distribution() says how many paths its figures are over when it leaves NaN out', () => {
    expect(distribution(Float64Array.of(30, Number.NaN, 10, 20)).paths).toBe(3);
    // Over every path: no count, the figures are over all of them.
    expect('paths' in distribution(Float64Array.of(30, 10, 20))).toBe(false);
    // NaN with a meaning (payback never) is not left out.
    expect('paths' in distribution(Float64Array.of(30, Number.NaN), Number.POSITIVE_INFINITY)).toBe(false);
  });

  it('distribution() of values that are all NaN is over 0 paths, with every figure null', () => {
    const d = distribution(Float64Array.of(Number.NaN, Number.NaN));
    expect(d.paths).toBe(0);
    expect(d.mean).toBeNull();
    expect(Object.values(d.quantiles).every((q) => q === null)).toBe(true);
  });

  it('distribution() with NaN as +Infinity (payback never) gives null mean and null upper quantiles', () => {
    // 10 paths: 6 pay back on days 100..600, 4 never.
    const payback = Float64Array.of(
      100,
      200,
      300,
      400,
      500,
      600,
      Number.NaN,
      Number.NaN,
      Number.NaN,
      Number.NaN,
    );
    const d = distribution(payback, Number.POSITIVE_INFINITY);
    expect(d.mean).toBeNull();
    expect(d.quantiles.p5).toBeCloseTo(145, 12); // h = 0.45
    expect(d.quantiles.p50).toBeCloseTo(550, 12); // h = 4.5
    expect(d.quantiles.p75).toBeNull();
    expect(d.quantiles.p95).toBeNull();
  });

  it('distribution() with NaN as +Infinity gives the day by which exactly q of the paths have paid back, not never', () => {
    // 10 paths, 5 paying back on days 100..104, 5 never: by day 104 half have paid back (the CDF
    // of payback.csv reaches 0.5 there), so the median is day 104. Type 7 read it between the 5th
    // path (104) and the 6th (never), at h = 4.5: "never", beside P(no payback) = 0.5.
    const half = Float64Array.from({ length: 10 }, (_, i) => (i < 5 ? 100 + i : Number.NaN));
    expect(distribution(half, Number.POSITIVE_INFINITY).quantiles.p50).toBe(104);
    // 1,000 paths, 100 paying back (days 200..299): by day 299 10 % have; h = 99.9 lay between
    // the 100th (299) and the 101st (never).
    const tenth = Float64Array.from({ length: 1000 }, (_, i) => (i < 100 ? 200 + i : Number.NaN));
    const d = distribution(tenth, Number.POSITIVE_INFINITY);
    expect(d.quantiles.p10).toBe(299);
    expect(d.quantiles.p5).toBeCloseTo(249.95, 9); // h = 49.95, between 249 and 250
    expect(d.quantiles.p25).toBeNull();
    // 99 paying back: fewer than 10 %, so the 10 % quantile is never.
    const fewer = Float64Array.from({ length: 1000 }, (_, i) => (i < 99 ? 200 + i : Number.NaN));
    expect(distribution(fewer, Number.POSITIVE_INFINITY).quantiles.p10).toBeNull();
    // 3 paths, 2 paying back: 2/3 < 0.75, so the 75 % quantile (h = 1.5) stays never.
    expect(
      distribution(Float64Array.of(10, 20, Number.NaN), Number.POSITIVE_INFINITY).quantiles.p75,
    ).toBeNull();
  });

  // Guards a fixed bug (src/stats/quantiles.ts:14): when h = (n - 1) q is a whole number the type-7 quantile is
  // sorted[h] exactly, but `a + (h - lo) * (b - a)` computes a + 0 x Infinity = NaN when the next
  // order statistic is +Infinity (NaN payback mapped to "never"), and distribution() then reports
  // null. 21 paths, 11 paying back: the median is the 11th payback, not null. Happens whenever
  // paths - 1 is a multiple of 20 (101, 1001, 10001 ...) and a quantile lands on the last payer.
  // Fix: `if (a === b || h === lo) return a;`.
  it('distribution() median with NaN as +Infinity is the last paying path when it sits exactly at h', () => {
    const payback = Float64Array.from({ length: 21 }, (_, i) => (i < 11 ? 100 + i : Number.NaN));
    expect(distribution(payback, Number.POSITIVE_INFINITY).quantiles.p50).toBe(110);
  });
});

describe('censoredDistribution', () => {
  it('censoredDistribution() ranks values at the bounds as the lowest and highest, counts them, and has no mean', () => {
    // 10 IRRs: 3 censored at the floor, 1 at the ceiling, 1 with none (NaN), 5 in range.
    const values = Float64Array.of(
      IRR_FLOOR,
      0.1,
      IRR_FLOOR,
      0.2,
      Number.NaN,
      IRR_CEILING,
      0.3,
      IRR_FLOOR,
      0.4,
      0.5,
    );
    const d = censoredDistribution(values, IRR_FLOOR, IRR_CEILING);
    // The 90 % and 95 % quantiles interpolate between 0.5 and the ceiling: they are lower bounds.
    expect(d.censored).toEqual({ low: 3, high: 1, atLeast: ['p90', 'p95'] });
    expect(d.paths).toBe(9);
    expect(d.mean).toBeNull();
    // Sorted: floor x3, 0.1 ... 0.5, ceiling; the 25 % quantile is at rank 2 (type 7): the floor.
    expect(d.quantiles.p25).toBe(IRR_FLOOR);
    expect(d.quantiles.p50).toBe(0.2);
    expect(d.quantiles.p95).toBeCloseTo(0.5 + 0.6 * (IRR_CEILING - 0.5), 6);
  });

  it('censoredDistribution() marks a quantile between a value at the floor and one above it as an upper bound, and boundMark() prints it "≤"', () => {
    // 3 of 6 at the floor: the 50 % quantile (rank 2.5, type 7) lies between the floor and 0.2, so
    // the true one is at most the figure. With 2 of 5, no quantile's ranks straddle the floor.
    const six = Float64Array.of(IRR_FLOOR, IRR_FLOOR, IRR_FLOOR, 0.2, 0.3, 0.4);
    const d = censoredDistribution(six, IRR_FLOOR, IRR_CEILING);
    expect(d.censored).toEqual({ low: 3, high: 0, atMost: ['p50'] });
    expect(d.quantiles.p50).toBeCloseTo(0.5 * IRR_FLOOR + 0.5 * 0.2, 12);
    expect(boundMark(d, 'p50')).toBe('≤ ');
    expect(boundMark(d, 'p25')).toBe('');
    const five = Float64Array.of(IRR_FLOOR, IRR_FLOOR, 0.2, 0.3, 0.4);
    expect(censoredDistribution(five, IRR_FLOOR, IRR_CEILING).censored).toEqual({ low: 2, high: 0 });
  });

  it('censoredDistribution() with no value at a bound is distribution(): no `censored`, the mean kept', () => {
    const values = Float64Array.of(0.1, 0.2, Number.NaN, -0.5);
    expect(censoredDistribution(values, IRR_FLOOR, IRR_CEILING)).toEqual(distribution(values));
  });
});

describe('proportion and wilson', () => {
  it('proportion() is the share of ones with SE sqrt(p (1 - p) / n)', () => {
    const holds = Uint8Array.from({ length: 100 }, (_, i) => (i % 10 < 3 ? 1 : 0));
    const { p, se } = proportion(holds, false);
    expect(p).toBe(0.3);
    expect(se).toBeCloseTo(Math.sqrt(0.21 / 100), 15);
  });

  it('proportion() with antithetic pairs takes its SE from the pair means', () => {
    // Pairs (1,0) (1,1) (0,0) (1,0): p = 0.5, pair means 0.5, 1, 0, 0.5;
    // SE = sqrt(sum (m - p)^2 / (pairs - 1) / pairs) = sqrt(0.5 / 3 / 4).
    const holds = Uint8Array.of(1, 0, 1, 1, 0, 0, 1, 0);
    const { p, se } = proportion(holds, true);
    expect(p).toBe(0.5);
    expect(se).toBeCloseTo(Math.sqrt(0.5 / 3 / 4), 15);
    // Perfectly mirrored pairs: the pair means never move, no Monte Carlo error.
    expect(proportion(Uint8Array.of(1, 0, 0, 1, 1, 0, 0, 1), true).se).toBe(0);
  });

  it('proportion() with antithetic pairs and an odd path count counts the unpaired path in the SE (it was left out)', () => {
    // Pairs (1,0) (1,0) (0,1), perfectly mirrored, and the unpaired last path 1: p = 4/7. The
    // pairs carry no error; the unpaired path is an independent path with variance p (1 - p), a
    // seventh of the share: SE = sqrt(p (1 - p)) / 7 = sqrt(12/49) / 7 = 0.0707. It said
    // sqrt(3 (0.5 - 4/7)^2 / 2 / 3) = 0.0505, the pairs' spread about a share the last path moved.
    const { p, se } = proportion(Uint8Array.of(1, 0, 1, 0, 0, 1, 1), true);
    expect(p).toBe(4 / 7);
    expect(se).toBeCloseTo(Math.sqrt(12 / 49) / 7, 15);
    // Pairs (1,0) (1,1) (0,0) (1,0) and the unpaired 0: p = 4/9, pair means 0.5, 1, 0, 0.5 about
    // their mean 0.5, variance 0.5 / 3; var = (4 x 4 x 0.5/3 + (4/9)(5/9)) / 81.
    const odd = proportion(Uint8Array.of(1, 0, 1, 1, 0, 0, 1, 0, 0), true);
    expect(odd.se).toBeCloseTo(Math.sqrt((16 * (0.5 / 3) + (4 / 9) * (5 / 9)) / 81), 15);
  });

  it('proportion() of no paths is NaN', () => {
    expect(proportion(new Uint8Array(0), false)).toEqual({ p: Number.NaN, se: Number.NaN });
  });

  it('wilson(0.5, 100) is [0.4038, 0.5962]', () => {
    const [low, high] = wilson(0.5, 100);
    expect(low).toBeCloseTo(0.4038, 4);
    expect(high).toBeCloseTo(0.5962, 4);
  });

  it('wilson() stays inside [0, 1] and is [0, 1] for no sample', () => {
    const [low, high] = wilson(0, 20);
    expect(low).toBe(0);
    // z^2 / (n + z^2) = 3.8416 / 23.8416
    expect(high).toBeCloseTo(3.8416 / 23.8416, 12);
    expect(wilson(0.3, 0)).toEqual([0, 1]);
  });
});

describe('evaluateClaim', () => {
  beforeAll(loadUnits);

  const claim = (text: string): Claim => {
    const c = parseClaim(text);
    if (!c.ok) throw new Error(c.message);
    return c.claim;
  };

  /** n paths, each with the outcomes `fill(k)` sets (0 elsewhere). */
  function outcomes(
    n: number,
    fill: (k: number) => Partial<Record<keyof PathOutcomes, number>>,
  ): PathOutcomes {
    const o: PathOutcomes = {
      paybackDay: new Float64Array(n),
      netAtHorizonUsd: new Float64Array(n),
      npvUsd: new Float64Array(n),
      roiAtHorizon: new Float64Array(n),
      irr: new Float64Array(n),
      equityPaybackDay: new Float64Array(n),
      equityNpvUsd: new Float64Array(n),
      equityIrr: new Float64Array(n),
      afterTaxNpvUsd: new Float64Array(n),
      afterTaxIrr: new Float64Array(n),
      marginCall: new Float64Array(n),
      defaulted: new Float64Array(n),
      hedgeNetUsd: new Float64Array(n),
    };
    for (let k = 0; k < n; k++)
      for (const [key, value] of Object.entries(fill(k))) o[key as keyof PathOutcomes][k] = value;
    return o;
  }
  const npvShare = (n: number, positive: number) =>
    outcomes(n, (k) => ({ npvUsd: k < positive ? 1000 : -1000 }));

  it('evaluateClaim(`payback > 2 years`) on a run cut at day 500 takes its share over the paths paid back by then, and its interval and verdict with the others holding or not', () => {
    // 300 paths paid back on day 100, 700 not by the cut: the share over the 300 is 0, but the 700
    // may all pay back after 2 years, so the share over all paths is anywhere in 0-0.7; Wilson at
    // n = 1000: from 0 (p = 0) to 0.7276 (p = 0.7). 0.5 is inside: undecided, not refuted.
    const o = outcomes(1000, (k) => ({ paybackDay: k < 300 ? 100 : Number.NaN }));
    const cut = evaluateClaim(claim('payback > 2 years'), o, false, false, 501);
    expect(cut).toMatchObject({ share: 0, paths: 300, verdict: 'inconclusive', low: 0 });
    expect(cut.high).toBeCloseTo(0.727594, 5);
    expect(claimCoverage(cut, 1000)).toContain(
      'over the 300 of 1,000 paths that paid back before the run was cut short',
    );
    // Within what the run sees, a path not paid back is later than the time: it counts.
    expect(evaluateClaim(claim('payback > 1 year'), o, false, false, 501)).toMatchObject({ share: 0.7 });
    expect(evaluateClaim(claim('payback > 1 year'), o, false, false, 501).paths).toBeUndefined();
    const none = evaluateClaim(
      claim('payback > 2 years'),
      outcomes(1, () => ({ paybackDay: Number.NaN })),
      false,
      true,
      2,
    );
    expect(none).toMatchObject({ paths: 0, verdict: 'inconclusive' });
    expect(claimCoverage(none, 1)).toBe(' (no path paid back before the run was cut short: undecided)');
  });

  it('evaluateClaim(`P(payback <= 2 years) >= 0.9`) on a run cut at day 500 is not supported by the paths that paid back alone', () => {
    // 191 of 1,000 paths paid back by the cut (day 500), all before 2 years; 809 not yet. Over the
    // 191 the share is 1 (it said "supported"), but over every path it is anywhere in 0.191-1:
    // Wilson at n = 1000 from 0.16784 to 1, across 0.9: undecided.
    const o = outcomes(1000, (k) => ({ paybackDay: k < 191 ? 300 : Number.NaN }));
    const open = evaluateClaim(claim('P(payback <= 2 years) >= 0.9'), o, false, false, 501);
    expect(open).toMatchObject({ share: 1, paths: 191, verdict: 'inconclusive', high: 1 });
    expect(open.low).toBeCloseTo(0.167837, 5);
    // 950 paid back by the cut: whatever the other 50 do, the share is at least 0.95, whose Wilson
    // interval at n = 1000 starts at 0.9347 > 0.9: supported. `payback > 2 years` is then at most
    // 0.05 (Wilson's upper end 0.0653 < 0.5): refuted.
    const most = outcomes(1000, (k) => ({ paybackDay: k < 950 ? 300 : Number.NaN }));
    const held = evaluateClaim(claim('P(payback <= 2 years) >= 0.9'), most, false, false, 501);
    expect(held).toMatchObject({ share: 1, paths: 950, verdict: 'supported' });
    expect(held.low).toBeCloseTo(0.934686, 5);
    const later = evaluateClaim(claim('payback > 2 years'), most, false, false, 501);
    expect(later).toMatchObject({ share: 0, paths: 950, verdict: 'refuted', low: 0 });
    expect(later.high).toBeCloseTo(0.065314, 5);
  });

  it('evaluateClaim(`P(npv > 0) >= 0.9`) is supported when the whole interval is at or above 0.9', () => {
    const r = evaluateClaim(claim('P(npv > 0) >= 0.9'), npvShare(1000, 960), false);
    expect(r.share).toBe(0.96);
    expect(r.low).toBeGreaterThan(0.9);
    expect(r.threshold).toBe('>= 0.9');
    expect(r.verdict).toBe('supported');
  });

  it('evaluateClaim(`P(npv > 0) >= 0.9`) is refuted when the whole interval is below 0.9', () => {
    const r = evaluateClaim(claim('P(npv > 0) >= 0.9'), npvShare(1000, 500), false);
    expect(r.high).toBeLessThan(0.9);
    expect(r.verdict).toBe('refuted');
  });

  it('evaluateClaim(`P(npv > 0) >= 0.9`) is inconclusive when the interval straddles 0.9', () => {
    const r = evaluateClaim(claim('P(npv > 0) >= 0.9'), npvShare(1000, 900), false);
    expect(r.low).toBeLessThan(0.9);
    expect(r.high).toBeGreaterThan(0.9);
    expect(r.verdict).toBe('inconclusive');
  });

  it('evaluateClaim() of equity and after-tax claims reads the equity’s and the after-tax columns, not the project’s', () => {
    // 10 paths: the project pays back on every one (day 100); the equity on the first 4 (day
    // 500), never on the others; the equity IRR is 30 % on 7, censored below -99.99 % on 3.
    const o = outcomes(10, (k) => ({
      paybackDay: 100,
      equityPaybackDay: k < 4 ? 500 : Number.NaN,
      equityIrr: k < 7 ? 0.3 : IRR_FLOOR,
      equityNpvUsd: k < 2 ? 5 : -5,
      afterTaxNpvUsd: k < 6 ? 1 : -1,
      afterTaxIrr: k < 5 ? 0.2 : -0.1,
    }));
    expect(evaluateClaim(claim('P(equity payback <= 2 years) >= 0.9'), o, false).share).toBe(0.4);
    expect(evaluateClaim(claim('P(payback <= 2 years) >= 0.9'), o, false).share).toBe(1);
    expect(evaluateClaim(claim('P(Equity IRR > 0) >= 0.5'), o, false).share).toBe(0.7);
    expect(evaluateClaim(claim('P(equity-npv > 0) >= 0.5'), o, false).share).toBe(0.2);
    expect(evaluateClaim(claim('P(after-tax npv > 0) >= 0.5'), o, false).share).toBe(0.6);
    expect(evaluateClaim(claim('P(after tax irr > 10 %) >= 0.5'), o, false).share).toBe(0.5);
  });

  it('evaluateClaim() on an IRR compares censored paths at their bound: a loss below any threshold, a win above', () => {
    // 4 paths: censored at the floor, -50 %, +50 %, censored at the ceiling.
    const o = outcomes(4, (k) => ({ irr: [IRR_FLOOR, -0.5, 0.5, IRR_CEILING][k] }));
    expect(evaluateClaim(claim('P(irr > -90 %) >= 0.5'), o, false).share).toBe(0.75);
    expect(evaluateClaim(claim('P(irr > 1000 %) >= 0.5'), o, false).share).toBe(0.25);
    expect(evaluateClaim(claim('P(irr > 1000 %) >= 0.5'), o, false).paths).toBeUndefined();
  });

  it('evaluateClaim() on an IRR leaves out the paths with none and says over how many paths its share is', () => {
    // 10 paths: IRR 20 % on 6, -30 % on 2, none on 2. Over the 8 with an IRR, 6 are above 10 %:
    // 0.75 (counting the 2 with none as losses would give 0.6).
    const o = outcomes(10, (k) => ({ irr: k < 6 ? 0.2 : k < 8 ? -0.3 : Number.NaN }));
    const r = evaluateClaim(claim('P(irr > 10 %) >= 0.5'), o, false);
    expect(r.share).toBe(0.75);
    expect(r.paths).toBe(8);
    // In antithetic pairs with some left out, the error is over the 4 pairs with an IRR (a pair's
    // two paths move together here): a_j - 0.75 b_j = 0.5, 0.5, 0.5, -1.5, var = 4 / 3 x 3 / 8^2,
    // se = 0.25, not the sqrt(0.75 x 0.25 / 8) = 0.153 of 8 independent paths
    // (test/antithetic/claim-left-out-pairs.test.ts).
    expect(evaluateClaim(claim('P(irr > 10 %) >= 0.5'), o, true).se).toBeCloseTo(0.25, 12);
    // No path with an IRR: nothing to decide.
    const noIrr = evaluateClaim(
      claim('P(irr > 10 %) >= 0.5'),
      outcomes(3, () => ({ irr: Number.NaN })),
      false,
    );
    expect(noIrr).toMatchObject({ share: 0, low: 0, high: 1, verdict: 'inconclusive', paths: 0 });
    // Other measures are over every path, as before.
    expect(evaluateClaim(claim('P(npv > 0) >= 0.5'), o, false).paths).toBeUndefined();
  });

  it('evaluateClaim(`P(default) < 10 %`) and `P(margin call) <= 0.5` count the paths with a default or a call', () => {
    const o = outcomes(20, (k) => ({ marginCall: k < 8 ? 1 : 0, defaulted: k < 3 ? 1 : 0 }));
    const d = evaluateClaim(claim('P(default) < 10 %'), o, false);
    expect(d.share).toBe(0.15);
    expect(d.threshold).toBe('< 0.1');
    expect(evaluateClaim(claim('P(margin call) <= 0.5'), o, false).share).toBe(0.4);
    expect(evaluateClaim(claim('P(margin-call) <= 0.5'), o, false).share).toBe(0.4);
    // A bare event claims it is more likely than not.
    expect(evaluateClaim(claim('default'), o, false).threshold).toBe('> 0.5');
  });

  it('evaluateClaim(`payback > 2 years`) counts paths that never pay back as holding', () => {
    // 100 paths: 60 never pay back, 10 pay back on day 800 (> 730.5), 30 on day 300.
    const o = outcomes(100, (k) => ({ paybackDay: k < 60 ? Number.NaN : k < 70 ? 800 : 300 }));
    const r = evaluateClaim(claim('payback > 2 years'), o, false);
    expect(r.share).toBe(0.7);
    expect(r.se).toBeCloseTo(Math.sqrt(0.21 / 100), 15);
    // A bare statement claims P > 0.5; wilson(0.7, 100) = [0.604, 0.781].
    expect(r.threshold).toBe('> 0.5');
    expect(r.low).toBeCloseTo(wilson(0.7, 100)[0], 12);
    expect(r.verdict).toBe('supported');
    // `payback < 1 year` holds only for the 30 early payers: refuted.
    expect(evaluateClaim(claim('payback < 1 year'), o, false)).toMatchObject({
      share: 0.3,
      verdict: 'refuted',
    });
  });

  it('evaluateClaim(`P(roi < 0) < 0.2`) is supported below and refuted above the threshold', () => {
    const roi = (losing: number) => outcomes(1000, (k) => ({ roiAtHorizon: k < losing ? -0.5 : 0.5 }));
    expect(evaluateClaim(claim('P(roi < 0) < 0.2'), roi(100), false).verdict).toBe('supported');
    expect(evaluateClaim(claim('P(roi < 0) < 0.2'), roi(400), false).verdict).toBe('refuted');
    expect(evaluateClaim(claim('P(roi < 0) < 0.2'), roi(200), false).verdict).toBe('inconclusive');
  });

  it('evaluateClaim() on an ROI with no capex (NaN on every path) is undecided, not refuted both ways', () => {
    // A free fleet has no ROI (nothing to divide by): `P(roi >= 0) >= 0.5` and `P(roi < 0) >= 0.5`
    // were both refuted at share 0.000 (0.000-0.010 over 400 paths), beside "ROI: none (no capex)".
    const o = outcomes(400, () => ({ roiAtHorizon: Number.NaN }));
    for (const text of ['P(roi >= 0) >= 0.5', 'P(roi < 0) >= 0.5']) {
      const r = evaluateClaim(claim(text), o, false);
      expect(r).toMatchObject({ paths: 0, verdict: 'inconclusive', low: 0, high: 1 });
      expect(claimCoverage(r, 400)).toBe(' (no path has an ROI, as the fleet has no capex: undecided)');
    }
  });

  it('evaluateClaim(`irr > 0`) counts a missing IRR (NaN) neither as a loss nor as a gain', () => {
    const o = outcomes(10, (k) => ({ irr: k < 4 ? 0.2 : Number.NaN }));
    expect(evaluateClaim(claim('irr > 0'), o, false)).toMatchObject({ share: 1, paths: 4 });
    expect(evaluateClaim(claim('irr < -0.5'), o, false)).toMatchObject({ share: 0, paths: 4 });
  });

  it('evaluateClaim() with antithetic pairs widens the interval by the pair SE', () => {
    // Pairs that agree (both hold or neither): the pair mean varies as much as one path, with
    // half as many independent draws, so the effective sample is n / 2.
    const o = npvShare(1000, 0);
    for (let k = 0; k < 1000; k++) o.npvUsd[k] = Math.floor(k / 2) % 10 < 7 ? 1 : -1;
    const plain = evaluateClaim(claim('npv > 0'), o, false);
    const paired = evaluateClaim(claim('npv > 0'), o, true);
    expect(paired.share).toBe(plain.share);
    // 350 of 500 pair means are 1, the rest 0: SE = sqrt(500 x 0.21 / 499 / 500) = sqrt(0.21 / 499).
    expect(paired.se).toBeCloseTo(Math.sqrt(0.21 / 499), 12);
    expect(paired.low).toBeCloseTo(wilson(0.7, (0.7 * 0.3) / paired.se ** 2)[0], 12);
    expect(paired.high - paired.low).toBeGreaterThan(plain.high - plain.low);
  });
});

describe('selectRanks', () => {
  it('selectRanks() puts the sorted value at every asked rank, with ties, infinities and small ranges', () => {
    for (const [n, seed] of [
      [1, 1],
      [17, 2],
      [1000, 3],
      [50_001, 4],
    ]) {
      const values = sample(n, seed).map((v, i) => (i % 7 === 0 ? Math.round(v / 100) : v));
      if (n > 10) values[3] = Number.POSITIVE_INFINITY;
      const sorted = values.slice().sort();
      const ranks = Int32Array.from(new Set([0, Math.floor(n / 20), Math.floor(n / 2), n - 1])).sort();
      const a = values.slice();
      selectRanks(a, 0, n, ranks, 0, ranks.length);
      for (const k of ranks) expect(a[k]).toBe(sorted[k]);
    }
  });

  it('distribution() gives the quantiles of the sorted values (type 7) without sorting them all', () => {
    const values = sample(10_001, 9);
    const sorted = values.slice().sort();
    const d = distribution(values);
    expect(d.quantiles.p5).toBe(quantileSorted(sorted, 0.05));
    expect(d.quantiles.p50).toBe(quantileSorted(sorted, 0.5));
    expect(d.quantiles.p95).toBe(quantileSorted(sorted, 0.95));
  });
});
