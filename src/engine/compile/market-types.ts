// The compiled market plan's shape: each family's resolved model (a union keyed by the model's
// type, defined by the model files under model/market/) and the assumptions table lines.
// Shared by the compiler (market-plan.ts) and the path generator (market.ts).
import type { FeesPlan } from '../../model/market/fees/registry.js';
import type { Assumption } from '../../model/market/model.js';
import type { NetworkPlan } from '../../model/market/network/registry.js';
import type { PricePlan } from '../../model/market/price/registry.js';

export type { FeesPlan } from '../../model/market/fees/registry.js';
export { type Assumption, pct } from '../../model/market/model.js';
export type { NetworkPlan } from '../../model/market/network/registry.js';
export type { PricePlan } from '../../model/market/price/registry.js';

export interface MarketPlan {
  days: number;
  price: PricePlan;
  hashrate: NetworkPlan;
  fees: FeesPlan;
  /** Expected subsidy per block each day, coins (calendar heights: one block per target interval). */
  subsidy: Float64Array;
  /** True when any model draws random numbers. */
  stochastic: boolean;
  /**
   * The fleet's hashrate before failures each day, H/s (compile/fleet-floor.ts): the least a
   * random network's path may hash, since the fleet is part of it. Null when the network draws
   * nothing random (validation has judged it against the fleet: scenario/fleet-share.ts).
   */
  fleetFloorHs: Float64Array | null;
  /**
   * ln of the largest value of fleetFloorHs plus a margin for the rounding of a model's e^x
   * (compile/fleet-floor.ts): a path whose network's lowest log lies above it never reaches the
   * floor. +Infinity without a floor.
   */
  fleetFloorPeakLog: number;
  assumptions: Assumption[];
}
