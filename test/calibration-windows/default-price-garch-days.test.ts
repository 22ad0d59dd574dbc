// The default price (the bootstrap/GARCH-t mixture weighted by score) on a start past the shipped
// history (to 2025-11-14) fitted its GARCH-t on what of the 2 years before the start was history:
// 232 of 731 days on 2027-03-29 (persistence 0.597, where the 2-year fits it was scored on give
// about 0.97), 344 on 2026-12-07, and ran it at 43.9 % of the paths. A fit now takes a year of
// days; with fewer the default ran the bootstrap of the 4 years to the history's last day. Either
// carried the trend of the history's last years, so past the 31 days a market figure is carried the
// default price is now refused with what to give (test/start-today/default-price-refused.test.ts).
import { describe, expect, it } from 'vitest';
import { validateScenarioText } from '../../src/scenario/validate.js';

const at = (start: string) => `name: past-end
coin: bitcoin
start: ${start}
horizon: 2 years
fleet:
  - model: Antminer S21
    count: 100
    unitPrice: 3400 USD
power:
  price: 0.045 USD/kWh
network:
  difficulty: 141.67 T
  height: 933408
  model: { type: stochastic, drift: 30 %, volatility: 20 % }
price:
  start: 90000 USD
fees:
  model: { type: share-of-subsidy, share: 1 % }
monteCarlo:
  paths: 1
`;

describe('the default price past the history, its GARCH-t short of a year of days', () => {
  for (const [start, days] of [
    ['2026-11-16', 367],
    ['2026-11-17', 368],
    ['2026-12-07', 388],
    ['2027-03-29', 500],
  ] as const)
    it(`validateScenarioText() on ${start} refuses the default price, ${days} days past the history, naming the 4 years to 2025-11-14`, async () => {
      const v = await validateScenarioText(at(start), 'case.yaml');
      expect(v.ok).toBe(false);
      const problems = v.ok ? [] : v.problems;
      expect(problems.map((p) => p.path)).toEqual(['price.model']);
      expect(problems[0].message).toContain(`${days} days after the bitcoin history ends (2025-11-14)`);
      expect(problems[0].message).toContain('over 2021-11-15 to 2025-11-14');
    });
});
