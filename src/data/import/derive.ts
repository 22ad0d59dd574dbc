// What a daily file may lack, derived by the protocol (documented in data/README.md, "Bring your
// own data"):
// - Bitcoin issuance: the subsidies of the day's blocks at their heights (subsidyBtc), so a day
//   that crosses a 210,000-block halving mixes the two subsidies as the chain does;
// - Monero issuance: each block's base reward from the coins generated before it (the emission
//   rule and its tail), stepping from the supply the history carries;
// - Bitcoin difficulty from Coin Metrics' HashRate: HashRate x 86,400 / (BlkCnt x 2^32), Coin
//   Metrics' own definition, as data/btc-daily.csv was built; Bitcoin hashrate from difficulty:
//   difficulty x blocks x 2^32 / 86,400;
// - Monero hashrate: difficulty / 120 s (every imported day is long past the 2016 v2 fork), and
//   Monero difficulty from Coin Metrics' HashRate: HashRate x 120.

import { bitcoinIssuance } from '../../model/bitcoin.js';
import { type Coin, coinProtocol } from '../../model/coins/index.js';
import { moneroIssuance } from '../../model/monero.js';

export { bitcoinIssuance, moneroIssuance };

/** One day as minesim keeps it: every field present, in the units of History. */
export interface Day {
  date: string;
  priceUsd: number;
  difficulty: number;
  hashrateHs: number;
  blocks: number;
  /** Height of the day's first block. */
  height: number;
  /** New coins (subsidies or emission), fees excluded. */
  issuance: number;
  /** Fees paid to miners, coins. */
  fees: number;
  source: string;
  licence: string;
}

/** Protocol issuance of a day, for formats without an issuance column. */
export function protocolIssuance(coin: Coin, height: number, blocks: number, supplyBefore: number): number {
  return coinProtocol(coin).issuance(height, blocks, supplyBefore);
}

/** Mean difficulty from a hashrate (H/s) as Coin Metrics defines it. */
export function difficultyFromHashrate(coin: Coin, hashrateHs: number, blocks: number): number {
  return coinProtocol(coin).difficultyFromHashrate(hashrateHs, blocks);
}

/** Network hashrate (H/s) implied by a day's difficulty and, for Bitcoin, its blocks. */
export function hashrateFromDifficulty(coin: Coin, difficulty: number, blocks: number): number {
  return coinProtocol(coin).hashrateFromDifficulty(difficulty, blocks);
}
