// `minesim quote --hashprice "34.8 USD/PH/day"` was refused ("expected USD/PH/s/day"), though the
// industry writes hashprice so (Hashrate Index, Luxor: USD per PH per day) and a scenario's
// `network.hashprice: 34.8 USD/PH/day` is read as per PH/s. The quote now reads the unit with and
// without its `/s`, per PH/s and per TH/s (Monero's per kH/s), as the scenario does; its refusal
// names the per-TH/s form too.
import { describe, expect, it } from 'vitest';
import { readHashprice } from '../../src/cli/quote-flags.js';
import { validateScenarioText } from '../../src/scenario/validate.js';

const btc = (v: string) => readHashprice(v, 'USD/PH/s/day', 'USD/TH/s/day');

describe('quote --hashprice in the forms the industry and a scenario write', () => {
  it('USD/PH/day and USD/TH/day read as per PH/s and per TH/s', () => {
    expect(btc('34.8 USD/PH/day')).toBe(34.8);
    expect(btc('34.8 USD/PH/s/day')).toBe(34.8);
    expect(btc('0.0348 USD/TH/day')).toBeCloseTo(34.8, 12);
    expect(btc('0.0348 usd/th/s/day')).toBeCloseTo(34.8, 12);
    expect(readHashprice('0.03 USD/kH/day', 'USD/kH/s/day')).toBe(0.03);
  });

  it('the same text a scenario reads as the same hashprice', async () => {
    const scenario = (h: string) => `name: h
start: 2025-11-01
horizon: 30 days
fleet: [{ model: Antminer S21, count: 1, unitPrice: 3400 USD }]
power: { price: 0.06 USD/kWh }
network: { model: { type: stochastic, drift: 0 %, volatility: 50 % }, hashprice: ${h} }
price: { start: 90000 USD, model: { type: gbm, drift: 0 %, volatility: 50 % } }
`;
    for (const h of ['34.8 USD/PH/day', '0.0348 USD/TH/day']) {
      const v = await validateScenarioText(scenario(h), 'case.yaml');
      expect(v.ok).toBe(true);
    }
  });

  it('another unit refused, naming both forms', () => {
    expect(() => btc('34.8 USD/EH/day')).toThrow(
      '--hashprice: expected USD/PH/s/day, such as `45` or `0.045 USD/TH/s/day` (got "34.8 USD/EH/day")',
    );
  });
});
