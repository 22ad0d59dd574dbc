// How far a quote's day lies from the data, and what a refusal of fees carried too far from it
// names (model/quote.ts): the data's nearest edge, how far off, the carry limit and the share of
// the subsidy the data's nearest days paid, as the example to give.
import { daysBetween } from '../data/dates.js';
import type { History } from '../data/history.js';
import type { quoteMessages as m } from '../messages/quote.js';
import { DEFAULT_FEE_DAYS, feeShare } from './market/fees/fee-level.js';
import { MARKET_CARRY_DAYS } from './start-carry.js';

/** Days between `day` and the data's nearest day (0 inside it): how far its figures are carried. */
export function daysOffTheData(history: History, day: string): number {
  if (day > history.lastDate) return daysBetween(history.lastDate, day);
  if (day < history.firstDate) return daysBetween(day, history.firstDate);
  return 0;
}

/** The example a refusal of a day too far from the data gives: past it the share its last days paid, before it its first day's, in %. */
function edgeFeeShare(history: History, day: string): string {
  if (day >= history.firstDate) return lastFeeShare(history, day);
  const share = history.issuance[0] > 0 ? history.fees[0] / history.issuance[0] : 0;
  return String(Number((share * 100).toPrecision(2)));
}

/** The example a scenario's refusal gives past the data: the share of the subsidy the history's last days paid, in %. */
function lastFeeShare(history: History, day: string): string {
  const share = feeShare({ type: 'share-of-subsidy', calibrate: DEFAULT_FEE_DAYS }, day, history).share;
  return String(Number((share * 100).toPrecision(2)));
}

/**
 * What a refusal of fees too far off the data names (quote messages feesPastCarry and
 * feesPastCarryGivenHashprice): the data's nearest edge, how far off, the carry limit and the
 * share its 90 days paid.
 */
export function feesFarOff(
  coin: string,
  history: History,
  day: string,
  daysOff: number,
): Parameters<typeof m.feesPastCarry> {
  const before = day < history.firstDate;
  return [
    coin,
    day,
    before ? history.firstDate : history.lastDate,
    daysOff,
    MARKET_CARRY_DAYS,
    edgeFeeShare(history, day),
    DEFAULT_FEE_DAYS,
    before,
  ];
}
