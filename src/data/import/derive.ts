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

import type { Coin } from '../../engine/plan.js';
import { HALVING_INTERVAL_BLOCKS, HASHES_PER_DIFFICULTY, subsidyBtc } from '../../model/bitcoin.js';
import { BLOCK_INTERVAL_S, baseRewardXmr, emissionShift } from '../../model/monero.js';

const SECONDS_PER_DAY = 86_400;

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

/** BTC issued by `blocks` blocks from `height` on: the subsidy of each block at its height. */
export function bitcoinIssuance(height: number, blocks: number): number {
  let total = 0;
  let h = height;
  const end = height + blocks;
  while (h < end) {
    // Whole stretches within one halving era at a time.
    const eraEnd = Math.min(end, (Math.floor(h / HALVING_INTERVAL_BLOCKS) + 1) * HALVING_INTERVAL_BLOCKS);
    total += (eraEnd - h) * subsidyBtc(h);
    h = eraEnd;
  }
  return total;
}

/** XMR emitted by `blocks` blocks from `height` on, given the coins generated before `height`. */
export function moneroIssuance(height: number, blocks: number, generatedBefore: number): number {
  // The day's total is summed on its own: added to a supply of 1.8e7 XMR, it would lose 1e-6 XMR.
  let total = 0;
  for (let h = height; h < height + blocks; h++)
    total += baseRewardXmr(generatedBefore + total, emissionShift(h));
  return total;
}

/** Protocol issuance of a day, for formats without an issuance column. */
export function protocolIssuance(coin: Coin, height: number, blocks: number, supplyBefore: number): number {
  return coin === 'bitcoin' ? bitcoinIssuance(height, blocks) : moneroIssuance(height, blocks, supplyBefore);
}

/** Mean difficulty from a hashrate (H/s) as Coin Metrics defines it. */
export function difficultyFromHashrate(coin: Coin, hashrateHs: number, blocks: number): number {
  return coin === 'bitcoin'
    ? (hashrateHs * SECONDS_PER_DAY) / (blocks * HASHES_PER_DIFFICULTY)
    : hashrateHs * BLOCK_INTERVAL_S;
}

/** Network hashrate (H/s) implied by a day's difficulty and, for Bitcoin, its blocks. */
export function hashrateFromDifficulty(coin: Coin, difficulty: number, blocks: number): number {
  return coin === 'bitcoin'
    ? (difficulty * blocks * HASHES_PER_DIFFICULTY) / SECONDS_PER_DAY
    : difficulty / BLOCK_INTERVAL_S;
}
