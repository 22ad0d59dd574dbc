// Timeline slots of a series at 0 or above, not positive by construction (a revenue: 0 on days
// switched off), binned by ratio where even bins fail them (src/stats/pilot-range.ts). On even
// bins, the flagship at a volatility of 400 % a year (coins held, 300 paths) read its revenue's 5 %
// in the last week at 25,775 USD a day where the paths' own is 0.0000182: its bins were about 1e9
// USD a day wide.

import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { positiveSlots, seriesStart } from '../../src/engine/kernel/checkpoints.js';
import { PILOT_PATHS, runMonteCarlo } from '../../src/engine/run/run.js';
import { addValue, BINS, createHistogramSet } from '../../src/stats/histogram.js';
import { histogramQuantiles } from '../../src/stats/histogram-quantiles.js';
import { BY_RATIO, BY_VALUE, fromHighWord, highWord } from '../../src/stats/log-bins.js';
import { pilotRanges, ZERO_RATIO_DOUBLINGS } from '../../src/stats/pilot-range.js';
import { distribution } from '../../src/stats/quantiles.js';
import { QUANTILE_KEYS } from '../../src/stats/summary.js';
import { rawCheckpoints } from '../fixtures/raw-checkpoints.js';
import { scenarioDraft, scenarioOf } from '../fixtures/scenarios.js';

/** The flagship at a price volatility of 400 % a year, its coins held. */
function wildSource(): string {
  const draft = scenarioDraft('north-korea-2017-s9');
  draft.price.model.volatility = '400 %';
  draft.treasury = 'hold';
  return stringify(draft);
}

describe('pilotRanges() of a slot at 0 or above, not positive by construction', () => {
  it('bins by ratio one spread over orders of magnitude, its low edge above 0 and at least its greatest kept x 2^-40, and only such', () => {
    const rows = 256;
    const slots = 4;
    const raw = new Float64Array(rows * slots);
    for (let k = 0; k < rows; k++) {
      const wide = k < 40 ? 0 : 10 ** ((k - 40) / 10); // 40 zeros, then 1 to 3.2e21
      raw[k * slots] = wide;
      raw[k * slots + 1] = k; // 0 to 255: even bins
      raw[k * slots + 2] = wide; // positive by construction marked, but holds zeros: even bins
      raw[k * slots + 3] = k < 40 ? 0 : 10 ** ((k - 40) / 1000); // 1 to 1.64: even bins
    }
    const [lo, hi, kind] = pilotRanges(raw, rows, slots, Uint8Array.of(0, 0, 1, 0));
    expect([...kind]).toEqual([BY_RATIO, BY_VALUE, BY_VALUE, BY_VALUE]);
    // The greatest kept: the 6th greatest, 10^(210/10) = 1e21; the low edge at least 1e21 x 2^-40
    // (9.1e8), above the least positive kept (1), so the floor sets it.
    const floor = fromHighWord(highWord(1e21) - ZERO_RATIO_DOUBLINGS * 2 ** 20);
    expect(lo[0]).toBe(floor);
    expect(floor / 1e21).toBeGreaterThan(2 ** -41);
    expect(hi[0]).toBeGreaterThan(1e21);
  });

  it('takes the low edge from the least positive value kept, with the margin, where it is above the floor', () => {
    const rows = 256;
    // 10 zeros, then 1 to 1.3e6; kept up to the 6th greatest, 10^(240/40) = 1e6. Even bins over
    // [5e-324, 1.5e6]: 1,465 wide, the middle half (22 to 3.3e4) in 22 of them; ratio bins about
    // 2.7 % wide, finer at the 5 % to 75 % (1.19 to 3.3e4), 5 of the 7 quantiles.
    const raw = Float64Array.from({ length: rows }, (_, k) => (k < 10 ? 0 : 10 ** ((k - 10) / 40)));
    const [lo, hi, kind] = pilotRanges(raw, rows, 1, Uint8Array.of(0));
    expect(kind[0]).toBe(BY_RATIO);
    // ratioRange(1, 1e6): 10 doublings of margin below 1, about 0.001, above 1e6 x 2^-40 (9.1e-7).
    expect(lo[0]).toBeLessThanOrEqual(1);
    expect(lo[0]).toBeGreaterThan(1e-3 * 0.9);
    expect(hi[0]).toBeGreaterThan(1e6);
    // With 40 zeros, the quantiles up to the 10 % are 0 (read exactly on either bins) and only
    // 3 of 7 are finer by ratio: even bins stay.
    const fewer = Float64Array.from({ length: rows }, (_, k) => (k < 40 ? 0 : 10 ** ((k - 40) / 40)));
    expect(pilotRanges(fewer, rows, 1, Uint8Array.of(0))[2][0]).toBe(BY_VALUE);
  });

  it('histogramQuantiles() reads the zeros below a ratio slot’s low edge as a point mass at 0 (no NaN)', () => {
    const values = [0, 0, 0, 1e-12, 2, 40, 800, 1.6e4, 3.2e5, 6.4e6];
    const h = createHistogramSet(1, 1, Float64Array.of(0.5), Float64Array.of(1e8), Uint8Array.of(BY_RATIO));
    for (const v of values) addValue(h, 0, v);
    const qs = [0, 0.1, 0.2, 0.3, 0.5, 1];
    const out = new Float64Array(qs.length);
    expect(histogramQuantiles(h, 0, qs, out)).toBe(true);
    // Ranks 0, 0.9, 1.8, 2.7 (zeros, and 1e-12 below the edge read as 0), 4.5 (halfway from 2 to
    // 40: 21, each read within its bin, about 1.9 % wide: 27.6 doublings over 1,024 bins).
    expect([...out.subarray(0, 4)]).toEqual([0, 0, 0, 0]);
    expect(out[4]).toBeGreaterThan(20.5);
    expect(out[4]).toBeLessThan(21.5);
    expect(out[5]).toBe(6.4e6);
  });
});

describe('runMonteCarlo(the flagship at a volatility of 400 %, coins held).summary.timeline.revenueUsdPerDay', () => {
  it('reads every week’s quantiles within 4 % of the paths’ own (or within the low edge, 2^-40 of the week’s greatest), where even bins read the last week’s 5 % at 25,775 USD a day against 0.0000182', async () => {
    const s = await scenarioOf(wildSource());
    const paths = 300;
    const { summary } = await runMonteCarlo(s, { paths, workers: 1, withBacktest: false });
    const { raw, c, slots } = await rawCheckpoints(s, paths);
    const [lo, hi, kind] = pilotRanges(raw, PILOT_PATHS, slots, positiveSlots(c));
    let byRatio = 0;
    let worst = 0;
    let where = '';
    for (let j = 0; j < c; j++) {
      const at = seriesStart('revenueUsdPerDay', c) + j;
      const column = Float64Array.from({ length: paths }, (_, k) => raw[k * slots + at]);
      const exact = distribution(column).quantiles;
      const greatest = column.reduce((a, b) => Math.max(a, b), 0);
      if (kind[at] === BY_RATIO) byRatio++;
      // Ratio bins: 4 %, or below the low edge (read as 0) 2^-40 of the week's greatest; even bins
      // (the first weeks, whose middle half they resolve): 4 % or a bin, as for the net position.
      const floor = kind[at] === BY_RATIO ? greatest * 2 ** -40 : (hi[at] - lo[at]) / BINS;
      if (kind[at] === BY_RATIO) expect(lo[at]).toBeGreaterThan(0);
      for (const key of QUANTILE_KEYS) {
        const got = summary.timeline.revenueUsdPerDay[key][j]!;
        const want = exact[key]!;
        expect(Number.isFinite(got)).toBe(true);
        const error = Math.abs(got - want) / Math.max(0.04 * Math.abs(want), floor);
        if (error > worst) {
          worst = error;
          where = `${summary.timeline.dates[j]} ${key}: ${got} (paths ${want}, lo ${lo[at]}, kind ${kind[at]})`;
        }
      }
    }
    expect(worst, where).toBeLessThanOrEqual(1);
    expect(byRatio).toBeGreaterThan(c / 2);
    const last = c - 1;
    expect(kind[seriesStart('revenueUsdPerDay', c) + last]).toBe(BY_RATIO);
    // The last week's 5 %: 25,775 USD a day on even bins, the paths' own 0.0000182.
    const at = seriesStart('revenueUsdPerDay', c) + last;
    const column = Float64Array.from({ length: paths }, (_, k) => raw[k * slots + at]);
    const want = distribution(column).quantiles.p5!;
    expect(want).toBeLessThan(1e-4);
    const p5 = summary.timeline.revenueUsdPerDay.p5[last]!;
    expect(Math.abs(p5 - want)).toBeLessThanOrEqual(
      Math.max(0.04 * want, column.reduce((a, b) => Math.max(a, b), 0) * 2 ** -40),
    );
  }, 120_000);
});
