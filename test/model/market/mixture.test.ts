// Mixtures of market models: paths follow each model in proportion to its weight, path k's choice
// depends only on (seed, k), and the run is the same for any number of workers.
import { describe, expect, it } from 'vitest';
import { compilePlan } from '../../../src/engine/compile/compile.js';
import { loadCompileInputs } from '../../../src/engine/compile/inputs.js';
import { compileMarket, type MarketPlan } from '../../../src/engine/compile/market-plan.js';
import { createMarketWorkspace, fillMarketPath } from '../../../src/engine/kernel/market-path.js';
import { Rng, runKey, STREAM_FEES, STREAM_NETWORK, STREAM_PRICE } from '../../../src/engine/random/rng.js';
import { runMonteCarlo } from '../../../src/engine/run/run.js';
import { type Draft, loadScenario, scenarioOf } from '../../fixtures/scenarios.js';

async function market(price: Draft, network: Draft = { type: 'growth', rate: '50 %' }): Promise<MarketPlan> {
  const s = await scenarioOf({
    name: 'mixture-test',
    start: '2019-01-01',
    horizon: '30 days',
    fleet: [{ model: 'Antminer S9', count: 1, unitPrice: '300 USD' }],
    power: { price: '0.05 USD/kWh' },
    network: { model: network },
    fees: { model: { type: 'per-block', amount: 0.2 } },
    price: { start: '3800 USD', model: price },
  });
  const inputs = await loadCompileInputs(s);
  return compileMarket(s, compilePlan(s, inputs), inputs);
}

/** Day-1 price of paths 0..n-1 (antithetic pairs when asked). */
function dayOnePrices(m: MarketPlan, n: number, antithetic = false): Float64Array {
  const w = createMarketWorkspace(m);
  const key = runKey(11);
  const [price, network, fees] = [new Rng(), new Rng(), new Rng()];
  const out = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const base = antithetic ? k - (k & 1) : k;
    const flip = antithetic && (k & 1) === 1;
    price.reset(key, base, STREAM_PRICE, flip);
    network.reset(key, base, STREAM_NETWORK, flip);
    fees.reset(key, base, STREAM_FEES, flip);
    fillMarketPath(m, w, price, network, fees);
    out[k] = w.path.priceUsd[1];
  }
  return out;
}

/** Two calm GBMs told apart by their first day: up 50 % a year with weight 1, down with weight 3. */
const UP_DOWN = {
  type: 'mixture',
  of: [
    { weight: 1, model: { type: 'gbm', drift: '50 %', volatility: 0 } },
    { weight: 3, model: { type: 'gbm', drift: '-50 %', volatility: 0 } },
  ],
};

describe('mixture market models', () => {
  it('fillMarketPath() of a price mixture follows each model in proportion to its weight, within 4 standard errors', async () => {
    const m = await market(UP_DOWN);
    const n = 20_000;
    const prices = dayOnePrices(m, n);
    const up = prices.filter((p) => p > 3800).length / n;
    const se = Math.sqrt((0.25 * 0.75) / n);
    expect(Math.abs(up - 0.25)).toBeLessThan(4 * se);
    expect(prices.every((p) => p !== 3800)).toBe(true);
  });

  it('fillMarketPath() gives both paths of an antithetic pair the same model', async () => {
    const prices = dayOnePrices(await market(UP_DOWN), 2000, true);
    for (let k = 0; k < 2000; k += 2) expect(prices[k + 1] > 3800).toBe(prices[k] > 3800);
  });

  it('fillMarketPath() of a one-model mixture is that model, number for number', async () => {
    const gbm = { type: 'gbm', drift: '10 %', volatility: '80 %' };
    const alone = dayOnePrices(await market(gbm), 50);
    const mixed = dayOnePrices(await market({ type: 'mixture', of: [{ weight: 2, model: gbm }] }), 50);
    expect(mixed).toEqual(alone);
  });

  it('compileMarket() normalizes the weights and says each model and its weight in the assumptions', async () => {
    const m = await market(UP_DOWN);
    expect(m.price.type).toBe('mixture');
    if (m.price.type !== 'mixture') return;
    expect(m.price.weights).toEqual([0.25, 0.75]);
    expect(m.price.cumulative[1]).toBe(1);
    const labels = m.assumptions.map((a) => `${a.label}: ${a.value}`);
    expect(labels).toContain('Price model: mixture of 2 models');
    expect(labels).toContain('Price mixture [1]: weight 25.0 %');
    expect(labels).toContain('[2] Price drift: -50.0 % a year (log)');
  });

  it('runMonteCarlo() of a GARCH-t and bootstrap price mixture with a network mixture gives byte-identical summaries with 1 and 2 workers', async () => {
    const s = await loadScenario('north-korea-2017-s9', (d) => {
      d.horizon = '2 years';
      d.price.model = {
        type: 'mixture',
        of: [
          { weight: 1, model: { type: 'garch-t', calibrate: '2 years' } },
          { weight: 1, model: { type: 'bootstrap', window: '2 years' } },
        ],
      };
      d.network.model = {
        type: 'mixture',
        of: [
          { weight: 2, model: { type: 'growth', calibrate: '1 year' } },
          { weight: 1, model: { type: 'price-coupled', lag: '30 days' } },
        ],
      };
    });
    const one = await runMonteCarlo(s, { paths: 600, workers: 1, breakEvenPaths: 40 });
    const two = await runMonteCarlo(s, { paths: 600, workers: 2, breakEvenPaths: 40 });
    expect(two.workers).toBe(2);
    expect(JSON.stringify(two.summary)).toBe(JSON.stringify(one.summary));
    expect(Array.from(two.outcomes.netAtHorizonUsd)).toEqual(Array.from(one.outcomes.netAtHorizonUsd));
    expect(new Set(one.outcomes.netAtHorizonUsd).size).toBe(600);
  });
});
