// The retarget epoch a scenario's start day falls in: where it began, the time spent in it so far
// and the difficulty in force, from the history's daily block counts, or at the block rate the
// start was carried or implied at (the epoch's assumption line says which).

import type { History } from '../data/history.js';
import { chainSeconds, lastBlockRate, type StartPlace } from './chain-clock.js';
import type { ChainNote } from './chain-note.js';
import type { CoinProtocol } from './coins/protocol.js';
import type { GivenState } from './start-carry.js';

const SECONDS_PER_DAY = 86_400;

/** The start's retarget epoch, as InitialState holds it. */
export interface StartEpoch {
  epochStartHeight: number;
  epochElapsedS: number;
  epochDifficulty: number;
}

/**
 * The epoch of a start at `height` with `difficulty` and `hashrateHs` (`blockRate`: the rate that
 * carried the height, NaN if none); its assumption line, where the history did not count it, is
 * pushed onto `notes`. A coin without retargets starts its one epoch at the start's height.
 */
export function startEpoch(
  chain: Pick<CoinProtocol, 'hashesPerDifficulty' | 'retargetBlocks'>,
  history: History,
  place: StartPlace,
  given: GivenState,
  start: { height: number; difficulty: number; hashrateHs: number; blockRate: number },
  notes: ChainNote[],
): StartEpoch {
  const { height, difficulty, hashrateHs, blockRate } = start;
  let epochStartHeight = height;
  let epochElapsedS = 0;
  let epochDifficulty = difficulty;
  if (chain.retargetBlocks > 0) {
    epochStartHeight = Math.floor(height / chain.retargetBlocks) * chain.retargetBlocks;
    // The history's difficulty of a day is the mean over its blocks: on a day whose blocks cross
    // a retarget, a mix of two epochs' (2021-07-03: 15.42 T, where its first 24 blocks ran at
    // 19.93 T and the rest at 14.36 T). The chain starts the day at its epoch's, the day before's
    // where that day's blocks lie in the same epoch (every retarget day of the shipped history).
    const epochEnd = epochStartHeight + chain.retargetBlocks;
    const fromHistory =
      place.inside &&
      given.height === undefined &&
      given.difficulty === undefined &&
      given.hashpriceUsdPerHsDay === undefined &&
      given.hashrateHs === undefined;
    const i = place.inside ? place.index : -1;
    if (
      fromHistory &&
      i > 0 &&
      height + history.blocks[i] > epochEnd &&
      history.height[i - 1] >= epochStartHeight
    )
      epochDifficulty = history.difficulty[i - 1];
    // The epoch's time so far from the daily block counts; past the history's last block (or
    // without counts) at the carried block rate, or at the rate the start state implies.
    const secondsPerBlock = Number.isFinite(blockRate)
      ? SECONDS_PER_DAY / blockRate
      : place.inside
        ? SECONDS_PER_DAY / lastBlockRate(history)
        : (difficulty * chain.hashesPerDifficulty) / hashrateHs;
    const now = chainSeconds(history, height, secondsPerBlock);
    const began = chainSeconds(history, epochStartHeight, secondsPerBlock);
    const counted = place.inside && given.height === undefined;
    epochElapsedS = Number.isFinite(began) ? now - began : (height - epochStartHeight) * secondsPerBlock;
    if (!counted) {
      const last = history.days - 1;
      const lastEnd = history.height[last] + history.blocks[last];
      notes.push({
        label: 'Difficulty epoch',
        value: `${Math.round(height - epochStartHeight).toLocaleString('en-US')} of ${chain.retargetBlocks} blocks done, ${(epochElapsedS / SECONDS_PER_DAY).toFixed(1)} days in`,
        note:
          epochStartHeight >= lastEnd || !Number.isFinite(began)
            ? `its blocks at ${secondsPerBlock.toFixed(0)} s each`
            : `from the daily block counts to ${history.lastDate}${height > lastEnd ? `, then ${secondsPerBlock.toFixed(0)} s a block` : ''}`,
      });
    }
  }
  return { epochStartHeight, epochElapsedS, epochDifficulty };
}
