// A purchase made today (2026-12-07) with no fees block is refused: the fee share would be carried
// 388 days past the history. The refusal's example was `share: 2 %`, nearly three times the 0.75 %
// of the subsidy the history's last 90 days paid (the committed S21 example's figure), with nothing
// to say it was only a shape; followed as written it raised the fees the run counts. The example
// now carries the history's last share and says where it comes from.
import { describe, expect, it } from 'vitest';
import { problemsOf, problemWith, quoted } from '../advice/harness.js';

const today = `name: s21-today
coin: bitcoin
start: 2026-12-07
horizon: 3 years
fleet:
  - model: Antminer S21
    count: 200
    unitPrice: 3400 USD
power:
  price: 0.06 USD/kWh
network:
  difficulty: 141.67 T
  model: { type: growth, rate: 30 % }
price:
  start: 78600 USD
  model: { type: gbm, drift: 0 %, volatility: 50 % }
`;

describe('the fee share of a purchase made today', () => {
  it("validateScenarioText() gives the history's last 90 days' share as the example, and it validates as written", async () => {
    const refused = problemWith(
      await problemsOf(today),
      'more than the 31 days minesim carries this forward',
    );
    const advice = quoted(refused.message, 'give');
    expect(advice).toBe('fees.model: { type: share-of-subsidy, share: 0.75 % }');
    expect(refused.message).toContain("the share the history's last 90 days paid, to 2025-11-14");
    expect(await problemsOf(today, [advice.replace(': ', '=')])).toEqual([]);
  });
});
