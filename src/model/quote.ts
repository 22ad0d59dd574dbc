// The day a quote holds fixed: from the history (its price, difficulty, subsidy and fees, as
// `minesim hashprice` reads them), with a given price, hashprice or difficulty in their place; a
// day past the data needs the hashprice, or the difficulty and price, given. The chain on a day
// outside the data (its height, coins generated and fees a block), given or carried, is made in
// quote-chain.ts.
import { daysBetween } from '../data/dates.js';
import type { History } from '../data/history.js';
import { quoteMessages as m } from '../messages/quote.js';
import { shownCoins, shownDifficulty } from '../messages/shown.js';
import { startPlace } from './chain-clock.js';
import { type Coin, coinProtocol } from './coins/index.js';
import { historicalHashprice, isHashpriceError } from './hashprice.js';
import { DEFAULT_FEE_DAYS, feeShare } from './market/fees/fee-level.js';
import { chainOffTheData, type GivenFees, givenFees, type QuoteChain, withFees } from './quote-chain.js';
import { MARKET_CARRY_DAYS, PROTOCOL_CARRY_DAYS } from './start-carry.js';

export type { GivenFees } from './quote-chain.js';

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
  /** The difficulty the hashprice is made from (the day's mean in the history, or given); null when the hashprice is given. */
  difficulty: number | null;
  /**
   * The chain that day (the first block's height, coins generated before it, fees a block): what
   * dates a halving after it and what a block pays then. From the history inside the data; past
   * it given or carried (the source says which); null when no height is known (more than 400 days
   * past the data, or before it, without --height).
   */
  chain: QuoteChain | null;
  /** Why `chain` is null: the message that asks for --height when a halving could matter. */
  heightNeeded: string | null;
  /**
   * A hashprice given more than MARKET_CARRY_DAYS past the data: the fees a block are not carried
   * that far (as a scenario's are not), so `chain.feesPerBlock` is 0 and not known; the message
   * that refuses the quote where a halving or the emission before the payback needs them.
   */
  feesNeeded?: string;
}

/** What a quote's day lacks: every problem, each saying what to give (`error`: them one a line). */
export interface QuoteProblems {
  error: string;
  problems: readonly string[];
}

function quoteProblems(problems: readonly string[]): QuoteProblems {
  return { error: problems.join('\n'), problems };
}

/** Days between `day` and the data's nearest day (0 inside it): how far its figures are carried. */
export function daysOffTheData(history: History, day: string): number {
  if (day > history.lastDate) return daysBetween(history.lastDate, day);
  if (day < history.firstDate) return daysBetween(day, history.firstDate);
  return 0;
}

/** The day `date` (default: the history's last), or the messages that say what to give. */
export function quoteDay(
  coin: Coin,
  history: History,
  date: string | undefined,
  given: {
    priceUsd?: number;
    hashpriceUsd?: number;
    height?: number;
    /** The network's difficulty, in place of the day's (or of a hashprice past the data). */
    difficulty?: number;
    /** Fees a block with a given difficulty: coins, or a share of the subsidy. */
    fees?: GivenFees;
  },
): QuoteDay | QuoteProblems {
  const protocol = coinProtocol(coin);
  const day = date ?? history.lastDate;
  const unitHs = protocol.hashpriceUnit.hs;
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
  if (isHashpriceError(found) && given.difficulty !== undefined) {
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
  if (isHashpriceError(found)) {
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
  if (given.height !== undefined) return withoutHeight(m.heightInsideTheData(coin, found.date));
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

/**
 * The day at a given difficulty: the hashprice from the block's subsidy (the day's, or at the
 * height given or carried past the data), its fees (given, else the day's, or past the data those
 * of its last day, `lastDay`) and the price, as `minesim hashprice` makes it from the history's
 * difficulty; the network's hashrate the difficulty implies at the target block rate.
 */
function fromDifficulty(
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

/** The example a refusal of a day too far from the data gives: past it the share its last days paid, before it its first day's, in %. */
function edgeFeeShare(history: History, day: string): string {
  if (day >= history.firstDate) return lastFeeShare(history, day);
  const share = history.issuance[0] > 0 ? history.fees[0] / history.issuance[0] : 0;
  return String(Number((share * 100).toPrecision(2)));
}

/** The example a scenario's refusal gives past the data: the share of the subsidy the history's last days paid, in %. */
function lastFeeShare(history: History, day: string): string {
  const share = feeShare({ type: 'share-of-subsidy', calibrate: DEFAULT_FEE_DAYS }, day, history).share;
  return String(Number((share * 100).toPrecision(2)));
}

/**
 * What a refusal of fees too far off the data names (quote messages feesPastCarry and
 * feesPastCarryGivenHashprice): the data's nearest edge, how far off, the carry limit and the
 * share its 90 days paid.
 */
function feesFarOff(
  coin: string,
  history: History,
  day: string,
  daysOff: number,
): Parameters<typeof m.feesPastCarry> {
  const before = day < history.firstDate;
  return [
    coin,
    day,
    before ? history.firstDate : history.lastDate,
    daysOff,
    MARKET_CARRY_DAYS,
    edgeFeeShare(history, day),
    DEFAULT_FEE_DAYS,
    before,
  ];
}
