// A purchase made today (2026-12-07, 388 days past the history) that names no network model is
// refused: the default network's year holds no day of the history. The refusal advised "a window
// of 752 days with `network.model.partial: allowed`"; written so (`network.model: { calibrate: 752
// days, partial: allowed }`) it was refused again, for the model's missing `type`. The advice now
// writes the default's model in full, and applied as written it runs.
import { describe, expect, it } from 'vitest';
import { asSet, problemsOf, problemWith, quoted } from '../advice/harness.js';

const today = `name: s21-today-loan
coin: bitcoin
start: 2026-12-07
horizon: 3 years
fleet:
  - model: Antminer S21
    count: 200
    unitPrice: 3400 USD
    importPremium: 21.6 %
power:
  price: 0.06 USD/kWh
network:
  difficulty: 141.67 T
fees:
  model: { type: share-of-subsidy, share: 0.75 % }
price:
  start: 78600 USD
  model: { type: gbm, drift: 0 %, volatility: 60 % }   # the default price is refused this far past the history
finance:
  loans:
    - { loanToValue: 60 %, rate: 10.46 %, term: 24 months, repayment: amortizing }
monteCarlo:
  paths: 100
  seed: 1
`;

describe('the default network on a purchase made today', () => {
  it('validateScenarioText() refuses it with the model to write, which then validates as written', async () => {
    const refused = problemWith(await problemsOf(today), "minesim's default here (stochastic network");
    const advice = quoted(refused.message, 'write');
    expect(advice).toBe('network.model: { type: stochastic, calibrate: 752 days, partial: allowed }');
    expect(await problemsOf(today, [asSet(advice)])).toEqual([]);
  });
});
