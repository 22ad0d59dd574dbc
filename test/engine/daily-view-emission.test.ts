// Monero's block reward follows the coins generated, falling block by block to its tail: the
// protocol fixes it as it fixes a halving, so the daily view names it and gives the payback held
// fixed through it (engine/compile/daily-view.ts, model/reward-cuts.ts emissionAhead).
import { describe, expect, it } from 'vitest';
import { loadHistory } from '../../src/data/history.js';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { dailyViewComparison } from '../../src/report/daily-view-comparison.js';
import { loadScenario } from '../fixtures/scenarios.js';

const MONEY_SUPPLY = (2 ** 64 - 1) / 1e12; // XMR
const reward = (generated: number) => Math.max(0.6, (MONEY_SUPPLY - generated) / 2 ** 19);
/** The mean reward of a day's 720 blocks from `generated` (above the tail), as the daemon pays them block by block. */
const dayMean = (generated: number) => ((MONEY_SUPPLY - generated) * (1 - (1 - 2 ** -19) ** 720)) / 720;

describe('the daily view of a Monero fleet', () => {
  it('planDailyView() of the 2017 desktops (1,000 at 52 USD, 0.2997 USD a day) says the reward falls from 7.58 to 5.97 XMR by day 174, and pays back through it on day 237, day by day by hand', async () => {
    const s = await loadScenario('north-korea-2017-monero-cpu');
    const { summary } = await runMonteCarlo(s, { paths: 8, workers: 1, breakEvenPaths: 0 });
    const view = summary.dailyView!;
    const e = view.emission!;
    const history = loadHistory('monero');
    const supply = history.supply[history.indexOf('2017-05-17')];
    expect(e.rewardNow).toBeCloseTo(reward(supply), 9);
    let generated = supply;
    // Each day's blocks at their mean reward (a day paid at its first block's would issue 0.069 % too much).
    for (let d = 0; d < Math.floor(view.fleet.paybackDays!); d++) generated += 720 * dayMean(generated);
    expect(e.rewardAtPayback).toBeCloseTo(dayMean(generated), 9);
    expect(e.rewardAtPayback).toBeCloseTo(5.973, 3);
    // The fleet's profit is its revenue (which scales with reward + fees) less its costs: the fees
    // a block from the two figures given, then the payback day by day.
    const [c] = view.cohorts;
    const units = c.units;
    const costs = units * (c.revenueUsd - c.profitUsd) + view.fleet.fixedUsd;
    const revenue = units * c.revenueUsd;
    const factorThen = (e.fleetProfitAtPaybackUsd + costs) / revenue;
    const fees = (e.rewardAtPayback - factorThen * e.rewardNow) / (factorThen - 1);
    expect(fees).toBeGreaterThan(0);
    let position = -view.fleet.capexUsd;
    let hand: number | null = null;
    generated = supply;
    for (let d = 0; d < 2000 && hand === null; d++) {
      const r = dayMean(generated);
      generated += 720 * r;
      const profit = (revenue * ((d === 0 ? e.rewardNow : r) + fees)) / (e.rewardNow + fees) - costs;
      if (position + profit >= 0) hand = d - position / profit;
      position += profit;
    }
    expect(Math.abs(e.paybackDays! - hand!)).toBeLessThan(1);
    expect(Math.floor(e.paybackDays!)).toBe(237);
    expect(dailyViewComparison(view, s.start, false, 'XMR')).toContain(
      'The emission lowers the block reward from 7.5805 XMR to 5.9734 XMR by that payback day; through it, blocks on target and the day otherwise held fixed, the fleet pays back on day 237 (2018-01-09).',
    );
  }, 60_000);
});
