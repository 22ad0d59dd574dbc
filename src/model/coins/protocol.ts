// What minesim knows about a coin, as one record: the protocol's constants and rules (block
// interval, difficulty, retarget, emission, proof-of-work forks), how its figures are printed
// (ticker, units) and where its history lives (file, columns, anchors). Code outside
// src/model/coins asks the record, never the coin's name; the rules themselves stay in
// src/model/bitcoin.ts and src/model/monero.ts, which the records point to.

import type { PowChange } from '../monero.js';

export type { PowChange };

/** A unit figures are printed in: its name and how many H/s (or hashes a second) it holds. */
export interface DisplayUnit {
  name: string;
  hs: number;
}

/** The shipped daily history of a coin and how its columns are read. */
export interface HistorySpec {
  /** File under data/. */
  file: string;
  /** The file's columns, in order: the layout minesim also stores imported days in. */
  header: readonly string[];
  /** Block height at the start of the file's first day. */
  heightAtFirstDay: number;
  /** Coins generated before the file's first day. */
  generatedBeforeFirstDay: number;
  issuanceColumn: string;
  feesColumn: string;
  /**
   * Where the network hashrate comes from: a hashrate column times `toHs`, or (null) difficulty
   * over the target block time in `blockTimeColumn`.
   */
  hashrateColumn: { name: string; toHs: number } | null;
  blockTimeColumn: string | null;
  /** The stored file's cells between difficulty_mean and issuance, for a day's hashrate and blocks. */
  networkCells(hashrateHs: number, blocks: number): string[];
}

/** Hashprice of one day, per the coin's unit (`per` chooses PH/s or TH/s where the coin offers both). */
export interface DayHashprice {
  usd: number;
  unit: string;
}

export interface CoinProtocol {
  /** The key of the registry and of scenarios' `coin`. */
  id: string;
  /** Name for people: 'Bitcoin'. */
  name: string;
  /** Ticker printed after amounts: 'BTC'. */
  ticker: string;
  /** Coin Metrics asset id, also the suffix of the history's issuance and fees columns: 'btc'. */
  assetId: string;
  /** The day of the genesis block (UTC): no start, quote or block height before it. */
  genesisDate: string;

  /** Target block interval, s. */
  blockIntervalS: number;
  /** Hashes per unit of difficulty per block. */
  hashesPerDifficulty: number;
  /** What a unit of difficulty counts, for axis titles: 'hashes', '× 2³² hashes'. */
  difficultyHashes: string;
  /**
   * The retarget rule. > 0: Bitcoin's, difficulty holds for an epoch of this many blocks and then
   * retargets by the time they took, and the subsidy halves by height. 0: Monero's, difficulty
   * follows hashrate block by block (D = H x interval) and the reward comes from the coins
   * generated. The network's day step dispatches on this number (not a function per coin, so V8
   * keeps the step inlined in the day loop); a coin that retargets by epochs but pays otherwise
   * needs a rule of its own there.
   */
  retargetBlocks: number;
  /** Blocks between subsidy halvings, or null when the reward follows the supply. */
  halvingIntervalBlocks: number | null;
  /** Height from which a block pays no subsidy, or null when a tail emission pays forever. */
  noSubsidyHeight: number | null;
  /** Reward a block pays forever once the emission curve reaches it, coins (0: none). */
  tailEmission: number;
  /** ln of the largest fall in block reward the emission can make over `days` (the price-coupled network's range). */
  rewardLogRange(days: number): number;
  /** Subsidy or base reward of a block at `height` with `supply` coins generated before it. */
  rewardAt(height: number, supply: number): number;
  /** The target block interval at `height`, s (Monero's was 60 s before its 2016 fork). */
  blockIntervalAtS(height: number): number;
  /** Coins generated up to `toHeight`, from `supply` generated before `fromHeight`, by the emission rule. */
  supplyAtHeight(fromHeight: number, supply: number, toHeight: number): number;
  /** Coins emitted by `blocks` blocks from `height` on, `supplyBefore` generated before (whole blocks). */
  issuance(height: number, blocks: number, supplyBefore: number): number;
  /** Reward per block on each day of `days`, blocks on target from `height` with `supply` generated (the calm path). */
  expectedRewards(height: number, supply: number, days: number): Float64Array;
  /** Whether the start state's supply is worth an assumption line (the reward depends on it). */
  rewardFollowsSupply: boolean;
  /** Mean difficulty of a day from its hashrate, H/s, and block count, as Coin Metrics defines it. */
  difficultyFromHashrate(hashrateHs: number, blocks: number): number;
  /** Network hashrate, H/s, implied by a day's difficulty and block count. */
  hashrateFromDifficulty(difficulty: number, blocks: number): number;
  /** Scheduled proof-of-work changes, by height and date. */
  powChanges: readonly PowChange[];

  /** Unit the network hashrate is printed in. */
  hashrateUnit: DisplayUnit;
  /** Unit hashprice is quoted in by the simulation: hashes a second it is per, and its name. */
  hashpriceUnit: DisplayUnit;
  /** Unit one machine's hashrate is quoted in (profit per machine per TH/s, per kH/s). */
  machineHashrateUnit: DisplayUnit;
  /** A day's hashprice from the history's averages, with the arithmetic of the coin's own calculator. */
  dayHashprice(
    priceUsd: number,
    difficulty: number,
    subsidyPerBlock: number,
    feesPerBlock: number,
    per: 'PH' | 'TH',
  ): DayHashprice;
  /** Decimals a day's hashprice is printed with, per unit. */
  hashpriceDecimals(per: 'PH' | 'TH'): number;
  /** True when dayHashprice's `per` chooses the unit (PH/s or TH/s); false: one unit alone. */
  hashpriceScales: boolean;
  /** Hardware class of a cohort whose model is not in the catalog. */
  defaultHardwareClass: string;
  /**
   * Every proof-of-work algorithm the coin has used, as the catalog's `algorithm` column names
   * them: a catalog machine made for another mines none of the coin, whatever its hashrate says.
   */
  algorithms: readonly string[];
  /**
   * What a refusal of a start past the history shows as the keys to give, written as a scenario of
   * this coin would write them (present-day orders of magnitude, to show the form, not data).
   */
  startStateExamples: { height: string; difficulty: string; price: string };
  history: HistorySpec;
}
