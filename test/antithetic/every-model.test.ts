// What an antithetic pair (paths 2j, 2j + 1) does in each market model, on the flagship (5 years,
// no machine failures so that only the market moves the paths), measured as the correlation of a
// pair's nets at the horizon over 500 pairs: a negative one is what pairs are for (the variance of
// a pair's mean is (1 + rho) / 2 of a path's, halved again by the pairing's count), about 0 means
// pairing saves nothing. A sample correlation over m = 500 pairs has a standard error of about
// (1 - rho^2) / sqrt(m): 0.045 at 0, 0.03 at -0.56; the bounds below are 4 or more of them from
// the figures measured (README "Randomness" and `monteCarlo.antithetic` quote them):
// - GBM -0.56, GARCH-t -0.75, jump-diffusion -0.40: every day mirrored (test/random/antithetic-pairs);
// - a stochastic network with a fixed price -0.90, price-coupled -0.96, endogenous -0.93;
// - a bootstrap price -0.04: a block's pick i mirrored is floor((1 - u) n), another block of the
//   history, unrelated to the first (its returns are not mirrored, nor could they be without
//   changing the history's distribution);
// - a mixture of a GBM and a GARCH-t -0.05: both paths follow one model (each alone mirrors), and
//   the spread between the models' outcomes is shared by the pair;
// - fee spikes on a fixed price -0.02: a spike's start is a mirrored uniform, the days in a spike
//   draw none, so the pair's spikes fall on unrelated days.
import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { type Draft, loadScenario } from '../fixtures/scenarios.js';

function pairCorrelation(x: Float64Array): number {
  const m = Math.floor(x.length / 2);
  let [ma, mb] = [0, 0];
  for (let j = 0; j < m; j++) {
    ma += x[2 * j] / m;
    mb += x[2 * j + 1] / m;
  }
  let [c, va, vb] = [0, 0, 0];
  for (let j = 0; j < m; j++) {
    const [a, b] = [x[2 * j] - ma, x[2 * j + 1] - mb];
    c += a * b;
    va += a * a;
    vb += b * b;
  }
  return c / Math.sqrt(va * vb);
}

async function correlation(edit: (d: Draft) => void): Promise<number> {
  const s = await loadScenario('north-korea-2017-s9', (d) => {
    d.claims = [];
    delete d.sweep;
    d.fleet[0].failureRate = '0 %';
    edit(d);
  });
  const { outcomes } = await runMonteCarlo(s, {
    paths: 1000,
    workers: 1,
    antithetic: true,
    breakEvenPaths: 0,
    withBacktest: false,
  });
  return pairCorrelation(outcomes.netAtHorizonUsd);
}

const FIXED = { start: '1800 USD', model: { type: 'fixed' } };
const price = (model: Draft) => (d: Draft) => {
  d.price.model = model;
};

describe("antithetic pairs: the correlation of a pair's nets at the horizon, model by model", () => {
  it('runMonteCarlo() in pairs of the GBM, GARCH-t and jump-diffusion prices: strongly negative', async () => {
    expect(await correlation(price({ type: 'gbm', calibrate: '2 years' }))).toBeLessThan(-0.4);
    expect(await correlation(price({ type: 'garch-t', calibrate: '2 years' }))).toBeLessThan(-0.6);
    expect(await correlation(price({ type: 'jump-diffusion', calibrate: '2 years' }))).toBeLessThan(-0.25);
  });

  it('runMonteCarlo() in pairs of the stochastic, price-coupled and endogenous networks: strongly negative', async () => {
    const network = (model: Draft, p?: Draft) => (d: Draft) => {
      d.network = { model };
      if (p) d.price = p;
    };
    expect(await correlation(network({ type: 'stochastic', calibrate: '1 year' }, FIXED))).toBeLessThan(
      -0.75,
    );
    expect(await correlation(network({ type: 'price-coupled' }))).toBeLessThan(-0.8);
    expect(await correlation(network({ type: 'endogenous' }))).toBeLessThan(-0.8);
  });

  it('runMonteCarlo() in pairs of a bootstrap price, a mixture of prices and fee spikes: about 0 (pairing saves nothing)', async () => {
    expect(Math.abs(await correlation(price({ type: 'bootstrap', window: '2 years' })))).toBeLessThan(0.2);
    const mixture = await correlation(
      price({
        type: 'mixture',
        of: [
          { weight: 1, model: { type: 'gbm', calibrate: '2 years' } },
          { weight: 1, model: { type: 'garch-t', calibrate: '2 years' } },
        ],
      }),
    );
    expect(Math.abs(mixture)).toBeLessThan(0.25);
    const spikes = await correlation((d) => {
      d.price = FIXED;
      d.fees = { model: { type: 'per-block', amount: 0.5, spikes: { perYear: 6, multiplier: 20 } } };
    });
    expect(Math.abs(spikes)).toBeLessThan(0.2);
  });
});
