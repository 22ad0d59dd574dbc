// A hashprice-linked resale when the hashprice on the first day hashing is 0: the machines earn
// nothing (no subsidy past Bitcoin's last halving, height 7,000,000, and no fees). The resale is
// the salvage fraction x the unit price x min(1, hashprice then / hashprice at deployment); with
// both 0 the ratio was read as 1 and ten S21s earning nothing were resold at 80 % of their 30,000
// USD: ROI with salvage -71.1 % against -151.1 % without (net -45,330 USD at the horizon, +24,000 USD
// of resale). A machine that earns nothing is worth nothing: 0, as the ratio is for a hashprice
// of 0 against any positive one at deployment (and 1, the cap, for one above 0 against 0).
import { describe, expect, it } from 'vitest';
import { SALVAGE_HASHPRICE } from '../../src/engine/compile/plan.js';
import { resaleUsd } from '../../src/engine/kernel/salvage.js';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { makeCohort } from '../fixtures/plan.js';
import { scenarioOf } from '../fixtures/scenarios.js';

const TEXT = `
name: zero-hashprice
start: 2026-01-01
horizon: 1 year
fleet:
  - { name: a, model: Antminer S21, count: 10, unitPrice: 3000 USD, deploymentDelay: 0 days }
power: { price: 0.05 USD/kWh }
network: { height: 7000000, difficulty: 100 T, hashrate: 715.82788266666667 EH/s, model: { type: growth, rate: 0 % } }
fees: { model: { type: per-block, amount: 0 } }
price: { start: 90000 USD, model: { type: fixed } }
money: { salvage: { model: hashprice-linked, fraction: 80 % } }
monteCarlo: { paths: 2, seed: 7 }
`;

describe('a hashprice-linked resale on a hashprice of 0 at deployment', () => {
  it('resaleUsd() is 0 for a hashprice of 0 against a deployment hashprice of 0, the full value above 0, and the full value before the machines run (NaN)', () => {
    const cohort = makeCohort(10, {
      salvageMode: SALVAGE_HASHPRICE,
      salvageFraction: 0.8,
      unitPriceUsd: 3000,
    });
    expect(resaleUsd(cohort, 10, 0, 0, 1)).toBe(0);
    expect(resaleUsd(cohort, 10, 5, 0, 1)).toBe(24_000);
    expect(resaleUsd(cohort, 10, 0, Number.NaN, 1)).toBe(24_000);
    expect(resaleUsd(cohort, 10, 0, 40, 1)).toBe(0);
    expect(resaleUsd(cohort, 10, 20, 40, 1)).toBe(12_000);
  });

  it('runMonteCarlo() values ten S21s earning nothing at nothing: ROI with salvage -151.1 %, as without (it said -71.1 %)', async () => {
    const { summary } = await runMonteCarlo(await scenarioOf(TEXT), {
      paths: 2,
      workers: 1,
      breakEvenPaths: 0,
    });
    const h = summary.headline;
    expect(h.coinsMined.quantiles.p50).toBe(0);
    expect(h.roiAtHorizon.quantiles.p50).toBeCloseTo(-1.511, 3);
    expect(h.roiWithSalvage!.quantiles.p50).toBe(h.roiAtHorizon.quantiles.p50);
  }, 60_000);

  it('runMonteCarlo() and the view held fixed sell them on their retire day for nothing (they said 2,400 USD a unit, 24,000 USD in the net position)', async () => {
    const { summary } = await runMonteCarlo(
      await scenarioOf(
        TEXT.replace('deploymentDelay: 0 days', 'deploymentDelay: 0 days, retire: 2026-07-01'),
      ),
      { paths: 2, workers: 1, breakEvenPaths: 0 },
    );
    // 181 days (2026-01-01 to 2026-06-30) of 10 x 4.2 USD of power, the 30,000 USD capex, no resale.
    expect(summary.headline.netAtHorizonUsd.quantiles.p50).toBeCloseTo(-30_000 - 181 * 42, 6);
    expect(summary.dailyView!.cohorts[0].unitResaleUsd).toBe(0);
  }, 60_000);
});
