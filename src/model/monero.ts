// Monero protocol rules: emission, proof-of-work changes, revenue per kH/s. Pure functions.
// Emission follows monero-project/monero src/cryptonote_basic/cryptonote_basic_impl.cpp
// (get_block_reward) with the constants of src/cryptonote_config.h; fork heights are the
// mainnet hard-fork table (src/hardforks/hardforks.cpp).

/** Target block interval, s, from the v2 hard fork on. */
export const BLOCK_INTERVAL_S = 120;
/** Target block interval before the v2 hard fork, s. */
export const BLOCK_INTERVAL_S_V1 = 60;
/** First block of the v2 hard fork (2016-03-23): 120-s blocks and emission shift 19. */
export const V2_HEIGHT = 1_009_827;
export const V2_DATE = '2016-03-23';
export const ATOMIC_PER_XMR = 1e12;
/** M: the emission curve tends to 2^64 - 1 atomic units (the width of the amount field). */
export const MONEY_SUPPLY_ATOMIC = 2n ** 64n - 1n;
export const MONEY_SUPPLY_XMR = Number(MONEY_SUPPLY_ATOMIC) / ATOMIC_PER_XMR;
/** Base reward = (M - A) >> shift; shift = 20 - (block minutes - 1). */
export const EMISSION_SHIFT = 19;
export const EMISSION_SHIFT_V1 = 20;
/** Tail emission: 0.3 XMR per minute of block time, so 0.6 XMR per 120-s block. */
export const TAIL_EMISSION_XMR = 0.6;
export const TAIL_EMISSION_XMR_V1 = 0.3;
/** ln(1 - 2^-shift): what is left of the emission shrinks by that factor a block. */
const LOG_DECAY = Math.log1p(-1 / 2 ** EMISSION_SHIFT);
const LOG_DECAY_V1 = Math.log1p(-1 / 2 ** EMISSION_SHIFT_V1);

/** Emission shift in force at a height. */
export function emissionShift(height: number): number {
  return height < V2_HEIGHT ? EMISSION_SHIFT_V1 : EMISSION_SHIFT;
}

/** Floating-point base reward for the per-day hot loop, XMR; never below the tail emission. */
export function baseRewardXmr(alreadyGeneratedXmr: number, shift: number = EMISSION_SHIFT): number {
  const tail = shift === EMISSION_SHIFT_V1 ? TAIL_EMISSION_XMR_V1 : TAIL_EMISSION_XMR;
  return Math.max(tail, (MONEY_SUPPLY_XMR - alreadyGeneratedXmr) / 2 ** shift);
}

/**
 * Mean base reward of `blocks` blocks in a row from `generatedXmr` coins generated before them,
 * XMR (whole atomic units aside). Each block pays 2^-shift of what is left of M, so what is left
 * shrinks by a factor (1 - 2^-shift) a block and the blocks together issue
 * (M - A)(1 - (1 - 2^-shift)^blocks), each paying the tail emission from the block whose reward
 * would fall below it. A day's 720 blocks pay 0.069 % less on average than its first block.
 */
export function meanBaseRewardXmr(
  generatedXmr: number,
  blocks: number,
  shift: number = EMISSION_SHIFT,
): number {
  const v1 = shift === EMISSION_SHIFT_V1;
  const tail = v1 ? TAIL_EMISSION_XMR_V1 : TAIL_EMISSION_XMR;
  const scale = 2 ** shift;
  const remaining = MONEY_SUPPLY_XMR - generatedXmr;
  if (!(blocks > 0) || !(remaining > tail * scale)) return Math.max(tail, remaining / scale);
  const logDecay = v1 ? LOG_DECAY_V1 : shift === EMISSION_SHIFT ? LOG_DECAY : Math.log1p(-1 / scale);
  const issued = -remaining * Math.expm1(blocks * logDecay);
  // The last block's reward still above the tail (nearly every day): the decay alone.
  if ((remaining - issued) / scale >= tail) return issued / blocks;
  // Blocks (fractional) until the reward falls to the tail: remaining x decay^n / 2^shift = tail.
  const toTail = Math.log((tail * scale) / remaining) / logDecay;
  return (remaining - tail * scale + (blocks - toTail) * tail) / blocks;
}

/** Exact base reward, atomic units, as the daemon computes it (fees and size penalty aside). */
export function baseRewardAtomic(alreadyGeneratedAtomic: bigint, shift: number = EMISSION_SHIFT): bigint {
  const tail = BigInt(
    (shift === EMISSION_SHIFT_V1 ? TAIL_EMISSION_XMR_V1 : TAIL_EMISSION_XMR) * ATOMIC_PER_XMR,
  );
  const reward = (MONEY_SUPPLY_ATOMIC - alreadyGeneratedAtomic) >> BigInt(shift);
  return reward < tail ? tail : reward;
}

/** Reward of the genesis block: M >> 20 = 17.592186044415 XMR. */
export const GENESIS_REWARD_ATOMIC: bigint = baseRewardAtomic(0n, EMISSION_SHIFT_V1);

// Exact emission stepping without BigInt in the loop: the remaining supply R = M - A is held as
// two 32-bit limbs in doubles, R = hi * 2^32 + lo. R >> shift is then hi * 2^(32 - shift) +
// floor(lo / 2^shift), below 2^45, and every intermediate stays an exact integer in a double.
// Locals rather than object fields keep V8 from boxing them: 2.6 million blocks take ~40 ms.
const LIMB = 2 ** 32;
const HI_SCALE = 2 ** (32 - EMISSION_SHIFT);
const HI_SCALE_V1 = 2 ** (32 - EMISSION_SHIFT_V1);
const LO_DIVISOR = 2 ** EMISSION_SHIFT;
const LO_DIVISOR_V1 = 2 ** EMISSION_SHIFT_V1;
const TAIL_ATOMIC = TAIL_EMISSION_XMR * ATOMIC_PER_XMR;
const TAIL_ATOMIC_V1 = TAIL_EMISSION_XMR_V1 * ATOMIC_PER_XMR;

/** [hi, lo] limbs of M - generated. */
function limbsOf(generatedAtomic: bigint): Float64Array {
  const r = MONEY_SUPPLY_ATOMIC - generatedAtomic;
  return Float64Array.of(Number(r >> 32n), Number(r & 0xffffffffn));
}

function generatedOf(limbs: Float64Array): bigint {
  return MONEY_SUPPLY_ATOMIC - ((BigInt(limbs[0]) << 32n) + BigInt(limbs[1]));
}

/**
 * Mines blocks `from` .. `to` - 1 by the rule, updating `limbs`; with `stopAtTail`, stops before
 * the first block whose base reward is the tail. Returns the height reached.
 */
function advance(limbs: Float64Array, from: number, to: number, stopAtTail: boolean): number {
  let hi = limbs[0];
  let lo = limbs[1];
  let height = from;
  for (; height < to; height++) {
    const v2 = height >= V2_HEIGHT;
    const tail = v2 ? TAIL_ATOMIC : TAIL_ATOMIC_V1;
    let reward = hi * (v2 ? HI_SCALE : HI_SCALE_V1) + Math.floor(lo / (v2 ? LO_DIVISOR : LO_DIVISOR_V1));
    if (reward <= tail) {
      if (stopAtTail) break;
      reward = tail;
    }
    const rewardHi = Math.floor(reward / LIMB);
    lo -= reward - rewardHi * LIMB;
    hi -= rewardHi;
    if (lo < 0) {
      lo += LIMB;
      hi -= 1;
    }
  }
  limbs[0] = hi;
  limbs[1] = lo;
  return height;
}

/**
 * Coins generated before each of `heights` (ascending) if every block from genesis had paid the
 * exact base reward, atomic units. The real chain paid about 0.1 % less by 2017 (block-size
 * penalties: before the 2016 fork a block had to claim exactly its penalized reward), so this is
 * the rule's curve, not the chain's supply: history.ts carries the measured supply.
 */
export function generatedAtomicByRule(heights: ArrayLike<number>): bigint[] {
  const out: bigint[] = [];
  const limbs = limbsOf(0n);
  let height = 0;
  for (let i = 0; i < heights.length; i++) {
    const target = heights[i];
    if (!Number.isInteger(target) || target < height) {
      throw new RangeError(`heights must be ascending whole numbers >= 0 (got ${target} after ${height})`);
    }
    height = advance(limbs, height, target, false);
    out.push(generatedOf(limbs));
  }
  return out;
}

/** First height at or after `height` whose base reward is the tail emission, given the coins generated before it. */
export function tailStartHeight(height: number, generatedAtomic: bigint): number {
  return advance(limbsOf(generatedAtomic), height, Number.POSITIVE_INFINITY, true);
}

export interface PowChange {
  name: string;
  /** First block mined with the new algorithm. */
  height: number;
  /** UTC day of that block. */
  date: string;
  algorithm: string;
  /** Hardware classes (catalog hardwareClass) that can no longer mine from this height on. */
  strands: readonly string[];
}

/**
 * Scheduled proof-of-work changes. Only the v7 fork strands a class in the catalog: it was aimed
 * at CryptoNight ASICs such as the Antminer X3. The later changes targeted hardware built for the
 * variant before (v7/v8 ASICs and FPGAs), which the catalog does not list; CPUs and GPUs kept
 * mining through all of them.
 */
export const powChangeHeights: readonly PowChange[] = [
  {
    name: 'CryptoNight v7',
    height: 1_546_000,
    date: '2018-04-06',
    algorithm: 'cryptonight-v7',
    strands: ['cryptonight-asic'],
  },
  { name: 'CryptoNight v8', height: 1_685_555, date: '2018-10-18', algorithm: 'cryptonight-v8', strands: [] },
  { name: 'CryptoNight-R', height: 1_788_000, date: '2019-03-09', algorithm: 'cryptonight-r', strands: [] },
  { name: 'RandomX', height: 1_978_433, date: '2019-11-30', algorithm: 'randomx', strands: [] },
];

/** Proof-of-work algorithm in force at a height ('cryptonight' is the original v0). */
export function algorithmAtHeight(height: number): string {
  let algorithm = 'cryptonight';
  for (const change of powChangeHeights) if (height >= change.height) algorithm = change.algorithm;
  return algorithm;
}

/** The first change that strands a hardware class, or undefined when none does. */
export function strandingChange(hardwareClass: string): PowChange | undefined {
  return powChangeHeights.find((change) => change.strands.includes(hardwareClass));
}

/** Blocks found per day on average by `hashrateHs`: Monero difficulty is expected hashes per block. */
export function expectedBlocksPerDay(hashrateHs: number, difficulty: number): number {
  return (86_400 * hashrateHs) / difficulty;
}

/** Expected revenue of 1 kH/s for one day, USD, before pool fees. */
export function hashpriceUsdPerKhDay(
  priceUsd: number,
  difficulty: number,
  rewardPerBlockXmr: number,
): number {
  return expectedBlocksPerDay(1e3, difficulty) * rewardPerBlockXmr * priceUsd;
}

/** XMR emitted by `blocks` blocks from `height` on, given the coins generated before `height`. */
export function moneroIssuance(height: number, blocks: number, generatedBefore: number): number {
  // The day's total is summed on its own: added to a supply of 1.8e7 XMR, it would lose 1e-6 XMR.
  let total = 0;
  for (let h = height; h < height + blocks; h++)
    total += baseRewardXmr(generatedBefore + total, emissionShift(h));
  return total;
}
