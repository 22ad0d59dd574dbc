// A quote's day at a given network difficulty (model/quote.ts): the hashprice made from it as
// `minesim hashprice` makes one from the history's, with where each figure comes from.
import { daysBetween } from '../data/dates.js';
import { quoteMessages as m } from '../messages/quote.js';
import { shownCoins, shownDifficulty } from '../messages/shown.js';
import { type Coin, coinProtocol } from './coins/index.js';
import { type GivenFees, givenFees } from './quote-chain.js';
import type { QuoteDay } from './quote-day.js';

/**
 * The day at a given difficulty: the hashprice from the block's subsidy (the day's, or at the
 * height given or carried past the data), its fees (given, else the day's, or past the data those
 * of its last day, `lastDay`) and the price, as `minesim hashprice` makes it from the history's
 * difficulty; the network's hashrate the difficulty implies at the target block rate.
 */
export function fromDifficulty(
  coin: Coin,
  date: string,
  difficulty: number,
  priceUsd: number,
  fees: GivenFees | undefined,
  chain: NonNullable<QuoteDay['chain']>,
  /** The data's day whose fees a day outside it holds (its first before it, its last past it); null inside. */
  lastDay: string | null,
  chainSource: string | null,
  priceFromHistory = false,
): QuoteDay {
  const protocol = coinProtocol(coin);
  const subsidy = chain.subsidyPerBlock;
  const feesPerBlock = fees === undefined ? chain.feesPerBlock : givenFees(fees, subsidy);
  const hashpriceUsd = protocol.dayHashprice(priceUsd, difficulty, subsidy, feesPerBlock, 'PH').usd;
  const ticker = protocol.ticker;
  const feesSource =
    fees === undefined
      ? lastDay === null
        ? m.feesOfTheDay(date)
        : m.feesOfTheDataDay(
            lastDay,
            date < lastDay,
            date < lastDay ? daysBetween(date, lastDay) : daysBetween(lastDay, date),
          )
      : 'coins' in fees
        ? m.feesGiven()
        : m.feesShareGiven(`${Number((fees.share * 100).toPrecision(6))} %`);
  return {
    date,
    coinsPerHsDay: hashpriceUsd / protocol.hashpriceUnit.hs / priceUsd,
    priceUsd,
    hashpriceUsd,
    source: m.fromDifficulty(
      shownDifficulty(difficulty),
      `${shownCoins(subsidy)} ${ticker}`,
      `${shownCoins(feesPerBlock)} ${ticker}`,
      feesSource,
      priceFromHistory ? m.priceOfTheDay(date) : m.priceGiven(),
      lastDay === null ? m.subsidyOfTheDay(date) : null,
      chainSource,
    ),
    networkHashrateHs: protocol.hashrateFromDifficulty(difficulty, 86_400 / protocol.blockIntervalS),
    difficulty,
    chain: { ...chain, feesPerBlock },
    heightNeeded: null,
  };
}
