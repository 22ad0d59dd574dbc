// A cohort that first hashes after a halving ahead of the day held fixed never earns that day's
// subsidy: its days to payback from its capex are taken at the subsidy in force when it starts
// hashing, the day otherwise held fixed, and the view says so. By hand (as staged-payback.test.ts):
// one S21 earns 0.2e15 x 86,400 / (1e14 x 2^32) x (3.125 + 0.1) BTC x 90,000 USD x 0.98 =
// 11.444114 USD a day, less 4.2 USD of power: 7.244114, 3,000 / 7.244114 = 414.13 days. Cohort b,
// bought 2028-09-01 (day 1,339), hashes after the halving at block 1,050,000 (about 2028-04-14,
// day 1,199): its blocks pay (1.5625 + 0.1) / (3.125 + 0.1) = 0.515504 of the revenue, 5.899485
// USD, a profit of 1.699485 USD a day and a payback of 3,000 / 1.699485 = 1,765.24 days, which
// earlier builds printed as 414 d (the start day's subsidy, which b never earns).
import { beforeAll, describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { dailyViewComparison } from '../../src/report/daily-view-comparison.js';
import { dailyViewMeasures } from '../../src/report/daily-view-table.js';
import type { RunSummary } from '../../src/stats/summary.js';
import { scenarioOf } from '../fixtures/scenarios.js';

const TEXT = `
name: staged-halving
start: 2025-01-01
horizon: 5 years
fleet:
  - { name: a, model: Antminer S21, count: 10, unitPrice: 3000 USD }
  - { name: b, model: Antminer S21, count: 10, unitPrice: 3000 USD, purchased: 2028-09-01 }
power: { price: 0.05 USD/kWh }
costs: { poolFee: 2 % }
network: { difficulty: 100 T, hashrate: 715.82788266666667 EH/s, model: { type: growth, rate: 0 % } }
fees: { model: { type: per-block, amount: 0.1 } }
price: { start: 90000 USD, model: { type: fixed } }
money: { salvage: { model: none } }
monteCarlo: { paths: 4, seed: 7 }
`;

describe('the daily view of a cohort that starts hashing after a halving', () => {
  let summary: RunSummary;
  beforeAll(async () => {
    ({ summary } = await runMonteCarlo(await scenarioOf(TEXT), { paths: 4, workers: 1, breakEvenPaths: 0 }));
  }, 60_000);

  it('planDailyView() gives cohort b its payback at the subsidy after the halving: 3,000 / 1.699485 = 1,765.24 days (it said 414.13)', () => {
    const [a, b] = summary.dailyView!.cohorts;
    expect(a.paybackDays).toBeCloseTo(3000 / 7.244114148616791, 6);
    expect(a.rewardAtHashing).toBeUndefined();
    expect(b.hashingFromDay).toBe(1339);
    expect(b.paybackDays).toBeCloseTo(3000 / 1.6994852006435393, 6);
    expect(b.rewardAtHashing).toEqual({
      rewardPerBlock: 1.5625,
      profitUsd: expect.closeTo(1.6994852006435393, 9),
      halvingHeight: 1_050_000,
    });
    // Its other rows are the day's, as the table says (profit 7.244 USD a day).
    expect(b.profitUsd).toBeCloseTo(7.244114148616791, 9);
  });

  it('dailyViewMeasures() and dailyViewComparison() print b’s 1,765 d and say it is at the subsidy from block 1,050,000', () => {
    const payback = dailyViewMeasures(summary.dailyView!, 'BTC').find((r) => r.measure === 'payback')!;
    expect(payback.cells).toEqual(['414 d', '1,765 d']);
    const text = dailyViewComparison(summary.dailyView!, summary.scenario.start, false, 'BTC');
    expect(text).toContain(
      'b first hashes after the halving at block 1,050,000: its days to payback are at the subsidy then, 1.5625 BTC a block, the day otherwise held fixed (a profit of 1.699 USD a day a unit).',
    );
  });

  it('planDailyView() of a Monero fleet gives a cohort bought 229 days in its payback at the reward then, 5.53 XMR a block (it held 7.58)', async () => {
    // Monero's reward follows the coins generated: (2^64 - 1 - supply) / 2^19 atomic units a
    // block, so the distance to the cap shrinks by (1 - 2^-19) a block, 720 blocks a day: over
    // 229 days x 0.73014 (exp(-229 x 720 / 524,288)), 7.575 -> 5.53 XMR a block (the history's
    // 2018-01-01: 5.525 a block). b's payback held that day's 7.58 XMR: 93 days, now
    // 50 / its profit at 5.53 XMR.
    const xmr = `
name: staged-monero
coin: monero
start: 2017-05-17
horizon: 2 years
fleet:
  - { name: a, model: Intel Core i7-2600K, count: 100, unitPrice: 50 USD }
  - { name: b, model: Intel Core i7-2600K, count: 100, unitPrice: 50 USD, purchased: 2018-01-01 }
power: { price: 0.03 USD/kWh }
costs: { poolFee: 1 % }
network: { model: { type: growth, rate: 0 % } }
price: { model: { type: fixed } }
money: { salvage: { model: none } }
monteCarlo: { paths: 4, seed: 7 }
`;
    const run = await runMonteCarlo(await scenarioOf(xmr), { paths: 4, workers: 1, breakEvenPaths: 0 });
    const view = run.summary.dailyView!;
    const [a, b] = view.cohorts;
    expect(a.rewardAtHashing).toBeUndefined();
    expect(b.hashingFromDay).toBe(229);
    expect(b.rewardAtHashing!.rewardPerBlock).toBeCloseTo(5.53, 2);
    expect(b.rewardAtHashing!.halvingHeight).toBeUndefined();
    expect(b.rewardAtHashing!.profitUsd).toBeLessThan(0.75 * b.profitUsd);
    expect(b.paybackDays).toBeCloseTo(50 / b.rewardAtHashing!.profitUsd, 9);
    expect(a.paybackDays).toBeCloseTo(50 / a.profitUsd, 9);
    // The fleet pays back held fixed on day 229, b's purchase (230.0 days of profit): the emission
    // sentence's reward 'by that payback day' is day 229's too, b's 5.531 (it read day 230's, 5.524).
    expect(view.fleet.paybackDays).toBe(230);
    expect(view.emission!.rewardAtPayback).toBe(b.rewardAtHashing!.rewardPerBlock);
    expect(dailyViewComparison(view, '2017-05-17', false, 'XMR')).toContain(
      'b first hashes on day 229, when the emission has lowered the block reward: its days to payback are at the reward then, 5.5312 XMR a block',
    );
  }, 60_000);
});
