// The coverage rule of the fee level (scenario/coverage.ts): the fees' window before the start or,
// past the history, its last window carried forward no further than a price may be.

import { addDays, daysBetween } from '../data/dates.js';
import type { History } from '../data/history.js';
import { coverageMessages as m } from '../messages/coverage.js';
import { startPlace } from '../model/chain-clock.js';
import { DEFAULT_FEE_DAYS, feeShare, feeShareWindow } from '../model/market/fees/fee-level.js';
import { MARKET_CARRY_DAYS } from '../model/start-carry.js';
import { checkWindow, MIN_PARTIAL_DAYS } from './coverage-window.js';
import type { RuleProblem, Scenario } from './normalize.js';

type Rule = (s: Scenario, h: History, out: RuleProblem[]) => void;

/**
 * The fee level is part of the start state: the fees of the window before the start, or past the
 * history's last day the fees of its last window, carried forward as far as a price may be. Either
 * window must lie inside the history, unless the scenario allows a partial one.
 */
export const feeLevel: Rule = (s, h, out) => {
  const f = s.fees.model;
  if (f.type !== 'share-of-subsidy' || f.share !== undefined) return;
  const days = f.calibrate ?? DEFAULT_FEE_DAYS;
  const place = startPlace(h, s.start);
  if (!place.inside && place.daysAfter > 0) {
    if (place.daysAfter > MARKET_CARRY_DAYS)
      out.push({
        path: ['fees', 'model', 'share'],
        message: m.startPastHistory(
          s.coin,
          s.start,
          h.lastDate,
          place.daysAfter,
          MARKET_CARRY_DAYS,
          `${m.feeShareInFullPastEnd(feeShare({ type: 'share-of-subsidy', calibrate: DEFAULT_FEE_DAYS }, s.start, h).share, DEFAULT_FEE_DAYS, h.lastDate)} (or \`fees.model: { type: per-block, amount: ... }\`)`,
          // The keys are already written in full, with their example.
          null,
        ),
      });
    if (place.daysAfter > MARKET_CARRY_DAYS) return;
  }
  checkWindow(
    s,
    h,
    days,
    f.partial,
    ['fees', 'model', 'calibrate'],
    feesInstead(s, h, days),
    out,
    MIN_PARTIAL_DAYS,
    (d) => feeShareWindow(s.start, h, d),
    // The fee share is a level, not a rate: a window of a day calibrates it (schema-parts.ts).
    1,
  );
};

/**
 * What a refused window advises instead of calibrating: the share written in full; where the window
 * reaches before the history, with the share the history's first days paid as its example (its
 * first DEFAULT_FEE_DAYS, or all of it if shorter), named as days the start cannot see.
 */
function feesInstead(s: Scenario, h: History, days: number): string {
  const w = feeShareWindow(s.start, h, days);
  if (!(w.firstDate < h.firstDate)) return m.feeShareInFull();
  const firstDays = Math.min(DEFAULT_FEE_DAYS, h.days);
  const share = feeShare(
    { type: 'share-of-subsidy', calibrate: firstDays },
    addDays(h.firstDate, firstDays),
    h,
  ).share;
  return m.feeShareInFullBeforeData(
    share,
    firstDays,
    h.firstDate,
    addDays(h.firstDate, firstDays - 1),
    Math.max(0, Math.min(firstDays, daysBetween(s.start, addDays(h.firstDate, firstDays)))),
  );
}
