// A hedge's month settled on a path (books.ts): the hashprice or coin price over the month's days
// read from the path's market, what the hedge's terms pay for them (model/finance/hedge.ts).

import type { HedgePlan } from '../../model/finance/books-plan.js';
import {
  HEDGE_HASHPRICE_SWAP,
  HEDGE_PRICE_SWAP,
  hashpriceSwapMonthUsd,
  optionPayoffUsd,
  priceSwapMonthUsd,
} from '../../model/finance/hedge.js';

/**
 * What month k of a hedge pays the operation on its last day (an option: its payoff at expiry),
 * from the path's hashprice (coins per H/s per day x price) or coin price over the month's days.
 */
export function settleHedge(
  hedge: HedgePlan,
  k: number,
  coinsPerHs: Float64Array,
  priceUsd: Float64Array,
): number {
  const from = hedge.bounds[k];
  const to = hedge.bounds[k + 1];
  if (hedge.kind === HEDGE_HASHPRICE_SWAP) {
    let sum = 0;
    for (let t = from; t < to; t++) sum += coinsPerHs[t] * priceUsd[t];
    return hashpriceSwapMonthUsd(hedge.amount, hedge.fixedUsd, to - from, sum);
  }
  if (hedge.kind === HEDGE_PRICE_SWAP) {
    let sum = 0;
    for (let t = from; t < to; t++) sum += priceUsd[t];
    return priceSwapMonthUsd(hedge.amount, hedge.fixedUsd, to - from, sum);
  }
  return hedge.sign * optionPayoffUsd(hedge.kind, hedge.amount, hedge.fixedUsd, priceUsd[to - 1]);
}
