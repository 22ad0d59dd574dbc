// The network hashrate a run starts from when it reads it from the history (chain-state.ts): the
// week's mean for a coin whose hashrate is read from its blocks, and difficulty over the block time,
// or the blocks found where the difficulty lags, for one whose hashrate is its difficulty's.

import type { History } from '../data/history.js';
import { type Coin, coinProtocol } from './coins/index.js';

const SECONDS_PER_DAY = 86_400;

/**
 * How far the blocks found on the start day may stray from what its difficulty and hashrate give
 * before the hashrate is read from them instead. A coin whose history gives the hashrate as its
 * difficulty over the block time (Monero) misstates it on the days the difficulty is catching up
 * with a change of hashrate: the 2016 change of block time and the proof-of-work forks, whose days
 * in the shipped history found 21 % to 82 % more or fewer blocks than the target (2018-04-07: 153
 * of 720, the difficulty still pricing the 740 MH/s before the fork where the blocks show 157).
 * Luck alone moves a day's 720 blocks by about 4 %, so no other day of the history reaches it.
 * (A coin whose hashrate is read from its blocks, Bitcoin, takes their week's mean instead.)
 */
const DIFFICULTY_LAG = 0.2;

/**
 * Days a start hashrate read from a coin's blocks is the mean of (the start day and the six before):
 * a day's figure is a Poisson count of about 144 blocks, off by about 8 % at random, and a path's
 * network carries its start level to the horizon (its difficulty retargets to it); a week's mean is
 * off by about 3 %, and lags the hashrate's growth by about 3 days (0.3 % at 30 % a year).
 */
export const START_HASHRATE_DAYS = 7;

/**
 * The network hashrate a start on day `index` of the history reads, H/s, and where from when not
 * the day's figure alone: a coin whose hashrate is read from its blocks (Bitcoin) takes the mean of
 * the week to the start (START_HASHRATE_DAYS); one whose hashrate is its difficulty over the block
 * time (Monero) takes that, unless the day's blocks show the difficulty lagging (DIFFICULTY_LAG).
 * The walk-forward study sizes its fleets on it, as the fleet's check does (scenario/fleet-share.ts).
 */
export function historyStartHashrate(
  coin: Coin,
  history: History,
  index: number,
): { hashrateHs: number; source: string | undefined } {
  const protocol = coinProtocol(coin);
  const start = history.dateAt(index);
  if (protocol.history.hashrateColumn !== null) {
    // Read from the blocks found: the week's mean, luck mostly averaged out.
    const from = Math.max(0, index - START_HASHRATE_DAYS + 1);
    let sum = 0;
    for (let i = from; i <= index; i++) sum += history.hashrateHs[i];
    const days = index - from + 1;
    return {
      hashrateHs: sum / days,
      source: days > 1 ? `history, the mean of the ${days} days to ${start}` : undefined,
    };
  }
  // Difficulty over the block time, unless the day's blocks show it lagging: the hashes they took
  // (each block about difficulty x hashes per difficulty).
  const hashrateHs = history.hashrateHs[index];
  const difficulty = history.difficulty[index];
  const blocks = history.blocks[index];
  const found = (difficulty * protocol.hashesPerDifficulty * blocks) / SECONDS_PER_DAY;
  if (!(blocks > 0 && Math.abs(found / hashrateHs - 1) > DIFFICULTY_LAG))
    return { hashrateHs, source: undefined };
  const onTarget = Math.round((SECONDS_PER_DAY * hashrateHs) / (difficulty * protocol.hashesPerDifficulty));
  const unit = protocol.hashrateUnit;
  return {
    hashrateHs: found,
    source: `from the ${blocks} blocks found on ${start}, where its difficulty gives ${(hashrateHs / unit.hs).toPrecision(4)} ${unit.name} and ${onTarget} blocks: the difficulty was catching up with a change of hashrate`,
  };
}

/**
 * The hashes the chain itself did on day `index` of the history, H/s: what a back-test's fleet can
 * at most have found that day's blocks with. Bitcoin's history counts its hashrate from the day's
 * blocks already; Monero's is its difficulty over the block time, so the day's blocks x the
 * difficulty in hashes, over the day (far below it where blocks fell short of the target).
 */
export function chainDayHashrateHs(coin: Coin, history: History, index: number): number {
  const protocol = coinProtocol(coin);
  if (protocol.history.hashrateColumn !== null) return history.hashrateHs[index];
  return (history.blocks[index] * history.difficulty[index] * protocol.hashesPerDifficulty) / SECONDS_PER_DAY;
}
