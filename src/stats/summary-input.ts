// What summarize() reads: the run's merged accumulators, its scenario's facts and the flags that say
// which measures the summary holds.

import type { Claim } from '../scenario/claims.js';
import type { HistogramSet } from './histogram.js';
import type { Outcomes } from './outcomes.js';
import type { ChartEvent, DailyView, RunSummary, SamplePath } from './summary.js';

export interface SummaryInput {
  kind: RunSummary['kind'];
  scenario: RunSummary['scenario'];
  run: RunSummary['run'];
  antithetic: boolean;
  claims: readonly Claim[];
  outcomes: Outcomes;
  /** Paths paying back on day d at [d]; never at [days]. */
  payback: Uint32Array;
  dates: string[];
  /** Series name -> histogram series index. */
  series: readonly string[];
  histograms: HistogramSet;
  events: ChartEvent[];
  samples: SamplePath[];
  actual?: RunSummary['actual'];
  /** The calculator's answer (engine/daily-view.ts); the comparison with the paths is added here. */
  dailyView?: Omit<DailyView, 'monteCarlo'>;
  /** Why neither break-even was searched (engine/kernel/breakeven.ts breakEvenTurns); null or absent: searched. */
  breakEvenTurns?: RunSummary['headline']['breakEvenTurns'] | null;
  /** Whether the scenario has financing or tax: then the equity and after-tax measures are summarised. */
  books?: boolean;
  /** Whether the scenario has hedges: then their net settlements are summarised. */
  hedges?: boolean;
  /**
   * Whether a hedge is a forward or a hedging option (a price swap, a bought put, a sold call):
   * then the share of paths over-hedged and the hedged share are summarised.
   */
  coinHedges?: boolean;
  /**
   * Whether the scenario states a tax rule (`finance.tax`): only then are the after-tax measures
   * summarised. Without one they would be the project's own, shown as after a tax nobody stated,
   * where a claim on them is refused (the scenario states no tax).
   */
  taxed?: boolean;
  /**
   * Whether a loan has a loan-to-value covenant: only then can a path see a margin call or a
   * default, so only then are their odds summarised (0 for a scenario without one reads as a risk
   * measured and found absent).
   */
  covenant?: boolean;
  /**
   * The longest payback time, days, the run can judge (scenario/payback-horizon.ts): a share paid
   * back within a longer time is null while some path has not paid back.
   */
  paybackSeenDays: number;
  /** The same for the equity's payback (a lease or a default moves where it is looked for). */
  equityPaybackSeenDays: number;
  /**
   * With books: the first day the equity's payback can fall on without a default (compile/plan.ts
   * paybackFromDay with the leases); in a run cut before it, the paths with no default cannot
   * decide the equity's payback (headline.equityUndecidedAtCut).
   */
  equityPaybackFromDay?: number;
  /**
   * Paths whose random network was held at the fleet's hashrate on some day (kernel/market-path.ts);
   * written only when some path was.
   */
  networkAtFleetPaths?: number;
  /** The days, summed over those paths, on which it was (written with networkAtFleetPaths). */
  networkAtFleetDays?: number;
}
