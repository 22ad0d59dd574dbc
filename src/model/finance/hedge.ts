// A hedge's arithmetic (scenario/schema/hedge.ts says what each contract is): the months a swap
// covers and what a month or an option settles for. The per-path pass (engine/kernel/books.ts)
// sums the path's hashprice or coin price over each month and calls these on its last day.
// Money in USD, hashrate in H/s, hashprice in USD per H/s per day.

import { paymentDay } from './loan.js';

/** Hedge kinds as the compiled plan numbers them. */
export const HEDGE_HASHPRICE_SWAP = 0;
export const HEDGE_PRICE_SWAP = 1;
export const HEDGE_PUT = 2;
export const HEDGE_CALL = 3;

/**
 * The first day of each month a swap covers, and one past the last ([k] to [k + 1] is month k):
 * `months` months from `startDay`, on the loans' month (loan.ts paymentDay). A month settles on its
 * last day, [k + 1] - 1.
 */
export function hedgeMonthBounds(startDay: number, months: number): Int32Array {
  const bounds = new Int32Array(months + 1);
  bounds[0] = startDay;
  for (let k = 1; k <= months; k++) bounds[k] = paymentDay(startDay, k);
  return bounds;
}

/** A month of a hashprice swap: hashrate x (fixed x days - the sum of the days' hashprices). */
export function hashpriceSwapMonthUsd(
  hashrate: number,
  fixed: number,
  days: number,
  hashpriceSum: number,
): number {
  return hashrate * (fixed * days - hashpriceSum);
}

/** A month of a price swap: coins x (fixed - the month's average price, the sum over its days / days). */
export function priceSwapMonthUsd(coins: number, fixed: number, days: number, priceSum: number): number {
  return coins * (fixed - priceSum / days);
}

/** An option's payoff at expiry to its holder: coins x max(strike - price, 0) for a put, the reverse for a call. */
export function optionPayoffUsd(kind: number, coins: number, strike: number, price: number): number {
  const inTheMoney = kind === HEDGE_PUT ? strike - price : price - strike;
  return inTheMoney > 0 ? coins * inTheMoney : 0;
}
