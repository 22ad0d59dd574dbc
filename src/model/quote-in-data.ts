// A quote's day inside the data (model/quote.ts): the history's day (its price, difficulty,
// subsidy and fees, as `minesim hashprice` reads them), with a given price, hashprice or
// difficulty in their place, and the chain that day, which dates the halvings or the emission ahead.
import type { History } from '../data/history.js';
import { quoteMessages as m } from '../messages/quote.js';
import { shownCoins } from '../messages/shown.js';
import { type Coin, coinProtocol } from './coins/index.js';
import type { HistoricalHashprice } from './hashprice.js';
import { givenFees } from './quote-chain.js';
import { type QuoteDay, type QuoteGiven, type QuoteProblems, quoteProblems } from './quote-day.js';
import { fromDifficulty } from './quote-difficulty.js';

/** The history's day `found`, with the figures given in place of its own, or its problem. */
export function dayInTheData(
  coin: Coin,
  history: History,
  found: HistoricalHashprice,
  given: QuoteGiven,
): QuoteDay | QuoteProblems {
  const protocol = coinProtocol(coin);
  const unitHs = protocol.hashpriceUnit.hs;
  // historicalHashprice quotes Bitcoin per PH/s and Monero per kH/s: the coin's hashprice unit.
  const coinsPerHsDay = found.hashpriceUsd / found.priceUsd / unitHs;
  if (!(coinsPerHsDay > 0) && given.hashpriceUsd === undefined)
    return quoteProblems([m.noHashpriceOn(coin, found.date)]);
  const priceUsd = given.priceUsd ?? found.priceUsd;
  const index = history.indexOf(found.date);
  const chain = {
    height: history.height[index],
    supply: history.supply[index],
    feesPerBlock: found.feesPerBlock,
    // The day's revenue counts the subsidy its blocks issued (their mean on a day that straddles a
    // halving), so a halving ahead scales it from that, not from the protocol's at its first block.
    subsidyPerBlock: found.subsidyPerBlock,
    // A reward that follows the coins generated: what the day's blocks issued of what the rule
    // gives the same blocks (Monero's block-size penalties), which the emission ahead holds.
    ...(protocol.rewardFollowsSupply && history.blocks[index] > 0
      ? {
          issuedShare:
            history.issuance[index] /
            protocol.issuance(history.height[index], history.blocks[index], history.supply[index]),
        }
      : {}),
  };
  if (given.difficulty !== undefined)
    return fromDifficulty(
      coin,
      found.date,
      given.difficulty,
      priceUsd,
      given.fees,
      chain,
      null,
      null,
      given.priceUsd === undefined,
    );
  if (given.hashpriceUsd !== undefined) {
    const feesGiven = given.fees === undefined ? null : givenFees(given.fees, chain.subsidyPerBlock);
    return {
      date: found.date,
      coinsPerHsDay: priceUsd > 0 ? given.hashpriceUsd / unitHs / priceUsd : 0,
      priceUsd,
      hashpriceUsd: given.hashpriceUsd,
      // The halvings or emission ahead scale the given hashprice by the day's subsidy and fees.
      source: `hashprice as given; price ${given.priceUsd === undefined ? `from the history of ${found.date}` : 'as given'}; ${m.givenHashpriceChain(
        found.date,
        shownCoins(chain.subsidyPerBlock),
        `${shownCoins(feesGiven ?? chain.feesPerBlock)} ${protocol.ticker}`,
        protocol.halvingIntervalBlocks !== null,
        feesGiven !== null,
      )}`,
      networkHashrateHs: null,
      difficulty: null,
      chain: feesGiven === null ? chain : { ...chain, feesPerBlock: feesGiven },
      heightNeeded: null,
    };
  }
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
    difficulty: history.difficulty[index],
    chain,
    heightNeeded: null,
  };
}
