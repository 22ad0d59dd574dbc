// A hashprice-linked resale is priced on the week's hashprice over the base week's, the week to a
// cohort's first day hashing; for a cohort hashing from the start the base week's six days before
// it come from the history. A simulated Monero day pays its blocks the emission rule's reward
// (model/monero-day.ts), but the history's blocks paid less on many days (block-size penalties:
// about 1 % from January to April 2017, up to 15.3 % in May 2014), and those days were read as
// issued: the base came out low against the simulated days it is set beside, and the resale high
// by as much to the horizon. By hand (python over data/xmr-daily.csv: the chain's supply at each
// day's start, every block's (2^64 - 1 - A) >> 19 in whole atomic units), a start on 2017-01-20:
//   day         blocks  rule a block  issued a block   coins per H/s a day, rule / issued
//   2017-01-14  721     8.959632499   8.860346636      1.363984870e-4 / 1.349029155e-4
//   2017-01-15  696     8.947669406   8.830522378      1.330177325e-4 / 1.312976254e-4
//   2017-01-16  751     8.935485935   8.848475653      1.397836506e-4 / 1.384373725e-4
//   2017-01-17  695     8.923296707   8.819065347      1.263316522e-4 / 1.248726307e-4
//   2017-01-18  738     8.911248466   8.825617168      1.299480401e-4 / 1.287141827e-4
//   2017-01-19  724     8.898952835   8.815137402      1.303215361e-4 / 1.291066052e-4
// (86,400 / the day's mean difficulty x (the reward + the day's fees / its blocks)). On a calm path
// (price held, network held at the start's 51.28 MH/s, difficulty 6.154 G, 720 blocks a day, no
// fees) the simulated days pay 86,400 / 6,153,748,659 x the rule's mean over their blocks:
// 1.247730e-4 on day 0 to 1.235793e-4 on day 7. The base week's mean is 1.315106e-4 by the rule
// (1.303006e-4 as issued, 0.92 % lower), the week to day 7 1.240899e-4, a ratio of 0.943574
// (0.952336), and 1,000 PCs at 50 USD resell at 80 % of 50,000 x 0.943574 = 37,742.94 USD at the
// horizon, not 38,093.42 (+0.93 %). A back-test pays the
// replayed days as their blocks issued them, so its base week stays as issued.
import { describe, expect, it } from 'vitest';
import { runBacktest } from '../../src/engine/backtest/backtest.js';
import { compilePlan } from '../../src/engine/compile/compile.js';
import { loadCompileInputs } from '../../src/engine/compile/inputs.js';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { type Draft, loadScenario } from '../fixtures/scenarios.js';

const RULE = [1.36398487e-4, 1.330177325e-4, 1.397836506e-4, 1.263316522e-4, 1.299480401e-4, 1.303215361e-4];
const ISSUED = [
  1.349029155e-4, 1.312976254e-4, 1.384373725e-4, 1.248726307e-4, 1.287141827e-4, 1.291066052e-4,
];

const calm = (start: string, days: string) => (d: Draft) => {
  d.start = start;
  d.horizon = days;
  d.fleet[0].setupCost = '0 USD';
  d.fleet[0].failureRate = '0 %';
  d.network = { model: { type: 'growth', rate: '0 %' } };
  d.fees = { model: { type: 'share-of-subsidy', share: '0 %' } };
  d.price = { model: { type: 'fixed' } };
  d.money.salvage = { model: 'hashprice-linked', fraction: '80 %' };
  d.claims = undefined;
};

describe('a Monero resale’s base week reads its days before the start as the path pays its own', () => {
  it('compilePlan() reads 2017-01-14 to 19 at the emission rule’s reward, as the simulated days', async () => {
    const s = await loadScenario('north-korea-2017-monero-cpu', calm('2017-01-20', '8 days'));
    const plan = compilePlan(s, await loadCompileInputs(s));
    expect(plan.resaleCoinsPerHsBefore.length).toBe(6);
    plan.resaleCoinsPerHsBefore.forEach((v, k) => {
      expect(v / RULE[k] - 1).toBeCloseTo(0, 8);
    });
  });

  it('runBacktest() reads them as their blocks issued them, as the replayed days', async () => {
    const s = await loadScenario('north-korea-2017-monero-cpu', calm('2017-01-20', '8 days'));
    const b = runBacktest(s, await loadCompileInputs(s));
    expect(b.plan.resaleCoinsPerHsBefore.length).toBe(6);
    b.plan.resaleCoinsPerHsBefore.forEach((v, k) => {
      expect(v / ISSUED[k] - 1).toBeCloseTo(0, 8);
    });
  });

  it('compilePlan() of a run on the historical network reads them as issued, as its replayed days', async () => {
    const s = await loadScenario('north-korea-2017-monero-cpu', (d: Draft) => {
      calm('2017-01-20', '8 days')(d);
      d.network = { model: { type: 'historical' } };
    });
    const plan = compilePlan(s, await loadCompileInputs(s));
    expect(plan.resaleCoinsPerHsBefore.length).toBe(6);
    plan.resaleCoinsPerHsBefore.forEach((v, k) => {
      expect(v / ISSUED[k] - 1).toBeCloseTo(0, 8);
    });
  });

  it('a run from 2017-01-20 resells 1,000 PCs for 37,742.94 USD at the horizon, not 38,093.42', async () => {
    const s = await loadScenario('north-korea-2017-monero-cpu', calm('2017-01-20', '8 days'));
    const summary = (await runMonteCarlo(s, { paths: 2, workers: 1, breakEvenPaths: 0 })).summary;
    const h = summary.headline;
    const salvageUsd =
      ((h.roiWithSalvage.quantiles.p50 ?? Number.NaN) - (h.roiAtHorizon.quantiles.p50 ?? Number.NaN)) *
      50_000;
    expect(salvageUsd).toBeCloseTo(37_742.94, 1);
  }, 60_000);

  it('a start on 2014-05-27 reads 2014-05-26 at 1.023221701e-2 coins per H/s (16.670751 XMR a block), not 14.5 % less (14.252838)', async () => {
    const s = await loadScenario('north-korea-2017-monero-cpu', calm('2014-05-27', '8 days'));
    const plan = compilePlan(s, await loadCompileInputs(s));
    const before = plan.resaleCoinsPerHsBefore;
    expect(before.length).toBe(6);
    expect(before[5] / 1.023221701e-2 - 1).toBeCloseTo(0, 8);
  });
});
