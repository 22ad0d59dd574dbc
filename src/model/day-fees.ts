// The fees a block pays on a day of a path: the path's own coins, or a share of the subsidy the
// simulated blocks pay. Read by the network's day steps and by a model that steps the chain itself.

import type { MarketPath } from '../engine/compile/plan.js';

/**
 * Fees per block on day `day` of `path`, for blocks paying `subsidy`: a share of the subsidy the
 * simulated blocks pay (so fees halve on the simulated halving), or the path's own coins.
 */
export function dayFeesPerBlock(path: MarketPath, day: number, subsidy: number): number {
  const share = path.feesPerSubsidy;
  return share === undefined ? path.feesPerBlock[day] : share[day] * subsidy;
}
