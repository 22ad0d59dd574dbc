// What a scenario that starts past the history's last day takes from that day: the start figures
// it does not give, which model/chain-state.ts and the fee level (model/market/fees/fee-level.ts)
// carry forward, named for the note the commands print before they run. A scenario that gives
// them all carries nothing, and the note would say something false.

import type { History } from '../data/history.js';
import { startPlace } from '../model/chain-clock.js';
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
