// The chain's state on a scenario's start date: block height, difficulty, network hashrate, coin
// price, the time already spent in the current difficulty epoch and (Monero) the coins generated,
// each with where it came from. Inside the daily history every figure comes from the history unless
// the scenario gives it; past its last day, what the scenario does not give is carried forward
// from that day, within the limits of start-carry.ts: the height and supply (start-height.ts), and
// difficulty and price at their last known values. Every carried figure gets a line in the
// assumptions table. The epoch is start-epoch.ts's, the next halving's line next-halving-note.ts's.

import type { History } from '../data/history.js';
import type { InitialState } from '../engine/compile/plan.js';
import { shownCoinPriceUsd, shownDifficulty } from '../messages/shown.js';
import { lastDayEndDifficulty, rewardAt, startPlace } from './chain-clock.js';
import type { ChainNote } from './chain-note.js';
import { type Coin, coinProtocol } from './coins/index.js';
import { nextHalvingNote } from './next-halving-note.js';
import { carriedNote, type GivenState, missingStartState } from './start-carry.js';
import { startEpoch } from './start-epoch.js';
import { historyStartHashrate } from './start-hashrate.js';
import { startHeight } from './start-height.js';

const SECONDS_PER_DAY = 86_400;

/** The kernel's starting state, with where each figure came from. */
export interface ChainState extends InitialState {
  /** Lines for the assumptions table beyond price and hashrate (height, difficulty, epoch, halving). */
  notes: ChainNote[];
  /** Where the start price and network hashrate came from, for their assumption lines. */
  priceSource: string;
  hashrateSource: string;
  /** Fees a block on the start day, in coins (the fee model's start level at the start's reward). */
  feesPerBlock: number;
  /** The difficulty in force at the start (InitialState.epochDifficulty), always given here. */
  epochDifficulty: number;
}

/**
 * The start state. `feesPerBlock(reward)` gives the fee level per block for a subsidy or base
 * reward (it fixes the difficulty when the scenario gives a hashprice). Call it only when
 * missingStartState() is empty: a missing figure throws.
 */
export function chainState(
  coin: Coin,
  history: History,
  start: string,
  given: GivenState,
  feesPerBlock: (reward: number) => number,
): ChainState {
  const missing = missingStartState(history, start, given);
  if (missing.length > 0)
    throw new Error(`internal: start state on ${start} lacks ${missing.map((m) => m.need).join(', ')}`);
  const protocol = coinProtocol(coin);
  const place = startPlace(history, start);
  const notes: ChainNote[] = [];
  const last = history.days - 1;
  const { height, supply, blockRate } = startHeight(coin, history, place, given, notes);

  // Price.
  let priceUsd: number;
  if (given.priceUsd !== undefined) priceUsd = given.priceUsd;
  else if (place.inside) priceUsd = history.priceUsd[place.index];
  else priceUsd = history.priceUsd[last];

  // Difficulty and hashrate.
  let difficulty: number;
  let hashrateHs: number;
  // Blocks on target at the interval in force at the start's height (Monero's was 60 s before its
  // 2016 fork: a difficulty given for a start then is twice the hashrate of 120-s blocks).
  const intervalS = protocol.blockIntervalAtS(height);
  const equilibriumHashrate = (d: number) => (d * protocol.hashesPerDifficulty) / intervalS;
  if (given.difficulty !== undefined) difficulty = given.difficulty;
  else if (given.hashpriceUsdPerHsDay !== undefined) {
    const reward = rewardAt(coin, height, supply);
    const fees = feesPerBlock(reward);
    difficulty =
      (SECONDS_PER_DAY * (reward + fees) * priceUsd) /
      (given.hashpriceUsdPerHsDay * protocol.hashesPerDifficulty);
    const ticker = protocol.ticker;
    notes.push({
      label: 'Start difficulty',
      value: shownDifficulty(difficulty),
      note: `from the given hashprice at ${shownCoinPriceUsd(priceUsd)}, ${Number(reward.toPrecision(6))} ${ticker} a block plus ${Number(fees.toPrecision(4))} ${ticker} of fees`,
    });
  } else if (given.hashrateHs !== undefined) {
    difficulty = (given.hashrateHs * intervalS) / protocol.hashesPerDifficulty;
    notes.push({
      label: 'Start difficulty',
      value: shownDifficulty(difficulty),
      note: `from the given hashrate, blocks on target (${intervalS} s)`,
    });
  } else if (place.inside) difficulty = history.difficulty[place.index];
  else {
    // The difficulty in force at the end of the last day, which its blocks' mean is not where
    // they crossed a retarget.
    difficulty = lastDayEndDifficulty(history, protocol.retargetBlocks);
    const mean = history.difficulty[last];
    notes.push({
      label: 'Start difficulty',
      value: shownDifficulty(difficulty),
      note:
        difficulty === mean
          ? carriedNote(history, place.daysAfter)
          : `${carriedNote(history, place.daysAfter)}: the difficulty after its retarget (the day's blocks averaged ${shownDifficulty(mean)})`,
    });
  }
  // Where the start hashrate was read from, when not the start day's figure alone.
  let fromBlocks: string | undefined;
  if (given.hashrateHs !== undefined) hashrateHs = given.hashrateHs;
  else if (place.inside && given.difficulty === undefined && given.hashpriceUsdPerHsDay === undefined) {
    const read = historyStartHashrate(coin, history, place.index);
    hashrateHs = read.hashrateHs;
    fromBlocks = read.source;
  } else hashrateHs = equilibriumHashrate(difficulty);

  const onStart = `history on ${start}`;
  const priceSource =
    given.priceUsd !== undefined ? 'given' : place.inside ? onStart : carriedNote(history, place.daysAfter);
  const hashrateSource =
    given.hashrateHs !== undefined
      ? 'given'
      : place.inside && given.difficulty === undefined && given.hashpriceUsdPerHsDay === undefined
        ? (fromBlocks ?? onStart)
        : 'blocks on target at the start difficulty';

  const { epochStartHeight, epochElapsedS, epochDifficulty } = startEpoch(
    protocol,
    history,
    place,
    given,
    { height, difficulty, hashrateHs, blockRate },
    notes,
  );
  const halving = nextHalvingNote(protocol, history, place, start, {
    height,
    supply,
    intervalS,
    blockRate,
  });
  if (halving !== undefined) notes.push(halving);
  return {
    height,
    difficulty,
    networkHashrateHs: hashrateHs,
    priceUsd,
    epochStartHeight,
    epochElapsedS,
    supply,
    notes,
    priceSource,
    hashrateSource,
    feesPerBlock: feesPerBlock(rewardAt(coin, height, supply)),
    epochDifficulty,
  };
}
