// The day a quote holds fixed: from the history (its price, difficulty, subsidy and fees, as
// `minesim hashprice` reads them), with a given price or hashprice in their place; a day past the
// data needs the hashprice given.
import type { History } from '../data/history.js';
import { quoteMessages as m } from '../messages/quote.js';
import { type Coin, coinProtocol } from './coins/index.js';
import { historicalHashprice, isHashpriceError } from './hashprice.js';

export interface QuoteDay {
  date: string;
  /** Coins one H/s earns in a day before the pool fee. */
  coinsPerHsDay: number;
  /** The coin's price; null when past the data and not given. */
  priceUsd: number | null;
  /** Hashprice in the coin's hashprice unit (USD/PH/s/day for Bitcoin), gross of the pool fee. */
  hashpriceUsd: number;
  /** Where the figures come from, for the output's note. */
  source: string;
  /** The network's hashrate that day, H/s, when the day's difficulty is the history's; else null. */
  networkHashrateHs: number | null;
  /**
   * The chain that day from the history (the first block's height, coins generated before it,
   * fees a block): what dates a halving after it and what a block pays then; null past the data.
   */
  chain: { height: number; supply: number; feesPerBlock: number; subsidyPerBlock: number } | null;
}

/** The day `date` (default: the history's last), or the message that says what to give. */
export function quoteDay(
  coin: Coin,
  history: History,
  date: string | undefined,
  given: { priceUsd?: number; hashpriceUsd?: number },
): QuoteDay | { error: string } {
  const protocol = coinProtocol(coin);
  const day = date ?? history.lastDate;
  const unitHs = protocol.hashpriceUnit.hs;
  const found = historicalHashprice(history, day, 'PH');
  if (isHashpriceError(found)) {
    if (given.hashpriceUsd === undefined)
      return { error: m.pastTheData(coin, day, history.firstDate, history.lastDate) };
    const price = given.priceUsd ?? null;
    return {
      date: day,
      // Coins a hash earns only matter through hashprice here; with no price, a coin is worth 1 USD.
      coinsPerHsDay: given.hashpriceUsd / unitHs / (price ?? 1),
      priceUsd: price,
      hashpriceUsd: given.hashpriceUsd,
      source: 'hashprice and price as given',
      networkHashrateHs: null,
      chain: null,
    };
  }
  // historicalHashprice quotes Bitcoin per PH/s and Monero per kH/s: the coin's hashprice unit.
  const coinsPerHsDay = found.hashpriceUsd / found.priceUsd / unitHs;
  if (!(coinsPerHsDay > 0) && given.hashpriceUsd === undefined)
    return { error: m.noHashpriceOn(coin, found.date) };
  const priceUsd = given.priceUsd ?? found.priceUsd;
  const index = history.indexOf(found.date);
  const chain = {
    height: history.height[index],
    supply: history.supply[index],
    feesPerBlock: found.feesPerBlock,
    // The day's revenue counts the subsidy its blocks issued (their mean on a day that straddles a
    // halving), so a halving ahead scales it from that, not from the protocol's at its first block.
    subsidyPerBlock: found.subsidyPerBlock,
  };
  if (given.hashpriceUsd !== undefined)
    return {
      date: found.date,
      coinsPerHsDay: priceUsd > 0 ? given.hashpriceUsd / unitHs / priceUsd : 0,
      priceUsd,
      hashpriceUsd: given.hashpriceUsd,
      source: `hashprice as given; price ${given.priceUsd === undefined ? `from the history of ${found.date}` : 'as given'}`,
      networkHashrateHs: null,
      chain,
    };
  return {
    date: found.date,
    coinsPerHsDay,
    priceUsd,
    hashpriceUsd: coinsPerHsDay * priceUsd * unitHs,
    source:
      given.priceUsd === undefined
        ? `price, difficulty, subsidy and fees from the history of ${found.date}`
        : `difficulty, subsidy and fees from the history of ${found.date}; price as given`,
    networkHashrateHs: history.hashrateHs[index],
    chain,
  };
}
