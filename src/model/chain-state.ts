// The chain's state on a scenario's start date: block height, difficulty, network hashrate, coin
// price, the time already spent in the current difficulty epoch and (Monero) the coins generated.
//
// Inside the daily history every figure comes from the history unless the scenario gives it.
// Past the history's last day, what the scenario does not give is carried forward from that day:
// the height advances at the block rate of the last BLOCK_RATE_DAYS days, the supply by the
// emission rule over those blocks, and difficulty and price stay at their last known values. Every
// carried figure gets a line in the assumptions table. How far each may be carried is limited:
// market figures (difficulty, price) change by a fifth within weeks, so they are carried at most
// MARKET_CARRY_DAYS; the height is protocol arithmetic and drifts only with the block rate, so it
// is carried at most PROTOCOL_CARRY_DAYS. Past those limits the scenario must give them, and
// validation (scenario/coverage.ts) says which keys to set. Before the first day of the history
// nothing is known: the scenario gives height, difficulty and price.

import { formatDay, parseIsoDate } from '../data/dates.js';
import type { History } from '../data/history.js';
import type { InitialState } from '../engine/compile/plan.js';
import { shownCoinPriceUsd, shownDifficulty } from '../messages/shown.js';
import {
  BLOCK_RATE_DAYS,
  chainSeconds,
  lastBlockRate,
  lastDayEndDifficulty,
  rewardAt,
  startPlace,
  supplyAtHeight,
  supplyBelow,
} from './chain-clock.js';
import { type Coin, coinProtocol } from './coins/index.js';
import { rewardCutsAhead } from './reward-cuts.js';
import { historyStartHashrate } from './start-hashrate.js';

/** Days past the history that difficulty and price may be carried forward. */
export const MARKET_CARRY_DAYS = 31;
/** Days past the history that the block height may be carried forward. */
export const PROTOCOL_CARRY_DAYS = 400;

const SECONDS_PER_DAY = 86_400;
/** What the scenario states about the start day, in canonical units. */
export interface GivenState {
  height?: number;
  difficulty?: number;
  hashrateHs?: number;
  /** Hashprice, USD per H/s per day (gross, subsidy plus fees). */
  hashpriceUsdPerHsDay?: number;
  priceUsd?: number;
}

export interface ChainNote {
  label: string;
  value: string;
  note?: string;
}

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

export type StartNeed = 'height' | 'difficulty' | 'price';

/**
 * The start-day figures the scenario must give because the history cannot supply them, with the
 * limit that was passed (null when the start is before the history). Empty when nothing is missing.
 */
export function missingStartState(
  history: History,
  start: string,
  given: GivenState,
): { need: StartNeed; limitDays: number | null }[] {
  const place = startPlace(history, start);
  if (place.inside) return [];
  const out: { need: StartNeed; limitDays: number | null }[] = [];
  const before = place.daysAfter < 0;
  const networkGiven =
    given.difficulty !== undefined ||
    given.hashrateHs !== undefined ||
    given.hashpriceUsdPerHsDay !== undefined;
  if (given.height === undefined && (before || place.daysAfter > PROTOCOL_CARRY_DAYS))
    out.push({ need: 'height', limitDays: before ? null : PROTOCOL_CARRY_DAYS });
  if (!networkGiven && (before || place.daysAfter > MARKET_CARRY_DAYS))
    out.push({ need: 'difficulty', limitDays: before ? null : MARKET_CARRY_DAYS });
  if (given.priceUsd === undefined && (before || place.daysAfter > MARKET_CARRY_DAYS))
    out.push({ need: 'price', limitDays: before ? null : MARKET_CARRY_DAYS });
  return out;
}

/** Protocol figures the start state needs. */
interface Chain {
  hashesPerDifficulty: number;
  retargetBlocks: number;
}

function chainOf(coin: Coin): Chain {
  const p = coinProtocol(coin);
  return {
    hashesPerDifficulty: p.hashesPerDifficulty,
    retargetBlocks: p.retargetBlocks,
  };
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
  const chain = chainOf(coin);
  const place = startPlace(history, start);
  const notes: ChainNote[] = [];
  const last = history.days - 1;
  const carriedNote = (days: number) =>
    `carried forward from ${history.lastDate}, the history's last day, ${days} day${days === 1 ? '' : 's'} before the start`;

  // Height and supply.
  let height: number;
  let supply: number;
  let blockRate = Number.NaN;
  let supplyFrom = "the history's nearest day";
  if (place.inside && given.height === undefined) {
    height = history.height[place.index];
    supply = history.supply[place.index];
  } else {
    const lastEnd = history.height[last] + history.blocks[last];
    const lastSupplyEnd = history.supply[last] + history.issuance[last];
    if (given.height !== undefined) {
      height = given.height;
      // Inside the history the back-test replays the chain at its own height (backtest.ts).
      const note = place.inside
        ? `given; the history has ${Math.round(history.height[place.index]).toLocaleString('en-US')}, which the back-test replays`
        : 'given';
      notes.push({ label: 'Block height', value: Math.round(height).toLocaleString('en-US'), note });
    } else {
      const daysAfter = place.inside ? 0 : place.daysAfter;
      blockRate = lastBlockRate(history);
      height = lastEnd + (daysAfter - 1) * blockRate;
      notes.push({
        label: 'Block height',
        value: Math.round(height).toLocaleString('en-US'),
        note: `${carriedNote(daysAfter)}, at ${blockRate.toFixed(1)} blocks a day (the mean of its last ${BLOCK_RATE_DAYS} days)`,
      });
    }
    // Supply follows the height by the emission rule, from the nearest known day: the start's, the
    // last (a start after the history), or for a start before it the day at or below the height,
    // or genesis.
    if (place.inside) {
      supply = supplyAtHeight(coin, history.height[place.index], history.supply[place.index], height);
    } else if (place.daysAfter > 0) {
      supply = supplyAtHeight(coin, lastEnd, lastSupplyEnd, height);
    } else {
      const below = supplyBelow(history, height);
      supply = supplyAtHeight(coin, below.height, below.supply, height);
      if (below.date === null) supplyFrom = 'genesis';
    }
  }

  const protocol = coinProtocol(coin);
  if (protocol.rewardFollowsSupply && !(place.inside && given.height === undefined))
    notes.push({
      label: 'Coins generated',
      value: `${(supply / 1e6).toFixed(3)} M ${protocol.ticker}`,
      note: `by the emission rule from ${supplyFrom}; base reward ${rewardAt(coin, height, supply).toFixed(4)} ${protocol.ticker} a block`,
    });

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
  const equilibriumHashrate = (d: number) => (d * chain.hashesPerDifficulty) / intervalS;
  if (given.difficulty !== undefined) difficulty = given.difficulty;
  else if (given.hashpriceUsdPerHsDay !== undefined) {
    const reward = rewardAt(coin, height, supply);
    const fees = feesPerBlock(reward);
    difficulty =
      (SECONDS_PER_DAY * (reward + fees) * priceUsd) /
      (given.hashpriceUsdPerHsDay * chain.hashesPerDifficulty);
    const ticker = protocol.ticker;
    notes.push({
      label: 'Start difficulty',
      value: shownDifficulty(difficulty),
      note: `from the given hashprice at ${shownCoinPriceUsd(priceUsd)}, ${Number(reward.toPrecision(6))} ${ticker} a block plus ${Number(fees.toPrecision(4))} ${ticker} of fees`,
    });
  } else if (given.hashrateHs !== undefined) {
    difficulty = (given.hashrateHs * intervalS) / chain.hashesPerDifficulty;
    notes.push({
      label: 'Start difficulty',
      value: shownDifficulty(difficulty),
      note: `from the given hashrate, blocks on target (${intervalS} s)`,
    });
  } else if (place.inside) difficulty = history.difficulty[place.index];
  else {
    // The difficulty in force at the end of the last day, which its blocks' mean is not where
    // they crossed a retarget.
    difficulty = lastDayEndDifficulty(history, chain.retargetBlocks);
    const mean = history.difficulty[last];
    notes.push({
      label: 'Start difficulty',
      value: shownDifficulty(difficulty),
      note:
        difficulty === mean
          ? carriedNote(place.daysAfter)
          : `${carriedNote(place.daysAfter)}: the difficulty after its retarget (the day's blocks averaged ${shownDifficulty(mean)})`,
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
    given.priceUsd !== undefined ? 'given' : place.inside ? onStart : carriedNote(place.daysAfter);
  const hashrateSource =
    given.hashrateHs !== undefined
      ? 'given'
      : place.inside && given.difficulty === undefined && given.hashpriceUsdPerHsDay === undefined
        ? (fromBlocks ?? onStart)
        : 'blocks on target at the start difficulty';

  // The difficulty epoch.
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
  // The next halving that lowers the subsidy (model/reward-cuts.ts): none once it is 0, from
  // Bitcoin's block 6,930,000 on, though 210,000 blocks still end each era.
  const cut = rewardCutsAhead(protocol, height, supply)[0];
  const noSubsidy = protocol.noSubsidyHeight;
  if (cut === undefined && noSubsidy !== null && height >= noSubsidy && !place.inside)
    notes.push({
      label: 'Next halving',
      value: 'none',
      note: `no block subsidy from block ${noSubsidy.toLocaleString('en-US')} on: blocks pay fees only`,
    });
  if (cut !== undefined && !place.inside) {
    const next = cut.height;
    // At the target block rate, as the daily view and quote date it: one date for the block. The
    // rate that carried a height to the start (146.1 a day from 2025-11-14) dated it a week
    // earlier (2028-03-28 against 2028-04-05 from 2026-10-10) beside the daily view's.
    const perDay = SECONDS_PER_DAY / intervalS;
    // The day the block falls in (809.67 days on is day 809).
    const when = formatDay(parseIsoDate(start) + Math.floor((next - height) / perDay));
    const rate = perDay.toFixed(0);
    notes.push({
      label: 'Next halving',
      value: `block ${next.toLocaleString('en-US')}`,
      note: Number.isFinite(blockRate)
        ? `about ${when} at the target ${rate} blocks a day, as the daily view dates it (the height was carried to the start at ${blockRate.toFixed(1)} a day); the simulation halves when its own blocks reach it, and the charts mark it where the calm path's blocks do ("calm path")`
        : `about ${when} at ${rate} blocks a day; the simulation halves when its own blocks reach it, and the charts mark it where the calm path's blocks do ("calm path")`,
    });
  }
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

/**
 * Hashprice on the start day, USD per H/s a day (subsidy or base reward plus fees): what the
 * scenario gives or the history supplies, as the run's first day has it.
 */
export function startHashpriceUsdPerHsDay(
  coin: Coin,
  c: Pick<InitialState, 'height' | 'supply' | 'priceUsd' | 'difficulty'>,
  feesPerBlock: number,
): number {
  const reward = rewardAt(coin, c.height, c.supply);
  return (
    (SECONDS_PER_DAY * (reward + feesPerBlock) * c.priceUsd) /
    (c.difficulty * coinProtocol(coin).hashesPerDifficulty)
  );
}
