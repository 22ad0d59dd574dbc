// The assumptions' Start price line shows the price the run starts from, whatever its size.
import { describe, expect, it } from 'vitest';
import { compilePlan } from '../../src/engine/compile/compile.js';
import { loadCompileInputs } from '../../src/engine/compile/inputs.js';
import { compileMarket } from '../../src/engine/compile/market-plan.js';
import { shownPriceUsd } from '../../src/messages/shown.js';
import { scenarioOf } from '../fixtures/scenarios.js';

async function startPriceLine(start: string) {
  const s = await scenarioOf({
    name: 'start-price',
    start: '2011-01-01',
    horizon: '1 year',
    fleet: [{ hashrate: '1 GH/s', power: '100 W', count: 1, unitPrice: '10 USD' }],
    power: { price: '0.05 USD/kWh' },
    price: { start, model: { type: 'gbm', drift: '0 %', volatility: '60 %' } },
  });
  const inputs = await loadCompileInputs(s);
  return compileMarket(s, compilePlan(s, inputs), inputs).assumptions.find((a) => a.label === 'Start price');
}

describe('the Start price line', () => {
  it('compileMarket() shows a given start price of 0.004 USD as 0.004 USD (it read "0.00 USD" beside the headline\'s "BTC 0.004 USD")', async () => {
    expect((await startPriceLine('0.004 USD'))?.value).toBe('0.004 USD');
    // From 1,000 USD up, in whole dollars with separators, as the headline's "BTC 78,600 USD".
    expect((await startPriceLine('78600 USD'))?.value).toBe('78,600 USD');
  });

  it('shownPriceUsd() keeps 4 significant digits below 1 USD, in decimals, and cents above', () => {
    expect(shownPriceUsd(0.0858)).toBe('0.0858 USD');
    expect(shownPriceUsd(1e-7)).toBe('0.0000001 USD');
    expect(shownPriceUsd(0.123456)).toBe('0.1235 USD');
    expect(shownPriceUsd(1808.75)).toBe('1808.75 USD');
  });
});
