// A week's histogram counts the values it was given, not which antithetic pair each came from. Where
// some paths have no value, the summary counts the pairs by how many values each kept
// (keptPairsRanks); no one reading of a bare count holds every split: the pair rule over the values
// counted is up to 2 ranks narrower than keptPairsRanks for some splits. Such a week states no
// interval rather than one that may be too narrow; without pairs, the ranks are over the values
// counted, as the summary's are.
import { describe, expect, it } from 'vitest';
import { addValue, createHistogramSet } from '../../src/stats/histogram.js';
import { keptPairsRanks, quantileIntervalRanks } from '../../src/stats/quantile-interval.js';
import { QUANTILE_KEYS } from '../../src/stats/summary.js';
import { bandIntervals } from '../../src/stats/timeline-intervals.js';

/** One week of `paths` paths, `left` of them without a value (NaN, not counted). */
function week(paths: number, left: number) {
  const h = createHistogramSet(1, 1, Float64Array.of(0), Float64Array.of(1), new Uint8Array(1));
  for (let k = 0; k < paths; k++) addValue(h, 0, k < left ? Number.NaN : (k + 0.5) / paths);
  return h;
}

describe('the weekly intervals with paths left out', () => {
  it('the pair rule over the values kept can be narrower than keptPairsRanks(): 48 values of 40 pairs, 13 pairs of two', () => {
    expect(quantileIntervalRanks(48, 0.25, true)).toEqual([3, 22]);
    expect(keptPairsRanks({ singles: 22, doubles: 13 }, 0.25)).toEqual([2, 24]);
  });

  it('bandIntervals() of antithetic pairs states none for a week with a path left out, and every interval for a week with none', () => {
    const some = bandIntervals(week(400, 3), 0, true, 400);
    const none = bandIntervals(week(400, 0), 0, true, 400);
    for (const key of QUANTILE_KEYS) {
      expect([some.low[key][0], some.high[key][0]]).toEqual([Number.NaN, Number.NaN]);
      expect(none.low[key][0]).toBeLessThan(none.high[key][0]);
    }
  });

  it('bandIntervals() of independent paths ranks the values counted, as the summary does', () => {
    const out = bandIntervals(week(400, 100), 0, false, 400);
    const [l, u] = quantileIntervalRanks(300, 0.5, false)!;
    // The values kept are (k + 0.5) / 400 for k = 100 ... 399: the l-th is k = 99 + l.
    expect(out.low.p50[0]).toBeLessThanOrEqual((99 + l + 0.5) / 400);
    expect(out.high.p50[0]).toBeGreaterThanOrEqual((99 + u + 0.5) / 400);
    expect(out.high.p50[0] - out.low.p50[0]).toBeLessThan((u - l) / 400 + 2 / 1024);
  });
});
