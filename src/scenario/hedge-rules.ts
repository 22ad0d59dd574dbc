// The rules of a scenario's hedges that span fields (scenario/schema/hedge.ts): a contract runs
// within the horizon, from the start on. A settlement past the horizon would be left out of the
// equity's flows, so the hedge would read as cheaper or dearer than it is: refused instead.

import { addDays, daysBetween } from '../data/dates.js';
import { hedgeMessages as m } from '../messages/hedges.js';
import { coinProtocol } from '../model/coins/index.js';
import { hedgeMonthBounds } from '../model/finance/hedge.js';
import { endsWithin, longestTermWithin, termMonths } from '../model/finance/term.js';
import { algorithmChangeWithin, algorithmOn } from './machine-algorithm.js';
import type { RuleProblem, Scenario } from './normalize.js';

export function hedgeRules(s: Scenario, out: RuleProblem[]): void {
  const hedges = s.finance?.hedges ?? [];
  hedges.forEach((hedge, i) => {
    const at = ['finance', 'hedges', i];
    const start = hedge.start ?? s.start;
    if (start < s.start) {
      out.push({ path: [...at, 'start'], message: m.startBeforeScenario(start, s.start) });
      return;
    }
    if (start > s.end) {
      out.push({ path: [...at, 'start'], message: m.startAfterHorizon(start, s.end) });
      return;
    }
    if (hedge.type !== 'hashprice-swap' && hedge.type !== 'price-swap') {
      // A put struck at 0 pays max(0 - price, 0): never. Bought, its premium buys nothing; sold,
      // its premium is money for no risk. Either is a mistake for a strike, not a hedge.
      if (hedge.type === 'put' && hedge.strike === 0)
        out.push({ path: [...at, 'strike'], message: m.putStruckAtZero(hedge.position) });
      if (hedge.expiry < start)
        out.push({ path: [...at, 'expiry'], message: m.expiryBeforeStart(hedge.expiry, start) });
      else if (hedge.expiry > s.end)
        out.push({ path: [...at, 'expiry'], message: m.expiryAfterHorizon(hedge.expiry, s.end) });
      return;
    }
    // Month k settles on the day before payment k of a loan from `start` would fall due.
    const startDay = daysBetween(s.start, start);
    const months = termMonths(hedge.term);
    if (hedge.type === 'hashprice-swap') {
      // Its hashrate and fixed price are in hashes of the algorithm mined when it starts: a month
      // past a change to another algorithm (Monero's RandomX) would settle against another unit.
      const protocol = coinProtocol(s.coin);
      const lastDay = addDays(s.start, hedgeMonthBounds(startDay, months)[months] - 1);
      const mined = algorithmOn(protocol, start).algorithm;
      const change = algorithmChangeWithin(protocol, mined, start, lastDay);
      if (change !== undefined) {
        out.push({
          path: [...at, 'term'],
          message: m.swapAcrossPowChange(
            protocol.name,
            change.date,
            mined,
            change.algorithm,
            longestTermWithin(startDay, daysBetween(s.start, change.date)),
          ),
        });
        return;
      }
    }
    if (!endsWithin(startDay, months, s.days)) {
      const lastDay = hedgeMonthBounds(startDay, months)[months] - 1;
      out.push({
        path: [...at, 'term'],
        message: m.swapAfterHorizon(
          addDays(s.start, lastDay),
          s.end,
          longestTermWithin(startDay, s.days),
          startDay > 0,
        ),
      });
    }
  });
}
