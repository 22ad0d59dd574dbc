// What `priceCorrelation` correlates: the network's daily shock with the price's standardized shock.
// Under a GBM or a bootstrap price that is the correlation of the daily log changes; under a
// jump-diffusion the jumps, which are no part of the shock, lower it, and under a GARCH-t the
// price's shock is scaled by its day's volatility. The reference says so.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileMarketDraft, eachMarketPath } from '../../../fixtures/market.js';

const network = { model: { type: 'stochastic', drift: '40 %', volatility: '30 %', priceCorrelation: 0.6 } };

/** Correlation of the daily log changes of price and network hashrate over `paths` paths. */
async function realised(price: object, paths: number) {
  const { market } = await compileMarketDraft({ price: { model: price }, network });
  let n = 0;
  let sp = 0;
  let sh = 0;
  let spp = 0;
  let shh = 0;
  let sph = 0;
  eachMarketPath(market, paths, 11, (p) => {
    for (let d = 1; d < market.days; d++) {
      const x = Math.log(p.priceUsd[d] / p.priceUsd[d - 1]);
      const y = Math.log(p.networkHashrateHs[d] / p.networkHashrateHs[d - 1]);
      n++;
      sp += x;
      sh += y;
      spp += x * x;
      shh += y * y;
      sph += x * y;
    }
  });
  const cov = sph / n - (sp / n) * (sh / n);
  return {
    r: cov / Math.sqrt((spp / n - (sp / n) ** 2) * (shh / n - (sh / n) ** 2)),
    n,
    price: market.price as unknown as Record<string, number>,
  };
}

describe('priceCorrelation against the realised correlation of daily log changes', () => {
  it('fillMarketPath() under a GBM price: the daily log changes correlate at 0.6, within 4 SE', async () => {
    const { r, n } = await realised({ type: 'gbm', drift: '10 %', volatility: '60 %' }, 300);
    // SE of a correlation of n independent pairs: (1 - r^2) / sqrt(n) = 0.64 / 330 = 0.0019.
    expect(Math.abs(r - 0.6)).toBeLessThan((4 * (1 - 0.36)) / Math.sqrt(n));
  });

  it('fillMarketPath() under a jump-diffusion price: the jumps lower it to rho sigma / sqrt(sigma^2 + lambda (mu^2 + s^2)), within 6 SE', async () => {
    const { r, n, price } = await realised({ type: 'jump-diffusion', calibrate: '2 years' }, 300);
    // A day's log change: the diffusion's sigma z, which the network shares at rho, plus a
    // compound Poisson sum of jumps of variance lambda (mu^2 + s^2) a day, which it does not.
    const sigma = price.volPerSqrtDay;
    const jumps = price.jumpsPerDay * (price.jumpMean ** 2 + price.jumpVol ** 2);
    const expected = (0.6 * sigma) / Math.sqrt(sigma * sigma + jumps);
    expect(expected).toBeLessThan(0.57);
    // The jumps' fourth moment widens the SE: 6 SE of the normal case.
    expect(Math.abs(r - expected)).toBeLessThan((6 * (1 - expected ** 2)) / Math.sqrt(n));
  });

  it('fillMarketPath() under a GARCH-t price: the shock scaled by the day’s volatility correlates below 0.6', async () => {
    // rho E[sqrt(h)] / sqrt(E[h]) with h the day's variance: about 0.50 on the 2 years to 2019 (measured 0.503; the jump-diffusion 0.538 against its formula's 0.536).
    const { r } = await realised({ type: 'garch-t', calibrate: '2 years' }, 300);
    expect(r).toBeLessThan(0.56);
    expect(r).toBeGreaterThan(0.4);
  });

  it('the scenario reference says which correlation priceCorrelation sets', () => {
    const reference = readFileSync(
      new URL('../../../../docs/scenario-reference.md', import.meta.url),
      'utf8',
    );
    const row = reference
      .split('\n')
      .find((line) => line.startsWith('| `network.model{type: stochastic}.priceCorrelation`'));
    expect(row).toContain('daily log changes');
    expect(row).toContain('jump-diffusion');
    expect(row).toContain('GARCH-t');
  });
});
