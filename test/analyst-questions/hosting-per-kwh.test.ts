// S21s bought after the April 2024 halving, "hosted at 0.07 USD/kWh": the natural way to write it,
// `power.hosting: 0.07 USD/kWh`, was refused as "expected a cost per power and time, like 10
// USD/kW/month (got "0.07 USD/kWh", an energy price)", with no word that a rate per kWh is the
// all-in contract the README shows. The refusal now writes that contract, which validates as given
// (with the tariff at 0, as the all-in rule asks).
import { describe, expect, it } from 'vitest';
import { problemsOf, problemWith, quoted } from '../advice/harness.js';

const hosted = (hosting: string, price = '0.05 USD/kWh') => `name: s21-post-halving-2024
start: 2024-05-01
horizon: 3 years
fleet:
  - { model: Antminer S21, count: 100, unitPrice: 3400 USD }
power:
  price: ${price}
  hosting: ${hosting}
`;

describe('a hosting rate written per kWh', () => {
  it('validateScenarioText() refuses `power.hosting: 0.07 USD/kWh` with the all-in contract to write, which validates', async () => {
    const refused = problemWith(await problemsOf(hosted('0.07 USD/kWh')), 'an energy price');
    expect(refused.path).toBe('power.hosting');
    const contract = quoted(refused.message, 'write');
    expect(contract).toBe('power.hosting: { basis: all-in, rate: 0.07 USD/kWh }');
    expect(refused.message).toContain('with `power.price: 0 USD/kWh`');
    expect(await problemsOf(hosted(contract.slice('power.hosting: '.length), '0 USD/kWh'))).toEqual([]);
  });

  it('validateScenarioText() keeps the plain message for a hosting fee in another wrong unit (a power)', async () => {
    const refused = problemWith(await problemsOf(hosted('3500 W')), 'expected a cost per power and time');
    expect(refused.message).not.toContain('all-in');
  });
});
