import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { compilePlan } from '../../src/engine/compile/compile.js';
import { loadCompileInputs } from '../../src/engine/compile/inputs.js';
import { compileMarket } from '../../src/engine/compile/market-plan.js';
import { SERIES_COUNT, weeklyCheckpoints } from '../../src/engine/kernel/checkpoints.js';
import { runKey } from '../../src/engine/random/rng.js';
import { ChunkRunner, type EngineSetup } from '../../src/engine/run/chunk.js';
import { validateScenarioText } from '../../src/scenario/validate.js';
import { addValue, createHistogramSet } from '../../src/stats/histogram.js';
import { pilotRange } from '../../src/stats/pilot-range.js';

/** One S9 on a random network: its power cost is the same on every path (no failures, a fixed tariff). */
async function setup(failureRate: string): Promise<EngineSetup> {
  const yaml = stringify({
    name: 'chunk-test',
    start: '2019-01-01',
    horizon: '1 year',
    fleet: [{ model: 'Antminer S9', count: 3, unitPrice: '300 USD', failureRate }],
    power: { price: '0.05 USD/kWh' },
    network: { model: { type: 'stochastic', drift: '40 %', volatility: '30 %' } },
    fees: { model: { type: 'per-block', amount: 0.2 } },
    price: { start: '3800 USD', model: { type: 'gbm', drift: '0 %', volatility: '60 %' } },
  });
  const v = await validateScenarioText(yaml, 'test.yaml');
  if (!v.ok) throw new Error(v.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  const inputs = await loadCompileInputs(v.scenario);
  const plan = compilePlan(v.scenario, inputs);
  const market = compileMarket(v.scenario, plan, inputs);
  const checkpoints = weeklyCheckpoints(plan.days);
  const slots = SERIES_COUNT * checkpoints.length;
  return {
    plan,
    market,
    key: runKey(11),
    antithetic: false,
    checkpoints,
    lo: new Float64Array(slots),
    hi: new Float64Array(slots),
    ratio: new Uint8Array(slots),
    samplePaths: 0,
    breakEvenPaths: 0,
  };
}

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
