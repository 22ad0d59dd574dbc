import { describe, expect, it } from 'vitest';
import { simulatePath } from '../../src/engine/kernel/kernel.js';
import { createKernelWorkspace, type KernelTrace } from '../../src/engine/kernel/workspace.js';
import { fillNetworkDays, stepNetworkDay } from '../../src/model/network-day.js';
import { createNetworkDays } from '../../src/model/network-day-tables.js';
import {
  createNetworkState,
  NET_DAY_DIFFICULTY,
  NET_DAY_START_HEIGHT,
  NET_DAY_SUBSIDY,
  resetNetworkState,
} from '../../src/model/network-state.js';
import {
  makeMoneroPlan,
  makePath,
  makePlan,
  type PathOptions,
  type PlanOptions,
  TWO_POW_32,
} from '../fixtures/plan.js';

const D0 = 15e12;
/** Network hashrate that finds exactly 144 blocks a day at difficulty D0. */
const H144 = (144 * D0 * TWO_POW_32) / 86_400;

function traceOf(plan: ReturnType<typeof makePlan>, pathOptions: PathOptions = {}): KernelTrace {
  const workspace = createKernelWorkspace(plan, { trace: true });
  simulatePath(plan, makePath(plan, pathOptions), workspace);
  return workspace.trace!;
}

function bitcoinAt(height: number, epochStartHeight: number, options: PlanOptions = {}) {
  return makePlan({
    days: 12,
    initial: {
      height,
      difficulty: D0,
      networkHashrateHs: H144,
      priceUsd: 10_000,
      epochStartHeight,
      epochElapsedS: (height - epochStartHeight) * 600,
      supply: 0,
    },
    ...options,
  });
}

function firstDayBelow(values: Float64Array, threshold: number): number {
  return values.findIndex((v) => v < threshold);
}

describe('simulatePath network stepping (Bitcoin)', () => {
  it('simulatePath() advances the height by 86,400 x H / (D x 2^32) blocks a day', () => {
    const trace = traceOf(makePlan({ days: 3 }));
    // 86,400 x 4.3e18 / (5.6e11 x 2^32) = 154.4665 blocks.
    expect(trace.height[1] - trace.height[0]).toBeCloseTo(154.4665, 3);
  });

  it('simulatePath() brings the halving earlier when hashrate outgrows difficulty', () => {
    // 1,000 blocks before the 630,000 halving; the epoch ends at 631,006 so no retarget interferes before day 6.
    const plan = bitcoinAt(629_000, 629_000 - 10);
    const atPace = traceOf(plan, { networkHashrateHs: H144 }).subsidyPerBlock;
    const doubled = traceOf(plan, { networkHashrateHs: 2 * H144 }).subsidyPerBlock;
    expect(firstDayBelow(atPace, 12.5)).toBe(6); // 1,000 / 144 = 6.9 days
    expect(firstDayBelow(doubled, 12.5)).toBe(3); // 1,000 / 288 = 3.5 days
    // Day 3 at 288 blocks spans heights 629,864..630,152: 136 blocks at 12.5, 152 at 6.25.
    expect(doubled[3]).toBeCloseTo((136 * 12.5 + 152 * 6.25) / 288, 9);
    expect(doubled[4]).toBe(6.25);
  });

  it('fillNetworkDays() gives the general day step bit for bit on every day of a noisy path through many retargets and a halving', () => {
    // Hashrate wandering from 0.5x to 3x the pace, so epochs end on many different days, some
    // within a day of each other, and the 630,000 halving falls inside the 3 years.
    const plan = bitcoinAt(600_000, 600_000 - 500, { days: 1100 });
    const hashrate = new Float64Array(plan.days);
    for (let d = 0; d < plan.days; d++)
      hashrate[d] = H144 * (1.75 + 1.25 * Math.sin(d / 37) * Math.cos(d / 11));
    const path = makePath(plan, { networkHashrateHs: hashrate });
    const fast = createNetworkDays(plan.days);
    fillNetworkDays(fast, createNetworkState(), plan, path);
    const state = createNetworkState();
    resetNetworkState(state, plan);
    let retargets = 0;
    for (let d = 0; d < plan.days; d++) {
      stepNetworkDay(state, plan, path, d);
      expect(fast.difficulty[d]).toBe(state[NET_DAY_DIFFICULTY]);
      expect(fast.startHeight[d]).toBe(state[NET_DAY_START_HEIGHT]);
      expect(fast.subsidy[d]).toBe(state[NET_DAY_SUBSIDY]);
      if (d > 0 && fast.difficulty[d] !== fast.difficulty[d - 1]) retargets++;
    }
    expect(retargets).toBeGreaterThan(100);
    expect(fast.subsidy[plan.days - 1]).toBe(6.25);
  });

  for (const fees of ['per block', 'as a share of the subsidy'])
    it(`fillNetworkDays() with fees ${fees} the same every day (feesSameEveryDay) gives the tables it gives reading them day by day`, () => {
      const plan = bitcoinAt(600_000, 600_000 - 500, { days: 1100 });
      const hashrate = new Float64Array(plan.days);
      for (let d = 0; d < plan.days; d++)
        hashrate[d] = H144 * (1.75 + 1.25 * Math.sin(d / 37) * Math.cos(d / 11));
      const path = makePath(plan, { networkHashrateHs: hashrate, feesPerBlock: 0.4 });
      if (fees !== 'per block') path.feesPerSubsidy = new Float64Array(plan.days).fill(0.031);
      for (const heights of [false, true]) {
        const daily = createNetworkDays(plan.days);
        fillNetworkDays(daily, createNetworkState(), plan, path, heights);
        const constant = createNetworkDays(plan.days);
        const same = { ...path, feesSameEveryDay: fees === 'per block' ? 0.4 : 0.031 };
        fillNetworkDays(constant, createNetworkState(), plan, same, heights);
        expect(constant.coinsPerHs).toEqual(daily.coinsPerHs);
        expect(constant.difficulty).toEqual(daily.difficulty);
        if (heights) expect(constant.subsidy).toEqual(daily.subsidy);
      }
    });

  it('simulatePath() retargets after 2016 blocks by 14 days / actual time, interpolating within the day', () => {
    // 216 blocks a day: the epoch takes 2016 / 216 = 9 1/3 days, so difficulty rises 14 / 9.333 = 1.5x.
    const trace = traceOf(bitcoinAt(700_000, 700_000), { networkHashrateHs: 1.5 * H144 });
    expect(trace.difficulty[8]).toBe(D0);
    // Day 9: a third of the day at D0 (72 blocks), two thirds at 1.5 D0 (96 blocks).
    expect(trace.height[10] - trace.height[9]).toBeCloseTo(168, 6);
    expect(trace.difficulty[9]).toBeCloseTo(1 / (1 / 3 / D0 + 2 / 3 / (1.5 * D0)), -3);
    expect(trace.difficulty[10] / D0).toBeCloseTo(1.5, 12);
  });

  it('simulatePath() clamps a retarget at x4 when the epoch ran 8x too fast', () => {
    // 1,152 blocks a day: 2016 blocks in 1.75 days, a ratio of 8 clamped to 4.
    const trace = traceOf(bitcoinAt(700_000, 700_000), { networkHashrateHs: 8 * H144 });
    expect(trace.height[1] - trace.height[0]).toBeCloseTo(1152, 6);
    // Day 1: 864 blocks in 0.75 day at D0, then 0.25 day at 4 D0 (72 blocks).
    expect(trace.height[2] - trace.height[1]).toBeCloseTo(936, 6);
    expect(trace.difficulty[2] / D0).toBeCloseTo(4, 12);
    expect(trace.height[3] - trace.height[2]).toBeCloseTo(288, 6);
  });

  it('simulatePath() uses a replayed difficulty and block count as given', () => {
    const trace = traceOf(makePlan({ days: 3 }), { difficulty: 6e11, blocks: 160 });
    expect(trace.difficulty[1]).toBe(6e11);
    expect(trace.height[2] - trace.height[1]).toBe(160);
  });
});

describe('simulatePath network stepping (Monero)', () => {
  const xmrReward = (supplyXmr: number) => (2 ** 64 - 1 - supplyXmr * 1e12) / 2 ** 19 / 1e12;
  /**
   * XMR `blocks` blocks issue from `supplyXmr`, block by block: each pays (M - A) / 2^shift and
   * adds it to A (whole atomic units aside), so a day's blocks pay less than its first.
   */
  const xmrIssued = (supplyXmr: number, blocks: number, shift = 19) => {
    let issued = 0;
    for (let b = 0; b < blocks; b++)
      issued += (2 ** 64 - 1 - (supplyXmr + issued) * 1e12) / 2 ** shift / 1e12;
    return issued;
  };

  it('simulatePath() sets Monero difficulty to hashrate x 120 every day and finds 720 blocks', () => {
    const plan = makeMoneroPlan({ days: 3 });
    const trace = traceOf(plan, { networkHashrateHs: Float64Array.of(1e9, 2e9, 0.5e9) });
    expect(Array.from(trace.difficulty)).toEqual([120e9, 240e9, 60e9]);
    expect(trace.height[1] - trace.height[0]).toBe(720);
  });

  it('simulatePath() pays the Monero base reward from the supply and advances the supply', () => {
    const plan = makeMoneroPlan({ days: 2 });
    const trace = traceOf(plan, { networkHashrateHs: 1.03e9 });
    // The day's first block pays 4.857529 XMR, its 720 blocks 4.854200 on average (0.069 % less):
    // the mean is the day's subsidy a block.
    expect(xmrReward(15.9e6)).toBeCloseTo(4.857529, 6);
    const issued0 = xmrIssued(15.9e6, 720);
    expect(issued0 / 720).toBeCloseTo(4.8542, 6);
    expect(trace.subsidyPerBlock[0]).toBeCloseTo(issued0 / 720, 9);
    expect(trace.subsidyPerBlock[1]).toBeCloseTo(xmrIssued(15.9e6 + issued0, 720) / 720, 9);
    // One X3 at 220 kH/s of 1.03 GH/s earns its share of 720 blocks.
    expect(trace.coinsMined[0]).toBeCloseTo((220e3 / 1.03e9) * issued0, 12);
  });

  it('simulatePath() mines 1,440 one-minute blocks a day at half the reward before the 2016 fork (height 1,009,827)', () => {
    // 2015-10-01 from data/xmr-daily.csv: height 762,463, supply 9,508,623.56 XMR, difficulty
    // 735,893,742 over 60-s blocks, so hashrate 735,893,742 / 60 = 12,264,895.7 H/s. By hand:
    // reward (M - A) >> 20 = 8.524056 XMR; 1,440 blocks; difficulty H x 60 = 735,893,742; one X3
    // (220 kH/s) mines 86,400 x 220e3 / 735,893,742 x 8.524056 = 220.17 XMR at the day's first
    // block's reward, as the held-fixed view of that day does, and 220.02 at its blocks' mean.
    // minesim took 120-s blocks: difficulty 1,471,787,484, 720 blocks, 110.09 XMR (half).
    const hashrateHs = 735_893_742 / 60;
    const base = makeMoneroPlan({ days: 2 });
    const plan = {
      ...base,
      initial: {
        ...base.initial,
        height: 762_463,
        supply: 9_508_623.557691818,
        difficulty: 735_893_742,
        networkHashrateHs: hashrateHs,
      },
    };
    const trace = traceOf(plan, { networkHashrateHs: hashrateHs, feesPerBlock: 0 });
    const r0 = (2 ** 64 - 1 - 9_508_623.557691818e12) / 2 ** 20 / 1e12;
    expect(r0).toBeCloseTo(8.524056, 6);
    // The day's 1,440 blocks pay 8.518210 on average (each 2^-20 less than the one before).
    const mean = xmrIssued(9_508_623.557691818, 1440, 20) / 1440;
    expect(mean).toBeCloseTo(8.51821, 6);
    expect(trace.difficulty[0]).toBeCloseTo(735_893_742, 0);
    expect(trace.height[1] - trace.height[0]).toBe(1440);
    expect(trace.subsidyPerBlock[0]).toBeCloseTo(mean, 9);
    expect(trace.coinsMined[0]).toBeCloseTo(((86_400 * 220e3) / 735_893_742) * mean, 9);
    expect(trace.coinsMined[0]).toBeCloseTo(220.02, 2);
  });

  it('simulatePath() splits the day of the 2016 fork into one-minute and two-minute blocks', () => {
    // 360 blocks before height 1,009,827: 6 hours of 60-s blocks at (M - A) >> 20, then 18 hours
    // of 120-s blocks (540) at (M - A') >> 19: 900 blocks. The miner's share of the day's coins is
    // its share of the hashrate: 220e3 / H x (the 360 blocks' coins + the 540 blocks').
    const hashrateHs = 12e6;
    const supply = 11.38e6;
    const base = makeMoneroPlan({ days: 3 });
    // The start state on target at 60-s blocks (a difficulty that is not would lag: day 0 at it).
    const initial = { ...base.initial, height: 1_009_827 - 360, supply, difficulty: hashrateHs * 60 };
    const plan = { ...base, initial: { ...initial, networkHashrateHs: hashrateHs } };
    const trace = traceOf(plan, { networkHashrateHs: hashrateHs, feesPerBlock: 0 });
    const early = xmrIssued(supply, 360, 20);
    const late = xmrIssued(supply + early, 540, 19);
    expect(trace.height[1] - trace.height[0]).toBe(900);
    expect(trace.subsidyPerBlock[0]).toBeCloseTo((early + late) / 900, 9);
    expect(trace.coinsMined[0]).toBeCloseTo((220e3 / hashrateHs) * (early + late), 9);
    // The next day is all two-minute blocks at the difficulty H x 120.
    expect(trace.difficulty[1]).toBe(hashrateHs * 120);
    expect(trace.height[2] - trace.height[1]).toBe(720);
  });

  it('simulatePath() never pays less than the 0.6 XMR tail emission', () => {
    const base = makeMoneroPlan({ days: 1 });
    const plan = { ...base, initial: { ...base.initial, supply: 18.4e6 } };
    expect(traceOf(plan).subsidyPerBlock[0]).toBe(0.6);
  });
});
