import { describe, expect, it } from 'vitest';
import { SERIES_COUNT } from '../../src/engine/kernel/checkpoints.js';
import { ChunkRunner } from '../../src/engine/run/chunk.js';
import { addValue, createHistogramSet } from '../../src/stats/histogram.js';
import { pilotRange } from '../../src/stats/pilot-range.js';
import { randomNetworkSetup } from '../fixtures/random-network-setup.js';

const setup = (failureRate: string) => randomNetworkSetup({ failureRate });

describe('ChunkRunner', () => {
  for (const failureRate of ['0 %', '20 %'])
    it(`takeHistograms() counts exactly each path's checkpoint values, series the same on every path included (failures ${failureRate})`, async () => {
      const s = await setup(failureRate);
      const paths = 700;
      const c = s.checkpoints.length;
      const slots = SERIES_COUNT * c;
      // The pilot's raw values of the same paths: each path's values, slot by slot.
      const raw = new ChunkRunner(s).run(0, paths, true).raw!;
      for (let slot = 0; slot < slots; slot++) {
        let min = Number.POSITIVE_INFINITY;
        let max = Number.NEGATIVE_INFINITY;
        for (let k = 0; k < 100; k++) {
          min = Math.min(min, raw[k * slots + slot]);
          max = Math.max(max, raw[k * slots + slot]);
        }
        [s.lo[slot], s.hi[slot]] = pilotRange(min, max);
      }
      const runner = new ChunkRunner(s);
      runner.run(0, 300);
      runner.run(300, paths);
      const h = runner.takeHistograms()!;
      const one = createHistogramSet(SERIES_COUNT, c, s.lo, s.hi, s.ratio);
      for (let k = 0; k < paths; k++)
        for (let slot = 0; slot < slots; slot++) addValue(one, slot, raw[k * slots + slot]);
      expect(h.counts).toEqual(one.counts);
      expect(h.min).toEqual(one.min);
      expect(h.max).toEqual(one.max);
      // Taken again after more paths: only those are counted.
      runner.run(paths, paths + 5);
      const again = runner.takeHistograms()!;
      let total = 0;
      for (let b = 0; b < again.counts.length; b++) total += again.counts[b];
      expect(total).toBe(5 * slots);
    });

  it('run() after the pilot on the same runner gives the scalars, paybacks and histograms of a fresh runner', async () => {
    // accumulateWith (run.ts) runs the pilot and then the main thread's chunks on one runner.
    const s = await setup('20 %');
    const c = s.checkpoints.length;
    const slots = SERIES_COUNT * c;
    const shared = new ChunkRunner(s);
    const raw = shared.run(0, 64, true).raw!;
    for (let slot = 0; slot < slots; slot++) {
      let min = Number.POSITIVE_INFINITY;
      let max = Number.NEGATIVE_INFINITY;
      for (let k = 0; k < 64; k++) {
        min = Math.min(min, raw[k * slots + slot]);
        max = Math.max(max, raw[k * slots + slot]);
      }
      [s.lo[slot], s.hi[slot]] = pilotRange(min, max);
    }
    const fresh = new ChunkRunner(s);
    const a = shared.run(64, 200);
    const b = fresh.run(64, 200);
    expect(a.scalars).toEqual(b.scalars);
    expect(a.payback).toEqual(b.payback);
    const ha = shared.takeHistograms()!;
    const hb = fresh.takeHistograms()!;
    expect(ha.counts).toEqual(hb.counts);
    expect(ha.min).toEqual(hb.min);
    expect(ha.max).toEqual(hb.max);
  });
});
