// One Bitcoin day for the network's step (network-day.ts dispatches to it), in its general form:
// replayed history, or the difficulty model. Blocks arrive at H / (D x hashesPerDifficulty) a
// second; when the height crosses the end of the epoch (plan.protocol.retargetBlocks) the
// difficulty retargets by the model's rule (x 14 days / actual seconds, clamped to [1/4, 4]), the
// crossing time interpolated within the day, and the rest of the day runs at the new difficulty.
// The day's difficulty reported to the kernel is the time-weighted harmonic mean, so a miner's coins
// h x 86,400 / (D x hpd) stay exact on retarget days. Heights are fractional; the subsidy is
// averaged over the heights the day's blocks span, so a halving mid-day pays the right mix. The
// fast stretches of ordinary days (bitcoin-stretches.ts) must give this step's bits.

import type { MarketPath } from '../engine/compile/plan.js';
import { HALVING_INTERVAL_BLOCKS, retargetDifficulty, subsidyBtc } from './bitcoin.js';
import {
  NET_DAY_DIFFICULTY,
  NET_DAY_START_HEIGHT,
  NET_DAY_SUBSIDY,
  NET_DIFFICULTY,
  NET_EPOCH_ELAPSED_S,
  NET_EPOCH_START_HEIGHT,
  NET_ERA_END_HEIGHT,
  NET_ERA_START_HEIGHT,
  NET_ERA_SUBSIDY,
  NET_HEIGHT,
  NET_STEP_END,
  NET_STEPS,
  NET_SUBSIDY_ERA,
  type NetworkRules,
  type NetworkState,
  SUBSIDY_STEP_COUNT,
  SUBSIDY_STEP_FIRST,
  SUBSIDY_STEP_FIRST_CHANGE,
  SUBSIDY_STEP_LAST_CHANGE,
  SUBSIDY_STEP_SLOTS,
  SUBSIDY_STEPS_MAX,
} from './network-state.js';

const SECONDS_PER_DAY = 86_400;

/** Any Bitcoin day: replayed history, or the difficulty model with retargets within the day. */
export function stepBitcoinDayGeneral(
  state: NetworkState,
  plan: NetworkRules,
  path: MarketPath,
  day: number,
): void {
  const hpd = plan.protocol.hashesPerDifficulty;
  const hashrateHs = path.networkHashrateHs[day];
  const replayedBlocks = path.blocks === undefined ? -1 : path.blocks[day];
  const startHeight = state[NET_HEIGHT];
  state[NET_DAY_START_HEIGHT] = startHeight;

  if (path.difficulty !== undefined) {
    // History replay: the recorded difficulty is in force all day; no retarget bookkeeping.
    const difficulty = path.difficulty[day];
    state[NET_DIFFICULTY] = difficulty;
    state[NET_DAY_DIFFICULTY] = difficulty;
    state[NET_HEIGHT] +=
      replayedBlocks >= 0 ? replayedBlocks : (SECONDS_PER_DAY * hashrateHs) / (difficulty * hpd);
  } else {
    const epochBlocks = plan.protocol.retargetBlocks;
    let secondsLeft = SECONDS_PER_DAY;
    let secondsPerDifficulty = 0;
    // A day holds more than one retarget only when blocks come > 14x too fast; the loop allows it.
    while (secondsLeft > 0) {
      const blocksPerS =
        replayedBlocks >= 0 ? replayedBlocks / SECONDS_PER_DAY : hashrateHs / (state[NET_DIFFICULTY] * hpd);
      const toBoundaryS = (state[NET_EPOCH_START_HEIGHT] + epochBlocks - state[NET_HEIGHT]) / blocksPerS;
      if (!(toBoundaryS < secondsLeft) || epochBlocks <= 0) {
        state[NET_HEIGHT] += blocksPerS * secondsLeft;
        state[NET_EPOCH_ELAPSED_S] += secondsLeft;
        secondsPerDifficulty += secondsLeft / state[NET_DIFFICULTY];
        break;
      }
      const spentS = Math.max(toBoundaryS, 0);
      state[NET_HEIGHT] = state[NET_EPOCH_START_HEIGHT] + epochBlocks;
      state[NET_EPOCH_ELAPSED_S] += spentS;
      secondsPerDifficulty += spentS / state[NET_DIFFICULTY];
      secondsLeft -= spentS;
      state[NET_DIFFICULTY] = retargetDifficulty(state[NET_DIFFICULTY], state[NET_EPOCH_ELAPSED_S]);
      state[NET_EPOCH_START_HEIGHT] = state[NET_HEIGHT];
      state[NET_EPOCH_ELAPSED_S] = 0;
    }
    state[NET_DAY_DIFFICULTY] = SECONDS_PER_DAY / secondsPerDifficulty;
  }
  setMeanSubsidyBtc(state, startHeight, state[NET_HEIGHT]);
}

/**
 * stepBitcoinDayGeneral, noting a change of subsidy for the resale (NetworkDays.subsidySteps): the
 * fill's steps. A market model stepping the chain itself (stepNetworkDay) needs no note.
 */
export function stepBitcoinDayNoted(
  state: NetworkState,
  plan: NetworkRules,
  path: MarketPath,
  day: number,
): void {
  stepBitcoinDayGeneral(state, plan, path, day);
  // Rarely a change of subsidy (a path's first day, a halving's): one compare, not a call, a day.
  if (state[NET_DAY_SUBSIDY] !== state[NET_STEP_END]) noteSubsidyStep(state, day);
}

/**
 * Notes day `day` among the state's changes of subsidy (NET_STEPS, as NetworkDays.subsidySteps):
 * a day whose mean subsidy differs from the one the last entry left in force (NET_STEP_END), or a
 * path's first day. A Bitcoin general step's: the difficulty model's stretches stay in one era.
 */
function noteSubsidyStep(state: NetworkState, day: number): void {
  const daySubsidy = state[NET_DAY_SUBSIDY];
  const count = state[NET_STEPS + SUBSIDY_STEP_COUNT];
  const end = subsidyBtc(state[NET_HEIGHT]);
  state[NET_STEP_END] = end;
  if (count >= SUBSIDY_STEPS_MAX) return;
  const at = NET_STEPS + SUBSIDY_STEP_FIRST + count * SUBSIDY_STEP_SLOTS;
  state[at] = day;
  state[at + 1] = daySubsidy;
  state[at + 2] = end;
  state[NET_STEPS + SUBSIDY_STEP_COUNT] = count + 1;
  if (day > 0 || daySubsidy !== state[at + 2]) {
    if (state[NET_STEPS + SUBSIDY_STEP_FIRST_CHANGE] > day)
      state[NET_STEPS + SUBSIDY_STEP_FIRST_CHANGE] = day;
    state[NET_STEPS + SUBSIDY_STEP_LAST_CHANGE] = day;
  }
}

/**
 * Sets daySubsidy to the mean Bitcoin subsidy per block over the (fractional) heights
 * [fromHeight, toHeight). It writes rather than returns: a double returned from a call V8 does not
 * inline is boxed, an allocation per day. The era's subsidy and bounds are cached in `state`, since
 * the power of two behind it costs more than the rest of the day.
 */
function setMeanSubsidyBtc(state: NetworkState, fromHeight: number, toHeight: number): void {
  const era = Math.floor(fromHeight / HALVING_INTERVAL_BLOCKS);
  if (era !== state[NET_SUBSIDY_ERA]) {
    state[NET_SUBSIDY_ERA] = era;
    state[NET_ERA_SUBSIDY] = subsidyBtc(fromHeight);
    state[NET_ERA_START_HEIGHT] = era * HALVING_INTERVAL_BLOCKS;
    state[NET_ERA_END_HEIGHT] = (era + 1) * HALVING_INTERVAL_BLOCKS;
  }
  const boundary = state[NET_ERA_END_HEIGHT];
  if (!(toHeight > boundary)) {
    state[NET_DAY_SUBSIDY] = state[NET_ERA_SUBSIDY];
    return;
  }
  // The day spans a halving (one at most unless > 210,000 blocks a day): weight each era by blocks.
  let sum = state[NET_ERA_SUBSIDY] * (boundary - fromHeight);
  let height = boundary;
  while (height < toHeight) {
    const next = Math.min(height + HALVING_INTERVAL_BLOCKS, toHeight);
    sum += subsidyBtc(height) * (next - height);
    height = next;
  }
  state[NET_DAY_SUBSIDY] = sum / (toHeight - fromHeight);
}
