// The default price on a start far past the shipped history (to 2025-11-14) falls back to the block
// bootstrap (its GARCH-t has too few of its 2 years), whose 4 years before the start held only what
// of them was history: a start on 2029-10-01 resampled the 45 days 2025-10-01 to 2025-11-14, whose
// mean of -187.1 % a year every path carried (P(payback <= 2 years) 0.000 for 500 S21s at
// 0.055 USD/kWh), and 2029-11-20 was refused with advice to write keys of a model it never named.
// The default resampled the 4 years to the history's last day and said how long before the start
// they end; it carried their trend all the same, so more than 31 days past the history it is now
// refused with what to give (test/start-today/default-price-refused.test.ts), naming those 4 years.
// A price model the scenario names keeps its own window.
import { describe, expect, it } from 'vitest';
import { marketLines } from '../../src/scenario/market-lines.js';
import { problemsOf } from '../advice/harness.js';
import { compileMarketText } from '../fixtures/market.js';

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
  const { scenario, market } = await compileMarketText(text);
  return {
    model: market.assumptions.find((a) => a.label === 'Price model'),
    defaults: marketLines(scenario, { paths: 1 } as never).find((a) => a.label === 'Default market models'),
  };
}

describe('the default price on a start far past the history', () => {
  it('validateScenarioText() of a start on 2029-10-01 or 2029-11-20 refuses the default, naming the 4 years to 2025-11-14, not its 45 days', async () => {
    for (const [start, days] of [
      ['2029-10-01', '1,417'],
      ['2029-11-20', '1,467'],
    ]) {
      const problems = await problemsOf(at(start));
      expect(problems.map((p) => p.path)).toEqual(['price.model']);
      expect(problems[0].message).toContain(`${days} days after the bitcoin history ends (2025-11-14)`);
      expect(problems[0].message).toContain('over 2021-11-15 to 2025-11-14)');
      expect(problems[0].message).not.toContain('-187.1 %');
    }
  });

  it('a bootstrap the scenario names keeps its own window and partial least of 30 days', async () => {
    const named = '  model: { type: bootstrap, window: 4 years, partial: allowed }\n';
    const { model, defaults } = await priceLines(at('2029-10-01', named));
    expect(model?.note).toContain('daily log returns 2025-10-01 to 2025-11-14, 45 of 1461 days');
    expect(defaults).toBeUndefined();
  });

  it('the bootstrap the refusal writes without its trend validates there', async () => {
    const written = '  model: { type: bootstrap, from: 2021-11-15, to: 2025-11-14, demean: true }\n';
    expect(await problemsOf(at('2029-10-01', written))).toEqual([]);
  });
});
