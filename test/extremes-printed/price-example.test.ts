// The refusal of a default price that cannot run offered `price.model: { type: gbm, drift: 0 %,
// volatility: 60 % }` for every coin, where the network's advice gives the coin's own last year of
// shipped history (network-example.ts). The price's now does the same: the coin's last shipped
// year's drift and volatility, rounded to 5 %, said where they come from, once.
import { describe, expect, it } from 'vitest';
import { loadHistory } from '../../src/data/history.js';
import { priceExample } from '../../src/scenario/price-example.js';
import { asSet, problemsOf, problemWith, quoted } from '../advice/harness.js';

const early = (coin: string, start: string, fleet: string) => `name: default-early
coin: ${coin}
start: ${start}
horizon: 1 year
fleet:
  - ${fleet}
power:
  price: 0.045 USD/kWh
network:
  model: { type: growth, rate: 100 % }
fees:
  model: { type: share-of-subsidy, share: 2 % }
`;

const CASES = [
  {
    coin: 'bitcoin',
    text: early(
      'bitcoin',
      '2010-08-10',
      '{ hashrate: 1 MH/s, power: 100 W, count: 1, unitPrice: 100 USD, hardwareClass: cpu }',
    ),
    given: 'price.model: { type: gbm, drift: 5 %, volatility: 45 % }',
    from: '2024-11-15 to 2025-11-14',
  },
  {
    coin: 'monero',
    text: early(
      'monero',
      '2014-06-01',
      '{ hashrate: 1 kH/s, power: 100 W, count: 1, unitPrice: 100 USD, hardwareClass: cpu }',
    ),
    given: 'price.model: { type: gbm, drift: 60 %, volatility: 80 % }',
    from: '2019-02-10 to 2020-02-09',
  },
] as const;

describe("a default price's refusal gives the coin's own figures", () => {
  it('priceExample() reads the last 365 days of each history, rounded to 5 %', () => {
    const btc = priceExample('bitcoin', loadHistory('bitcoin'));
    expect([btc.from, btc.to]).toEqual(['2024-11-15', '2025-11-14']);
    expect(Math.round(btc.drift * 100)).toBe(5);
    expect(Math.round(btc.volatility * 100)).toBe(45);
  });

  for (const c of CASES)
    it(`validateScenarioText() of a ${c.coin} start the default cannot run on: ${c.given}, said once, valid as written`, async () => {
      const problem = problemWith(await problemsOf(c.text), "minesim's default here (bootstrap price");
      expect(quoted(problem.message, 'or give')).toBe(c.given);
      expect(problem.message).toContain(
        `(the ${c.coin} price over its last year of shipped history, ${c.from}, rounded to 5 %`,
      );
      expect(problem.message.split('drift:').length - 1).toBe(1);
      expect(await problemsOf(c.text, [asSet(c.given)])).toEqual([]);
    });
});
