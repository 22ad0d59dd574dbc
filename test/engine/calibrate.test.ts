import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadHistory } from '../../src/data/history.js';
import { compilePlan } from '../../src/engine/compile/compile.js';
import { loadCompileInputs } from '../../src/engine/compile/inputs.js';
import { compileMarket, type MarketPlan } from '../../src/engine/compile/market-plan.js';
import {
  estimateDiffusion,
  estimateFeeShare,
  estimateGrowth,
  logReturns,
  windowBefore,
} from '../../src/model/market/calibrate.js';
import { validateScenarioText } from '../../src/scenario/validate.js';

const history = loadHistory('bitcoin');
const START = '2017-05-17';

/** The flagship's market: everything calibrated on history before 2017-05-17. */
const FLAGSHIP_MARKET = {
  name: 'calibrate-test',
  coin: 'bitcoin',
  start: START,
  horizon: '1 year',
  fleet: [{ model: 'Antminer S9', count: 10, unitPrice: '2000 USD' }],
  power: { price: '0.10 USD/kWh' },
  network: { model: { type: 'growth', calibrate: '1 year' } },
  fees: { model: { type: 'share-of-subsidy', calibrate: '90 days' } },
  price: { model: { type: 'gbm', calibrate: '2 years' } },
};

/** The flagship's market, its plans narrowed to its models' types. */
async function compileFlagshipMarket() {
  const v = await validateScenarioText(stringify(FLAGSHIP_MARKET), 'test.yaml');
  if (!v.ok) throw new Error(v.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  const inputs = await loadCompileInputs(v.scenario);
  const market: MarketPlan = compileMarket(v.scenario, compilePlan(v.scenario, inputs), inputs);
  const { price, hashrate, fees } = market;
  if (price.type !== 'gbm' || hashrate.type !== 'growth' || fees.type !== 'share-of-subsidy')
    throw new Error('the flagship market is gbm, growth and share-of-subsidy');
  return { ...market, price, hashrate, fees };
}

/** Mean and sample sd (n - 1) of the daily log returns of prices[from..to) (indices, `to` exclusive). */
function handEstimate(
  prices: Float64Array,
  from: number,
  to: number,
): { mean: number; sd: number; n: number } {
  const r: number[] = [];
  for (let i = from + 1; i < to; i++) r.push(Math.log(prices[i] / prices[i - 1]));
  const mean = r.reduce((a, b) => a + b, 0) / r.length;
  const sd = Math.sqrt(r.reduce((a, b) => a + (b - mean) ** 2, 0) / (r.length - 1));
  return { mean, sd, n: r.length };
}

describe('estimateDiffusion', () => {
  it('estimateDiffusion() of a hand-made series is (mean x 365.25, sample sd x sqrt(365.25))', () => {
    const returns = [0.01, -0.02, 0.03, 0.0, -0.01];
    // mean 0.002; deviations 0.008, -0.022, 0.028, -0.002, -0.012; squares sum 0.00148; / 4 = 0.00037.
    const e = estimateDiffusion(returns);
    expect(e.samples).toBe(5);
    expect(e.drift).toBeCloseTo(0.002 * 365.25, 14);
    expect(e.volatility).toBeCloseTo(Math.sqrt(0.00037 * 365.25), 14);
  });

  it('estimateDiffusion() of fewer than two returns is zero drift and volatility', () => {
    expect(estimateDiffusion([0.5])).toEqual({ drift: 0, volatility: 0, samples: 1 });
    expect(estimateDiffusion([])).toEqual({ drift: 0, volatility: 0, samples: 0 });
  });
});

describe('compileMarket calibration window', () => {
  it("compileMarket() with `calibrate: 2 years` on 2017-05-17 uses the 731 days' prices before the start (730 returns)", async () => {
    const market = await compileFlagshipMarket();
    const start = history.indexOf(START);
    // 2 years = 730.5 days, rounded to 731 days of prices: indices start-731 .. start-1, whose 730
    // daily returns end with the one into 2017-05-16; the return into the start day is not used.
    expect(windowBefore(history, start, 730.5)).toEqual({ from: start - 731, to: start });
    expect(history.dateAt(start - 731)).toBe('2015-05-17'); // two calendar years: 2016 is a leap year;
    const hand = handEstimate(history.priceUsd, start - 731, start);
    expect(hand.n).toBe(730);
    expect(market.price.driftPerDay).toBeCloseTo(hand.mean, 15);
    expect(market.price.volPerSqrtDay).toBeCloseTo(hand.sd, 15);
    // One day more or less on either side would give a different estimate.
    for (const [from, to] of [
      [start - 730, start],
      [start - 732, start],
      [start - 730, start + 1],
    ]) {
      expect(handEstimate(history.priceUsd, from, to).sd).not.toBeCloseTo(market.price.volPerSqrtDay, 12);
    }
  });

  it('compileMarket() calibration reads no history on or after the start date', async () => {
    const start = history.indexOf(START);
    const before = await compileFlagshipMarket();
    // Scramble every series from the start day on; only the start price (read on the start day by
    // design, not by calibration) may change.
    const series = [history.priceUsd, history.hashrateHs, history.fees, history.issuance];
    const saved = series.map((s) => s.slice());
    try {
      for (const s of series) for (let i = start; i < s.length; i++) s[i] *= 1 + ((i * 7919) % 13) / 10;
      const after = await compileFlagshipMarket();
      expect(after.price.driftPerDay).toBe(before.price.driftPerDay);
      expect(after.price.volPerSqrtDay).toBe(before.price.volPerSqrtDay);
      expect(after.hashrate.growthLogPerDay).toBe(before.hashrate.growthLogPerDay);
      expect(after.fees.share).toBe(before.fees.share);
    } finally {
      series.forEach((s, j) => {
        s.set(saved[j]);
      });
    }
  });

  it('compileMarket() hashrate growth and fee share equal hand fits over the year and 90 days before the start', async () => {
    const market = await compileFlagshipMarket();
    const start = history.indexOf(START);
    // 1 year = 365.25 days -> 365 days of hashrate, indices start-365 .. start-1.
    const n = 365;
    const xs = Array.from({ length: n }, (_, i) => i);
    const ys = xs.map((i) => Math.log(history.hashrateHs[start - n + i]));
    const mx = (n - 1) / 2;
    const my = ys.reduce((a, b) => a + b, 0) / n;
    const slope =
      xs.reduce((a, x, i) => a + (x - mx) * (ys[i] - my), 0) / xs.reduce((a, x) => a + (x - mx) ** 2, 0);
    expect(market.hashrate.growthLogPerDay).toBeCloseTo(Math.log1p(Math.expm1(slope * 365.25)) / 365.25, 12);
    let fees = 0;
    let issued = 0;
    for (let i = start - 90; i < start; i++) {
      fees += history.fees[i];
      issued += history.issuance[i];
    }
    expect(market.fees.share).toBeCloseTo(fees / issued, 14);
  });
});

describe('estimateGrowth and estimateFeeShare', () => {
  it('estimateGrowth() of an exact exponential series recovers its yearly rate', () => {
    for (const rate of [0.8, -0.3, 0]) {
      const perDay = Math.log1p(rate) / 365.25;
      const series = Float64Array.from({ length: 400 }, (_, i) => 5e18 * Math.exp(perDay * i));
      expect(estimateGrowth(series, { from: 20, to: 385 })).toBeCloseTo(rate, 10);
    }
  });

  it('estimateGrowth() of fewer than two points is 0', () => {
    expect(estimateGrowth(Float64Array.of(1, 2), { from: 1, to: 2 })).toBe(0);
  });

  it('estimateFeeShare() is the sum of fees over the sum of issuance in [from, to)', () => {
    const fees = Float64Array.of(100, 1, 2, 3, 100);
    const issuance = Float64Array.of(1, 10, 20, 30, 1);
    // (1 + 2 + 3) / (10 + 20 + 30) = 0.1; days 0 and 4 are outside the window.
    expect(estimateFeeShare(fees, issuance, { from: 1, to: 4 })).toBeCloseTo(0.1, 15);
    expect(estimateFeeShare(fees, issuance, { from: 2, to: 2 })).toBe(0);
  });

  it('logReturns() over [from, to) has to - from - 1 returns, ln(x[i+1] / x[i])', () => {
    const x = Float64Array.of(1, 2, 4, 2, 8);
    expect(Array.from(logReturns(x, { from: 1, to: 4 }))).toEqual([Math.log(2), Math.log(0.5)]);
  });
});
