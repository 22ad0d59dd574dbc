// The day a quote holds fixed: from the history (quote-in-data.ts), with a given price, hashprice
// or difficulty in their place; a day outside the data (quote-off-data.ts) needs the hashprice, or
// the difficulty and price, given. The chain on a day outside the data (its height, coins generated
// and fees a block), given or carried, is made in quote-chain.ts; a day at a given difficulty in
// quote-difficulty.ts; what a refusal of fees too far from the data names in quote-fees-far.ts.
import type { History } from '../data/history.js';
import { quoteMessages as m } from '../messages/quote.js';
import { startPlace } from './chain-clock.js';
import { type Coin, coinProtocol } from './coins/index.js';
import { historicalHashprice, isHashpriceError } from './hashprice.js';
import { type QuoteDay, type QuoteGiven, type QuoteProblems, quoteProblems } from './quote-day.js';
import { dayInTheData } from './quote-in-data.js';
import { dayOffTheData } from './quote-off-data.js';

export type { GivenFees } from './quote-chain.js';
export type { QuoteDay, QuoteGiven, QuoteProblems } from './quote-day.js';

/** The day `date` (default: the history's last), or the messages that say what to give. */
export function quoteDay(
  coin: Coin,
  history: History,
  date: string | undefined,
  given: QuoteGiven,
): QuoteDay | QuoteProblems {
  const protocol = coinProtocol(coin);
  const day = date ?? history.lastDate;
  // A height refused on its own, said with whatever else the day lacks without it.
  const withoutHeight = (problem: string): QuoteProblems => {
    const rest = quoteDay(coin, history, date, { ...given, height: undefined });
    return quoteProblems([problem, ...('problems' in rest ? rest.problems : [])]);
  };
  // A coin without halvings takes a height only before its data, for the coins generated then.
  const place = startPlace(history, day);
  const beforeData = !place.inside && place.daysAfter < 0;
  if (given.height !== undefined && protocol.halvingIntervalBlocks === null && !beforeData)
    return withoutHeight(m.heightWithoutHalvings(coin));
  const found = historicalHashprice(history, day, 'PH');
  if (isHashpriceError(found)) return dayOffTheData(coin, history, day, given);
  if (given.height !== undefined) return withoutHeight(m.heightInsideTheData(coin, found.date));
  return dayInTheData(coin, history, found, given);
}
