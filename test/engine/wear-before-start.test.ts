// A cohort deployed before the start has worn since its deployment (`degradation`: "a share of
// hashrate a unit loses per year from its deployment, counted on every day from then"). Ten S9s
// (13.5 TH/s) bought on 2017-06-01 at 10 % a year, run from 2019-06-01, 730 days later: each
// hashes 13.5 x 0.9^(730 / 365.25) = 10.937 TH/s on the start day, 109.37 TH/s the ten, where
// earlier builds ran them as new (135 TH/s, 23 % more coins a day). A cohort deployed on the
// start day, or after it, starts at its rating as before.
import { describe, expect, it } from 'vitest';
import { runBacktest } from '../../src/engine/backtest/backtest.js';
import { loadCompileInputs } from '../../src/engine/compile/inputs.js';
import { scenarioOf } from '../fixtures/scenarios.js';

const TEXT = `
name: wear-before-start
start: 2019-06-01
horizon: 60 days
fleet:
  - { name: old, model: Antminer S9, count: 10, unitPrice: 100 USD, purchased: 2017-06-01, degradation: 10 % }
  - { name: new, model: Antminer S9, count: 10, unitPrice: 100 USD, degradation: 10 % }
  - { name: late, model: Antminer S9, count: 10, unitPrice: 100 USD, purchased: 2019-05-25, deploymentDelay: 10 days, degradation: 10 % }
power: { price: 0.05 USD/kWh }
network: { model: { type: historical } }
fees: { model: { type: historical } }
price: { model: { type: historical } }
`;

describe('a cohort deployed before the start', () => {
  it('runBacktest() runs it worn by its days since deployment: 10 x 13.5 x 0.9^(730 / 365.25) = 109.37 TH/s on day 0 (it ran 135)', async () => {
    const s = await scenarioOf(TEXT);
    const { trace } = runBacktest(s, await loadCompileInputs(s));
    const perDay = 0.9 ** (1 / 365.25);
    const old = 10 * 13.5e12 * 0.9 ** (730 / 365.25);
    expect(old / 1e12).toBeCloseTo(109.37, 2);
    // Day 0: the old cohort and the new one (the late one hashes from 2019-06-04, day 3).
    expect(trace.fleetHashrateHs[0] / 1e12).toBeCloseTo((old + 135e12) / 1e12, 6);
    // Day 10: each worn ten more days; the late one 7 days since its deployment.
    expect(trace.fleetHashrateHs[10] / 1e12).toBeCloseTo(
      (old * perDay ** 10 + 135e12 * perDay ** 10 + 135e12 * perDay ** 7) / 1e12,
      6,
    );
  });
});
