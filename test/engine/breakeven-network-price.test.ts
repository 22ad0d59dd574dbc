// The break-even coin price is the constant price at which the net position at the horizon is
// zero. A network that follows the price (price-coupled, endogenous) would not have grown as it
// did on the path had the price stayed there: miners come and go with the margin the price gives.
// Earlier builds held each path's network as the path's own price had moved it, so a re-run at
// the break-even price did not end at zero: on the flagship with an endogenous network (no
// failures) path 1's break-even price was 6,910 USD, and held at 6,910 USD it ended at -10,739 USD
// (held at its own break-even, 7,917 USD, it ends at zero); path 0 said 5,149 USD and lost
// 20,438 USD there. The network is now stepped again, on the path's own draws, at each price tried:
// a re-run with the price fixed at the break-even (the same seed, so the same network draws) ends
// at zero, and a price-coupled network without noise (the same at every constant price) gives the
// same break-even on every path.
import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { scenarioDraft, scenarioOf } from '../fixtures/scenarios.js';

function flagship(network: object, price?: number) {
  const d = scenarioDraft();
  d.fleet[0].failureRate = '0 %';
  d.network = { model: network };
  if (price !== undefined) d.price = { start: `${price} USD`, model: { type: 'fixed' } };
  delete d.sweep;
  delete d.claims;
  return scenarioOf(d);
}

describe('the break-even coin price under a network that follows the price', () => {
  it('runMonteCarlo() under an endogenous network: each path held at its break-even price ends at zero', async () => {
    const network = { type: 'endogenous' };
    const run = await runMonteCarlo(await flagship(network), { paths: 2, workers: 1 });
    for (const k of [0, 1]) {
      const price = run.outcomes.breakEvenPriceUsd[k];
      expect(price).toBeGreaterThan(0);
      const held = await runMonteCarlo(await flagship(network, price), {
        paths: 2,
        workers: 1,
        breakEvenPaths: 0,
      });
      // About 27,000 USD at stake: zero to a millionth of a dollar.
      expect(Math.abs(held.outcomes.netAtHorizonUsd[k])).toBeLessThan(1e-6);
    }
  });

  it('runMonteCarlo() under a price-coupled network without noise gives one break-even price on every path', async () => {
    const network = { type: 'price-coupled', volatility: '0 %' };
    const run = await runMonteCarlo(await flagship(network), { paths: 3, workers: 1 });
    const [a, b, c] = run.outcomes.breakEvenPriceUsd;
    expect(Math.abs(b / a - 1)).toBeLessThan(1e-9);
    expect(Math.abs(c / a - 1)).toBeLessThan(1e-9);
    const held = await runMonteCarlo(await flagship(network, a), { paths: 1, workers: 1, breakEvenPaths: 0 });
    expect(Math.abs(held.outcomes.netAtHorizonUsd[0])).toBeLessThan(1e-6);
  });
});
