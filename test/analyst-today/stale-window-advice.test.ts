// A purchase a year past the shipped history (2025-11-14): the advice for a default network model
// that cannot calibrate must lead to a window holding the year of history the default reads, not
// to the least window, whose 30 days a year before the start gave a drift of -22.2 % a year.
import { describe, expect, it } from 'vitest';
import { problemsOf, problemWith } from '../advice/harness.js';

const TODAY = `name: s21-today
coin: bitcoin
start: 2026-12-07
horizon: 3 years
fleet:
  - model: Antminer S21
    count: 500
    unitPrice: 2800 USD
power:
  price: 0.055 USD/kWh
  hosting: 12 USD/kW/month
network:
  difficulty: 150 T
price:
  start: 90000 USD
  model: { type: gbm, drift: 0 %, volatility: 60 % }   # the default price is refused this far past the history
fees:
  model: { type: share-of-subsidy, share: 1 % }
monteCarlo:
  paths: 100
  seed: 1
`;

describe('the default network on a start 388 days past the history', () => {
  it('validateScenarioText() advises the window that holds the year of history the default reads, with `partial: allowed` (it advised 417 days, a month of it, without the key)', async () => {
    const network = problemWith(await problemsOf(TODAY), "minesim's default here (stochastic network");
    expect(network.message).toContain(
      'write `network.model: { type: stochastic, calibrate: 752 days, partial: allowed }`, which holds the 365 days of the history this one asks for (to 2025-11-14, 388 days before the start)',
    );
    expect(network.message).toContain(
      'a window of 570 days holds only the 183 days to 2025-11-14 that a partial window must hold',
    );
  });

  it('the advice followed as written validates, on 365 days of the history', async () => {
    const written = `${TODAY}  model: { type: stochastic }\n`.replace(
      'network:\n  difficulty: 150 T\n',
      'network:\n  difficulty: 150 T\n  model: { type: stochastic, calibrate: 752 days, partial: allowed }\n',
    );
    expect(await problemsOf(written.replace('  model: { type: stochastic }\n', ''))).toEqual([]);
  });
});
