// Monero's protocol record. The rules are in ../monero.ts (after monero-project/monero); this file
// says which of them minesim uses and how Monero's figures are printed and stored.

import {
  ATOMIC_PER_XMR,
  BLOCK_INTERVAL_S,
  BLOCK_INTERVAL_S_V1,
  baseRewardXmr,
  EMISSION_SHIFT,
  EMISSION_SHIFT_V1,
  emissionShift,
  GENESIS_REWARD_ATOMIC,
  hashpriceUsdPerKhDay,
  MONEY_SUPPLY_XMR,
  meanBaseRewardXmr,
  moneroIssuance,
  powChangeHeights,
  TAIL_EMISSION_XMR,
  TAIL_EMISSION_XMR_V1,
  V2_HEIGHT,
} from '../monero.js';
import { power } from '../power.js';
import type { CoinProtocol } from './protocol.js';

const SECONDS_PER_DAY = 86_400;

/**
 * Monero height at the start of 2014-05-20, the first day of xmr-daily.csv: the genesis block
 * plus the 47,635 blocks Coin Metrics counts from 2014-04-18 to 2014-05-19 in the full xmr.csv
 * that data/xmr-daily.csv was cut from (spore1998/Markowitz-Model-to-Crypto@36a46cb6). It puts every proof-of-work fork (v2 1,009,827; v7
 * 1,546,000; v8 1,685,555; CN/R 1,788,000; RandomX 1,978,433) inside the day it happened.
 */
export const XMR_HEIGHT_AT_FIRST_DAY = 47_636;

/**
 * XMR generated before 2014-05-20: the genesis reward (17.592186044415 XMR, which Coin Metrics
 * leaves out because the genesis block has no real timestamp) plus Coin Metrics' SplyCur of
 * 2014-05-19, 811,559.509716473788 XMR. This is the chain's actual supply. Iterating the emission
 * rule from genesis would give about 7,700 XMR more by then and 15,150 more by 2017-05-17,
 * because early blocks paid less than the base reward (block-size penalties; before the 2016 fork a
 * block had to claim exactly its reward less its penalty);
 * with the measured supply the rule predicts the real tail-emission block within a few blocks.
 */
export const XMR_GENERATED_BEFORE_FIRST_DAY_ATOMIC: bigint = GENESIS_REWARD_ATOMIC + 811_559_509_716_473_788n;
export const XMR_GENERATED_BEFORE_FIRST_DAY = Number(XMR_GENERATED_BEFORE_FIRST_DAY_ATOMIC) / ATOMIC_PER_XMR;

/** ln of Monero's largest fall in base reward (about 17.6 XMR at launch to the 0.6 XMR tail). */
const REWARD_LOG_RANGE = Math.log(17.6 / 0.6);

/**
 * What is left of M after `blocks` blocks (back when negative) at the emission `shift`, from
 * `remaining` left: the base reward shrinks by a factor (1 - 2^-shift) a block, so what is left
 * decays geometrically until the tail emission, then falls by the tail a block.
 */
function remainingAfter(remaining: number, blocks: number, shift: number, tail: number): number {
  const scale = 2 ** shift;
  const decay = 1 - 1 / scale;
  if (blocks >= 0) {
    const toTail = remaining / scale <= tail ? 0 : Math.log((tail * scale) / remaining) / Math.log(decay);
    const decaying = Math.min(blocks, toTail);
    return remaining * power(decay, decaying) - (blocks - decaying) * tail;
  }
  // Back: the tail's blocks first (linear), then the decay undone.
  let back = -blocks;
  let left = remaining;
  if (left < tail * scale) {
    const tailBlocks = (tail * scale - left) / tail;
    if (back <= tailBlocks) return left + back * tail;
    left = tail * scale;
    back -= tailBlocks;
  }
  return left / power(decay, back);
}

/**
 * Coins generated up to `toHeight` from `supply` generated before `fromHeight` (back when it is
 * below), by the rules of each height: one-minute blocks at (M - A) >> 20 (tail 0.3 XMR) before the
 * v2 fork at 1,009,827, two-minute blocks at (M - A) >> 19 (tail 0.6 XMR) from it.
 */
function supplyAtHeight(fromHeight: number, supply: number, toHeight: number): number {
  const shift = 2 ** 19;
  if (fromHeight >= V2_HEIGHT && toHeight >= fromHeight) {
    // Every height past the data: the v2 rules alone.
    const remaining = MONEY_SUPPLY_XMR - supply;
    // Blocks until the base reward falls to the tail: remaining x (1 - 2^-19)^n / 2^19 = tail.
    const toTail =
      remaining / shift <= TAIL_EMISSION_XMR
        ? 0
        : Math.log((TAIL_EMISSION_XMR * shift) / remaining) / Math.log1p(-1 / shift);
    const blocks = toHeight - fromHeight;
    const decaying = Math.min(blocks, toTail);
    const afterDecay = MONEY_SUPPLY_XMR - remaining * power(1 - 1 / shift, decaying);
    return afterDecay + (blocks - decaying) * TAIL_EMISSION_XMR;
  }
  // Across or before the 2016 fork, in either direction: each side at its own rule.
  const split = Math.min(Math.max(V2_HEIGHT, Math.min(fromHeight, toHeight)), Math.max(fromHeight, toHeight));
  let remaining = MONEY_SUPPLY_XMR - supply;
  const legs: [number, number][] = [
    [fromHeight, split],
    [split, toHeight],
  ];
  for (const [from, to] of legs) {
    if (to === from) continue;
    const early = Math.min(from, to) < V2_HEIGHT;
    remaining = early
      ? remainingAfter(remaining, to - from, EMISSION_SHIFT_V1, TAIL_EMISSION_XMR_V1)
      : remainingAfter(remaining, to - from, EMISSION_SHIFT, TAIL_EMISSION_XMR);
  }
  return MONEY_SUPPLY_XMR - remaining;
}

export const MONERO: CoinProtocol = {
  id: 'monero',
  name: 'Monero',
  ticker: 'XMR',
  assetId: 'xmr',
  // The launch of 2014-04-18; block 0 itself carries no real timestamp (see XMR_GENERATED_BEFORE_FIRST_DAY_ATOMIC).
  genesisDate: '2014-04-18',
  blockIntervalS: BLOCK_INTERVAL_S,
  // Monero's difficulty is the expected hashes per block.
  hashesPerDifficulty: 1,
  difficultyHashes: 'hashes',
  retargetBlocks: 0,
  halvingIntervalBlocks: null,
  noSubsidyHeight: null,
  tailEmission: TAIL_EMISSION_XMR,
  rewardLogRange: () => REWARD_LOG_RANGE,
  rewardAt: (height, supply) => Math.max(TAIL_EMISSION_XMR, baseRewardXmr(supply, emissionShift(height))),
  blockIntervalAtS: (height) => (height < V2_HEIGHT ? BLOCK_INTERVAL_S_V1 : BLOCK_INTERVAL_S),
  supplyAtHeight,
  issuance: (height, blocks, supplyBefore) => moneroIssuance(height, blocks, supplyBefore),
  expectedRewards(_height, supply, days) {
    const out = new Float64Array(days);
    const blocksPerDay = SECONDS_PER_DAY / BLOCK_INTERVAL_S;
    let generated = supply;
    // Each day's blocks at their mean reward, as the simulated days pay them (meanBaseRewardXmr).
    for (let d = 0; d < days; d++) {
      out[d] = meanBaseRewardXmr(generated, blocksPerDay);
      generated += out[d] * blocksPerDay;
    }
    return out;
  },
  rewardFollowsSupply: true,
  // Every imported day is long past the 2016 v2 fork: 120-s blocks.
  difficultyFromHashrate: (hashrateHs) => hashrateHs * BLOCK_INTERVAL_S,
  hashrateFromDifficulty: (difficulty) => difficulty / BLOCK_INTERVAL_S,
  powChanges: powChangeHeights,
  hashrateUnit: { name: 'MH/s', hs: 1e6 },
  hashpriceScales: false,
  hashpriceUnit: { name: 'USD/kH/s/day', hs: 1e3 },
  machineHashrateUnit: { name: 'kH/s', hs: 1e3 },
  dayHashprice: (priceUsd, difficulty, subsidyPerBlock, feesPerBlock) => ({
    usd: hashpriceUsdPerKhDay(priceUsd, difficulty, subsidyPerBlock + feesPerBlock),
    unit: 'USD/kH/s/day',
  }),
  hashpriceDecimals: () => 4,
  defaultHardwareClass: 'cpu',
  // CryptoNight (v0, the catalog's `cryptonight`) and each variant that replaced it.
  algorithms: ['cryptonight', ...powChangeHeights.map((change) => change.algorithm)],
  // About 720 blocks a day since the history's last (2,030,146 on 2020-02-09); a few GH/s at 120 s.
  startStateExamples: {
    height: 'network.height: 3500000',
    difficulty: 'network.difficulty: 600 G',
    price: 'price.start: 350 USD',
  },
  history: {
    file: 'xmr-daily.csv',
    header: [
      'date',
      'price_usd',
      'difficulty_mean',
      'hashrate_hs_cm',
      'target_block_time_s',
      'block_count',
      'issuance_xmr',
      'fees_xmr',
      'miner_revenue_usd',
    ],
    heightAtFirstDay: XMR_HEIGHT_AT_FIRST_DAY,
    generatedBeforeFirstDay: XMR_GENERATED_BEFORE_FIRST_DAY,
    issuanceColumn: 'issuance_xmr',
    feesColumn: 'fees_xmr',
    // Difficulty / block time, because Coin Metrics' hashrate column assumes 120-s blocks
    // throughout and halves the hashrate before 2016-03-23.
    hashrateColumn: null,
    blockTimeColumn: 'target_block_time_s',
    networkCells: (hashrateHs, blocks) => [String(hashrateHs), '120', String(blocks)],
  },
};
