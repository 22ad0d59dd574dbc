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

import {
  type CoinHedge,
  type CommitmentJudgment,
  countedHedges,
  createCommitmentJudgment,
  judgeCommitments,
} from '../../model/finance/hedge-commitment.js';
import type { SimulationPlan } from '../compile/plan.js';
import { METRIC } from './metrics.js';
import type { KernelWorkspace } from './workspace.js';

/**
 * What hedgeCover needs from one path to the next, made once a workspace: the judgment and the
 * hedges counted, filled in place, and the two readers the judgment calls, which read the path's
 * price and coins from here (functions made per path would be allocated per path).
 */
interface HedgeScratch {
  hedges: readonly CoinHedge[];
  counted: Uint8Array;
  judged: CommitmentJudgment;
  price: Float64Array;
  days: number;
  dayCoins: Float64Array;
  owned: number;
  priceAt: (day: number) => number | undefined;
  mined: (from: number, to: number) => number;
}

const scratches = new WeakMap<KernelWorkspace, HedgeScratch>();

function scratchFor(workspace: KernelWorkspace, hedges: readonly CoinHedge[]): HedgeScratch {
  const kept = scratches.get(workspace);
  if (kept !== undefined && kept.hedges === hedges) return kept;
  const s: HedgeScratch = {
    hedges,
    counted: new Uint8Array(hedges.length),
    judged: createCommitmentJudgment(hedges.length),
    price: workspace.dayCoins,
    days: 0,
    dayCoins: workspace.dayCoins,
    owned: 0,
    priceAt: (day) => (day < s.days ? s.price[day] : undefined),
    mined: (from, to) => {
      let month = 0;
      const end = Math.min(to, s.owned);
      for (let d = from; d < end; d++) month += s.dayCoins[d];
      return month;
    },
  };
  scratches.set(workspace, s);
  return s;
}

/**
 * Writes METRIC.overHedged (1 when the coins the hedges committed together over a month of a
 * forward or a hedging option's days exceeded the coins mined over them, else 0) and
 * METRIC.hedgedShare (the largest share the hedges together took of the coins mined over one
 * hedge's own days: the coins committed over its months summed, over the coins mined in them;
 * +Infinity where the path mined none, NaN where no month of one is counted). Only the months the
 * path runs to the end of are counted (a run cut at the end of the history settles no later one).
 * Allocates nothing after a workspace's first path.
 */
export function hedgeCover(plan: SimulationPlan, priceUsd: Float64Array, workspace: KernelWorkspace): void {
  const metrics = workspace.metrics;
  const hedges = plan.books === null ? NO_HEDGES : plan.books.hedges;
  const s = scratchFor(workspace, hedges);
  s.price = priceUsd;
  s.days = plan.days;
  s.dayCoins = workspace.dayCoins;
  // The owners mine to a default's day (its coins are theirs, sold that day), then none.
  s.owned = metrics[METRIC.defaulted] === 1 ? metrics[METRIC.defaultDay] + 1 : plan.days;
  countedHedges(hedges, s.priceAt, s.counted);
  const judged = judgeCommitments(hedges, s.counted, plan.days, s.mined, s.judged);
  metrics[METRIC.overHedged] = judged.over ? 1 : 0;
  metrics[METRIC.hedgedShare] = judged.share;
}

const NO_HEDGES: readonly CoinHedge[] = [];
