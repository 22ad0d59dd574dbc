// Bitcoin protocol rules and the per-terahash economics built on them. Pure functions of numbers:
// no history, no dates. Rules follow Bitcoin Core (src/validation.cpp GetBlockSubsidy,
// src/pow.cpp CalculateNextWorkRequired, src/kernel/chainparams.cpp consensus parameters).

/** Target block interval, s (chainparams nPowTargetSpacing = 10 minutes). */
export const BLOCK_INTERVAL_S = 600;
/** Blocks between difficulty retargets (nPowTargetTimespan / nPowTargetSpacing = 14 days / 10 min). */
export const RETARGET_BLOCKS = 2016;
/** Target length of one retarget epoch, s (14 days). */
export const RETARGET_TIMESPAN_S = RETARGET_BLOCKS * BLOCK_INTERVAL_S;
/** A retarget moves difficulty by at most this factor either way (pow.cpp clamps the timespan to [1/4, 4] x target). */
export const RETARGET_MAX_FACTOR = 4;
/** Blocks between subsidy halvings (nSubsidyHalvingInterval). */
export const HALVING_INTERVAL_BLOCKS = 210_000;
export const SATS_PER_BTC = 100_000_000;
/** Subsidy of the first era, satoshis (50 BTC). */
export const INITIAL_SUBSIDY_SATS = 50 * SATS_PER_BTC;
/**
 * Expected hashes per block per unit of difficulty. The exact figure is 2^256 / target at
 * difficulty 1 = 2^48 / 65,535 = 4,295,032,833, which exceeds 2^32 by 1.5e-5. Coin Metrics
 * derives its difficulty and hashrate with 2^32, as do most calculators and Hayes' cost model,
 * so minesim uses 2^32 everywhere and stays consistent with the shipped history.
 */
export const HASHES_PER_DIFFICULTY = 2 ** 32;

const SECONDS_PER_DAY = 86_400;
const HASHES_PER_TH = 1e12;
/** kWh drawn in a day by 1 TH/s at 1 J/TH (1 W x 24 h = 0.024 kWh). */
const KWH_PER_TH_DAY_PER_J_PER_TH = 0.024;

/** Subsidy of the block at `height`, BTC: 50 BTC shifted right once per halving, in whole satoshis. */
export function subsidyBtc(height: number): number {
  const halvings = Math.floor(height / HALVING_INTERVAL_BLOCKS);
  // Core returns 0 once the shift would reach the width of the 64-bit amount.
  if (halvings >= 64) return 0;
  // 5e9 exceeds 32 bits, so divide instead of `>>`; floor of a power-of-two division is the shift.
  return Math.floor(INITIAL_SUBSIDY_SATS / 2 ** halvings) / SATS_PER_BTC;
}

/** Height of the n-th halving (n = 1 is block 210,000); n = 0 gives the genesis era start. */
export function halvingHeight(n: number): number {
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`halving number must be a whole number >= 0 (got ${n})`);
  return n * HALVING_INTERVAL_BLOCKS;
}

/**
 * Difficulty after a retarget. `actualEpochSeconds` is the time the last epoch's 2016 blocks took.
 * Core measures from the epoch's first block to its last, 2015 intervals (a known off-by-one), so
 * the chain's difficulty sits 2016/2015 (0.05 %) above this one's on a steady network: a
 * deviation minesim keeps (README, "Accuracy"), as it lets a flat network hold its difficulty
 * and hashprice exactly. The timespan is clamped to [1/4, 4] x 14 days, so one retarget moves
 * difficulty by at most x4 or /4. Difficulty never drops below 1 (the proof-of-work limit).
 */
export function retargetDifficulty(oldDifficulty: number, actualEpochSeconds: number): number {
  const minSpan = RETARGET_TIMESPAN_S / RETARGET_MAX_FACTOR;
  const maxSpan = RETARGET_TIMESPAN_S * RETARGET_MAX_FACTOR;
  const span = Math.min(maxSpan, Math.max(minSpan, actualEpochSeconds));
  return Math.max(1, (oldDifficulty * RETARGET_TIMESPAN_S) / span);
}

/** Blocks a miner (or the whole network) of `hashrateHs` finds per day on average at `difficulty`. */
export function expectedBlocksPerDay(hashrateHs: number, difficulty: number): number {
  return (SECONDS_PER_DAY * hashrateHs) / (difficulty * HASHES_PER_DIFFICULTY);
}

/** Hashprice: expected revenue of 1 TH/s for one day, USD, before pool fees. */
export function hashpriceUsdPerThDay(
  priceUsd: number,
  difficulty: number,
  subsidyBtc: number,
  feesPerBlockBtc: number,
): number {
  return expectedBlocksPerDay(HASHES_PER_TH, difficulty) * (subsidyBtc + feesPerBlockBtc) * priceUsd;
}

/** Electricity cost of running 1 TH/s for one day at an efficiency of `jPerTh`, USD. */
export function powerCostUsdPerThDay(jPerTh: number, usdPerKwh: number): number {
  return KWH_PER_TH_DAY_PER_J_PER_TH * jPerTh * usdPerKwh;
}

/**
 * The least efficient machine that still covers its electricity: J/TH at which the power cost
 * equals hashprice, i.e. 41.67 x hashprice / tariff (the CBECI profitability threshold).
 */
export function breakEvenEfficiencyJPerTh(hashpriceUsdPerThDay: number, usdPerKwh: number): number {
  return hashpriceUsdPerThDay / (KWH_PER_TH_DAY_PER_J_PER_TH * usdPerKwh);
}

/**
 * Marginal electricity cost of mining one BTC (Hayes' cost-of-production model): power cost per
 * day divided by BTC mined per day. Both scale with hashrate, so the fleet size cancels and only
 * efficiency matters; capex, cooling and fees are left out, as in Hayes.
 */
export function costToMineOneBtcUsd(
  jPerTh: number,
  usdPerKwh: number,
  difficulty: number,
  rewardPerBlockBtc: number,
): number {
  const btcPerThDay = expectedBlocksPerDay(HASHES_PER_TH, difficulty) * rewardPerBlockBtc;
  return powerCostUsdPerThDay(jPerTh, usdPerKwh) / btcPerThDay;
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
