// What a scenario that starts past the history's last day takes from that day: the start figures
// it does not give, which model/chain-state.ts and the fee level (model/market/fees/fee-level.ts)
// carry forward, named for the note the commands print before they run. A scenario that gives
// them all carries nothing, and the note would say something false. Monero's coins generated (the
// supply that sets its emission) are carried from that day whatever the scenario gives: no key
// gives them, and the note names them apart, with the blocks they are carried over.

import type { History } from '../data/history.js';
import { startPlace } from '../model/chain-clock.js';
import { coinProtocol } from '../model/coins/index.js';
import { startHeight } from '../model/start-height.js';
import { givenStartState } from './given-state.js';
import type { Scenario } from './normalize.js';

/** A start figure carried forward from the history's last day, and the key that would give it. */
export interface CarriedFigure {
  figure: 'block height' | 'difficulty' | 'price' | 'fee share';
  key: string;
}

/** The start figures carried forward from the history's last day, in the note's order; none inside or before it. */
export function carriedAtStart(s: Scenario, h: History): CarriedFigure[] {
  const place = startPlace(h, s.start);
  if (place.inside || place.daysAfter <= 0) return [];
  const given = givenStartState(s);
  const out: CarriedFigure[] = [];
  if (given.height === undefined) out.push({ figure: 'block height', key: 'network.height' });
  if (
    given.difficulty === undefined &&
    given.hashrateHs === undefined &&
    given.hashpriceUsdPerHsDay === undefined
  )
    out.push({ figure: 'difficulty', key: 'network.difficulty' });
  if (given.priceUsd === undefined) out.push({ figure: 'price', key: 'price.start' });
  // A share of the subsidy measured on a window: past the history, its last window's.
  const f = s.fees.model;
  if (f.type === 'share-of-subsidy' && f.share === undefined)
    out.push({ figure: 'fee share', key: 'fees.model.share' });
  return out;
}

/**
 * The blocks over which the coins generated are carried by the emission rule, from the end of the
 * history's last day to the start's height (given or carried), for a coin whose reward follows its
 * supply and a start past the history; null otherwise (nothing carried, or the supply sets nothing).
 */
export function carriedSupplyBlocks(s: Scenario, h: History): number | null {
  const place = startPlace(h, s.start);
  if (place.inside || place.daysAfter <= 0 || !coinProtocol(s.coin).rewardFollowsSupply) return null;
  const last = h.days - 1;
  const { height } = startHeight(s.coin, h, place, givenStartState(s), []);
  return Math.round(height - (h.height[last] + h.blocks[last]));
}
