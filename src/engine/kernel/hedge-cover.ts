// The hedges set beside what a path mined (books.ts runs first): a forward sale (a price swap) or a
// hedging option (a bought put, a sold call) is written on a fixed number of coins, while a path's
// fleet mines what its market, failures and shutdowns leave it. A month in which a forward sells
// more coins than the path mined (an option: more than were mined from its start to its expiry) is
// over-hedged: the part beyond the production is a naked short on the price. Read from the day's
// coins the treasury kept (workspace.dayCoins), each hedge's months summed on the path: no
// allocation, a pass over each hedge's days. After a default the machines are the lender's: the
// owners' hedges settle on, against none of the coins mined after it.

import { coversCoins } from '../../model/finance/books-plan.js';
import type { SimulationPlan } from '../compile/plan.js';
import { METRIC } from './metrics.js';
import type { KernelWorkspace } from './workspace.js';

/**
 * Writes METRIC.overHedged (1 when a month of a forward or a hedging option was larger than the
 * coins mined over it, else 0) and METRIC.hedgedShare (the largest share one of them took of the
 * coins mined over its own days: a forward's coins a month times its months over the coins mined in
 * them, an option's coins over those mined from its start to its expiry; +Infinity where the path
 * mined none, NaN where no month of one is counted). Only the months the path runs to the end of
 * are counted (a run cut at the end of the history settles no later one).
 */
export function hedgeCover(plan: SimulationPlan, workspace: KernelWorkspace): void {
  const metrics = workspace.metrics;
  const dayCoins = workspace.dayCoins;
  const hedges = plan.books === null ? [] : plan.books.hedges;
  // The owners mine to a default's day (its coins are theirs, sold that day), then none.
  const owned = metrics[METRIC.defaulted] === 1 ? metrics[METRIC.defaultDay] + 1 : plan.days;
  let over = 0;
  // NaN: no month of such a hedge within the days run (a run cut at the end of the history).
  let share = Number.NaN;
  for (let h = 0; h < hedges.length; h++) {
    const hedge = hedges[h];
    if (!coversCoins(hedge)) continue;
    const bounds = hedge.bounds;
    let hedged = 0;
    let mined = 0;
    for (let k = 0; k + 1 < bounds.length && bounds[k + 1] <= plan.days; k++) {
      let month = 0;
      const to = Math.min(bounds[k + 1], owned);
      for (let d = bounds[k]; d < to; d++) month += dayCoins[d];
      if (hedge.amount > month) over = 1;
      hedged += hedge.amount;
      mined += month;
    }
    if (hedged > 0) {
      const s = mined > 0 ? hedged / mined : Number.POSITIVE_INFINITY;
      if (!(s <= share)) share = s;
    }
  }
  metrics[METRIC.overHedged] = over;
  metrics[METRIC.hedgedShare] = share;
}
