import { describe, expect, it } from 'vitest';
import { schemaMessages } from '../../../src/messages/schema.js';
import { compileMarketDraft, eachMarketPath, marketProblems, meanSe } from '../../fixtures/market.js';

const network = (rho: number) => ({
  model: { type: 'stochastic', drift: '50 %', volatility: '30 %', priceCorrelation: rho },
});

describe('a stochastic network correlated with the price', () => {
  it('fillMarketPath() under a bootstrap price: the hashrate shock has variance 1 and covariance rho with the standardized return, within 4 SE', async () => {
    for (const rho of [0.8, 1, -1, 0.3]) {
      const { market } = await compileMarketDraft({
        price: { start: '3800 USD', model: { type: 'bootstrap', window: '4 years' } },
        network: network(rho),
      });
      const h = market.hashrate as { growthLogPerDay: number; volPerSqrtDay: number };
      const { returns } = market.price as { returns: Float64Array };
      const { mean, sd } = meanSe(returns);
      const n = returns.length;
      // Without reversion a day's log change is g + sigma z, so z = (change - g) / sigma is the
      // network's shock; s is the price's day drawn from the window, standardized. Means of z s
      // and z^2 over a path are linear, so their spread over independent paths is the Monte Carlo
      // standard error whatever the returns' tails and clustering. Over the window s^2 averages
      // (n - 1) / n (a sample sd), which the stationary bootstrap draws uniformly.
      const zs: number[] = [];
      const zz: number[] = [];
      eachMarketPath(market, 300, 3, (p) => {
        let sumZs = 0;
        let sumZz = 0;
        for (let d = 1; d < market.days; d++) {
          const s = (Math.log(p.priceUsd[d] / p.priceUsd[d - 1]) - mean) / sd;
          const z =
            (Math.log(p.networkHashrateHs[d] / p.networkHashrateHs[d - 1]) - h.growthLogPerDay) /
            h.volPerSqrtDay;
          sumZs += z * s;
          sumZz += z * z;
        }
        zs.push(sumZs / (market.days - 1));
        zz.push(sumZz / (market.days - 1));
      });
      const ss = (n - 1) / n;
      const c = meanSe(zs);
      const v = meanSe(zz);
      // Before the bootstrap wrote its shocks, z s averaged 0 for every rho and z^2 averaged
      // 1 - rho^2 (rho 0.8: a volatility of 18 % instead of 30 %; rho 1: a hashrate without noise).
      expect(Math.abs(c.mean - rho * ss)).toBeLessThan(4 * c.se + 1e-9);
      expect(Math.abs(v.mean - (rho * rho * ss + 1 - rho * rho))).toBeLessThan(4 * v.se + 1e-9);
    }
  });

  it('fillMarketPath() under a bootstrap price: the price shock is the drawn return standardized over the window', async () => {
    const { market } = await compileMarketDraft({
      price: { start: '3800 USD', model: { type: 'bootstrap', window: '2 years' } },
      network: network(0.5),
    });
    const plan = market.price as { returns: Float64Array };
    const { mean, sd } = meanSe(plan.returns);
    eachMarketPath(market, 2, 8, (p, _k, shock) => {
      for (let d = 1; d < market.days; d++) {
        const r = Math.log(p.priceUsd[d] / p.priceUsd[d - 1]);
        expect(shock[d]).toBeCloseTo((r - mean) / sd, 6);
      }
    });
  });

  it('validate refuses a priceCorrelation under a fixed or replayed price, and in a mixture with a fixed price', async () => {
    for (const price of ['fixed', 'historical']) {
      const problems = await marketProblems({
        price: { start: '3800 USD', model: { type: price } },
        network: network(0.5),
      });
      expect(
        problems.some((p) => p.message.startsWith(schemaMessages.correlationWithoutPriceShocks(0.5, price))),
      ).toBe(true);
      expect(problems.find((p) => p.message.includes('price correlation'))?.path).toBe(
        'network.model.priceCorrelation',
      );
    }
    const mixed = await marketProblems({
      price: {
        start: '3800 USD',
        model: {
          type: 'mixture',
          of: [
            { weight: 1, model: { type: 'gbm', drift: '0 %', volatility: '60 %' } },
            { weight: 1, model: { type: 'fixed' } },
          ],
        },
      },
      network: network(-0.3),
    });
    expect(mixed.map((p) => p.path)).toEqual(['network.model.priceCorrelation']);
    expect(mixed[0].message.startsWith(schemaMessages.correlationWithoutPriceShocks(-0.3, 'fixed'))).toBe(
      true,
    );
    // Uncorrelated, or under a price that draws shocks, there is nothing to refuse.
    expect(await marketProblems({ network: network(0) })).toEqual([]);
    expect(
      await marketProblems({
        price: { start: '3800 USD', model: { type: 'gbm', drift: '0 %', volatility: '60 %' } },
        network: network(1),
      }),
    ).toEqual([]);
  });
});
