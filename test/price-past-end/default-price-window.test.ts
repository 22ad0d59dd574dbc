// The default price on a start far past the shipped history (to 2025-11-14) falls back to the block
// bootstrap (its GARCH-t has too few of its 2 years), whose 4 years before the start held only what
// of them was history: a start on 2029-10-01 resampled the 45 days 2025-10-01 to 2025-11-14, whose
// mean of -187.1 % a year every path carried (P(payback <= 2 years) 0.000 for 500 S21s at
// 0.055 USD/kWh), and 2029-11-20 was refused with advice to write keys of a model it never named.
// The default now resamples the 4 years to the history's last day and says how long before the start
// they end; a price model the scenario names keeps its own window.
import { describe, expect, it } from 'vitest';
import { compilePlan } from '../../src/engine/compile/compile.js';
import { loadCompileInputs } from '../../src/engine/compile/inputs.js';
import { compileMarket } from '../../src/engine/compile/market-plan.js';
import { defaultModelAsWritten } from '../../src/model/market/defaults.js';
import { marketLines } from '../../src/scenario/market-lines.js';
import { validateScenarioText } from '../../src/scenario/validate.js';
import { problemsOf } from '../advice/harness.js';

const at = (start: string, price = '') => `name: s21-later
coin: bitcoin
start: ${start}
horizon: 3 years
fleet:
  - model: Antminer S21
    count: 500
    unitPrice: 2800 USD
power:
  price: 0.055 USD/kWh
network:
  difficulty: 150 T
  height: 1130000
  model: { type: stochastic, drift: 20 %, volatility: 30 % }
price:
  start: 90000 USD
${price}fees:
  model: { type: share-of-subsidy, share: 1 % }
monteCarlo:
  paths: 1
`;

async function priceLines(text: string) {
  const v = await validateScenarioText(text, 'case.yaml');
  if (!v.ok) throw new Error(v.problems.map((p) => p.message).join('\n'));
  const inputs = await loadCompileInputs(v.scenario);
  const lines = compileMarket(v.scenario, compilePlan(v.scenario, inputs), inputs).assumptions;
  return {
    model: lines.find((a) => a.label === 'Price model'),
    defaults: marketLines(v.scenario, { paths: 1 } as never).find((a) => a.label === 'Default market models'),
  };
}

describe('the default price on a start far past the history', () => {
  it('compileMarket() of a start on 2029-10-01 resamples the 4 years to 2025-11-14, not its 45 days', async () => {
    const { model, defaults } = await priceLines(at('2029-10-01'));
    expect(model?.value).toBe('stationary block bootstrap, mean block 30 days');
    expect(model?.note).toContain('daily log returns 2021-11-15 to 2025-11-14;');
    expect(model?.note).not.toContain('45 of 1461 days');
    expect(model?.note).not.toContain('-187.1 %');
    expect(defaults?.note).toContain(
      'the 4 years of the history to its last day, 2021-11-15 to 2025-11-14, 1417 days before the start',
    );
  });

  it('validateScenarioText() of a start on 2029-11-20, whose 4 years hold no history day, runs the default (it was refused)', async () => {
    expect(await problemsOf(at('2029-11-20'))).toEqual([]);
    const { model } = await priceLines(at('2029-11-20'));
    expect(model?.note).toContain('daily log returns 2021-11-15 to 2025-11-14;');
  });

  it('a bootstrap the scenario names keeps its own window and partial least of 30 days', async () => {
    const named = '  model: { type: bootstrap, window: 4 years, partial: allowed }\n';
    const { model, defaults } = await priceLines(at('2029-10-01', named));
    expect(model?.note).toContain('daily log returns 2025-10-01 to 2025-11-14, 45 of 1461 days');
    expect(defaults).toBeUndefined();
  });

  it('defaultModelAsWritten() there is the bootstrap of that window, which a sweep writes and validate accepts', async () => {
    const v = await validateScenarioText(at('2029-10-01'), 'case.yaml');
    if (!v.ok) throw new Error(v.problems.map((p) => p.message).join('\n'));
    const written = defaultModelAsWritten('price', v.scenario.earlyPrice);
    expect(written).toEqual({ type: 'bootstrap', partial: 'allowed', from: '2021-11-15', to: '2025-11-14' });
    expect(
      await problemsOf(at('2029-10-01'), [
        `price.model=${JSON.stringify(written)}`,
        'price.model.blockLength=10',
      ]),
    ).toEqual([]);
  });
});
