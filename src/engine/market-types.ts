// The compiled market plan's shape: model kinds, parameters and the assumptions table lines.
// Shared by the compiler (market-plan.ts), the model resolvers (market-models.ts) and the path
// generator (market.ts).

export const PRICE_FIXED = 0;
export const PRICE_GBM = 1;
export const PRICE_JUMP = 2;
export const PRICE_BOOTSTRAP = 3;
export const PRICE_HISTORICAL = 4;
export const HASHRATE_GROWTH = 0;
export const HASHRATE_STOCHASTIC = 1;
export const HASHRATE_COUPLED = 2;
export const HASHRATE_HISTORICAL = 3;
export const FEES_SHARE = 0;
export const FEES_PER_BLOCK = 1;
export const FEES_HISTORICAL = 2;

export interface Assumption {
  label: string;
  value: string;
  note?: string;
}

export interface MarketPlan {
  days: number;
  price: {
    kind: number;
    startUsd: number;
    driftPerDay: number;
    volPerSqrtDay: number;
    jumpsPerDay: number;
    jumpMean: number;
    jumpVol: number;
    /** Bootstrap: the daily log returns resampled; probability of starting a new block each day. */
    returns: Float64Array;
    restartProb: number;
    series: Float64Array | null;
  };
  hashrate: {
    kind: number;
    startHs: number;
    growthLogPerDay: number;
    volPerSqrtDay: number;
    reversionPerDay: number;
    correlation: number;
    elasticity: number;
    lagDays: number;
    efficiencyLogPerDay: number;
    series: Float64Array | null;
    difficulty: Float64Array | null;
    blocks: Float64Array | null;
  };
  fees: {
    kind: number;
    share: number;
    perBlock: number;
    spikeProbPerDay: number;
    spikeMultiplier: number;
    spikeDays: number;
    /** Expected subsidy per block each day, coins (calendar heights: one block per target interval). */
    subsidy: Float64Array;
    series: Float64Array | null;
  };
  /** True when any model draws random numbers. */
  stochastic: boolean;
  assumptions: Assumption[];
}

/** A fraction as a percentage for the assumptions table. */
export const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
