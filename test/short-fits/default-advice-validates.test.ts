// A default network (the scenario names none) refused for its window advised "`network.model.drift`
// and `network.model.volatility` instead of calibrating": written so, the model lacks its type and
// is refused again. The advice now writes the model whole, and it validates as written.
import { describe, expect, it } from 'vitest';
import { asSet, problemsOf, problemWith, quoted } from '../advice/harness.js';

const LATE = `name: default-late
coin: bitcoin
start: 2027-06-01
horizon: 1 year
fleet:
  - model: Antminer S21
    count: 10
    unitPrice: 3400 USD
power:
  price: 0.045 USD/kWh
network:
  difficulty: 150 T
  height: 1000000
price:
  start: 90000 USD
  model: { type: gbm, drift: 0 %, volatility: 60 % }   # the default price is refused this far past the history
fees:
  model: { type: share-of-subsidy, share: 2 % }
`;

describe("a default network's refusal advises figures that validate as written", () => {
  it('validateScenarioText() on a start 564 days past the history: the given figures, with their type', async () => {
    const problem = problemWith(await problemsOf(LATE), "minesim's default here (stochastic network");
    const given = quoted(problem.message, 'or');
    // Bitcoin's own figures, said where they come from, not one pair for every coin.
    expect(given).toBe('network.model: { type: stochastic, drift: 35 %, volatility: 35 % }');
    expect(problem.message).toContain(
      "(the bitcoin network's hashrate over its last year of shipped history, 2024-11-15 to 2025-11-14, rounded to 5 %",
    );
    // The advice to give the model is said once, not again by the default's wrapper.
    expect(problem.message.split('drift:').length - 1).toBe(1);
    expect(await problemsOf(LATE, [asSet(given)])).toEqual([]);
    // Both pieces of advice the message gives validate.
    expect(await problemsOf(LATE, [asSet(quoted(problem.message, 'write'))])).toEqual([]);
  });
});

const EARLY = `name: default-early
coin: bitcoin
start: 2010-08-10
horizon: 1 year
fleet:
  - { hashrate: 1 MH/s, power: 100 W, count: 1, unitPrice: 100 USD, hardwareClass: cpu }
power:
  price: 0.045 USD/kWh
network:
  model: { type: growth, rate: 100 % }
fees:
  model: { type: share-of-subsidy, share: 2 % }
`;

describe("a default price's refusal advises figures that validate as written", () => {
  it('validateScenarioText() on a start 23 days into the history: the given figures, with their type', async () => {
    const problem = problemWith(await problemsOf(EARLY), "minesim's default here (bootstrap price");
    const given = quoted(problem.message, 'or give');
    // Bitcoin's own last shipped year, rounded (test/extremes-printed/price-example.test.ts).
    expect(given).toBe('price.model: { type: gbm, drift: 5 %, volatility: 45 % }');
    expect(await problemsOf(EARLY, [asSet(given)])).toEqual([]);
  });
});
