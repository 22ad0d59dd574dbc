// The start day's hashprice from the chain's start state: what a network model that follows the
// miners' revenue (network/endogenous.ts) and the market-range rule start from.

import type { InitialState } from '../engine/compile/plan.js';
import { rewardAt } from './chain-clock.js';
import { type Coin, coinProtocol } from './coins/index.js';

const SECONDS_PER_DAY = 86_400;

/**
 * Hashprice on the start day, USD per H/s a day (subsidy or base reward plus fees): what the
 * scenario gives or the history supplies, as the run's first day has it.
 */
export function startHashpriceUsdPerHsDay(
  coin: Coin,
  c: Pick<InitialState, 'height' | 'supply' | 'priceUsd' | 'difficulty'>,
  feesPerBlock: number,
): number {
  const reward = rewardAt(coin, c.height, c.supply);
  return (
    (SECONDS_PER_DAY * (reward + feesPerBlock) * c.priceUsd) /
    (c.difficulty * coinProtocol(coin).hashesPerDifficulty)
  );
}
