// A path's break-evens on its own failures: a run draws each path's failures, and its break-even
// tariff and price are the constant values at which THAT path's net position at the horizon is
// zero. Searched on the expected survival instead (the run's earlier build), every path of a market
// that is the same on every path had the same break-even, whatever machines it lost.
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { compilePlan } from '../../src/engine/compile/compile.js';
import { loadCompileInputs } from '../../src/engine/compile/inputs.js';
import { compileMarket } from '../../src/engine/compile/market-plan.js';
import { SERIES_COUNT, weeklyCheckpoints } from '../../src/engine/kernel/checkpoints.js';
import { runKey } from '../../src/engine/random/rng.js';
import { ChunkRunner, type EngineSetup, SCALAR_COUNT } from '../../src/engine/run/chunk.js';
import { validateScenarioText } from '../../src/scenario/validate.js';
import { OUTCOME } from '../../src/stats/outcomes.js';

/** Three S19 Pros failing at 60 % a year on a market the same on every path: only the failures differ. */
async function setup(): Promise<EngineSetup> {
  const yaml = stringify({
    name: 'breakeven-failures',
    start: '2023-01-01',
    horizon: '1 year',
    fleet: [{ model: 'Antminer S19 Pro', count: 3, unitPrice: '800 USD', failureRate: '60 %' }],
    power: { price: '0.05 USD/kWh' },
    network: { model: { type: 'growth', rate: '0 %' } },
    fees: { model: { type: 'per-block', amount: 0.1 } },
    price: { start: '20000 USD', model: { type: 'fixed' } },
    money: { discountRate: '0 %', salvage: { model: 'none' } },
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
    key: runKey(5),
    antithetic: false,
    checkpoints,
    lo: new Float64Array(slots),
    hi: new Float64Array(slots),
    ratio: new Uint8Array(slots),
    samplePaths: 0,
    breakEvenPaths: 40,
  };
}

describe('ChunkRunner break-evens on drawn failures', () => {
  it("run() gives each path the break-even tariff and price at which the path's own net at the horizon is zero", async () => {
    const s = await setup();
    const paths = 40;
    const scalars = new ChunkRunner(s).run(0, paths).scalars;
    const tariffs = new Set<number>();
    for (let k = 0; k < paths; k++) {
      const at = (name: keyof typeof OUTCOME) => scalars[k * SCALAR_COUNT + OUTCOME[name]];
      const net = at('netAtHorizonUsd');
      const powerUsd = at('powerCostNetUsd');
      const revenueUsd = at('coinsMined') * 20_000;
      // By hand, always on and selling daily, the net is linear in each: net = revenue - power x T /
      // 0.05 - capex, zero at T = 0.05 x (1 + net / power); and revenue x P / 20,000 - power -
      // capex, zero at P = 20,000 x (1 - net / revenue). A path that lost its three units early
      // (40 of 60 %-a-year paths lose one in the first four months) breaks even far lower.
      // One that loses money even with free power has no break-even tariff (NaN).
      const tariff = 0.05 * (1 + net / powerUsd);
      if (tariff > 0) expect(at('breakEvenTariffUsdPerKwh')).toBeCloseTo(tariff, 9);
      else expect(at('breakEvenTariffUsdPerKwh')).toBeNaN();
      expect(at('breakEvenPriceUsd') / (20_000 * (1 - net / revenueUsd))).toBeCloseTo(1, 9);
      tariffs.add(at('breakEvenTariffUsdPerKwh'));
    }
    // The paths lost different machines on different days: their break-evens differ.
    expect(tariffs.size).toBeGreaterThan(10);
  });
});
