// A quote's day outside the data (model/quote.ts): made from a given difficulty and price, or a
// given hashprice, with the chain that day given or carried (quote-chain.ts); else every figure it
// lacks said at once, each with what to give.
import type { History } from '../data/history.js';
import { quoteMessages as m } from '../messages/quote.js';
import { type Coin, coinProtocol } from './coins/index.js';
import { chainOffTheData, withFees } from './quote-chain.js';
import { type QuoteDay, type QuoteGiven, type QuoteProblems, quoteProblems } from './quote-day.js';
import { fromDifficulty } from './quote-difficulty.js';
import { daysOffTheData, feesFarOff } from './quote-fees-far.js';
import { MARKET_CARRY_DAYS, PROTOCOL_CARRY_DAYS } from './start-carry.js';

/** The day `day` outside the data, from the figures given, or the problems that say what to give. */
export function dayOffTheData(
  coin: Coin,
  history: History,
  day: string,
  given: QuoteGiven,
): QuoteDay | QuoteProblems {
  const protocol = coinProtocol(coin);
  const unitHs = protocol.hashpriceUnit.hs;
  if (given.difficulty !== undefined) {
    // Every figure the day lacks is asked for at once: the price, the fees, the height.
    const problems: string[] = [];
    const last = history.days - 1;
    const lastEnd = history.height[last] + history.blocks[last];
    if (given.height !== undefined && day > history.lastDate && given.height < lastEnd)
      problems.push(m.heightBelowTheData(coin, day, lastEnd, history.lastDate));
    if (given.priceUsd === undefined)
      problems.push(m.difficultyNeedsPrice(coin, day, history.lastDate, history.firstDate));
    // Outside the data the fees of its nearest day are carried as far as a scenario's start carries them.
    const daysOff = daysOffTheData(history, day);
    if (given.fees === undefined && daysOff > MARKET_CARRY_DAYS)
      problems.push(m.feesPastCarry(...feesFarOff(coin, history, day, daysOff)));
    // The fees the hashprice is made of are said with it, not with the height.
    const chain = chainOffTheData(coin, history, day, given.height, false);
    // The hashprice needs the block's subsidy, which the height gives.
    if (chain.chain === null)
      problems.push(chain.heightNeeded ?? m.difficultyNeedsHeight(coin, day, history.firstDate));
    if (chain.chain === null || given.priceUsd === undefined || problems.length > 0)
      return quoteProblems(problems);
    // Before the data a chain takes the fees of its first day, past it those of its last.
    const from = day < history.firstDate ? history.firstDate : history.lastDate;
    return fromDifficulty(
      coin,
      day,
      given.difficulty,
      given.priceUsd,
      given.fees,
      chain.chain,
      from,
      chain.source,
    );
  }
  const daysOff = daysOffTheData(history, day);
  if (given.hashpriceUsd === undefined)
    return quoteProblems([
      m.pastTheData(
        coin,
        day,
        history.firstDate,
        history.lastDate,
        given.height !== undefined
          ? false
          : day < history.firstDate
            ? protocol.halvingIntervalBlocks === null
              ? 'reward'
              : 'halvings'
            : protocol.halvingIntervalBlocks !== null && daysOff > PROTOCOL_CARRY_DAYS,
        given.fees === undefined && daysOff > MARKET_CARRY_DAYS ? MARKET_CARRY_DAYS : null,
      ),
    ]);
  const price = given.priceUsd ?? null;
  // Past the data the chain is at least as high as at its last day's end.
  const last = history.days - 1;
  const lastEnd = history.height[last] + history.blocks[last];
  if (given.height !== undefined && day > history.lastDate && given.height < lastEnd)
    return quoteProblems([m.heightBelowTheData(coin, day, lastEnd, history.lastDate)]);
  // Further than MARKET_CARRY_DAYS from the data the fees a block are not known: the hashprice
  // given holds them, and only a halving or the emission before the payback would need them
  // apart (quote-build.ts).
  const feesKnown = daysOff <= MARKET_CARRY_DAYS || given.fees !== undefined;
  const chain = withFees(
    chainOffTheData(coin, history, day, given.height, given.fees === undefined, feesKnown),
    given.fees,
    protocol.ticker,
  );
  return {
    date: day,
    // Coins a hash earns only matter through hashprice here; with no price, a coin is worth 1 USD.
    coinsPerHsDay: given.hashpriceUsd / unitHs / (price ?? 1),
    priceUsd: price,
    hashpriceUsd: given.hashpriceUsd,
    source: `${price === null ? 'hashprice as given' : 'hashprice and price as given'}${chain.source === null ? '' : `; ${chain.source}`}`,
    networkHashrateHs: null,
    difficulty: null,
    chain: chain.chain,
    heightNeeded: chain.heightNeeded,
    ...(feesKnown
      ? {}
      : {
          feesNeeded: m.feesPastCarryGivenHashprice(...feesFarOff(coin, history, day, daysOff)),
        }),
  };
}
