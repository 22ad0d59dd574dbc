// The day a quote holds fixed (model/quote.ts makes it): its figures, where they come from, the
// chain that day, and what it lacks where it cannot be made, each problem saying what to give.
import type { GivenFees, QuoteChain } from './quote-chain.js';

/** The figures a quote is given in place of the history's day's (or where it has none). */
export interface QuoteGiven {
  priceUsd?: number;
  hashpriceUsd?: number;
  height?: number;
  /** The network's difficulty, in place of the day's (or of a hashprice past the data). */
  difficulty?: number;
  /** Fees a block with a given difficulty: coins, or a share of the subsidy. */
  fees?: GivenFees;
}

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

/** The problems of a quote's day, one a line. */
export function quoteProblems(problems: readonly string[]): QuoteProblems {
  return { error: problems.join('\n'), problems };
}
