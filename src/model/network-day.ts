// One day of the network for the kernel: the difficulty miners face, the blocks found, and the
// subsidy those blocks pay, written into a path's tables (network-day-tables.ts). State lives in a
// preallocated NetworkState (network-state.ts) that is reset per path and stepped per day; nothing
// here allocates. This file dispatches between the coins' steps (a number from the plan, the coin
// record's retarget rule, picks the step): Bitcoin's general day (bitcoin-day.ts) or its stretches
// of ordinary days under the difficulty model (bitcoin-stretches.ts), Monero's day (monero-day.ts).

import type { MarketPath, SimulationPlan } from '../engine/compile/plan.js';
import { stepBitcoinDayGeneral, stepBitcoinDayNoted } from './bitcoin-day.js';
import { fillBitcoinModelDays } from './bitcoin-stretches.js';
import { dayFeesPerBlock } from './day-fees.js';
import { stepMoneroDay } from './monero-day.js';
import type { NetworkDays } from './network-day-tables.js';
import {
  NET_DAY_DIFFICULTY,
  NET_DAY_START_HEIGHT,
  NET_DAY_SUBSIDY,
  NET_STEPS,
  type NetworkRules,
  type NetworkState,
  resetNetworkState,
  SUBSIDY_STEP_COUNT,
  SUBSIDY_STEP_FEES_FOLLOW,
  SUBSIDY_STEP_FIRST,
  SUBSIDY_STEP_SLOTS,
} from './network-state.js';

const SECONDS_PER_DAY = 86_400;

/**
 * Steps the network through every day of `path` from the plan's initial state, filling `out`.
 * Without `heights` the ordinary days of a Bitcoin difficulty model may leave out.startHeight and
 * out.subsidy unwritten: only a daily trace reads them, and a Monte Carlo path keeps none.
 */
export function fillNetworkDays(
  out: NetworkDays,
  state: NetworkState,
  plan: SimulationPlan,
  path: MarketPath,
  heights = true,
): void {
  resetNetworkState(state, plan);
  // A number from the plan (the coin record's retarget rule), not a function per coin.
  if (plan.protocol.retargetBlocks > 0 && path.difficulty === undefined && path.blocks === undefined)
    fillBitcoinModelDays(out, state, plan, path, heights);
  else fillDaysGeneral(out, state, plan, path);
  // The changes of subsidy the Bitcoin steps noted (none for Monero), for a resale's week.
  const steps = out.subsidySteps;
  const used = SUBSIDY_STEP_FIRST + state[NET_STEPS + SUBSIDY_STEP_COUNT] * SUBSIDY_STEP_SLOTS;
  for (let k = 0; k < used; k++) steps[k] = state[NET_STEPS + k];
  steps[SUBSIDY_STEP_FEES_FOLLOW] = path.feesPerSubsidy === undefined ? 0 : 1;
}

/** Any network, day by day through the general steps (replayed history, Monero). */
function fillDaysGeneral(
  out: NetworkDays,
  state: NetworkState,
  plan: SimulationPlan,
  path: MarketPath,
): void {
  const days = plan.days;
  const hashesPerDifficulty = plan.protocol.hashesPerDifficulty;
  const { difficulty, startHeight, subsidy, coinsPerHs } = out;
  const bitcoin = plan.protocol.retargetBlocks > 0;
  for (let d = 0; d < days; d++) {
    if (bitcoin) stepBitcoinDayNoted(state, plan, path, d);
    else stepMoneroDay(state, plan, path, d);
    const dayDifficulty = state[NET_DAY_DIFFICULTY];
    difficulty[d] = dayDifficulty;
    startHeight[d] = state[NET_DAY_START_HEIGHT];
    subsidy[d] = state[NET_DAY_SUBSIDY];
    coinsPerHs[d] =
      dayDifficulty > 0
        ? (SECONDS_PER_DAY * (state[NET_DAY_SUBSIDY] + dayFeesPerBlock(path, d, state[NET_DAY_SUBSIDY]))) /
          (dayDifficulty * hashesPerDifficulty)
        : 0;
  }
}

/**
 * Advances the network by day `day` of `path`, writing the day's outputs into `state`: the step a
 * market model that sets the hashrate from the chain's own state (network/endogenous-path.ts)
 * takes day by day. A number from the plan (the coin record's retarget rule) picks the step.
 */
export function stepNetworkDay(state: NetworkState, plan: NetworkRules, path: MarketPath, day: number): void {
  if (plan.protocol.retargetBlocks > 0) stepBitcoinDayGeneral(state, plan, path, day);
  else stepMoneroDay(state, plan, path, day);
}
