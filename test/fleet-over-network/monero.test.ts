// Monero's day step (model/monero-day.ts: a difficulty every block from the last 720's hashes)
// follows the same network as Bitcoin's: a CPU fleet of half of 2018-04-07's network on a random
// network that falls below it is held at the fleet there, and earns at most every block.
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { compilePlan } from '../../src/engine/compile/compile.js';
import { loadCompileInputs } from '../../src/engine/compile/inputs.js';
import { compileMarket } from '../../src/engine/compile/market-plan.js';
import { simulatePath } from '../../src/engine/kernel/kernel.js';
import { METRIC } from '../../src/engine/kernel/metrics.js';
import { createKernelWorkspace } from '../../src/engine/kernel/workspace.js';
import { Rng } from '../../src/engine/random/rng.js';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { validateScenarioText } from '../../src/scenario/validate.js';
import { eachMarketPath } from '../fixtures/market.js';

// 300,000 i7-2600K at 266 H/s is 79.8 MH/s, 51 % of 2018-04-07's 157.29 MH/s.
const draft = {
  name: 'monero-fleet-over-network',
  coin: 'monero',
  start: '2018-04-07',
  horizon: '1 year',
  fleet: [{ model: 'Intel Core i7-2600K', count: 300_000, unitPrice: '10 USD' }],
  power: { price: '0.05 USD/kWh' },
  price: { start: '170 USD', model: { type: 'gbm', drift: '0 %', volatility: '80 %' } },
  network: { model: { type: 'stochastic', drift: '-30 %', volatility: '80 %' } },
  fees: { model: { type: 'per-block', amount: 0 } },
};

describe('a Monero CPU fleet of half the network on a random network', () => {
  it('simulatePath() pays the fleet no more coins than every block, and the run counts the paths and days held', async () => {
    const v = await validateScenarioText(stringify(draft), 'test.yaml');
    if (!v.ok) throw new Error(v.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
    const inputs = await loadCompileInputs(v.scenario);
    const plan = compilePlan(v.scenario, inputs);
    const market = compileMarket(v.scenario, plan, inputs);
    const workspace = createKernelWorkspace(plan);
    let worst = 0;
    let atFleet = 0;
    eachMarketPath(market, 150, 4, (path) => {
      simulatePath(plan, path, workspace, new Rng());
      let blockCoins = 0;
      for (let d = 0; d < plan.days; d++)
        blockCoins += workspace.networkDays.coinsPerHs[d] * path.networkHashrateHs[d];
      const share = workspace.metrics[METRIC.coinsMined] / blockCoins;
      worst = Math.max(worst, share);
      if (path.networkHashrateHs.some((h, d) => h === market.fleetFloorHs![d])) atFleet++;
    });
    expect(atFleet).toBeGreaterThan(30);
    expect(worst).toBeLessThanOrEqual(1 + 1e-12);
    const run = await runMonteCarlo(v.scenario, { paths: 150, seed: 4, workers: 1, withBacktest: false });
    expect(run.summary.headline.networkAtFleetPaths).toBeGreaterThan(30);
    expect(run.summary.headline.networkAtFleetDays).toBeGreaterThan(
      run.summary.headline.networkAtFleetPaths!,
    );
  }, 60_000);
});
