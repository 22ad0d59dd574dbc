// The market path generator: fills one path's price, network hashrate and fees from a compiled
// MarketPlan and the path's own random streams, each through its model's record
// (model/market/<family>/<model>.ts). The records are looked up once a workspace, so a path
// dispatches three calls and no search. Allocation-free: every array lives in a MarketWorkspace
// made once per worker.
import type { z } from 'zod';
import { type FeesPlan, feesModel } from '../../model/market/fees/registry.js';
import type { FillTarget, MarketModel } from '../../model/market/model.js';
import { type NetworkPlan, networkModel } from '../../model/market/network/registry.js';
import { type PricePlan, priceModel } from '../../model/market/price/registry.js';
import { createNetworkState } from '../../model/network-state.js';
import type { MarketPlan } from '../compile/market-plan.js';
import type { MarketPath } from '../compile/plan.js';
import type { Rng } from '../random/rng.js';

export interface MarketWorkspace extends FillTarget {
  /** Series that draw no random numbers are the same on every path: filled once, then kept. */
  priceFixed: boolean;
  hashrateFixed: boolean;
  feesFixed: boolean;
  /** The plan's model records. */
  priceModel: MarketModel<z.ZodType, PricePlan>;
  networkModel: MarketModel<z.ZodType, NetworkPlan>;
  feesModel: MarketModel<z.ZodType, FeesPlan>;
}

export function createMarketWorkspace(m: MarketPlan): MarketWorkspace {
  const days = m.days;
  const path: MarketPath = {
    priceUsd: new Float64Array(days),
    networkHashrateHs: new Float64Array(days),
    feesPerBlock: new Float64Array(days),
  };
  const price = priceModel(m.price.type);
  const network = networkModel(m.hashrate.type);
  const fees = feesModel(m.fees.type);
  network.prepare?.(m.hashrate, path);
  fees.prepare?.(m.fees, path);
  const w: MarketWorkspace = {
    path,
    priceShock: new Float64Array(days),
    networkNormals: new Float64Array(days),
    networkScratch: new Float64Array(days),
    networkState: createNetworkState(),
    networkLowestLog: Number.NEGATIVE_INFINITY,
    priceFixed: price.fixed(m.price),
    hashrateFixed: network.fixed(m.hashrate),
    feesFixed: fees.fixed(m.fees),
    priceModel: price,
    networkModel: network,
    feesModel: fees,
  };
  // Fill the fixed series now; a network that reads the price or the fees (price-coupled,
  // endogenous) is never fixed, so the order of the fills does not matter here.
  if (w.priceFixed) price.fill(m.price, m, w, null);
  if (w.feesFixed) fees.fill(m.fees, m, w, null);
  if (w.hashrateFixed) network.fill(m.hashrate, m, w, null);
  // Fees filled once and the same every day (a fixed amount per block, or a fixed share of the
  // subsidy) are a constant of the network step (MarketPath.feesSameEveryDay), which so reads no
  // fee a day.
  if (w.feesFixed) {
    const fees = path.feesPerSubsidy ?? path.feesPerBlock;
    const first = fees[0];
    if (fees.every((fee) => fee === first)) path.feesSameEveryDay = first;
  }
  return w;
}

/**
 * Fills `w.path` for one path. Streams: `price`, `network` and `fees`, each at its path's start.
 * The network comes last: a network model may read the day's price and fees (no fee model reads
 * the network). Each family draws from its own stream, so the order moves no number.
 * A random network is then held at least at the fleet's hashrate before failures on every day
 * (MarketPlan.fleetFloorHs: the fleet is part of the network, and a network below it would pay it
 * more coins than every block). Returns on how many days the floor held the path's network up (0 on
 * none).
 */
export function fillMarketPath(
  m: MarketPlan,
  w: MarketWorkspace,
  price: Rng,
  network: Rng,
  fees: Rng,
): number {
  if (!w.priceFixed) w.priceModel.fill(m.price, m, w, price);
  if (!w.feesFixed) w.feesModel.fill(m.fees, m, w, fees);
  if (w.hashrateFixed) return 0;
  return fillNetwork(m, w, network);
}

/**
 * Fills `w.path`'s network from `network` (at its path's start) and the path's price and fees, held
 * at least at the fleet's hashrate (see fillMarketPath, whose last step it is; a break-even search
 * calls it again at each coin price it tries when the network follows the price). Returns on how
 * many days the floor held the network up (0 on none).
 */
export function fillNetwork(m: MarketPlan, w: MarketWorkspace, network: Rng): number {
  w.networkLowestLog = Number.NEGATIVE_INFINITY;
  w.networkModel.fill(m.hashrate, m, w, network);
  const floor = m.fleetFloorHs;
  // A model that noted its path's lowest hashrate spares the pass when it stays above the fleet.
  if (floor === null || w.networkLowestLog > m.fleetFloorPeakLog) return 0;
  return holdAtFloor(w.path.networkHashrateHs, floor);
}

/**
 * Raises each day of `hashrateHs` below `floorHs` to it; the number of days at or below it (a
 * model that steps the chain itself holds its network at the floor as it goes: network/endogenous-path.ts).
 * A day above the floor is left as it is, bit for bit (a network that never falls to the fleet
 * moves no number). The days are counted so that the run can say how much of its paths' time the
 * fleet was the whole network, not only on how many paths it ever was.
 */
function holdAtFloor(hashrateHs: Float64Array, floorHs: Float64Array): number {
  let held = 0;
  for (let d = 0; d < hashrateHs.length; d++) {
    const floor = floorHs[d];
    if (hashrateHs[d] <= floor && floor > 0) {
      hashrateHs[d] = floor;
      held++;
    }
  }
  return held;
}

/**
 * Whether the plan's network moves with the coin price (its model says so: alone, or a component
 * of a mixture): a constant price would then have moved it otherwise than the path's price did.
 */
export function networkFollowsPrice(m: MarketPlan): boolean {
  return networkModel(m.hashrate.type).followsPrice?.(m.hashrate) ?? false;
}
