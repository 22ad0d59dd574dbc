// The daily history of a coin as every reader sees it: typed arrays indexed by day. Kept apart
// from history.ts (which loads it) so that the files that extend and check a history need not
// import the loader that calls them.
import type { Coin } from '../model/coins/index.js';
import type { HistoryFile } from './provenance.js';

export interface History {
  coin: Coin;
  firstDate: string;
  lastDate: string;
  days: number;
  dateAt(i: number): string;
  /** Day index of an ISO date, -1 when outside the data (or not a date). */
  indexOf(date: string): number;
  priceUsd: Float64Array;
  /** Mean difficulty of the blocks mined that day. */
  difficulty: Float64Array;
  /** Network hashrate, H/s, implied by difficulty and (Bitcoin) blocks found. */
  hashrateHs: Float64Array;
  blocks: Float64Array;
  /** New coins that day (block subsidies, fees excluded). */
  issuance: Float64Array;
  /** Transaction fees paid to miners that day, coins. */
  fees: Float64Array;
  /** Block height at the start of the day (the height of the day's first block). */
  height: Float64Array;
  /** Coins generated before the start of the day. */
  supply: Float64Array;
  /** The files behind the history, in date order: the shipped file, then any imported days. */
  files: readonly HistoryFile[];
}
