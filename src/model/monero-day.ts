// One Monero day for the network's step (network-day.ts dispatches to it): the difficulty follows
// the hashrate within a day (D = H x block interval), the block count is the target one (but on day
// 0 where the start's difficulty lags its hashrate: moneroStartLag), and the base reward comes from
// the coins already generated (emission shift by height): the day's blocks pay the mean of their
// base rewards, which fall by 2^-19 a block, 0.14 % over a day's 720 (the day's first block's reward
// would overpay the day by 0.069 %). Fees aside, a block pays the base reward; the size penalty is
// ignored. A day before the v2 fork runs one-minute blocks up to it (stepMoneroDayBeforeV2).

import type { MarketPath } from '../engine/compile/plan.js';
import {
  BLOCK_INTERVAL_S,
  BLOCK_INTERVAL_S_V1,
  EMISSION_SHIFT,
  EMISSION_SHIFT_V1,
  emissionShift,
  meanBaseRewardXmr,
  V2_HEIGHT,
} from './monero.js';
import {
  NET_DAY_DIFFICULTY,
  NET_DAY_START_HEIGHT,
  NET_DAY_SUBSIDY,
  NET_DIFFICULTY,
  NET_HEIGHT,
  NET_SUPPLY_COINS,
  type NetworkRules,
  type NetworkState,
} from './network-state.js';

const SECONDS_PER_DAY = 86_400;

/**
 * How far from the start hashrate on target a Monero start's difficulty may be before day 0 runs
 * at it (a rounding's 1e-16 of a difficulty over 120 s read back is not a lag).
 */
const START_LAG_TOLERANCE = 1e-9;

/**
 * The difficulty a Monero path's day 0 runs at when the start's (the chain's on a start inside the
 * history, or the one given) is not the start hashrate on target, else 0. The chain's difficulty
 * follows the hashrate over its last 720 blocks, so on a fork's day it still prices the hashrate
 * before: on 2018-04-07 88.82 G, 740 MH/s on 120-s blocks, where the day's 153 blocks show 157.29
 * MH/s (the start hashrate, model/start-hashrate.ts). Day 0 then finds 86,400 x H / D blocks at
 * it, as the chain did; from day 1 the difficulty follows the path's hashrate.
 */
function moneroStartLag(state: NetworkState, plan: NetworkRules, path: MarketPath, day: number): number {
  if (day !== 0 || path.difficulty !== undefined || path.blocks !== undefined) return 0;
  const initial = plan.initial;
  const held = state[NET_DIFFICULTY];
  const intervalS = initial.height < V2_HEIGHT ? BLOCK_INTERVAL_S_V1 : BLOCK_INTERVAL_S;
  const onTarget = initial.networkHashrateHs * intervalS;
  return held > 0 && Math.abs(held / onTarget - 1) > START_LAG_TOLERANCE ? held : 0;
}

export function stepMoneroDay(state: NetworkState, plan: NetworkRules, path: MarketPath, day: number): void {
  const lagged = moneroStartLag(state, plan, path, day);
  if (state[NET_HEIGHT] < V2_HEIGHT && path.difficulty === undefined && path.blocks === undefined) {
    stepMoneroDayBeforeV2(state, plan, path, day, lagged);
    return;
  }
  const intervalS = plan.protocol.blockIntervalS;
  const difficulty =
    lagged > 0
      ? lagged
      : path.difficulty === undefined
        ? path.networkHashrateHs[day] * intervalS
        : path.difficulty[day];
  const blocks =
    lagged > 0
      ? (SECONDS_PER_DAY * path.networkHashrateHs[day]) / lagged
      : path.blocks === undefined
        ? SECONDS_PER_DAY / intervalS
        : path.blocks[day];
  // A replay takes the coins the day's blocks actually issued where the history records them, so
  // the supply (and the reward it sets) does not drift from the chain's over a long back-test.
  const issued = path.issuance === undefined ? Number.NaN : path.issuance[day];
  const reward =
    issued > 0 && blocks > 0
      ? issued / blocks
      : Math.max(
          meanBaseRewardXmr(state[NET_SUPPLY_COINS], blocks, emissionShift(state[NET_HEIGHT])),
          plan.protocol.tailEmission,
        );
  state[NET_DAY_START_HEIGHT] = state[NET_HEIGHT];
  state[NET_DIFFICULTY] = difficulty;
  state[NET_DAY_DIFFICULTY] = difficulty;
  state[NET_DAY_SUBSIDY] = reward;
  state[NET_HEIGHT] += blocks;
  state[NET_SUPPLY_COINS] += blocks * reward;
}

/**
 * A simulated Monero day that starts before the v2 fork (height 1,009,827, 2016-03-23): one-minute
 * blocks at the emission shift 20 (half the reward of a two-minute block) up to the fork, then
 * two-minute blocks at shift 19 for the rest of the day. The day's difficulty is the one that
 * gives its blocks at the hashrate (86,400 x H / blocks), and its subsidy the mean a block, so a
 * miner's coins are its share of the hashrate times the coins the day issued. A day 0 whose start
 * difficulty lags (moneroStartLag: `lagged`, 2016-03-23's 913.9 M) finds 86,400 x H / that
 * difficulty blocks at it, one-minute ones up to the fork.
 */
function stepMoneroDayBeforeV2(
  state: NetworkState,
  plan: NetworkRules,
  path: MarketPath,
  day: number,
  lagged: number,
): void {
  const hashrateHs = path.networkHashrateHs[day];
  const startHeight = state[NET_HEIGHT];
  const supply = state[NET_SUPPLY_COINS];
  const found = lagged > 0 ? (SECONDS_PER_DAY * hashrateHs) / lagged : Number.NaN;
  const earlyBlocks = Math.min(
    V2_HEIGHT - startHeight,
    lagged > 0 ? found : SECONDS_PER_DAY / BLOCK_INTERVAL_S_V1,
  );
  const earlyReward = meanBaseRewardXmr(supply, earlyBlocks, EMISSION_SHIFT_V1);
  const lateBlocks =
    lagged > 0
      ? found - earlyBlocks
      : (SECONDS_PER_DAY - earlyBlocks * BLOCK_INTERVAL_S_V1) / plan.protocol.blockIntervalS;
  const lateReward =
    lateBlocks > 0
      ? Math.max(
          meanBaseRewardXmr(supply + earlyBlocks * earlyReward, lateBlocks, EMISSION_SHIFT),
          plan.protocol.tailEmission,
        )
      : 0;
  const blocks = earlyBlocks + lateBlocks;
  const issued = earlyBlocks * earlyReward + lateBlocks * lateReward;
  state[NET_DAY_START_HEIGHT] = startHeight;
  state[NET_DIFFICULTY] = hashrateHs * (lateBlocks > 0 ? plan.protocol.blockIntervalS : BLOCK_INTERVAL_S_V1);
  state[NET_DAY_DIFFICULTY] = lagged > 0 ? lagged : (SECONDS_PER_DAY * hashrateHs) / blocks;
  state[NET_DAY_SUBSIDY] = issued / blocks;
  state[NET_HEIGHT] = startHeight + blocks;
  state[NET_SUPPLY_COINS] = supply + issued;
}
