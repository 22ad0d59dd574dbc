// The market models' assumption lines count a duration of one day as "1 day".
import { describe, expect, it } from 'vitest';
import { compilePlan } from '../../../src/engine/compile/compile.js';
import { loadCompileInputs } from '../../../src/engine/compile/inputs.js';
import { compileMarket, type MarketPlan } from '../../../src/engine/compile/market-plan.js';
import { type Draft, scenarioOf } from '../../fixtures/scenarios.js';

async function market(models: Draft): Promise<MarketPlan> {
  const s = await scenarioOf({
    name: 'one-day',
    start: '2017-05-17',
    horizon: '1 year',
    fleet: [{ model: 'Antminer S9', count: 1, unitPrice: '300 USD' }],
    power: { price: '0.05 USD/kWh' },
    network: { model: { type: 'growth', rate: '50 %' } },
    fees: { model: { type: 'per-block', amount: 0.2 } },
    price: { model: { type: 'gbm', drift: '0 %', volatility: '60 %' } },
    ...models,
  });
  const inputs = await loadCompileInputs(s);
  return compileMarket(s, compilePlan(s, inputs), inputs);
}

const lines = (m: MarketPlan) =>
  m.assumptions.map((a) => `${a.label}: ${a.value}${a.note ? ` (${a.note})` : ''}`);

describe('one day in the market lines', () => {
  it('compileMarket() says "mean block 1 day", "lag 1 day" and "calibrated on 1 day" (they read "1 days")', async () => {
    const bootstrap = await market({
      price: { model: { type: 'bootstrap', window: '1 year', blockLength: '1 day' } },
    });
    expect(lines(bootstrap).join('\n')).toContain('stationary block bootstrap, mean block 1 day (');
    const coupled = await market({ network: { model: { type: 'price-coupled', lag: '1 day' } } });
    expect(lines(coupled).join('\n')).toContain(', lag 1 day, ');
    const fees = await market({ fees: { model: { type: 'share-of-subsidy', calibrate: '1 day' } } });
    expect(lines(fees).join('\n')).toContain('calibrated on 1 day before the start');
    expect(lines(fees).join('\n')).not.toMatch(/\b1 days\b/);
  });
});
