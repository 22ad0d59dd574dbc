// Hashprice on a past day, from a coin's history (read by the caller): what one unit of hashrate earned that day
// at the day's price, mean difficulty and average reward per block. The day's actual block count
// only enters through the averages: hashprice is the expected revenue at that difficulty.

import type { History } from '../data/history.js';
import { cliMessages } from '../messages/cli.js';
import { type Coin, coinProtocol } from './coins/index.js';

/** The unit a historical hashprice is quoted in (the coin record's): 'USD/PH/s/day', 'USD/kH/s/day', ... */
export type HashpriceUnit = string;

/** Hashrate units hashprice can be quoted per: PH/s (the industry's) or TH/s for Bitcoin; kH/s for Monero. */
export type HashpricePer = 'PH' | 'TH';

export interface HistoricalHashprice {
  date: string;
  coin: Coin;
  priceUsd: number;
  difficulty: number;
  blocks: number;
  /**
   * Issuance that day / blocks that day, coins: what its blocks paid (mixed on halving days and on
   * Monero's 2016 fork day; Monero's the base reward less the day's block-size penalties).
   */
  subsidyPerBlock: number;
  /** Fees that day / blocks that day, coins. */
  feesPerBlock: number;
  hashpriceUsd: number;
  unit: HashpriceUnit;
}

export interface HashpriceOutOfRange {
  error: 'date-out-of-range';
  coin: Coin;
  date: string;
  firstDate: string;
  lastDate: string;
  message: string;
}

/** Per-unit hashprice on `date` of the history's coin, or an error value naming the range the data covers. */
export function historicalHashprice(
  history: History,
  date: string,
  per: HashpricePer = 'PH',
): HistoricalHashprice | HashpriceOutOfRange {
  const coin = history.coin;
  const i = history.indexOf(date);
  if (i < 0) {
    const { firstDate, lastDate } = history;
    return {
      error: 'date-out-of-range',
      coin,
      date,
      firstDate,
      lastDate,
      message: cliMessages.noHistoryOn(coin, date, firstDate, lastDate),
    };
  }
  const blocks = history.blocks[i];
  const priceUsd = history.priceUsd[i];
  const difficulty = history.difficulty[i];
  // Every day in both files has blocks; guard anyway so a bad row cannot divide by zero.
  const subsidyPerBlock = blocks > 0 ? history.issuance[i] / blocks : 0;
  const feesPerBlock = blocks > 0 ? history.fees[i] / blocks : 0;
  const hashprice = coinProtocol(coin).dayHashprice(priceUsd, difficulty, subsidyPerBlock, feesPerBlock, per);
  return {
    date: history.dateAt(i),
    coin,
    priceUsd,
    difficulty,
    blocks,
    subsidyPerBlock,
    feesPerBlock,
    hashpriceUsd: hashprice.usd,
    unit: hashprice.unit,
  };
}

/** True when historicalHashprice() could not answer. */
export function isHashpriceError(
  result: HistoricalHashprice | HashpriceOutOfRange,
): result is HashpriceOutOfRange {
  return 'error' in result;
}
