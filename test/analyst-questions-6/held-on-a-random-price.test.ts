// An analyst's question: 20 Antminer S21s (200 TH/s, 3,500 W) bought on 2026-01-22 at 3,400 USD each
// (DOMAIN.md's figures of that week: difficulty 141.67 T, BTC 78,600 USD), every coin held two years
// at 0.06 USD/kWh, on a price that moves as a geometric Brownian motion with no drift and 45 % a year
// of volatility (Bitcoin's last shipped year) and the network held where it is (its hashrate the
// difficulty's, 0 % growth, 0.1 BTC of fees a block, no halving before block 1,050,000). What is the
// chance of being under water at the end, what do the net position's median and tails come to, and
// how likely is a payback within one and within two years? By hand: the fleet mines the same coins
// every day, 20 x 200 TH/s x 86,400 s / (141.67 T x 2^32) x 3.225 BTC x 98 %, 1.31223 BTC in 731
// days, so held to the end the net position is those coins at the last day's price less the capex
// and 73,684.80 USD of power: under water where that price is below 107,972.74 USD (the break-even
// price, the same on every path), whose chance is the normal distribution's at
// ln(107,972.74 / 78,600) / (45 % x sqrt(730 / 365.25)): 0.691; the net's quantiles are the
// lognormal price's through the same line. A payback is a first passage of the position, coins to
// date at the day's price less the costs to date, above zero: an independent simulation of the same
// walk (its own random numbers, 20,000 paths) gives the shares to compare within their Monte Carlo
// errors. minesim (20,000 paths, seed 7): under water 0.6905 ± 0.0033 (by hand 0.6911), the median
// net -38,939 USD (by hand -38,544), a payback within a year 0.0770 ± 0.0019 and within two 0.4208
// ± 0.0035 (the independent walk: 0.0785 and 0.4257).
// With 60 % of the capex on a 12-month loan at 12 % under an 85 % covenant tested daily on the
// machines' resale value (which follows the week's mean price here), the calls met by selling the
// coins held and then from a 5,000 USD top-up: a margin call on 0.2829 ± 0.0032 of the paths and a
// default on 0.0031 ± 0.0004 (the independent walk: 0.2839 and 0.0035).
import { describe, expect, it } from 'vitest';
import type { RunSummary } from '../../src/stats/summary.js';
import { cli, useScratchFolder } from '../analyst-questions-2/hand.js';

const { outDir, scenarioFile } = useScratchFolder({ charts: false });

const DAYS = 731;
const CAPEX = 20 * 3400;
const POWER = 20 * 3.5 * 24 * 0.06; // 100.80 USD a day
const P0 = 78_600;
const SIGMA = 0.45;
const DIFFICULTY = 141.67e12;
const COINS_A_DAY = (20 * 200e12 * 86_400 * (3.125 + 0.1) * 0.98) / (DIFFICULTY * 2 ** 32);
const PATHS = 20_000;
const file = (finance = '') =>
  scenarioFile(
    `s21-held-on-a-gbm${finance === '' ? '' : '-loan'}`,
    `name: s21-held-on-a-gbm
start: 2026-01-22
horizon: 2 years
fleet:
  - { name: s21, model: Antminer S21, count: 20, unitPrice: 3400 USD }
power: { price: 0.06 USD/kWh }
costs: { poolFee: 2 % }
treasury: hold
network:
  difficulty: 141.67 T
  hashrate: ${(DIFFICULTY * 2 ** 32) / 600} H/s
  height: 933000
  model: { type: growth, rate: 0 % }
fees:
  model: { type: per-block, amount: 0.1 }
price:
  start: ${P0} USD
  model: { type: gbm, drift: 0 %, volatility: ${SIGMA * 100} % }
${finance}`,
  );

/** The standard normal distribution function (Abramowitz and Stegun 26.2.17, |error| < 7.5e-8). */
function normalCdf(x: number): number {
  const t = 1 / (1 + 0.2316419 * Math.abs(x));
  const poly =
    t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  const upper = (Math.exp((-x * x) / 2) / Math.sqrt(2 * Math.PI)) * poly;
  return x >= 0 ? 1 - upper : upper;
}

/** Standard normals from a generator of the test's own (mulberry32, Box-Muller), from `seed`. */
function normals(seed: number): () => number {
  let state = seed;
  const uniform = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (((t ^ (t >>> 14)) >>> 0) + 0.5) / 4294967296;
  };
  return () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
}

/**
 * A loan of 60 % of the capex over 12 months at 12 %, its 85 % covenant tested daily on the machines'
 * resale value (80 % of the capex x the week's mean hashprice over day 0's, at most 1; with the
 * network held, hashprice moves with the price alone, and the first week's mean has the days since
 * the start only), each call met by selling the coins held, then from a 5,000 USD top-up, else a
 * default: the shares of walks with a call and with a default.
 */
function loanShares(paths: number) {
  const normal = normals(1_050_000);
  const vol = SIGMA / Math.sqrt(365.25);
  const i = 0.12 / 12;
  const paymentDays = Array.from({ length: 12 }, (_, k) => Math.round((k + 1) * (365.25 / 12)));
  const prices = new Float64Array(paymentDays[11] + 1);
  let called = 0;
  let defaulted = 0;
  for (let p = 0; p < paths; p++) {
    let price = P0;
    let balance = 0.6 * CAPEX;
    let paid = 0;
    let held = 0;
    let topUp = 5000;
    let call = false;
    for (let d = 0; d < prices.length && balance > 0; d++) {
      if (d > 0) price *= Math.exp(vol * normal());
      prices[d] = price;
      held += COINS_A_DAY;
      if (paymentDays[paid] === d) {
        const annuity = (balance * i) / (1 - (1 + i) ** -(12 - paid));
        balance -= annuity - balance * i;
        paid++;
        if (paid === 12) break;
      }
      let week = 0;
      const from = Math.max(0, d - 6);
      for (let k = from; k <= d; k++) week += prices[k];
      const collateral = 0.8 * CAPEX * Math.min(1, week / (d + 1 - from) / P0);
      if (balance <= 0.85 * collateral) continue;
      call = true;
      const due = balance - 0.85 * collateral;
      const fromCoins = Math.min(due, held * price);
      if (due - fromCoins > topUp) {
        defaulted++;
        break;
      }
      topUp -= due - fromCoins;
      held -= fromCoins / price;
      balance -= due;
    }
    if (call) called++;
  }
  return { called: called / paths, defaulted: defaulted / paths };
}

/** The payback's first passage on `paths` walks of the price, with a generator of its own (mulberry32, Box-Muller). */
function paybackShares(paths: number) {
  const normal = normals(20260122);
  const vol = SIGMA / Math.sqrt(365.25);
  let within1 = 0;
  let within2 = 0;
  for (let p = 0; p < paths; p++) {
    let logPrice = Math.log(P0);
    for (let d = 0; d < DAYS; d++) {
      if (d > 0) {
        logPrice += vol * normal();
      }
      // The position at the day's end: its coins to date at its price, less the capex and its power.
      if ((d + 1) * (COINS_A_DAY * Math.exp(logPrice) - POWER) - CAPEX >= 0) {
        if (d <= 365) within1++;
        within2++;
        break;
      }
    }
  }
  return { within1: within1 / paths, within2: within2 / paths };
}

describe('S21s bought today, every coin held two years on a random price, the network held', {
  timeout: 120_000,
}, () => {
  it('minesim run: the chance of being under water, the net position’s quantiles and the payback shares agree with the hand computation', async () => {
    const out = `${outDir}/s21-held-on-a-gbm`;
    const run = await cli('run', file(), '--paths', String(PATHS), '--seed', '7', '--out', out, '--json');
    expect(run.code).toBe(0);
    const h = (JSON.parse(run.stdout) as RunSummary).headline;
    // The deterministic part, to the cent: the coins and the break-even price, the same on every path.
    const coins = COINS_A_DAY * DAYS;
    expect(coins).toBeCloseTo(1.31222755, 8);
    const costs = CAPEX + POWER * DAYS;
    const breakEven = costs / coins;
    expect(breakEven).toBeCloseTo(107_972.74, 2);
    expect(h.coinsMined.quantiles.p5).toBeCloseTo(coins, 10);
    expect(h.coinsMined.quantiles.p95).toBeCloseTo(coins, 10);
    expect(h.breakEvenPriceUsd.quantiles.p50!).toBeCloseTo(breakEven, 4);
    expect(h.breakEvenPriceUsd.quantiles.p5!).toBeCloseTo(breakEven, 4);
    // Under water at the end: the last day's price below the break-even, a lognormal's chance.
    const spread = SIGMA * Math.sqrt((DAYS - 1) / 365.25);
    const under = normalCdf(Math.log(breakEven / P0) / spread);
    expect(under).toBeCloseTo(0.6911, 4);
    const se = Math.sqrt((under * (1 - under)) / PATHS);
    expect(Math.abs(h.netBelowZeroAtHorizon.p - under)).toBeLessThan(4 * se);
    // The net's quantiles: the price's through the line coins x price - costs, each within its
    // 95 % interval.
    for (const [q, z] of [
      ['p5', -1.6448536],
      ['p25', -0.6744898],
      ['p50', 0],
      ['p75', 0.6744898],
      ['p95', 1.6448536],
    ] as const) {
      const hand = coins * P0 * Math.exp(z * spread) - costs;
      const interval = h.netAtHorizonUsd.intervals![q]!;
      expect(hand).toBeGreaterThanOrEqual(interval.low!);
      expect(hand).toBeLessThanOrEqual(interval.high!);
    }
    expect(Math.round(coins * P0 - costs)).toBe(-38_544);
    // The mean: coins x the price's mean, exp(sigma^2 t / 2), less the costs, within four standard errors.
    const mean = coins * P0 * Math.exp(spread ** 2 / 2) - costs;
    const sd = coins * P0 * Math.exp(spread ** 2 / 2) * Math.sqrt(Math.exp(spread ** 2) - 1);
    expect(Math.abs(h.netAtHorizonUsd.mean! - mean)).toBeLessThan((4 * sd) / Math.sqrt(PATHS));
    // The payback's shares against an independent simulation, within four combined standard errors.
    const hand = paybackShares(PATHS);
    for (const [share, mine] of [
      [h.paybackWithin1y!, hand.within1],
      [h.paybackWithin2y!, hand.within2],
    ] as const) {
      const both = Math.sqrt(share.se ** 2 + (mine * (1 - mine)) / PATHS);
      expect(Math.abs(share.p - mine)).toBeLessThan(4 * both);
    }
  });

  it('minesim run with an ASIC-backed loan: the shares of paths with a margin call and with a default agree with an independent walk', async () => {
    const out = `${outDir}/s21-held-on-a-gbm-loan`;
    const loan = `finance:
  loans:
    - { name: asic-loan, loanToValue: 60 %, rate: 12 %, term: 12 months, marginCall: { loanToValue: 85 %, topUp: 5000 USD } }
`;
    const run = await cli('run', file(loan), '--paths', String(PATHS), '--seed', '7', '--out', out, '--json');
    expect(run.code).toBe(0);
    const h = (JSON.parse(run.stdout) as RunSummary).headline;
    const hand = loanShares(PATHS);
    for (const [share, mine] of [
      [h.marginCall!, hand.called],
      [h.default!, hand.defaulted],
    ] as const) {
      const both = Math.sqrt(share.se ** 2 + (mine * (1 - mine)) / PATHS);
      expect(Math.abs(share.p - mine)).toBeLessThan(4 * both);
    }
  });
});
