// What the lines that set the hedges beside the production share, before a run and after it: the
// scenario's hedges as the commitment rule judges them (model/finance/hedge-commitment.ts), their days from the start,
// and the site's share of the coins under a revenue share.

import { hedgedProductionMessages as m } from '../messages/hedges.js';
import {
  HEDGE_CALL,
  HEDGE_HASHPRICE_SWAP,
  HEDGE_PRICE_SWAP,
  HEDGE_PUT,
  hedgeMonthBounds,
} from '../model/finance/hedge.js';
import type { CoinHedge } from '../model/finance/hedge-commitment.js';
import { termMonths } from '../model/finance/term.js';
import type { RunSummary } from '../stats/summary.js';
import type { Scenario } from './normalize.js';
import { formatQuantity } from './quantity-format.js';

/** A line of the assumptions table. */
export type Assumption = RunSummary['scenario']['assumptions'][number];

/** Days in a hedge's month: a twelfth of 365.25. */
export const MONTH = 365.25 / 12;
const DAY_MS = 86_400_000;
export const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);

/** A put or a call: its period is its term, a swap's a month. */
export const isOption = (p: CoinHedge) => p.kind === HEDGE_PUT || p.kind === HEDGE_CALL;

/** The scenario's hedges as the commitment judges them (their days from the start). */
export function coinHedgesOf(s: Scenario): CoinHedge[] {
  return (s.finance?.hedges ?? []).map((hedge): CoinHedge => {
    const from = daysBetween(s.start, hedge.start ?? s.start);
    if (hedge.type === 'price-swap' || hedge.type === 'hashprice-swap')
      return {
        kind: hedge.type === 'price-swap' ? HEDGE_PRICE_SWAP : HEDGE_HASHPRICE_SWAP,
        amount: hedge.type === 'price-swap' ? hedge.coins : hedge.hashrate,
        fixedUsd: 0,
        bounds: hedgeMonthBounds(from, termMonths(hedge.term)),
        sign: 1,
      };
    return {
      kind: hedge.type === 'put' ? HEDGE_PUT : HEDGE_CALL,
      amount: hedge.coins,
      fixedUsd: hedge.strike,
      bounds: Int32Array.of(from, daysBetween(s.start, hedge.expiry) + 1),
      sign: hedge.position === 'sold' ? -1 : 1,
    };
  });
}

/**
 * The site's share of the coins under a revenue share (before a waterfall flips; 0 without one),
 * and the words that state it: a back-test's days are net of the share as it runs, waterfall and
 * all; the start held fixed takes the first share, the waterfall's later one named beside it.
 */
export function siteShare(s: Scenario): { share: number; text: (history: boolean) => string } {
  const h = s.power.hosting;
  if (typeof h === 'number' || h.basis !== 'revenue-share' || !(h.share > 0 || h.waterfall !== undefined))
    return { share: 0, text: () => '' };
  const pct = (x: number) => formatQuantity(x, 'fraction');
  const after =
    h.waterfall === undefined || h.waterfall.after === h.share ? undefined : pct(h.waterfall.after);
  return { share: h.share, text: (history) => m.afterShare(pct(h.share), after, history) };
}
