// Bitcoin's days under the difficulty model in stretches: the fill of every path of a random
// network (network-day.ts picks it), giving the general step's bits (bitcoin-day.ts) on every day.
// One function, kept whole: its stretch's loop is the engine's hottest, and a call out of it, even
// on a rare branch, costs V8's register allocation.

import type { MarketPath, SimulationPlan } from '../engine/compile/plan.js';
import { retargetDifficulty } from './bitcoin.js';
import { stepBitcoinDayNoted } from './bitcoin-day.js';
import { dayFeesPerBlock } from './day-fees.js';
import type { NetworkDays } from './network-day-tables.js';
import {
  NET_DAY_DIFFICULTY,
  NET_DAY_SUBSIDY,
  NET_DIFFICULTY,
  NET_EPOCH_ELAPSED_S,
  NET_EPOCH_START_HEIGHT,
  NET_ERA_END_HEIGHT,
  NET_ERA_START_HEIGHT,
  NET_ERA_SUBSIDY,
  NET_HEIGHT,
  type NetworkState,
} from './network-state.js';

const SECONDS_PER_DAY = 86_400;
/**
 * 1 + 2^-40: when left > blocksPerS x a day x this (each product rounded by 2^-53 at most), the
 * exact quotient left / blocksPerS exceeds a day by far more than its rounding can take back.
 */
const NOT_TODAY = 1 + 2 ** -40;

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
export function fillBitcoinModelDays(
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
