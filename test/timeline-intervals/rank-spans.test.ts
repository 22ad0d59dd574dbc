// The weekly bands' intervals are read from histograms: an order statistic is known only to lie in
// its bin, so each end is the edge of the bin that holds it (histogramRankSpans). Checked against
// the values themselves, sorted, on every kind of bin: even width, by ratio, by signed log, the
// values below and above the range, a slot of zeros under a ratio range, NaN values left out.
import { describe, expect, it } from 'vitest';
import { Rng, runKey } from '../../src/engine/random/rng.js';
import { addValue, BINS, createHistogramSet, type HistogramSet } from '../../src/stats/histogram.js';
import { histogramQuantiles } from '../../src/stats/histogram-quantiles.js';
import { histogramRankSpans, slotCount } from '../../src/stats/histogram-rank-spans.js';
import { BY_RATIO, BY_SIGNED_LOG } from '../../src/stats/log-bins.js';
import { quantileIntervalRanks } from '../../src/stats/quantile-interval.js';
import { QUANTILE_KEYS, QUANTILES } from '../../src/stats/summary.js';
import { bandIntervals } from '../../src/stats/timeline-intervals.js';

function sample(n: number, draw: (rng: Rng) => number, seed = 3): Float64Array {
  const rng = new Rng();
  rng.reset(runKey(seed), 0, 1);
  return Float64Array.from({ length: n }, () => draw(rng));
}

/** One slot over [lo, hi) binned by `kind`, holding `values`. */
function slotOf(values: ArrayLike<number>, lo: number, hi: number, kind = 0): HistogramSet {
  const h = createHistogramSet(1, 1, Float64Array.of(lo), Float64Array.of(hi), Uint8Array.of(kind));
  for (let i = 0; i < values.length; i++) addValue(h, 0, values[i]);
  return h;
}

/** Every rank's span holds the value of that rank, and reaches the extremes exactly. */
function expectSpansHold(h: HistogramSet, values: Float64Array): { widest: number } {
  const kept = values.filter((v) => !Number.isNaN(v)).sort();
  const n = kept.length;
  expect(slotCount(h, 0)).toBe(n);
  const ranks = Array.from({ length: n }, (_, i) => i + 1);
  const low = new Float64Array(n);
  const high = new Float64Array(n);
  histogramRankSpans(h, 0, ranks, low, high);
  const outside = ranks.filter((r) => !(low[r - 1] <= kept[r - 1] && kept[r - 1] <= high[r - 1]));
  expect(outside).toEqual([]);
  expect(low[0]).toBe(kept[0]);
  expect(high[n - 1]).toBe(kept[n - 1]);
  let widest = 0;
  for (let i = 0; i < n; i++) widest = Math.max(widest, high[i] - low[i]);
  return { widest };
}

describe('histogramRankSpans()', () => {
  it('on bins of even width each order statistic lies in its span, at most a bin wide', () => {
    const values = sample(5000, (r) => r.normal() * 50 + 50);
    const h = slotOf(values, -300, 400);
    const { widest } = expectSpansHold(h, values);
    expect(widest).toBeLessThanOrEqual(700 / BINS + 1e-9);
  });

  it('holds the values below and above the range between the range’s edge and the true extreme', () => {
    const values = sample(2000, (r) => r.normal() * 100);
    // A range over the middle only: the tails are counted below and above it.
    expectSpansHold(slotOf(values, -50, 50), values);
  });

  it('on bins by ratio and by signed log each order statistic lies in its span', () => {
    const prices = sample(4000, (r) => Math.exp(2 * r.normal()) * 1000);
    expectSpansHold(slotOf(prices, 10, 100_000, BY_RATIO), prices);
    const nets = sample(4000, (r) => Math.sinh(3 * r.normal()) * 10_000);
    expectSpansHold(slotOf(nets, -1e6, 1e6, BY_SIGNED_LOG), nets);
  });

  it('reads the zeros under a range by ratio from 0 to its low edge, not as 0 alone', () => {
    // A revenue: 0 on days switched off, positive values, some below the range's low edge.
    const values = sample(1000, (r) => (r.uniform() < 0.3 ? 0 : Math.exp(r.normal()) * 10));
    const h = slotOf(values, 1, 1000, BY_RATIO);
    expectSpansHold(h, values);
  });

  it('leaves NaN values out: the ranks are over the values counted', () => {
    const values = sample(1200, (r) => (r.uniform() < 0.2 ? Number.NaN : r.normal()));
    expectSpansHold(slotOf(values, -4, 4), values);
  });
});

describe('bandIntervals()', () => {
  it('gives each quantile the spans of the order statistics at quantileIntervalRanks(), holding the quantile read', () => {
    const weeks = 3;
    const values = [0, 1, 2].map((w) => sample(999, (r) => r.normal() * (w + 1), 10 + w));
    const lo = new Float64Array(weeks).fill(-8);
    const hi = new Float64Array(weeks).fill(8);
    for (const antithetic of [false, true]) {
      const h = createHistogramSet(1, weeks, lo, hi, new Uint8Array(weeks));
      values.forEach((v, w) => {
        for (const x of v) addValue(h, w, x);
      });
      const out = bandIntervals(h, 0, antithetic, 999);
      const read = new Float64Array(QUANTILES.length);
      for (let w = 0; w < weeks; w++) {
        const sorted = [...values[w]].sort((a, b) => a - b);
        histogramQuantiles(h, w, QUANTILES, read);
        QUANTILES.forEach((q, i) => {
          const key = QUANTILE_KEYS[i];
          const [l, u] = quantileIntervalRanks(999, q, antithetic)!;
          const low = out.low[key][w];
          const high = out.high[key][w];
          expect(low).toBeLessThanOrEqual(sorted[l - 1]);
          expect(high).toBeGreaterThanOrEqual(sorted[u - 1]);
          // Out to the bins' edges: no more than a bin (16 / 1,024) past the paths' own ends.
          expect(sorted[l - 1] - low).toBeLessThanOrEqual(16 / BINS + 1e-9);
          expect(high - sorted[u - 1]).toBeLessThanOrEqual(16 / BINS + 1e-9);
          expect(low).toBeLessThanOrEqual(read[i]);
          expect(high).toBeGreaterThanOrEqual(read[i]);
        });
      }
    }
  });

  it('gives no interval (NaN) where too few values give one: 2 values, and 5 for the median', () => {
    for (const n of [1, 2, 5]) {
      const h = createHistogramSet(1, 1, Float64Array.of(0), Float64Array.of(1), new Uint8Array(1));
      for (let i = 0; i < n; i++) addValue(h, 0, (i + 0.5) / n);
      const out = bandIntervals(h, 0, false, n);
      for (const key of QUANTILE_KEYS) {
        expect(out.low[key][0]).toBeNaN();
        expect(out.high[key][0]).toBeNaN();
      }
    }
    const h = createHistogramSet(1, 1, Float64Array.of(0), Float64Array.of(1), new Uint8Array(1));
    for (let i = 0; i < 6; i++) addValue(h, 0, (i + 0.5) / 6);
    const six = bandIntervals(h, 0, false, 6);
    // Six values: the median's interval is the least to the greatest, exactly.
    expect([six.low.p50[0], six.high.p50[0]]).toEqual([0.5 / 6, 5.5 / 6]);
    expect(six.low.p25[0]).toBeNaN();
  });
});
