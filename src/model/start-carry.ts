// What the history can give a scenario's start day, and what the scenario must give itself.
// Inside the daily history every figure comes from the history unless the scenario gives it. Past
// the history's last day, what the scenario does not give is carried forward from that day
// (chain-state.ts), within limits: market figures (difficulty, price) change by a fifth within
// weeks, so they are carried at most MARKET_CARRY_DAYS; the height is protocol arithmetic and
// drifts only with the block rate, so it is carried at most PROTOCOL_CARRY_DAYS. Past those limits
// the scenario must give them, and validation (scenario/coverage.ts) says which keys to set. Before
// the first day of the history nothing is known: the scenario gives height, difficulty and price.

import type { History } from '../data/history.js';
import { startPlace } from './chain-clock.js';

/** Days past the history that difficulty and price may be carried forward. */
export const MARKET_CARRY_DAYS = 31;
/** Days past the history that the block height may be carried forward. */
export const PROTOCOL_CARRY_DAYS = 400;

/** What the scenario states about the start day, in canonical units. */
export interface GivenState {
  height?: number;
  difficulty?: number;
  hashrateHs?: number;
  /** Hashprice, USD per H/s per day (gross, subsidy plus fees). */
  hashpriceUsdPerHsDay?: number;
  priceUsd?: number;
}

export type StartNeed = 'height' | 'difficulty' | 'price';

/**
 * The start-day figures the scenario must give because the history cannot supply them, with the
 * limit that was passed (null when the start is before the history). Empty when nothing is missing.
 */
export function missingStartState(
  history: History,
  start: string,
  given: GivenState,
): { need: StartNeed; limitDays: number | null }[] {
  const place = startPlace(history, start);
  if (place.inside) return [];
  const out: { need: StartNeed; limitDays: number | null }[] = [];
  const before = place.daysAfter < 0;
  const networkGiven =
    given.difficulty !== undefined ||
    given.hashrateHs !== undefined ||
    given.hashpriceUsdPerHsDay !== undefined;
  if (given.height === undefined && (before || place.daysAfter > PROTOCOL_CARRY_DAYS))
    out.push({ need: 'height', limitDays: before ? null : PROTOCOL_CARRY_DAYS });
  if (!networkGiven && (before || place.daysAfter > MARKET_CARRY_DAYS))
    out.push({ need: 'difficulty', limitDays: before ? null : MARKET_CARRY_DAYS });
  if (given.priceUsd === undefined && (before || place.daysAfter > MARKET_CARRY_DAYS))
    out.push({ need: 'price', limitDays: before ? null : MARKET_CARRY_DAYS });
  return out;
}

/** How an assumption line says a figure was carried forward `days` past the history's last day. */
export function carriedNote(history: History, days: number): string {
  return `carried forward from ${history.lastDate}, the history's last day, ${days} day${days === 1 ? '' : 's'} before the start`;
}
