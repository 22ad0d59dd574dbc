// Bitcoin's protocol record. The rules are in ../bitcoin.ts (after Bitcoin Core); this file says
// which of them minesim uses and how Bitcoin's figures are printed and stored.

import {
  BLOCK_INTERVAL_S,
  bitcoinIssuance,
  HALVING_INTERVAL_BLOCKS,
  HASHES_PER_DIFFICULTY,
  hashpriceUsdPerThDay,
  RETARGET_BLOCKS,
  subsidyBtc,
} from '../bitcoin.js';
import type { CoinProtocol } from './protocol.js';

const SECONDS_PER_DAY = 86_400;
/** Blocks a day on target, enough to count the halvings within a horizon. */
const BLOCKS_PER_DAY = SECONDS_PER_DAY / BLOCK_INTERVAL_S;

/**
 * Bitcoin height at the start of 2010-07-18, the first day of btc-daily.csv. On each of the four
 * halving days Coin Metrics' issuance splits into blocks at the old and the new subsidy, which
 * pins the height of the day's first block: 209,892 on 2012-11-28 (108 blocks before 210,000),
 * 419,904 on 2016-07-09, 629,872 on 2020-05-11 and 839,853 on 2024-04-19. All four give the
 * same anchor to the block once the daily counts are summed, so heights 420,000 and 630,000 land
 * on 2016-07-09 and 2020-05-11, and 840,000 on 2024-04-19 (Coin Metrics' day; see data/README.md).
 */
export const BTC_HEIGHT_AT_FIRST_DAY = 68_785;

/** Coins generated from `fromHeight` to `toHeight` (above it), whole eras at their subsidy. */
function supplyAtHeight(fromHeight: number, supply: number, toHeight: number): number {
  let total = supply;
  let h = fromHeight;
  while (h < toHeight) {
    const eraEnd = (Math.floor(h / HALVING_INTERVAL_BLOCKS) + 1) * HALVING_INTERVAL_BLOCKS;
    const next = Math.min(eraEnd, toHeight);
    total += subsidyBtc(h) * (next - h);
    h = next;
  }
  return total;
}

export const BITCOIN: CoinProtocol = {
  id: 'bitcoin',
  name: 'Bitcoin',
  ticker: 'BTC',
  assetId: 'btc',
  // Block 0's timestamp, 2009-01-03 18:15:05 UTC.
  genesisDate: '2009-01-03',
  blockIntervalS: BLOCK_INTERVAL_S,
  hashesPerDifficulty: HASHES_PER_DIFFICULTY,
  // A block's expected hashes in units of 2^32.
  difficultyHashes: '× 2³² hashes',
  retargetBlocks: RETARGET_BLOCKS,
  halvingIntervalBlocks: HALVING_INTERVAL_BLOCKS,
  // From the 33rd halving a block pays no subsidy.
  noSubsidyHeight: 33 * HALVING_INTERVAL_BLOCKS,
  tailEmission: 0,
  // Each halving within the horizon halves the subsidy.
  rewardLogRange: (days) => Math.LN2 * Math.ceil((days * BLOCKS_PER_DAY) / HALVING_INTERVAL_BLOCKS),
  rewardAt: (height) => subsidyBtc(height),
  blockIntervalAtS: () => BLOCK_INTERVAL_S,
  supplyAtHeight,
  issuance: (height, blocks) => bitcoinIssuance(height, blocks),
  expectedRewards(height, _supply, days) {
    const out = new Float64Array(days);
    for (let d = 0; d < days; d++) out[d] = subsidyBtc(Math.floor(height + d * BLOCKS_PER_DAY));
    return out;
  },
  rewardFollowsSupply: false,
  difficultyFromHashrate: (hashrateHs, blocks) =>
    (hashrateHs * SECONDS_PER_DAY) / (blocks * HASHES_PER_DIFFICULTY),
  hashrateFromDifficulty: (difficulty, blocks) =>
    (difficulty * blocks * HASHES_PER_DIFFICULTY) / SECONDS_PER_DAY,
  powChanges: [],
  hashrateUnit: { name: 'EH/s', hs: 1e18 },
  // The industry's USD/PH/s/day, as Hashrate Index and Luxor quote it.
  hashpriceScales: true,
  hashpriceUnit: { name: 'USD/PH/s/day', hs: 1e15 },
  machineHashrateUnit: { name: 'TH/s', hs: 1e12 },
  dayHashprice: (priceUsd, difficulty, subsidyPerBlock, feesPerBlock, per) => ({
    usd:
      hashpriceUsdPerThDay(priceUsd, difficulty, subsidyPerBlock, feesPerBlock) * (per === 'PH' ? 1000 : 1),
    unit: per === 'PH' ? 'USD/PH/s/day' : 'USD/TH/s/day',
  }),
  hashpriceDecimals: (per) => (per === 'PH' ? 2 : 4),
  defaultHardwareClass: 'sha256',
  algorithms: ['sha256'],
  startStateExamples: {
    height: 'network.height: 930000',
    difficulty: 'network.difficulty: 141.67 T',
    price: 'price.start: 78600 USD',
  },
  history: {
    file: 'btc-daily.csv',
    header: [
      'date',
      'price_usd',
      'difficulty_mean',
      'hashrate_ths',
      'block_count',
      'issuance_btc',
      'fees_btc',
      'miner_revenue_usd',
    ],
    heightAtFirstDay: BTC_HEIGHT_AT_FIRST_DAY,
    // Every block before the anchor is in the first 50-BTC era.
    generatedBeforeFirstDay: BTC_HEIGHT_AT_FIRST_DAY * subsidyBtc(0),
    issuanceColumn: 'issuance_btc',
    feesColumn: 'fees_btc',
    hashrateColumn: { name: 'hashrate_ths', toHs: 1e12 },
    blockTimeColumn: null,
    networkCells: (hashrateHs, blocks) => [String(hashrateHs / 1e12), String(blocks)],
  },
};
