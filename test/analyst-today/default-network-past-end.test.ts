// The default network (stochastic, calibrated on the year before the start, a partial window
// allowed) on a start 330 days past the shipped history read its drift from the 36 days to
// 2025-11-14: -59.1 % a year, and P(payback <= 2 years) 0.72 for 500 S21s at 0.055 USD/kWh where
// the year to 2025-11-14 (694 days) gives 0.13. Past the history's end the default now needs half its
// year (183 days), and the refusal advises the window that holds all of it.
import { describe, expect, it } from 'vitest';
import { problemsOf, problemWith } from '../advice/harness.js';

const at = (start: string, network = '') => `name: s21-today
coin: bitcoin
start: ${start}
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
${network}price:
  start: 90000 USD
  model: { type: gbm, drift: 0 %, volatility: 60 % }   # the default price is refused this far past the history
fees:
  model: { type: share-of-subsidy, share: 1 % }
monteCarlo:
  paths: 100
  seed: 1
`;

describe('the default network past the history', () => {
  it('validateScenarioText() of a start on 2026-10-10 refuses the default on 36 days of history, advising the 694 days that hold its year (it ran)', async () => {
    const network = problemWith(
      await problemsOf(at('2026-10-10')),
      "minesim's default here (stochastic network",
    );
    expect(network.message).toContain('has only 36 days in the bitcoin history');
    expect(network.message).toContain('a partial window must hold at least 183 days of it');
    expect(network.message).toContain(
      'write `network.model: { type: stochastic, calibrate: 694 days, partial: allowed }`',
    );
    expect(
      await problemsOf(
        at('2026-10-10', '  model: { type: stochastic, calibrate: 694 days, partial: allowed }\n'),
      ),
    ).toEqual([]);
  });

  it('validateScenarioText() keeps the default on a start whose year holds 183 days or more (2026-05-16; the committed S21 start, 2026-01-22, holds 297)', async () => {
    expect(await problemsOf(at('2026-05-16'))).toEqual([]);
    expect(await problemsOf(at('2026-01-22'))).toEqual([]);
    const refused = problemWith(
      await problemsOf(at('2026-05-18')),
      "minesim's default here (stochastic network",
    );
    expect(refused.message).toContain('has only 181 days in the bitcoin history');
  });

  it('a named model keeps the partial least of 30 days: the analyst chose its window', async () => {
    expect(
      await problemsOf(
        at('2026-10-10', '  model: { type: stochastic, calibrate: 1 year, partial: allowed }\n'),
      ),
    ).toEqual([]);
  });
});
