// One day of the network for the kernel: the difficulty miners face, the blocks found, and the
// subsidy those blocks pay. State lives in a preallocated NetworkState (network-state.ts) that is
// reset per path and stepped per day; nothing here allocates.
//
// Bitcoin without a replayed difficulty: blocks arrive at H / (D x hashesPerDifficulty) a second;
// when the height crosses the end of the epoch (plan.protocol.retargetBlocks) the difficulty
// retargets by the model's rule (x 14 days / actual seconds, clamped to [1/4, 4]), the crossing
// time interpolated within the day, and the rest of the day runs at the new difficulty. The day's
// difficulty reported to the kernel is the time-weighted harmonic mean, so a miner's coins
// h x 86,400 / (D x hpd) stay exact on retarget days. Heights are fractional; the subsidy is
// averaged over the heights the day's blocks span, so a halving mid-day pays the right mix.
// Monero's day is monero-day.ts's; this file dispatches to it (a number from the plan, the coin
// record's retarget rule, picks the step).
// Over the 300-line guide as one concept: Bitcoin's day step, its general form and the fast
// stretches of ordinary days, which must give the same bits and so are kept side by side.

import type { MarketPath, SimulationPlan } from '../engine/compile/plan.js';
import { HALVING_INTERVAL_BLOCKS, retargetDifficulty, subsidyBtc } from './bitcoin.js';
import { stepMoneroDay } from './monero-day.js';
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
  resetNetworkState,
  SUBSIDY_STEP_COUNT,
  SUBSIDY_STEP_FEES_FOLLOW,
  SUBSIDY_STEP_FIRST,
  SUBSIDY_STEP_FIRST_CHANGE,
  SUBSIDY_STEP_LAST_CHANGE,
  SUBSIDY_STEP_SLOTS,
  SUBSIDY_STEPS_LENGTH,
  SUBSIDY_STEPS_MAX,
} from './network-state.js';

const SECONDS_PER_DAY = 86_400;
/**
 * 1 + 2^-40: when left > blocksPerS x a day x this (each product rounded by 2^-53 at most), the
 * exact quotient left / blocksPerS exceeds a day by far more than its rounding can take back.
 */
const NOT_TODAY = 1 + 2 ** -40;

/**
 * The network's outputs for every day of a path, as tables the kernel's day loop reads. They
 * depend on the path's hashrate, difficulty, blocks and fees only, never on the price, the tariff
 * or the fleet: a market whose network series are the same on every path fills them once.
 */
export interface NetworkDays {
  /** Harmonic time-weighted difficulty of the day. */
  difficulty: Float64Array;
  /** Height at the start of the day (fractional). */
  startHeight: Float64Array;
  /** Mean subsidy (Bitcoin) or base reward (Monero) per block, coins. */
  subsidy: Float64Array;
  /** Gross coins one H/s earns in the day: 86,400 x (subsidy + fees per block) / (difficulty x hashes per difficulty). */
  coinsPerHs: Float64Array;
  /**
   * The days a Bitcoin subsidy changes (its halvings), written on every path, trace or not, so a
   * resale can read a week across a halving at one subsidy (kernel/salvage.ts resaleHashpriceAt):
   * [SUBSIDY_STEP_COUNT] entries, [SUBSIDY_STEP_FEES_FOLLOW] 1 when the path's fees are a share of
   * the subsidy (they halve with it), [SUBSIDY_STEP_FIRST_CHANGE] and [SUBSIDY_STEP_LAST_CHANGE] the
   * first and last day whose subsidy differs from the day before's or changes within it (+Infinity
   * and -Infinity: none; a resale's week that reaches neither reads one subsidy), then per entry its day, the day's mean subsidy a block and the
   * subsidy in force at the day's end. Day 0 is always an entry; from an entry's next day to the
   * next entry every day pays its end subsidy. None for Monero, whose reward changes block by block
   * by a few millionths a day (and keeps its coins a day across its change of block interval).
   */
  subsidySteps: Float64Array;
}

export function createNetworkDays(days: number): NetworkDays {
  return {
    difficulty: new Float64Array(days),
    startHeight: new Float64Array(days),
    subsidy: new Float64Array(days),
    coinsPerHs: new Float64Array(days),
    subsidySteps: new Float64Array(SUBSIDY_STEPS_LENGTH),
  };
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
 * Bitcoin under the difficulty model (no replay), the case of every path of a random network.
 * Most days the difficulty holds all day and the height stays inside one retarget epoch and one
 * halving era: those run in stretches here, with the state in locals and the epoch's constants
 * (difficulty x hashes per difficulty, the day's difficulty) worked out once an epoch, not once a
 * day. A day that reaches the epoch's end (a retarget, about one in 14) or leaves the cached era
 * ends the stretch. A retarget day within the era is then worked out on the locals, and any other
 * day goes through the general step, which gives an ordinary day the same bits (the same
 * expressions on the same operands); the locals are then read back. The stretch's loop
 * makes no call: a call inside it, even on a rare branch, costs V8's register allocation.
 */
function fillBitcoinModelDays(
  out: NetworkDays,
  state: NetworkState,
  plan: SimulationPlan,
  path: MarketPath,
  heights: boolean,
): void {
  const days = plan.days;
  const hpd = plan.protocol.hashesPerDifficulty;
  const epochBlocks = plan.protocol.retargetBlocks;
  const hashrateHs = path.networkHashrateHs;
  const feesPerBlock = path.feesPerBlock;
  // Fees as a share of the subsidy the simulated blocks pay (fees/share-of-subsidy.ts), so they
  // halve on the simulated halving; otherwise the path's fees per block.
  const feeShare = path.feesPerSubsidy;
  // Fees the same every day (MarketPath.feesSameEveryDay): the coins per H/s then hold for a whole
  // stretch (its difficulty and era are fixed), worked out once before it, from the same
  // expression a day would use, rather than compared and kept day by day.
  const constantFees = path.feesSameEveryDay !== undefined;
  const sameFee = constantFees ? (path.feesSameEveryDay as number) : 0;
  const { difficulty, startHeight, subsidy, coinsPerHs } = out;
  // A boolean V8 knows to be one: the parameter itself would be tested for truth in the generic
  // way (numbers, strings, ...) every day.
  const writeHeights = heights === true;
  let height = state[NET_HEIGHT];
  let elapsedS = state[NET_EPOCH_ELAPSED_S];
  // The epoch's constants and the cached halving era (none yet on day 0: it goes the general way).
  let epochEnd = 0;
  let hashesPerBlock = 0;
  let dayDifficulty = 0;
  let dayHashes = 0;
  let eraStart = 0;
  let eraEnd = -1;
  let eraSubsidy = 0;
  // The last day's subsidy plus fees per block and its coins per H/s: with fixed fees they hold
  // for an epoch, so the division is skipped until one of them changes (NaN: none yet).
  let lastPerBlock = Number.NaN;
  let lastCoinsPerHs = 0;
  let d = 0;
  while (d < days) {
    // With constant fees, the stretch's coins per H/s: read only on days the stretch runs (none
    // before the first general step sets the epoch).
    const stretchFees = feeShare === undefined ? sameFee : sameFee * eraSubsidy;
    const stretchCoinsPerHs =
      constantFees && dayDifficulty > 0 ? (SECONDS_PER_DAY * (eraSubsidy + stretchFees)) / dayHashes : 0;
    if (constantFees && !writeHeights) {
      // The common case (fees the same every day, no trace: every Monte Carlo path of a random
      // network) two days a turn, each day the loop below's day to the bit: V8 checks a typed
      // array's map, base and length on every turn of a loop, once for each array, so the second
      // day's reads and writes find them checked. A day that ends the stretch is left unwritten
      // (with d on it), and the loop below tests it again and stops there.
      for (; d + 1 < days; d += 2) {
        const blocksPerS = hashrateHs[d] / hashesPerBlock;
        const left = epochEnd - height;
        if (!(left > blocksPerS * SECONDS_PER_DAY * NOT_TODAY) && left / blocksPerS < SECONDS_PER_DAY) break;
        const endHeight = height + blocksPerS * SECONDS_PER_DAY;
        if (!(height >= eraStart && height < eraEnd && endHeight <= eraEnd)) break;
        elapsedS += SECONDS_PER_DAY;
        difficulty[d] = dayDifficulty;
        coinsPerHs[d] = stretchCoinsPerHs;
        height = endHeight;
        const next = d + 1;
        const nextBlocksPerS = hashrateHs[next] / hashesPerBlock;
        const nextLeft = epochEnd - height;
        if (
          !(nextLeft > nextBlocksPerS * SECONDS_PER_DAY * NOT_TODAY) &&
          nextLeft / nextBlocksPerS < SECONDS_PER_DAY
        ) {
          d = next;
          break;
        }
        const nextEndHeight = height + nextBlocksPerS * SECONDS_PER_DAY;
        if (!(height >= eraStart && height < eraEnd && nextEndHeight <= eraEnd)) {
          d = next;
          break;
        }
        elapsedS += SECONDS_PER_DAY;
        difficulty[next] = dayDifficulty;
        coinsPerHs[next] = stretchCoinsPerHs;
        height = nextEndHeight;
      }
    }
    for (; d < days; d++) {
      const blocksPerS = hashrateHs[d] / hashesPerBlock;
      // Does the epoch end today, (epochEnd - height) / blocksPerS < a day? Far from the end a
      // multiplication says no (the quotient is then >= a day whatever its rounding); only near
      // it is the division itself made, so the test gives the general step's answer to the bit.
      const left = epochEnd - height;
      if (!(left > blocksPerS * SECONDS_PER_DAY * NOT_TODAY) && left / blocksPerS < SECONDS_PER_DAY) break;
      const endHeight = height + blocksPerS * SECONDS_PER_DAY;
      // Inside the cached era (its end height itself belongs to the next era) the subsidy is known.
      if (!(height >= eraStart && height < eraEnd && endHeight <= eraEnd)) break;
      elapsedS += SECONDS_PER_DAY;
      difficulty[d] = dayDifficulty;
      if (writeHeights) {
        startHeight[d] = height;
        subsidy[d] = eraSubsidy;
      }
      if (constantFees) coinsPerHs[d] = stretchCoinsPerHs;
      else {
        const perBlock = eraSubsidy + (feeShare === undefined ? feesPerBlock[d] : feeShare[d] * eraSubsidy);
        if (perBlock !== lastPerBlock) {
          lastPerBlock = perBlock;
          lastCoinsPerHs = dayDifficulty > 0 ? (SECONDS_PER_DAY * perBlock) / dayHashes : 0;
        }
        coinsPerHs[d] = lastCoinsPerHs;
      }
      height = endHeight;
    }
    if (d === days) break;
    if (hashesPerBlock > 0) {
      // Day d retargets. Once within the day and inside the cached era (nearly every retarget),
      // it is the general step's arithmetic on the locals: the same expressions on the same
      // operands in the same order, so the same bits, without its round trip through the state.
      const blocksPerS = hashrateHs[d] / hashesPerBlock;
      const toBoundaryS = (epochEnd - height) / blocksPerS;
      if (toBoundaryS < SECONDS_PER_DAY) {
        const oldDifficulty = state[NET_DIFFICULTY];
        const spentS = Math.max(toBoundaryS, 0);
        let secondsPerDifficulty = 0;
        secondsPerDifficulty += spentS / oldDifficulty;
        const secondsLeft = SECONDS_PER_DAY - spentS;
        const newDifficulty = retargetDifficulty(oldDifficulty, elapsedS + spentS);
        // The new epoch starts at the boundary; the rest of the day runs at the new difficulty.
        const epochStart = epochEnd;
        const newEpochEnd = epochStart + epochBlocks;
        const newBlocksPerS = hashrateHs[d] / (newDifficulty * hpd);
        const endHeight = epochStart + newBlocksPerS * secondsLeft;
        if (
          !((newEpochEnd - epochStart) / newBlocksPerS < secondsLeft) &&
          height >= eraStart &&
          height < eraEnd &&
          endHeight <= eraEnd
        ) {
          secondsPerDifficulty += secondsLeft / newDifficulty;
          const mixed = SECONDS_PER_DAY / secondsPerDifficulty;
          difficulty[d] = mixed;
          startHeight[d] = height;
          subsidy[d] = eraSubsidy;
          const fees = feeShare === undefined ? feesPerBlock[d] : feeShare[d] * eraSubsidy;
          coinsPerHs[d] = mixed > 0 ? (SECONDS_PER_DAY * (eraSubsidy + fees)) / (mixed * hpd) : 0;
          state[NET_DIFFICULTY] = newDifficulty;
          state[NET_EPOCH_START_HEIGHT] = epochStart;
          height = endHeight;
          // The general step zeroes the epoch's seconds at the boundary, then adds the day's rest.
          elapsedS = 0 + secondsLeft;
          epochEnd = newEpochEnd;
          hashesPerBlock = newDifficulty * hpd;
          dayDifficulty = SECONDS_PER_DAY / (SECONDS_PER_DAY / newDifficulty);
          dayHashes = dayDifficulty * hpd;
          lastPerBlock = Number.NaN;
          d++;
          continue;
        }
      }
    }
    // Day d retargets more than once, or leaves the cached era (or is day 0): the general step,
    // then the locals again.
    state[NET_HEIGHT] = height;
    state[NET_EPOCH_ELAPSED_S] = elapsedS;
    stepBitcoinDayNoted(state, plan, path, d);
    const mixed = state[NET_DAY_DIFFICULTY];
    difficulty[d] = mixed;
    startHeight[d] = height;
    subsidy[d] = state[NET_DAY_SUBSIDY];
    coinsPerHs[d] =
      mixed > 0
        ? (SECONDS_PER_DAY * (state[NET_DAY_SUBSIDY] + dayFeesPerBlock(path, d, state[NET_DAY_SUBSIDY]))) /
          (mixed * hpd)
        : 0;
    height = state[NET_HEIGHT];
    elapsedS = state[NET_EPOCH_ELAPSED_S];
    epochEnd = state[NET_EPOCH_START_HEIGHT] + epochBlocks;
    hashesPerBlock = state[NET_DIFFICULTY] * hpd;
    dayDifficulty = SECONDS_PER_DAY / (SECONDS_PER_DAY / state[NET_DIFFICULTY]);
    dayHashes = dayDifficulty * hpd;
    eraStart = state[NET_ERA_START_HEIGHT];
    eraEnd = state[NET_ERA_END_HEIGHT];
    eraSubsidy = state[NET_ERA_SUBSIDY];
    lastPerBlock = Number.NaN;
    d++;
  }
  state[NET_HEIGHT] = height;
  state[NET_EPOCH_ELAPSED_S] = elapsedS;
}

/**
 * Fees per block on day `day` of `path`, for blocks paying `subsidy`: a share of the subsidy the
 * simulated blocks pay (so fees halve on the simulated halving), or the path's own coins.
 */
export function dayFeesPerBlock(path: MarketPath, day: number, subsidy: number): number {
  const share = path.feesPerSubsidy;
  return share === undefined ? path.feesPerBlock[day] : share[day] * subsidy;
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

/** Any Bitcoin day: replayed history, or the difficulty model with retargets within the day. */
function stepBitcoinDayGeneral(state: NetworkState, plan: NetworkRules, path: MarketPath, day: number): void {
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
function stepBitcoinDayNoted(state: NetworkState, plan: NetworkRules, path: MarketPath, day: number): void {
  stepBitcoinDayGeneral(state, plan, path, day);
  // Rarely a change of subsidy (a path's first day, a halving's): one compare, not a call, a day.
  if (state[NET_DAY_SUBSIDY] !== state[NET_STEP_END]) noteSubsidyStep(state, day);
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
