// The pilot a slice at a time (src/engine/run/pilot-run.ts) gives what one call over all its paths
// gives: every outcome, timeline value, sample and count, with break-evens and samples inside it.
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { compilePlan } from '../../src/engine/compile/compile.js';
import { loadCompileInputs } from '../../src/engine/compile/inputs.js';
import { compileMarket } from '../../src/engine/compile/market-plan.js';
import { SERIES_COUNT, weeklyCheckpoints } from '../../src/engine/kernel/checkpoints.js';
import { runKey } from '../../src/engine/random/rng.js';
import { ChunkRunner, type EngineSetup } from '../../src/engine/run/chunk.js';
import { runPilot } from '../../src/engine/run/pilot-run.js';
import { validateScenarioText } from '../../src/scenario/validate.js';

async function setup(): Promise<EngineSetup> {
  const yaml = stringify({
    name: 'pilot-slices',
    start: '2019-01-01',
    horizon: '1 year',
    fleet: [{ model: 'Antminer S9', count: 3, unitPrice: '300 USD', failureRate: '20 %' }],
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
    samplePaths: 20,
    breakEvenPaths: 25,
  };
}

describe('runPilot()', () => {
  it('gives one call’s result, bit for bit, over slices that end inside it and a last slice cut short', async () => {
    const s = await setup();
    const slots = SERIES_COUNT * s.checkpoints.length;
    for (const count of [5, 16, 40]) {
      const whole = new ChunkRunner(s).run(0, count, true);
      const sliced = await runPilot(new ChunkRunner(s), count, slots);
      expect(sliced).toEqual(whole);
      expect(Buffer.from(sliced.scalars.buffer)).toEqual(Buffer.from(whole.scalars.buffer));
      expect(Buffer.from(sliced.raw!.buffer)).toEqual(Buffer.from(whole.raw!.buffer));
    }
  });
});
