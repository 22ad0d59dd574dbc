// weights: by-score for network mixtures: the weights of deterministic models against a hand
// computation, weights that ignore everything at and after the start, and a run that is the same
// for any number of workers.
import { describe, expect, it } from 'vitest';
import type { History } from '../../../src/data/history.js';
import { compilePlan } from '../../../src/engine/compile/compile.js';
import { loadCompileInputs } from '../../../src/engine/compile/inputs.js';
import { compileMarket } from '../../../src/engine/compile/market-plan.js';
import { runMonteCarlo } from '../../../src/engine/run/run.js';
import { DAYS_PER_YEAR } from '../../../src/model/calendar.js';
import type { MixturePlan } from '../../../src/model/market/mixture.js';
import { NETWORK_SCORE_OPTIONS } from '../../../src/model/market/network/score.js';
import { scoreOrigins } from '../../../src/model/market/price/score.js';
import { type Draft, loadScenario, ONE_YEAR_CLAIMS, scenarioOf } from '../../fixtures/scenarios.js';

const START = '2019-06-01';

function draft(network: Draft, price: Draft = { type: 'bootstrap', window: '2 years' }): Draft {
  return {
    name: 'network-score-test',
    start: START,
    horizon: '30 days',
    fleet: [{ model: 'Antminer S9', count: 1, unitPrice: '300 USD' }],
    power: { price: '0.05 USD/kWh' },
    network: { model: network },
    fees: { model: { type: 'share-of-subsidy', calibrate: '90 days' } },
    price: { model: price },
  };
}

/** The resolved weights of the scenario's network mixture, against `history` if given. */
async function weights(d: Draft, history?: History): Promise<number[]> {
  const s = await scenarioOf(d);
  const inputs = await loadCompileInputs(s);
  const plan = compilePlan(s, inputs);
  const market = compileMarket(s, plan, { history: history ?? inputs.history, catalog: inputs.catalog });
  return (market.hashrate as MixturePlan<{ type: string }>).weights;
}

/** A price-coupled network that is its equilibrium each day (a point forecast: no noise, lag 1 day, no efficiency gain). */
const COUPLED = {
  type: 'price-coupled',
  elasticity: 1,
  lag: '1 day',
  efficiencyGain: '0 %',
  volatility: '0 %',
};

/** The mean network hashrate of the 7 days to index t of the history, H/s: where a run (and a scored forecast) starts. */
function weekTo(h: History, t: number): number {
  let sum = 0;
  for (let i = t - 6; i <= t; i++) sum += h.hashrateHs[i];
  return sum / 7;
}

const SCORED = {
  type: 'mixture',
  weights: 'by-score',
  of: [
    { model: { type: 'stochastic', calibrate: '1 year' } },
    { model: { type: 'endogenous' } },
    { model: { type: 'price-coupled', elasticity: 0.5 } },
  ],
};

describe('network mixtures weighted by score', () => {
  it('compileMarket() weighs two growth networks by the inverse of their mean absolute log error of the week to 180 days on, computed by hand', async () => {
    const rates = [0, 1];
    const got = await weights(
      draft({
        type: 'mixture',
        weights: 'by-score',
        of: rates.map((r) => ({ model: { type: 'growth', rate: `${r * 100} %` } })),
      }),
    );
    // A growth network is a point forecast: its CRPS is the absolute error of the log hashrate.
    const s = await scenarioOf(draft({ type: 'growth', rate: '0 %' }));
    const h = (await loadCompileInputs(s)).history;
    const o = NETWORK_SCORE_OPTIONS;
    const origins = scoreOrigins(h.indexOf(START), o);
    expect(origins.length).toBe(9);
    expect(origins.at(-1) as number).toBeLessThan(h.indexOf(START) - o.horizonDays);
    // Each scored forecast starts where a run would: Bitcoin's hashrate, the mean of the 7 days to
    // its origin.
    const week = (t: number) => weekTo(h, t);
    // Forecast and outcome are the week's mean to the horizon's day (a day's count of blocks
    // carries luck): the growth path's days 174-180, and the history's 7 days to t + 180.
    const errors = rates.map((r) => {
      const g = Math.log1p(r) / DAYS_PER_YEAR;
      let mean = 0;
      for (let d = o.horizonDays - 6; d <= o.horizonDays; d++) mean += Math.exp(g * d) / 7;
      const forecast = Math.log(mean);
      const sum = origins.reduce(
        (a, t) => a + Math.abs(forecast - Math.log(week(t + o.horizonDays) / week(t))),
        0,
      );
      return sum / origins.length;
    });
    const inverse = errors.map((e) => 1 / e);
    const total = inverse[0] + inverse[1];
    expect(got[0]).toBeCloseTo(inverse[0] / total, 10);
    expect(got[1]).toBeCloseTo(inverse[1] / total, 10);
  });

  it("compileMarket() scores a price-coupled network on each origin against that origin's fee level: with a share of subsidy its forecast is the no-growth one, weight 1/2", async () => {
    // A fixed price, no noise, lag 1 day, no efficiency gain, and fees a share of the subsidy
    // calibrated on each origin's 90 days: revenue per block is (1 + share) x 12.5 BTC on every
    // day of every origin's forecast (no halving between 2017-06 and 2019-06), so the forecast
    // is ln 1 = 0, the growth-0 % model's, and the two weigh 1/2 each. Anchored on the scenario
    // start's fee level (2019-06-01's share of its 90 days) the origins' forecasts moved by the
    // log ratio of the two shares and the first weighed 0.525.
    const got = await weights({
      ...draft(
        {
          type: 'mixture',
          weights: 'by-score',
          of: [{ model: COUPLED }, { model: { type: 'growth', rate: '0 %' } }],
        },
        { type: 'fixed' },
      ),
      price: { start: '8000 USD', model: { type: 'fixed' } },
    });
    expect(got[0]).toBeCloseTo(0.5, 12);
    expect(got[1]).toBeCloseTo(0.5, 12);
  });

  it('compileMarket() scores a price-coupled network with replayed fees: ln(the week to t + 180 of (12.5 + f) / (12.5 + the mean fees a block of the 90 days to t))', async () => {
    // A fixed price, historical fees, lag 1 day and no noise or efficiency gain: the forecast of
    // origin t is its equilibrium on each day, with f the history's fees per block, anchored on
    // the 90 days before the origin; a point forecast, so its CRPS is the absolute error of the
    // week's mean to 180 days on against ln(the week to t + 180 / the week to t). Read as price x
    // subsidy alone it was 0 on every origin.
    const d = {
      ...draft(
        {
          type: 'mixture',
          weights: 'by-score',
          of: [{ model: COUPLED }, { model: { type: 'growth', rate: '0 %' } }],
        },
        { type: 'fixed' },
      ),
      price: { start: '8000 USD', model: { type: 'fixed' } },
      fees: { model: { type: 'historical' } },
    };
    const got = await weights(d);
    const s = await scenarioOf(d);
    const h = (await loadCompileInputs(s)).history;
    const o = NETWORK_SCORE_OPTIONS;
    const origins = scoreOrigins(h.indexOf(START), o);
    const week = (t: number) => weekTo(h, t);
    const mean90 = (t: number) => {
      let fees = 0;
      let blocks = 0;
      for (let i = t - 90; i < t; i++) {
        fees += h.fees[i];
        blocks += h.blocks[i];
      }
      return fees / blocks;
    };
    const perBlock = (i: number) => h.fees[i] / h.blocks[i];
    // Forecast and outcome are the week's mean to the horizon's day (days 174-180 of the path).
    const outcome = (t: number) => Math.log(week(t + o.horizonDays) / week(t));
    const coupledWeek = (t: number) => {
      let sum = 0;
      for (let d = o.horizonDays - 6; d <= o.horizonDays; d++) sum += (12.5 + perBlock(t + d)) / 7;
      return Math.log(sum / (12.5 + mean90(t)));
    };
    const forecasts = [coupledWeek, () => 0];
    const inverse = forecasts.map(
      (f) => origins.length / origins.reduce((a, t) => a + Math.abs(f(t) - outcome(t)), 0),
    );
    const total = inverse[0] + inverse[1];
    expect(got[0]).toBeCloseTo(inverse[0] / total, 10);
    expect(got[1]).toBeCloseTo(inverse[1] / total, 10);
  });

  it("compileMarket() on a start past the history (2026-01-22) says its scored starts lie in the 730 days to the history's last day, not before the start", async () => {
    // The origins end where the history does (2025-11-14), 69 days before the start: the note
    // said "in the 730 days before the start".
    const s = await scenarioOf({
      ...draft({
        type: 'mixture',
        weights: 'by-score',
        of: [0, 1].map((r) => ({ model: { type: 'growth', rate: `${r * 100} %` } })),
      }),
      start: '2026-01-22',
      network: {
        difficulty: '141.67 T',
        model: {
          type: 'mixture',
          weights: 'by-score',
          of: [0, 1].map((r) => ({ model: { type: 'growth', rate: `${r * 100} %` } })),
        },
      },
      fees: { model: { type: 'share-of-subsidy', share: '0.75 %' } },
      price: { start: '78600 USD', model: { type: 'gbm', drift: '0 %', volatility: '50 %' } },
    });
    const inputs = await loadCompileInputs(s);
    const market = compileMarket(s, compilePlan(s, inputs), inputs);
    const note = market.assumptions.find((a) => a.label === 'Network mixture weights')?.note;
    expect(note).toContain(
      "in the 730 days to 2025-11-14, the history's last day (69 days before the start)",
    );
  });

  it('compileMarket() gives the same by-score network weights when the history at and after the start is scrambled', async () => {
    const d = draft(SCORED);
    const s = await scenarioOf(d);
    const h = (await loadCompileInputs(s)).history;
    const at = h.indexOf(START);
    const scramble = (xs: Float64Array) => {
      const out = xs.slice();
      for (let i = at; i < out.length; i++) out[i] = xs[at - 1] * (0.2 + ((i * 7919) % 1000) / 250);
      return out;
    };
    const scrambled: History = {
      ...h,
      priceUsd: scramble(h.priceUsd),
      hashrateHs: scramble(h.hashrateHs),
      difficulty: scramble(h.difficulty),
      fees: scramble(h.fees),
    };
    const a = await weights(d);
    const b = await weights(d, scrambled);
    expect(b).toEqual(a);
    expect(a.every((w) => w > 0.05 && w < 0.9)).toBe(true);
  });

  it('runMonteCarlo() with a by-score network mixture gives the same summary on 1 and 2 workers', async () => {
    const s = await loadScenario('north-korea-2017-s9', (d) => {
      d.horizon = '1 year';
      d.claims = ONE_YEAR_CLAIMS;
      d.price.model = { type: 'bootstrap', window: '2 years' };
      d.network.model = SCORED;
    });
    const one = await runMonteCarlo(s, { paths: 400, workers: 1, breakEvenPaths: 40 });
    const two = await runMonteCarlo(s, { paths: 400, workers: 2, breakEvenPaths: 40 });
    expect(two.workers).toBe(2);
    expect(JSON.stringify(two.summary)).toBe(JSON.stringify(one.summary));
    expect(Array.from(two.outcomes.netAtHorizonUsd)).toEqual(Array.from(one.outcomes.netAtHorizonUsd));
  });
});
