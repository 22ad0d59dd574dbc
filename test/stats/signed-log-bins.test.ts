// Timeline slots binned by signed log (src/stats/log-bins.ts): a net position of either sign spread
// over many orders of magnitude. On even bins, the flagship at a volatility of 400 % a year (held
// coins, 300 paths) read its net position on 2022-05-11 at 6.88e9 USD for the 5 % (the paths' own:
// -77,330 USD) and 9.55e10 for the median (4.19e6): bins 1e10 USD wide, every quantile up to the
// 75 % in the first few.

import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { positiveSlots, seriesStart } from '../../src/engine/kernel/checkpoints.js';
import { Rng, runKey } from '../../src/engine/random/rng.js';
import { mergeParts, type NamedPart } from '../../src/engine/run/merge-parts.js';
import { partOrigin } from '../../src/engine/run/part-origin.js';
import { accumulateRun, finishRun, PILOT_PATHS, runMonteCarlo } from '../../src/engine/run/run.js';
import { shardRange, toPart } from '../../src/engine/run/shard.js';
import {
  addValue,
  addValuesBatched,
  BINS,
  binOf,
  createHistogramSet,
  createValueBatch,
  flushValueBatch,
} from '../../src/stats/histogram.js';
import {
  BY_SIGNED_LOG,
  fromSignedLogKey,
  signedLogFloorWord,
  signedLogKey,
  signedLogRange,
} from '../../src/stats/log-bins.js';
import { pilotRanges } from '../../src/stats/pilot-range.js';
import { distribution } from '../../src/stats/quantiles.js';
import { QUANTILE_KEYS } from '../../src/stats/summary.js';
import { rawCheckpoints } from '../fixtures/raw-checkpoints.js';
import { scenarioDraft, scenarioOf } from '../fixtures/scenarios.js';

/** The flagship at a price volatility of 400 % a year, its coins held (`--set` as in the comment above). */
function wildSource(): string {
  const draft = scenarioDraft('north-korea-2017-s9');
  draft.price.model.volatility = '400 %';
  draft.treasury = 'hold';
  return stringify(draft);
}

describe('signed-log bins (log-bins.ts)', () => {
  it('signedLogKey() rises with the value across 0 and gives magnitudes at or below the floor the key 0', () => {
    const [lo, hi] = signedLogRange(-1e5, 1e12);
    const floorWord = signedLogFloorWord(lo, hi);
    // The floor: the larger edge (4e12) x 2^-40, about 3.6 USD, above the smaller (4e5) x 2^-20, 0.38.
    const floor = fromSignedLogKey(1, floorWord);
    expect(floor).toBeGreaterThan(3);
    expect(floor).toBeLessThan(8);
    const values = [-Number.MAX_VALUE, -1e6, -1e5, -10, -floor, -1, -0, 0, 1, floor, 10, 1e5, 1e12, 1e300];
    for (let i = 1; i < values.length; i++)
      expect(signedLogKey(values[i], floorWord)).toBeGreaterThanOrEqual(
        signedLogKey(values[i - 1], floorWord),
      );
    // -1's key is -0: 0 as a key (0 - from's key is from's key's negative either way).
    expect(signedLogKey(-1, floorWord) === 0).toBe(true);
    expect(signedLogKey(1, floorWord)).toBe(0);
    expect(signedLogKey(floor, floorWord)).toBe(1);
    // 2^20 keys a doubling, on either side.
    expect(signedLogKey(2e6, floorWord) - signedLogKey(1e6, floorWord)).toBe(2 ** 20);
    expect(signedLogKey(-1e6, floorWord) - signedLogKey(-2e6, floorWord)).toBe(2 ** 20);
    for (const v of [-1e6, -77_330, 12.5, 4.19e6]) {
      const key = signedLogKey(v, floorWord);
      expect(fromSignedLogKey(key, floorWord)).toBeLessThanOrEqual(v);
      // For a key up to 0 the edge is an infimum: -1e6 itself has the key of the values just below.
      expect(fromSignedLogKey(key + 1, floorWord)).toBeGreaterThanOrEqual(v);
    }
  });

  it('counts a slot binned by signed log alike value by value and in batches, NaN, zeros and infinities included', () => {
    const n = 4000;
    const rng = new Rng();
    rng.reset(runKey(5), 0, 1);
    // Net positions from about -1e5 to 1e12: -e^(sd N) or +e^(sd N), a third of them negative.
    const values = Float64Array.from(
      { length: n },
      (_, k) => (k % 3 === 0 ? -1 : 1) * Math.exp(6 + 4 * Math.abs(rng.normal())),
    );
    const [lo, hi] = signedLogRange(-1e5, 1e12);
    values.set(
      [0, -0, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 5e-324, -5e-324, lo, hi],
      5,
    );
    values.set([-2e5 * 4, 1e13, 1e-3, -1e-3], 20);
    const kind = Uint8Array.of(BY_SIGNED_LOG);
    const one = createHistogramSet(1, 1, Float64Array.of(lo), Float64Array.of(hi), kind);
    const batched = createHistogramSet(1, 1, Float64Array.of(lo), Float64Array.of(hi), kind);
    const batch = createValueBatch(1, 97);
    for (let k = 0; k < n; k++) {
      addValue(one, 0, values[k]);
      addValuesBatched(batched, values.subarray(k, k + 1), batch);
    }
    flushValueBatch(batched, batch);
    expect(batched.counts).toEqual(one.counts);
    expect(batched.min).toEqual(one.min);
    expect(batched.max).toEqual(one.max);
    expect(one.counts.reduce((a, b) => a + b, 0)).toBe(n - 1); // NaN not counted
    expect(binOf(one, 0, lo)).toBe(1);
    expect(binOf(one, 0, lo * 1.001)).toBe(0);
    expect(binOf(one, 0, hi)).toBe(BINS + 1);
    expect(binOf(one, 0, Number.NEGATIVE_INFINITY)).toBe(0);
    // 0, -0 and the tiniest values share one bin, between those of -1e3 and 1e3.
    const zero = binOf(one, 0, 0);
    expect(binOf(one, 0, -0)).toBe(zero);
    expect(binOf(one, 0, 1e-3)).toBe(zero);
    expect(binOf(one, 0, -5e-324)).toBe(zero);
    expect(binOf(one, 0, -1e3)).toBeLessThan(zero);
    expect(binOf(one, 0, 1e3)).toBeGreaterThan(zero);
  });

  it('pilotRanges() bins by signed log a slot of both signs whose even bins hold its middle half in a few, and only such', () => {
    const rows = 256;
    const slots = 4;
    const raw = new Float64Array(rows * slots);
    for (let k = 0; k < rows; k++) {
      const wide = k < 64 ? -1000 - k : 10 ** (k / 20); // -1,063 to 6.5e12, median 1e6
      raw[k * slots] = wide;
      raw[k * slots + 1] = k - 100; // -100 to 155: by value
      raw[k * slots + 2] = Math.abs(wide); // one sign: not by signed log (by ratio: ratio-bins-zeros.test.ts)
      raw[k * slots + 3] = wide; // as the first, of a series positive by construction (no signed log)
    }
    const [lo, hi, kind] = pilotRanges(raw, rows, slots, Uint8Array.of(0, 0, 0, 1));
    expect([...kind]).toEqual([2, 0, 1, 0]);
    expect(lo[0]).toBeLessThan(0);
    expect(hi[0]).toBeGreaterThan(0);
  });
});

describe('runMonteCarlo(the flagship at a volatility of 400 %, coins held).summary.timeline.netUsd', () => {
  it('reads every week’s quantiles within 4 % of the paths’ own (or within the bin about 0), where even bins read the 5 % of 2022-05-11 at 6.88e9 USD against -77,330', async () => {
    const s = await scenarioOf(wildSource());
    const paths = 300;
    const { summary } = await runMonteCarlo(s, { paths, workers: 1, withBacktest: false });
    const { raw, c, slots } = await rawCheckpoints(s, paths);
    // The slots' ranges and kinds as the run fixed them from its first 256 paths.
    const [lo, hi, kind] = pilotRanges(raw, PILOT_PATHS, slots, positiveSlots(c));
    let signedLog = 0;
    let worst = 0;
    let where = '';
    for (let j = 0; j < c; j++) {
      const at = seriesStart('netUsd', c) + j;
      const exact = distribution(
        Float64Array.from({ length: paths }, (_, k) => raw[k * slots + at]),
      ).quantiles;
      let bin: number;
      if (kind[at] === BY_SIGNED_LOG) {
        signedLog++;
        // The bin about 0: the keys of a bin, on both sides of 0.
        const floorWord = signedLogFloorWord(lo[at], hi[at]);
        const keys = Math.ceil((signedLogKey(hi[at], floorWord) - signedLogKey(lo[at], floorWord)) / BINS);
        bin = 2 * fromSignedLogKey(keys + 1, floorWord);
      } else bin = (hi[at] - lo[at]) / BINS;
      for (const key of QUANTILE_KEYS) {
        const got = summary.timeline.netUsd[key][j]!;
        const want = exact[key]!;
        // The error in units of the tolerance: 4 % of the value, or a bin (about 0, or an even one).
        const error = Math.abs(got - want) / Math.max(0.04 * Math.abs(want), bin);
        if (error > worst) {
          worst = error;
          where = `${summary.timeline.dates[j]} ${key}: ${got} (paths ${want})`;
        }
      }
    }
    expect(worst, where).toBeLessThanOrEqual(1);
    // Most weeks are binned by signed log (252 of 262 in the pilot's ranges); the first weeks'
    // spread is narrow enough for even bins.
    expect(signedLog).toBeGreaterThan(200);
    const week = summary.timeline.dates.indexOf('2022-05-11');
    expect(kind[seriesStart('netUsd', c) + week]).toBe(BY_SIGNED_LOG);
    // Now -77,313 USD for the 5 % (paths -77,330) and 4.147e6 for the median (paths 4.185e6).
    expect(summary.timeline.netUsd.p5[week]).toBeCloseTo(-77_313, -1);
    expect(summary.timeline.netUsd.p50[week]! / 4.18477e6 - 1).toBeLessThan(0.02);
  }, 120_000);

  it('mergeParts() of 3 shards of it gives the single run’s summary byte for byte, and a part whose slot kind is 3 is refused', async () => {
    const source = wildSource();
    const s = await scenarioOf(source);
    const paths = 300;
    const single = await runMonteCarlo(s, { paths, workers: 2, withBacktest: false });
    const parts: NamedPart[] = [];
    for (let k = 0; k < 3; k++) {
      const acc = await accumulateRun(s, { paths, workers: 1 }, shardRange(paths, { k, n: 3 }));
      const part = toPart(
        acc,
        { k, n: 3 },
        { path: 'test.yaml', source, sets: [] },
        await partOrigin(s.coin),
      );
      parts.push({ file: `part-${k}-of-3.json`, part: JSON.parse(JSON.stringify(part)) });
    }
    const merged = mergeParts(parts);
    if (!merged.ok) throw new Error(merged.message);
    expect(merged.accumulation.histograms.ratio.includes(BY_SIGNED_LOG)).toBe(true);
    const result = await finishRun(s, merged.accumulation, { withBacktest: false });
    expect(JSON.stringify(result.summary.timeline)).toBe(JSON.stringify(single.summary.timeline));
    expect(JSON.stringify(result.summary, null, 2)).toBe(JSON.stringify(single.summary, null, 2));

    const acc = await accumulateRun(s, { paths: 30, workers: 1 }, shardRange(30, { k: 0, n: 1 }));
    const part = JSON.parse(
      JSON.stringify(
        toPart(acc, { k: 0, n: 1 }, { path: 'test.yaml', source, sets: [] }, await partOrigin(s.coin)),
      ),
    );
    const bytes = Buffer.from(part.accumulation.histograms.ratio, 'base64');
    bytes[bytes.indexOf(BY_SIGNED_LOG)] = 3;
    part.accumulation.histograms.ratio = bytes.toString('base64');
    const refused = mergeParts([{ file: 'part.json', part }]);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.message).toContain('not 0, 1 or 2');
  }, 120_000);
});
