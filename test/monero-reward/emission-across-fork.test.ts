// The view held fixed of a Monero start before the 2016 fork whose payback held fixed falls after
// it: from 2016-03-22 (height 1,007,481, A = 11,370,508.5298 XMR) ten desktops at 0.05 USD/kWh pay
// back on day 2,106 (2021-12-27). The reward then, blocks on target, is a two-minute block's: the
// excess over the 0.6 XMR tail falls by 0.6 / 2^19 a block near the tail (the tail from
// 2,641,618), about 0.148 XMR over the last 180 days: 0.748 XMR. The held day's 6.748 XMR is a
// one-minute block's, paying half as often: the view said "lowers the block reward from 6.748 XMR
// to 0.748 XMR", a fall of 89 % where the coins a day fall 94 %, and named the change to longer
// blocks only when it left the reward higher. It now names it whenever the payback is past it.
import { describe, expect, it } from 'vitest';
import { headlineTable } from '../../src/cli/headline.js';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { scenarioOf } from '../fixtures/scenarios.js';

const TEXT = `name: fork
coin: monero
start: 2016-03-22
horizon: 3 days
fleet:
  - { model: Intel Core i7-2600K, count: 10, unitPrice: 50 USD, failureRate: 0 %, uptime: 100 % }
power: { price: 0.05 USD/kWh }
network: { model: { type: growth, rate: 0 % } }
fees: { model: { type: share-of-subsidy, share: 0 % } }
price: { start: 1 USD, model: { type: fixed } }
monteCarlo: { paths: 2, seed: 1 }
`;

describe('the view held fixed across the 2016 change to two-minute blocks', () => {
  it('runMonteCarlo() from 2016-03-22 names the change to longer blocks beside 6.748 -> 0.748 XMR', async () => {
    const summary = (await runMonteCarlo(await scenarioOf(TEXT), { paths: 2, workers: 1, breakEvenPaths: 0 }))
      .summary;
    const e = summary.dailyView?.emission;
    expect(e?.rewardNow).toBeCloseTo(6.748424, 5);
    expect(e?.rewardAtPayback).toBeCloseTo(0.748, 3);
    expect(e?.longerBlocks).toBe(true);
    expect(headlineTable(summary)).toContain(
      'The emission lowers the block reward from 6.7484 XMR and the change to longer blocks, each paying more, takes it to 0.748 XMR by that payback day',
    );
  }, 60_000);
});
