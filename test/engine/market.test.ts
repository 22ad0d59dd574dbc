import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadHistory } from '../../src/data/history.js';
import { historicalPath } from '../../src/engine/backtest/history-path.js';
import { compilePlan } from '../../src/engine/compile/compile.js';
import { loadCompileInputs } from '../../src/engine/compile/inputs.js';
import { compileMarket, type MarketPlan } from '../../src/engine/compile/market-plan.js';
import type { MarketPath, SimulationPlan } from '../../src/engine/compile/plan.js';
import { createMarketWorkspace, fillMarketPath } from '../../src/engine/kernel/market-path.js';
import { Rng, runKey, STREAM_FEES, STREAM_NETWORK, STREAM_PRICE } from '../../src/engine/random/rng.js';
import type { Scenario } from '../../src/scenario/normalize.js';
import { validateScenarioText } from '../../src/scenario/validate.js';
import { type Draft, marketDraft } from '../fixtures/market.js';

interface Compiled {
  scenario: Scenario;
  plan: SimulationPlan;
  market: MarketPlan;
}

async function compile(market: Draft): Promise<Compiled> {
  const v = await validateScenarioText(stringify(marketDraft(market)), 'test.yaml');
  if (!v.ok) throw new Error(v.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  const inputs = await loadCompileInputs(v.scenario);
  const plan = compilePlan(v.scenario, inputs);
  return { scenario: v.scenario, plan, market: compileMarket(v.scenario, plan, inputs) };
}

/** Runs the market generator for paths 0..paths-1 with the engine's streams (as ChunkRunner does). */
function eachPath(market: MarketPlan, paths: number, seed: number, visit: (p: MarketPath) => void): void {
  const w = createMarketWorkspace(market);
  const key = runKey(seed);
  const price = new Rng();
  const network = new Rng();
  const fees = new Rng();
  for (let k = 0; k < paths; k++) {
    price.reset(key, k, STREAM_PRICE);
    network.reset(key, k, STREAM_NETWORK);
    fees.reset(key, k, STREAM_FEES);
    fillMarketPath(market, w, price, network, fees);
    visit(w.path);
  }
}

/** Mean, variance (n - 1) and fourth central moment (n) of a sample. */
function moments(x: ArrayLike<number>): { n: number; mean: number; variance: number; m4: number } {
  const n = x.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += x[i];
  mean /= n;
  let ss = 0;
  let m4 = 0;
  for (let i = 0; i < n; i++) {
    const d = x[i] - mean;
    ss += d * d;
    m4 += d ** 4;
  }
  return { n, mean, variance: ss / (n - 1), m4: m4 / n };
}

/** SE of the sample variance from the sample's own fourth moment: sqrt((m4 - s^4) / n). */
const varianceSe = (m: ReturnType<typeof moments>) => Math.sqrt((m.m4 - m.variance ** 2) / m.n);

describe('fillMarketPath price', () => {
  it('fillMarketPath() GBM: log(P[d]/P[0]) has mean mu d/365.25 and variance sigma^2 d/365.25 within 4 SE', async () => {
    const mu = 0.4;
    const sigma = 0.8;
    const { market } = await compile({
      price: { start: '3800 USD', model: { type: 'gbm', drift: '40 %', volatility: '80 %' } },
    });
    const paths = 4000;
    const d = market.days - 1;
    const logReturn = new Float64Array(paths);
    let k = 0;
    eachPath(market, paths, 1, (p) => {
      logReturn[k++] = Math.log(p.priceUsd[d] / p.priceUsd[0]);
    });
    const m = moments(logReturn);
    const t = d / 365.25;
    // Mean: SE = s / sqrt(n) (about 0.013 here). Variance: SE = sqrt((m4 - s^4) / n) (about 0.01).
    expect(Math.abs(m.mean - mu * t)).toBeLessThan(4 * Math.sqrt(m.variance / paths));
    expect(Math.abs(m.variance - sigma * sigma * t)).toBeLessThan(4 * varianceSe(m));
  });

  it('fillMarketPath() GBM with zero volatility gives price0 exp(mu d / 365.25) on every day', async () => {
    const { market } = await compile({
      price: { start: '3800 USD', model: { type: 'gbm', drift: '40 %', volatility: '0 %' } },
    });
    eachPath(market, 3, 5, (p) => {
      for (let d = 0; d < market.days; d++) {
        // The generator multiplies the price by exp(daily drift) day by day: each product rounds by
        // at most 2^-53 and the factor itself by about as much, so after 365 days the relative
        // error is below 365 x 2 x 1.1e-16 = 8e-14.
        expect(Math.abs(p.priceUsd[d] / (3800 * Math.exp((0.4 * d) / 365.25)) - 1)).toBeLessThan(1e-13);
      }
    });
  });

  it('fillMarketPath() jump-diffusion: log-return variance is d (sigma^2 + lambda (m^2 + s^2)) / 365.25 within 4 SE', async () => {
    const sigma = 0.5;
    const lambda = 10; // jumps a year
    const jumpMean = -0.1;
    const jumpVol = 0.15;
    const { market } = await compile({
      price: {
        start: '3800 USD',
        model: {
          type: 'jump-diffusion',
          drift: '20 %',
          volatility: '50 %',
          jumpsPerYear: lambda,
          jumpMean: '-10 %',
          jumpVolatility: '15 %',
        },
      },
    });
    const paths = 4000;
    const d = market.days - 1;
    const x = new Float64Array(paths);
    let k = 0;
    eachPath(market, paths, 2, (p) => {
      x[k++] = Math.log(p.priceUsd[d] / p.priceUsd[0]);
    });
    const m = moments(x);
    const t = d / 365.25;
    // Compound Poisson: each of the ~lambda t jumps adds mean m and second moment m^2 + s^2.
    const expectedMean = (0.2 + lambda * jumpMean) * t;
    const expectedVariance = (sigma * sigma + lambda * (jumpMean ** 2 + jumpVol ** 2)) * t;
    expect(Math.abs(m.mean - expectedMean)).toBeLessThan(4 * Math.sqrt(m.variance / paths));
    expect(Math.abs(m.variance - expectedVariance)).toBeLessThan(4 * varianceSe(m));
    // The jumps matter: without them the variance would be sigma^2 t, many SEs lower.
    expect(m.variance - sigma * sigma * t).toBeGreaterThan(10 * varianceSe(m));
  });

  it('fillMarketPath() bootstrap uses only daily returns of its window, strictly before the start', async () => {
    const { scenario, market } = await compile({
      price: { start: '3800 USD', model: { type: 'bootstrap', window: '1 year', blockLength: '30 days' } },
    });
    const history = loadHistory('bitcoin');
    const start = history.indexOf(scenario.start);
    // The window: the 365 prices of days start-365 .. start-1, so 364 returns; the return into
    // the start day is not among them.
    const window = Float64Array.from({ length: 364 }, (_, j) =>
      Math.log(history.priceUsd[start - 365 + j + 1] / history.priceUsd[start - 365 + j]),
    );
    if (market.price.type !== 'bootstrap') throw new Error('a bootstrap price');
    expect(market.price.returns).toEqual(window);
    const sorted = Float64Array.from(window).sort();
    const nearest = (r: number) => {
      let lo = 0;
      let hi = sorted.length - 1;
      while (hi - lo > 1) {
        const mid = (lo + hi) >> 1;
        if (sorted[mid] <= r) lo = mid;
        else hi = mid;
      }
      return Math.min(Math.abs(sorted[lo] - r), Math.abs(sorted[hi] - r));
    };
    let worst = 0;
    eachPath(market, 200, 3, (p) => {
      for (let d = 1; d < market.days; d++)
        worst = Math.max(worst, nearest(Math.log(p.priceUsd[d] / p.priceUsd[d - 1])));
    });
    // Log of a ratio of exponentials: equal to the resampled return up to rounding.
    expect(worst).toBeLessThan(1e-9);
  });

  it("fillMarketPath() bootstrap: pooled resampled returns match the window's mean and sd within 4 SE", async () => {
    const { market } = await compile({
      price: { start: '3800 USD', model: { type: 'bootstrap', window: '2 years', blockLength: '20 days' } },
    });
    if (market.price.type !== 'bootstrap') throw new Error('a bootstrap price');
    const window = market.price.returns;
    const w = moments(window);
    let windowSquare = 0;
    for (const r of window) windowSquare += r * r;
    windowSquare /= window.length;
    // Returns within a path are dependent (blocks), paths are independent: the SE comes from the
    // spread of the per-path means over paths.
    const paths = 1000;
    const pathMean = new Float64Array(paths);
    const pathSquare = new Float64Array(paths);
    let k = 0;
    eachPath(market, paths, 4, (p) => {
      let s = 0;
      let s2 = 0;
      for (let d = 1; d < market.days; d++) {
        const r = Math.log(p.priceUsd[d] / p.priceUsd[d - 1]);
        s += r;
        s2 += r * r;
      }
      pathMean[k] = s / (market.days - 1);
      pathSquare[k++] = s2 / (market.days - 1);
    });
    const mean = moments(pathMean);
    const square = moments(pathSquare);
    // The stationary bootstrap picks each window index with probability 1/n on every day.
    expect(Math.abs(mean.mean - w.mean)).toBeLessThan(4 * Math.sqrt(mean.variance / paths));
    expect(Math.abs(square.mean - windowSquare)).toBeLessThan(4 * Math.sqrt(square.variance / paths));
    // sd = sqrt(E r^2 - (E r)^2): its SE by the delta method is about SE(E r^2) / (2 sd).
    const sd = Math.sqrt(square.mean - mean.mean ** 2);
    const windowSd = Math.sqrt(windowSquare - w.mean ** 2);
    expect(Math.abs(sd - windowSd)).toBeLessThan((4 * Math.sqrt(square.variance / paths)) / (2 * windowSd));
  });
});

describe('fillMarketPath network hashrate', () => {
  it('fillMarketPath() stochastic hashrate with priceCorrelation 0.8: daily shocks correlate at 0.8 within 4 SE', async () => {
    for (const rho of [0.8, 0]) {
      const { market } = await compile({
        price: { start: '3800 USD', model: { type: 'gbm', drift: '10 %', volatility: '80 %' } },
        network: {
          model: { type: 'stochastic', drift: '50 %', volatility: '30 %', priceCorrelation: rho },
        },
      });
      // With no mean reversion the daily log change is drift + vol x shock, so the correlation
      // of log changes is that of the shocks.
      let n = 0;
      let sx = 0;
      let sy = 0;
      let sxx = 0;
      let syy = 0;
      let sxy = 0;
      eachPath(market, 200, 6, (p) => {
        for (let d = 1; d < market.days; d++) {
          const x = Math.log(p.priceUsd[d] / p.priceUsd[d - 1]);
          const y = Math.log(p.networkHashrateHs[d] / p.networkHashrateHs[d - 1]);
          n++;
          sx += x;
          sy += y;
          sxx += x * x;
          syy += y * y;
          sxy += x * y;
        }
      });
      const r = (sxy - (sx * sy) / n) / Math.sqrt((sxx - (sx * sx) / n) * (syy - (sy * sy) / n));
      // SE of a sample correlation of normal pairs: (1 - rho^2) / sqrt(n); n = 72,800 here.
      expect(Math.abs(r - rho)).toBeLessThan((4 * (1 - rho * rho)) / Math.sqrt(n));
    }
  });

  it('fillMarketPath() price-coupled hashrate falls after a price halving, closing the gap at rate 1/lag', async () => {
    const { market } = await compile({
      network: { model: { type: 'price-coupled', elasticity: 1.5, lag: '30 days' } },
    });
    const days = market.days;
    const crashDay = 100;
    const flat = new Float64Array(days).fill(3800);
    const crashed = flat.map((p, d) => (d >= crashDay ? p / 2 : p));
    const run = (series: Float64Array) => {
      const m: MarketPlan = {
        ...market,
        price: { type: 'historical', startUsd: (market.price as { startUsd: number }).startUsd, series },
      };
      let out = new Float64Array(0);
      eachPath(m, 1, 7, (p) => {
        out = p.networkHashrateHs.slice();
      });
      return out;
    };
    const a = run(flat);
    const b = run(crashed);
    // The model is linear in log hashrate and both runs draw the same noise, so the gap is
    // deterministic: the target drops by elasticity x ln 2 the day after the crash is seen, and
    // log H closes 1/lag of the remaining gap a day.
    for (let d = 0; d <= crashDay; d++) expect(b[d]).toBe(a[d]);
    for (let d = crashDay + 1; d < days; d++) {
      const gap = -1.5 * Math.LN2 * (1 - (1 - 1 / 30) ** (d - crashDay));
      expect(Math.log(b[d] / a[d])).toBeCloseTo(gap, 9);
    }
    expect(b[days - 1] / a[days - 1]).toBeLessThan(0.36); // 2^-1.5 = 0.354 once settled
  });

  it('fillMarketPath() price-coupled hashrate follows revenue per block (subsidy plus fees) across a halving', async () => {
    // Fixed price, no noise, no efficiency gain, elasticity 1, lag 30 days, from 2020-01-01: the
    // only change in revenue per hash is the halving at height 630,000 (about day 131 on the
    // calendar of 144 blocks a day). With 0.5 BTC of fees a block the revenue per block falls
    // from 12.5 + 0.5 = 13 BTC to 6.25 + 0.5 = 6.75 BTC, so the equilibrium hashrate falls by
    // ln(6.75 / 13) = -0.6554, to 51.9 % of its start; the network closes all but (29/30)^~234 =
    // 4e-4 of that gap by the last day. Reading the subsidy alone it fell by ln 0.5 = -0.6931, to
    // 50.0 %, as if the fees were cut in half too. Fees as a share of the subsidy do halve with
    // it, so those give ln 0.5.
    const endLog = async (fees: Draft) => {
      const { market } = await compile({
        start: '2020-01-01',
        fees: { model: fees },
        network: {
          model: {
            type: 'price-coupled',
            elasticity: 1,
            lag: '30 days',
            efficiencyGain: '0 %',
            volatility: '0 %',
          },
        },
      });
      let out = Number.NaN;
      eachPath(market, 1, 7, (p) => {
        out = Math.log(p.networkHashrateHs[market.days - 1] / p.networkHashrateHs[0]);
      });
      return out;
    };
    expect(await endLog({ type: 'per-block', amount: 0.5 })).toBeCloseTo(Math.log(6.75 / 13), 3);
    expect(await endLog({ type: 'share-of-subsidy', share: '4 %' })).toBeCloseTo(Math.log(0.5), 3);
  });

  it('fillMarketPath() price-coupled hashrate with replayed fees is anchored on the 90 days before the start, not on a spike start day', async () => {
    // From 2024-04-20 (the halving day; the run's blocks pay 3.125 BTC) for 180 days, with the
    // history's price and fees, elasticity 1, lag 120 days, no noise or efficiency gain. That day
    // paid 9.2805 BTC of fees a block, the 90 days before it 0.3627 on average. By hand from
    // data/btc-daily.csv: x += (ln(P[d-1] (3.125 + f[d])) - ln(P[0] (3.125 + anchor)) - x) / 120
    // ends at -0.0831 anchored on 0.3627, and at -1.0683 (the hashrate down by 66 %) anchored on
    // the start day's 9.2805, as if that day's fees were the level the network was built for.
    const { market } = await compile({
      start: '2024-04-20',
      horizon: '180 days',
      price: { model: { type: 'historical' } },
      fees: { model: { type: 'historical' } },
      network: {
        model: {
          type: 'price-coupled',
          elasticity: 1,
          lag: '120 days',
          efficiencyGain: '0 %',
          volatility: '0 %',
        },
      },
    });
    let end = Number.NaN;
    eachPath(market, 1, 7, (p) => {
      end = Math.log(p.networkHashrateHs[market.days - 1] / p.networkHashrateHs[0]);
    });
    expect(market.days).toBe(180);
    expect(end).toBeCloseTo(-0.0831, 4);
  });
});

/** Expected share of days in a spike: exact, by walking the spike state's distribution day by day. */
function expectedSpikeShare(days: number, probPerDay: number, spikeDays: number): number {
  // state[s] = P(spikeLeft = s) at the start of a day.
  let state = new Float64Array(spikeDays + 1);
  state[0] = 1;
  let spiked = 0;
  for (let d = 0; d < days; d++) {
    const next = new Float64Array(spikeDays + 1);
    // Idle: a spike starts today with probability p and runs spikeDays days including today.
    spiked += state[0] * probPerDay;
    next[spikeDays - 1] += state[0] * probPerDay;
    next[0] += state[0] * (1 - probPerDay);
    for (let s = 1; s <= spikeDays; s++) {
      spiked += state[s];
      next[s - 1] += state[s];
    }
    state = next;
  }
  return spiked / days;
}

describe('fillMarketPath fees', () => {
  it('createMarketWorkspace() marks fees filled once and the same every day (feesSameEveryDay), and no others', async () => {
    const sameOf = async (model: Draft) =>
      createMarketWorkspace((await compile({ fees: { model } })).market).path.feesSameEveryDay;
    expect(await sameOf({ type: 'per-block', amount: 0.2 })).toBe(0.2);
    expect(await sameOf({ type: 'share-of-subsidy', share: '5 %' })).toBe(0.05);
    const spikes = { perYear: 12, multiplier: 3 };
    expect(await sameOf({ type: 'per-block', amount: 0.2, spikes })).toBeUndefined();
    expect(await sameOf({ type: 'share-of-subsidy', share: '5 %', spikes })).toBeUndefined();
  });

  async function spikeUplift(perYear: number, multiplier: number, duration: number, paths: number) {
    const { market } = await compile({
      horizon: '2 years',
      fees: {
        model: {
          type: 'per-block',
          amount: 0.5,
          spikes: { perYear, multiplier, duration: `${duration} days` },
        },
      },
    });
    const uplift = new Float64Array(paths);
    let k = 0;
    eachPath(market, paths, 8, (p) => {
      let s = 0;
      for (let d = 0; d < market.days; d++) s += p.feesPerBlock[d];
      uplift[k++] = s / market.days / 0.5 - 1;
    });
    return { days: market.days, m: moments(uplift) };
  }

  it('fillMarketPath() fee spikes raise mean fees by (multiplier - 1) x the expected spike share, within 4 SE', async () => {
    const perYear = 6;
    const multiplier = 5;
    const duration = 7;
    const paths = 2000;
    const { days, m } = await spikeUplift(perYear, multiplier, duration, paths);
    const p = perYear / 365.25;
    const expected = (multiplier - 1) * expectedSpikeShare(days, p / (1 - p * (duration - 1)), duration);
    expect(Math.abs(m.mean - expected)).toBeLessThan(4 * Math.sqrt(m.variance / paths));
    // About perYear x duration / 365.25 x (multiplier - 1) = 0.46, less a start-up transient.
    expect(m.mean / (((perYear * duration) / 365.25) * (multiplier - 1))).toBeGreaterThan(0.9);
  });

  // Guards a fixed bug (the fee fill, and the spike probability per day of src/model/market/fees/spikes.ts):
  // a spike can only start on a day outside a spike, yet the daily start probability is
  // perYear / 365, so spikes start perYear / (1 + p (duration - 1)) times a year, not perYear
  // ("Expected number of fee spikes per year"). With 12 a year lasting 14 days that is 30 % fewer
  // spikes and a 30 % smaller fee uplift. Fix: spikeProbPerDay = p / (1 - p (spikeDays - 1)) with
  // p = perYear / 365 (a rule must then require perYear x duration < 365).
  it('fillMarketPath() fee spikes: perYear spikes a year of `duration` days raise fees by perYear x duration / 365 x (multiplier - 1)', async () => {
    const perYear = 12;
    const multiplier = 3;
    const duration = 14;
    const paths = 1000;
    const { m } = await spikeUplift(perYear, multiplier, duration, paths);
    const expected = ((perYear * duration) / 365) * (multiplier - 1);
    expect(Math.abs(m.mean - expected)).toBeLessThan(4 * Math.sqrt(m.variance / paths));
  });
});

describe('fillMarketPath historical replay', () => {
  it('fillMarketPath() historical price, network and fees equal the shipped history slice', async () => {
    const { scenario, market } = await compile({
      price: { model: { type: 'historical' } },
      network: { model: { type: 'historical' } },
      fees: { model: { type: 'historical' } },
    });
    const history = loadHistory('bitcoin');
    const i = history.indexOf(scenario.start);
    const days = market.days;
    const replay = historicalPath(scenario, history).path;
    eachPath(market, 2, 9, (p) => {
      expect(p.priceUsd).toEqual(history.priceUsd.slice(i, i + days));
      expect(p.networkHashrateHs).toEqual(history.hashrateHs.slice(i, i + days));
      expect(p.difficulty).toEqual(history.difficulty.slice(i, i + days));
      expect(p.blocks).toEqual(history.blocks.slice(i, i + days));
      expect(p.feesPerBlock).toEqual(
        Float64Array.from({ length: days }, (_, d) => history.fees[i + d] / history.blocks[i + d]),
      );
      // The back-test replays the very same market.
      expect(p).toEqual(replay);
    });
  });
});
