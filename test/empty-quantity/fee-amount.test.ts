// A per-block fee amount written as an analyst writes coins, `amount: 0.01 XMR` (or BTC), was refused as
// "expected a number (got "0.01 XMR")": it now says the amount is in the coin, written without it.
import { describe, expect, it } from 'vitest';
import { problemsOf } from '../advice/harness.js';

const scenario = (amount: string) => `name: fee-amount
coin: bitcoin
start: 2024-05-01
horizon: 1 year
fleet:
  - { model: Antminer S21, count: 10, unitPrice: 3400 USD }
power:
  price: 0.05 USD/kWh
fees:
  model: { type: per-block, amount: ${amount} }
monteCarlo: { paths: 10 }
`;

describe('a per-block fee amount', () => {
  it('validateScenarioText() of `amount: 0.01 XMR` says to write the number of coins without the unit', async () => {
    const problems = await problemsOf(scenario('0.01 BTC'));
    expect(problems).toHaveLength(1);
    expect(problems[0].path).toBe('fees.model.amount');
    expect(problems[0].message).toBe(
      'expected a number of coins a block (BTC or XMR, as the scenario’s coin), written without the unit, like `amount: 0.01` (got "0.01 BTC")',
    );
  });

  it('a number is taken, and one left out is still "is required"', async () => {
    expect(await problemsOf(scenario('0.01'))).toEqual([]);
    const missing = await problemsOf(scenario('0.01').replace(', amount: 0.01', ''));
    expect(missing.map((p) => p.message)).toEqual(['is required']);
  });
});
