import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFeesPerBlock } from '../../src/model/day-fees.js';
import { fillNetworkDays, stepNetworkDay } from '../../src/model/network-day.js';
import { createNetworkDays } from '../../src/model/network-day-tables.js';
import {
  createNetworkState,
  NET_DAY_DIFFICULTY,
  NET_DAY_SUBSIDY,
  resetNetworkState,
} from '../../src/model/network-state.js';
import { makePath, makePlan, TWO_POW_32 } from '../fixtures/plan.js';

// fillNetworkDays() without heights and with fees the same every day (every Monte Carlo path of a
// random network) runs its stretches of ordinary days two a turn; the general day step, taken day
// by day, must give the same difficulty and coins per H/s on every day, to the bit.

/** A number in [min, max] with ordinary digits (fc.double favours extremes and subnormals). */
const amount = (min: number, max: number) =>
  fc.integer({ min: 0, max: 1_000_003 }).map((k) => min + ((max - min) * k) / 1_000_003);

const D0 = 15e12;
/** Network hashrate that finds exactly 144 blocks a day at difficulty D0. */
const H144 = (144 * D0 * TWO_POW_32) / 86_400;

const caseArb = fc.record({
  days: fc.integer({ min: 1, max: 400 }),
  /** Blocks before the 630,000 halving at the start, and blocks into the epoch. */
  toHalving: fc.integer({ min: 1, max: 40_000 }),
  intoEpoch: fc.integer({ min: 0, max: 2015 }),
  /** Log hashrate: a start (x the 144-block pace), a drift and a daily step size. */
  start: amount(0.3, 3),
  drift: amount(-0.01, 0.02),
  vol: amount(0, 0.15),
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  feesPerBlock: fc.oneof(fc.constant(0), amount(0, 2)),
  share: fc.option(amount(0, 0.2), { nil: null }),
});

type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

function build(c: Case) {
  const height = 630_000 - c.toHalving;
  const plan = makePlan({
    days: c.days,
    initial: {
      height,
      difficulty: D0,
      networkHashrateHs: H144,
      priceUsd: 10_000,
      epochStartHeight: height - c.intoEpoch,
      epochElapsedS: c.intoEpoch * 600,
      supply: 0,
    },
  });
  // A seeded walk (an LCG's uniforms as steps), so stretches of every length, retargets a day or
  // two apart and days that leave the era all occur.
  const hashrate = new Float64Array(c.days);
  let state = c.seed;
  let logH = Math.log(c.start);
  for (let d = 0; d < c.days; d++) {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    logH += c.drift + c.vol * (state / 2_147_483_648 - 0.5);
    hashrate[d] = H144 * Math.exp(logH);
  }
  const path = makePath(plan, { networkHashrateHs: hashrate, feesPerBlock: c.feesPerBlock });
  if (c.share !== null) {
    path.feesPerSubsidy = new Float64Array(c.days).fill(c.share);
    path.feesSameEveryDay = c.share;
  } else path.feesSameEveryDay = c.feesPerBlock;
  return { plan, path };
}

describe('the network stretch of ordinary days, two a turn', () => {
  it('fillNetworkDays() without heights and with fees the same every day gives the general day step’s difficulty and coins per H/s to the bit', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const { plan, path } = build(c);
        const fast = createNetworkDays(plan.days);
        fillNetworkDays(fast, createNetworkState(), plan, path, false);
        const state = createNetworkState();
        resetNetworkState(state, plan);
        const hpd = plan.protocol.hashesPerDifficulty;
        for (let d = 0; d < plan.days; d++) {
          stepNetworkDay(state, plan, path, d);
          const difficulty = state[NET_DAY_DIFFICULTY];
          const subsidy = state[NET_DAY_SUBSIDY];
          const coinsPerHs =
            difficulty > 0
              ? (86_400 * (subsidy + dayFeesPerBlock(path, d, subsidy))) / (difficulty * hpd)
              : 0;
          expect(fast.difficulty[d]).toBe(difficulty);
          expect(fast.coinsPerHs[d]).toBe(coinsPerHs);
        }
      }),
      { numRuns: 200 },
    );
  });
});
