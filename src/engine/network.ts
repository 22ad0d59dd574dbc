// One day of the network for the kernel: the difficulty miners face, the blocks found, and the
// subsidy those blocks pay. State lives in a preallocated NetworkState that is reset per path and
// stepped per day; nothing here allocates.
//
// Bitcoin without a replayed difficulty: blocks arrive at H / (D x hashesPerDifficulty) a second;
// when the height crosses the end of the epoch (plan.protocol.retargetBlocks) the difficulty
// retargets by the model's rule (x 14 days / actual seconds, clamped to [1/4, 4]), the crossing time
// interpolated within the day, and the rest of the day runs at the new difficulty. The day's difficulty reported to the
// kernel is the time-weighted harmonic mean, so a miner's coins h x 86,400 / (D x hpd) stay exact on
// retarget days. Heights are fractional; the subsidy is averaged over the heights the day's blocks
// span, so a halving mid-day pays the right mix.
// Monero: difficulty follows hashrate within a day (D = H x block interval), the block count is
// the target one, and the base reward comes from the coins already generated (emission shift by
// height), held at its start-of-day value: it moves by about 1e-6 a day. Fees aside, a block pays
// the base reward; the size penalty is ignored.

import { HALVING_INTERVAL_BLOCKS, retargetDifficulty, subsidyBtc } from '../model/bitcoin.js';
import { baseRewardXmr, emissionShift } from '../model/monero.js';
import type { MarketPath, SimulationPlan } from './plan.js';

const SECONDS_PER_DAY = 86_400;

export interface NetworkState {
  height: number;
  /** Difficulty in force now (Bitcoin: changes only at retargets). */
  difficulty: number;
  epochStartHeight: number;
  epochElapsedS: number;
  /** Monero: coins generated so far. */
  supplyCoins: number;
  /** Bitcoin: halving era whose subsidy eraSubsidy holds (-1: none yet). */
  subsidyEra: number;
  eraSubsidy: number;
  /** Outputs of the last step: */
  dayStartHeight: number;
  /** Harmonic time-weighted difficulty of the day (equals the one in force unless it retargeted). */
  dayDifficulty: number;
  dayBlocks: number;
  /** Mean subsidy (Bitcoin) or base reward (Monero) per block of the day, coins. */
  daySubsidy: number;
}

export function createNetworkState(): NetworkState {
  return {
    height: 0,
    difficulty: 0,
    epochStartHeight: 0,
    epochElapsedS: 0,
    supplyCoins: 0,
    subsidyEra: -1,
    eraSubsidy: 0,
    dayStartHeight: 0,
    dayDifficulty: 0,
    dayBlocks: 0,
    daySubsidy: 0,
  };
}

export function resetNetworkState(state: NetworkState, plan: SimulationPlan): void {
  const initial = plan.initial;
  state.height = initial.height;
  state.difficulty = initial.difficulty;
  state.epochStartHeight = initial.epochStartHeight;
  state.epochElapsedS = initial.epochElapsedS;
  state.supplyCoins = initial.supply;
  state.subsidyEra = -1;
}

/** Advances the network by day `day` of `path`, writing the day's outputs into `state`. */
export function stepNetworkDay(
  state: NetworkState,
  plan: SimulationPlan,
  path: MarketPath,
  day: number,
): void {
  if (plan.protocol.coin === 'bitcoin') stepBitcoinDay(state, plan, path, day);
  else stepMoneroDay(state, plan, path, day);
}

function stepBitcoinDay(state: NetworkState, plan: SimulationPlan, path: MarketPath, day: number): void {
  const hpd = plan.protocol.hashesPerDifficulty;
  const hashrateHs = path.networkHashrateHs[day];
  const replayedBlocks = path.blocks === undefined ? -1 : path.blocks[day];
  const startHeight = state.height;
  state.dayStartHeight = startHeight;

  if (path.difficulty !== undefined) {
    // History replay: the recorded difficulty is in force all day; no retarget bookkeeping.
    const difficulty = path.difficulty[day];
    state.difficulty = difficulty;
    state.dayDifficulty = difficulty;
    state.height +=
      replayedBlocks >= 0 ? replayedBlocks : (SECONDS_PER_DAY * hashrateHs) / (difficulty * hpd);
  } else {
    const epochBlocks = plan.protocol.retargetBlocks;
    let secondsLeft = SECONDS_PER_DAY;
    let secondsPerDifficulty = 0;
    // A day holds more than one retarget only when blocks come > 14x too fast; the loop allows it.
    while (secondsLeft > 0) {
      const blocksPerS =
        replayedBlocks >= 0 ? replayedBlocks / SECONDS_PER_DAY : hashrateHs / (state.difficulty * hpd);
      const toBoundaryS = (state.epochStartHeight + epochBlocks - state.height) / blocksPerS;
      if (!(toBoundaryS < secondsLeft) || epochBlocks <= 0) {
        state.height += blocksPerS * secondsLeft;
        state.epochElapsedS += secondsLeft;
        secondsPerDifficulty += secondsLeft / state.difficulty;
        break;
      }
      const spentS = Math.max(toBoundaryS, 0);
      state.height = state.epochStartHeight + epochBlocks;
      state.epochElapsedS += spentS;
      secondsPerDifficulty += spentS / state.difficulty;
      secondsLeft -= spentS;
      state.difficulty = retargetDifficulty(state.difficulty, state.epochElapsedS);
      state.epochStartHeight = state.height;
      state.epochElapsedS = 0;
    }
    state.dayDifficulty = SECONDS_PER_DAY / secondsPerDifficulty;
  }
  state.dayBlocks = state.height - startHeight;
  setMeanSubsidyBtc(state, startHeight, state.height);
}

function stepMoneroDay(state: NetworkState, plan: SimulationPlan, path: MarketPath, day: number): void {
  const intervalS = plan.protocol.blockIntervalS;
  const difficulty =
    path.difficulty === undefined ? path.networkHashrateHs[day] * intervalS : path.difficulty[day];
  const blocks = path.blocks === undefined ? SECONDS_PER_DAY / intervalS : path.blocks[day];
  const reward = Math.max(
    baseRewardXmr(state.supplyCoins, emissionShift(state.height)),
    plan.protocol.tailEmission,
  );
  state.dayStartHeight = state.height;
  state.difficulty = difficulty;
  state.dayDifficulty = difficulty;
  state.dayBlocks = blocks;
  state.daySubsidy = reward;
  state.height += blocks;
  state.supplyCoins += blocks * reward;
}

/**
 * Sets daySubsidy to the mean Bitcoin subsidy per block over the (fractional) heights
 * [fromHeight, toHeight). It writes rather than returns: a double returned from a call V8 does not
 * inline is boxed, an allocation per day. The era's subsidy is cached in `state`, since the power
 * of two behind it costs more than the rest of the day.
 */
function setMeanSubsidyBtc(state: NetworkState, fromHeight: number, toHeight: number): void {
  const era = Math.floor(fromHeight / HALVING_INTERVAL_BLOCKS);
  if (era !== state.subsidyEra) {
    state.subsidyEra = era;
    state.eraSubsidy = subsidyBtc(fromHeight);
  }
  const boundary = (era + 1) * HALVING_INTERVAL_BLOCKS;
  if (!(toHeight > boundary)) {
    state.daySubsidy = state.eraSubsidy;
    return;
  }
  // The day spans a halving (one at most unless > 210,000 blocks a day): weight each era by blocks.
  let sum = state.eraSubsidy * (boundary - fromHeight);
  let height = boundary;
  while (height < toHeight) {
    const next = Math.min(height + HALVING_INTERVAL_BLOCKS, toHeight);
    sum += subsidyBtc(height) * (next - height);
    height = next;
  }
  state.daySubsidy = sum / (toHeight - fromHeight);
}
