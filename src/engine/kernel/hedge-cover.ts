// The hedges set beside what a path mined (books.ts runs first): a forward sale (a price swap) or a
// hedging option (a bought put, a sold call) is written on a fixed number of coins, while a path's
// fleet mines what its market, failures and shutdowns leave it. The hedges are judged together
// (model/finance/hedge-commitment.ts): over each hedge's months (an option: its start to its
// expiry) the coins the forwards commit, with a sold call the holder exercises on the path and a
// bought put the operation exercises on it (a collar's legs once), set beside the coins the path
// mined over those days; more committed than mined is over-hedged: the part beyond the production
// is a naked short on the price. Read from the day's coins the treasury kept (workspace.dayCoins).
// After a default the machines are the lender's: the owners' hedges settle on, against none of the
// coins mined after it.

import { countedHedges, judgeCommitments } from '../../model/finance/hedge-commitment.js';
import type { SimulationPlan } from '../compile/plan.js';
import { METRIC } from './metrics.js';
import type { KernelWorkspace } from './workspace.js';

/**
 * Writes METRIC.overHedged (1 when the coins the hedges committed together over a month of a
 * forward or a hedging option's days exceeded the coins mined over them, else 0) and
 * METRIC.hedgedShare (the largest share the hedges together took of the coins mined over one
 * hedge's own days: the coins committed over its months summed, over the coins mined in them;
 * +Infinity where the path mined none, NaN where no month of one is counted). Only the months the
 * path runs to the end of are counted (a run cut at the end of the history settles no later one).
 */
export function hedgeCover(plan: SimulationPlan, priceUsd: Float64Array, workspace: KernelWorkspace): void {
  const metrics = workspace.metrics;
  const dayCoins = workspace.dayCoins;
  const hedges = plan.books === null ? [] : plan.books.hedges;
  // The owners mine to a default's day (its coins are theirs, sold that day), then none.
  const owned = metrics[METRIC.defaulted] === 1 ? metrics[METRIC.defaultDay] + 1 : plan.days;
  const counted = countedHedges(
    hedges,
    (day) => (day < plan.days ? priceUsd[day] : undefined),
    new Uint8Array(hedges.length),
  );
  const judged = judgeCommitments(hedges, counted, plan.days, (from, to) => {
    let month = 0;
    const end = Math.min(to, owned);
    for (let d = from; d < end; d++) month += dayCoins[d];
    return month;
  });
  metrics[METRIC.overHedged] = judged.over ? 1 : 0;
  metrics[METRIC.hedgedShare] = judged.share;
}
