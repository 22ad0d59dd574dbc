// The network's outputs for every day of a path, as tables the kernel's day loop reads
// (network-day.ts fills them; the fleet, the salvage and the workspace read them).

import { SUBSIDY_STEPS_LENGTH } from './network-state.js';

/**
 * The network's outputs for every day of a path, as tables the kernel's day loop reads. They
 * depend on the path's hashrate, difficulty, blocks and fees only, never on the price, the tariff
 * or the fleet: a market whose network series are the same on every path fills them once.
 */
export interface NetworkDays {
  /** Harmonic time-weighted difficulty of the day. */
  difficulty: Float64Array;
  /** Height at the start of the day (fractional). */
  startHeight: Float64Array;
  /** Mean subsidy (Bitcoin) or base reward (Monero) per block, coins. */
  subsidy: Float64Array;
  /** Gross coins one H/s earns in the day: 86,400 x (subsidy + fees per block) / (difficulty x hashes per difficulty). */
  coinsPerHs: Float64Array;
  /**
   * The days a Bitcoin subsidy changes (its halvings), written on every path, trace or not, so a
   * resale can read a week across a halving at one subsidy (kernel/salvage.ts resaleHashpriceAt):
   * [SUBSIDY_STEP_COUNT] entries, [SUBSIDY_STEP_FEES_FOLLOW] 1 when the path's fees are a share of
   * the subsidy (they halve with it), [SUBSIDY_STEP_FIRST_CHANGE] and [SUBSIDY_STEP_LAST_CHANGE] the
   * first and last day whose subsidy differs from the day before's or changes within it (+Infinity
   * and -Infinity: none; a resale's week that reaches neither reads one subsidy), then per entry its day, the day's mean subsidy a block and the
   * subsidy in force at the day's end. Day 0 is always an entry; from an entry's next day to the
   * next entry every day pays its end subsidy. None for Monero, whose reward changes block by block
   * by a few millionths a day (and keeps its coins a day across its change of block interval).
   */
  subsidySteps: Float64Array;
}

export function createNetworkDays(days: number): NetworkDays {
  return {
    difficulty: new Float64Array(days),
    startHeight: new Float64Array(days),
    subsidy: new Float64Array(days),
    coinsPerHs: new Float64Array(days),
    subsidySteps: new Float64Array(SUBSIDY_STEPS_LENGTH),
  };
}
