// The chain on a quote's day outside the data (model/quote.ts): at the given height, or carried
// forward from the data's last day as a run's start is (model/start-height.ts: at the last 28
// days' block rate, at most PROTOCOL_CARRY_DAYS), with that day's fees in coins a block as far as a
// scenario's start carries them (MARKET_CARRY_DAYS), else fees given; before the data, Monero's
// coins generated from a given height. What dates the halvings ahead and what a block pays then.
import type { History } from '../data/history.js';
import { quoteMessages as m } from '../messages/quote.js';
import { shownCoins } from '../messages/shown.js';
import { BLOCK_RATE_DAYS, lastBlockRate, startPlace, supplyAtHeight, supplyBelow } from './chain-clock.js';
import { type Coin, coinProtocol } from './coins/index.js';
import { PROTOCOL_CARRY_DAYS } from './start-carry.js';

/**
 * The block height a quote states, in its sources line and its JSON alike: a count of blocks, so
 * the nearest whole block. A height carried forward past the data is an expected count (the last
 * days' block rate times the days), which the chain keeps as it is to date the halvings, as a
 * run's start past the data does (start-height.ts); the text says "about" it, and the JSON gives
 * the same whole block (earlier builds gave 926000.71 where the text said about 926,001).
 */
export const shownHeight = (height: number): number => Math.round(height);

/** Fees a block given: in coins, or a share of the subsidy. */
export type GivenFees = { coins: number } | { share: number };

/** The chain on a quote's day: the first block's height, coins generated before it, fees and subsidy a block. */
export interface QuoteChain {
  height: number;
  supply: number;
  feesPerBlock: number;
  subsidyPerBlock: number;
  /** A day of the history's share of the rule's reward its blocks issued (reward-cuts.ts ChainAtDay). */
  issuedShare?: number;
}

/**
 * The chain on a day outside the data: at the given height, or carried forward from the data's
 * last day (at most PROTOCOL_CARRY_DAYS), with that day's fees in coins a block; else none, with
 * the message that asks for the height.
 */
export function chainOffTheData(
  coin: Coin,
  history: History,
  date: string,
  height: number | undefined,
  sayFees = true,
  /** False further than MARKET_CARRY_DAYS from the data: its nearest day's fees are not carried, the chain's are 0 and unsaid. */
  carryFees = true,
): { chain: QuoteChain | null; source: string | null; heightNeeded: string | null } {
  const protocol = coinProtocol(coin);
  const place = startPlace(history, date);
  const daysAfter = place.inside ? 0 : place.daysAfter;
  // A coin whose reward follows the coins generated has no halving to date; before its data the
  // coins generated are counted from a given height (by the rule from genesis, or from the data's
  // day that holds it), without one its emission is left out, as the quote's note says.
  if (protocol.halvingIntervalBlocks === null && !(daysAfter > 0)) {
    if (height === undefined || place.inside) return { chain: null, source: null, heightNeeded: null };
    const below = supplyBelow(history, height);
    const supply = supplyAtHeight(coin, below.height, below.supply, height);
    // The data's first day's fees, held back no further than its last day's are carried forward.
    const feesPerBlock = carryFees && history.blocks[0] > 0 ? history.fees[0] / history.blocks[0] : 0;
    const reward = protocol.rewardAt(height, supply);
    return {
      chain: { height, supply, feesPerBlock, subsidyPerBlock: reward },
      source: m.supplyBeforeData(
        height,
        (supply / 1e6).toFixed(3),
        protocol.ticker,
        below.date,
        shownCoins(reward),
        sayFees && carryFees ? `${shownCoins(feesPerBlock)} ${protocol.ticker}` : null,
        history.firstDate,
      ),
      heightNeeded: null,
    };
  }
  const last = history.days - 1;
  const lastEnd = history.height[last] + history.blocks[last];
  const lastSupplyEnd = history.supply[last] + history.issuance[last];
  // The fees a block of the data's nearest day: its first before it, its last past it.
  const edge = daysAfter < 0 ? 0 : last;
  const feesPerBlock = carryFees && history.blocks[edge] > 0 ? history.fees[edge] / history.blocks[edge] : 0;
  const fees = sayFees && carryFees ? `${shownCoins(feesPerBlock)} ${protocol.ticker}` : null;
  const chainAt = (h: number) => {
    const supply = supplyAtHeight(coin, lastEnd, lastSupplyEnd, h);
    return { height: h, supply, feesPerBlock, subsidyPerBlock: protocol.rewardAt(h, supply) };
  };
  if (height !== undefined)
    return {
      chain: chainAt(height),
      source: m.heightGiven(height, fees, daysAfter < 0 ? history.firstDate : history.lastDate),
      heightNeeded: null,
    };
  if (protocol.halvingIntervalBlocks === null) {
    // The coins generated follow the emission rule, blocks on target, however far: the reward
    // depends on them, not on dating a height.
    const carried = lastEnd + ((daysAfter - 1) * 86_400) / protocol.blockIntervalS;
    const chain = chainAt(carried);
    return {
      chain,
      source: m.supplyCarried(
        (chain.supply / 1e6).toFixed(3),
        protocol.ticker,
        history.lastDate,
        daysAfter,
        shownCoins(chain.subsidyPerBlock),
        fees,
      ),
      heightNeeded: null,
    };
  }
  if (daysAfter > 0 && daysAfter <= PROTOCOL_CARRY_DAYS) {
    const rate = lastBlockRate(history);
    // As a run's start past the data: the day's first block (model/start-height.ts).
    const carried = lastEnd + (daysAfter - 1) * rate;
    return {
      chain: chainAt(carried),
      source: m.heightCarried(
        shownHeight(carried),
        history.lastDate,
        daysAfter,
        rate.toFixed(1),
        BLOCK_RATE_DAYS,
        fees,
      ),
      heightNeeded: null,
    };
  }
  return {
    chain: null,
    source: null,
    heightNeeded: m.needsHeight(
      coin,
      date,
      history.firstDate,
      history.lastDate,
      daysAfter,
      PROTOCOL_CARRY_DAYS,
    ),
  };
}

/** Fees a block given: in coins, or a share of the block's subsidy. */
export function givenFees(fees: GivenFees, subsidyPerBlock: number): number {
  return 'coins' in fees ? fees.coins : fees.share * subsidyPerBlock;
}

/** A chain off the data with fees a block given (what of a given hashprice a halving leaves whole), said. */
export function withFees(
  off: ReturnType<typeof chainOffTheData>,
  fees: GivenFees | undefined,
  ticker: string,
): ReturnType<typeof chainOffTheData> {
  if (fees === undefined || off.chain === null) return off;
  const feesPerBlock = givenFees(fees, off.chain.subsidyPerBlock);
  return {
    ...off,
    chain: { ...off.chain, feesPerBlock },
    source: `${off.source === null ? '' : `${off.source}, `}${m.hashpriceFeesGiven(`${shownCoins(feesPerBlock)} ${ticker}`)}`,
  };
}
