// The kernel's per-path metrics (KernelWorkspace.metrics): one table of names, in slot order, from
// which the slot indexes derive. The kernel's day loop writes the totals, path-metrics.ts the
// ratios, NPV and IRR; the outcomes a run keeps are copied from here by name (METRIC_OUTCOMES).
import { type Slots, slotsOf } from '../../stats/layout.js';
import {
  OUTCOME,
  OUTCOME_COUNT,
  OUTCOMES,
  type OutcomeName,
  SEARCHED_OUTCOMES,
} from '../../stats/outcomes.js';

// Money in USD, durations in day indexes.
export const METRICS = [
  /** First day index (from the first capex day on) with net position >= 0; NaN when never within the horizon. */
  'paybackDay',
  /** Net position (cash + held coins at the last day's price) on the last day; no unrealized salvage. */
  'netAtHorizonUsd',
  /** Net position at the horizon / total capex; NaN without capex. */
  'roiAtHorizon',
  /** (Net position + resale value of cohorts still held at the horizon) / total capex. */
  'roiWithSalvage',
  /** Daily cash flows discounted at plan.discountPerDay, plus final holdings and salvage on the last day. */
  'npvUsd',
  /** Annualised IRR of the same flows; NaN when undefined. */
  'irr',
  /** Coins credited to the fleet after the pool fee. */
  'coinsMined',
  /** (Power - credits + hosting + maintenance + fixed) / coins mined. */
  'opexPerCoinUsd',
  /** All-in cost per coin: (opex + capex - realized salvage - salvage at the horizon) / coins mined. */
  'costPerCoinUsd',
  /** Coins mined valued at the price of the day they were mined. */
  'revenueUsd',
  /** Power bill, gross of curtailment credits (under an all-in hosting rate, what the rate charges). */
  'powerCostUsd',
  /** Curtailment credits earned (power.curtailment). */
  'curtailmentCreditsUsd',
  /** Cost of power net of curtailment credits, as listed miners report it. */
  'powerCostNetUsd',
  /** Hosting + maintenance + fixed costs (and the hosting deposit's payment and refund). */
  'otherCostsUsd',
  'capexUsd',
  /** Resale received on retire days. */
  'salvageRealizedUsd',
  /** Resale value of cohorts still held (not retired, not bricked) at the horizon. */
  'salvageAtHorizonUsd',
  /** Days on which at least one running cohort was switched off as unprofitable. */
  'daysShutDown',
  /** Mean of the daily hashprice (USD per PH/s per day for Bitcoin, per kH/s per day for Monero). */
  'meanHashpriceUsd',
  'finalCashUsd',
  'finalHeldCoins',
  /** Hashprice on the last day (what horizon salvage is valued at). */
  'finalHashpriceUsd',
  // The books (engine/books.ts), with financing or tax only; 0 without them.
  /** First day (from the first capex on) the equity's net position is >= 0; NaN when never. */
  'equityPaybackDay',
  /**
   * The equity's net position on the last day (cash and its coins held at that day's price, the
   * machines still held not valued; after a default, what it kept and its hedges paid since): the
   * timeline's last week.
   */
  'equityNetAtHorizonUsd',
  /** NPV of the equity's flows: the project's after debt service, leases, hedges and tax. */
  'equityNpvUsd',
  'equityIrr',
  /** NPV and IRR of the project's flows after tax (before financing: no interest deducted). */
  'afterTaxNpvUsd',
  'afterTaxIrr',
  /** 1 when a margin call was made on the path, else 0. */
  'marginCall',
  /** Day of the first margin call (met or not); NaN when none. */
  'firstMarginCallDay',
  /** Margin calls met (each repaying principal). */
  'marginCallsMet',
  /** Principal the margin calls met repaid, USD. */
  'marginCallsUsd',
  /** 1 when a margin call could not be met and the lender took the machines, else 0. */
  'defaulted',
  /** Day of the default; NaN when none. */
  'defaultDay',
  /** Interest and loan fees paid by the equity. */
  'interestPaidUsd',
  /** Income tax paid by the equity. */
  'taxPaidUsd',
  /** The equity's tax losses carried forward and left unused at the horizon (never refunded), USD. */
  'lossCarriedUsd',
  /** The hedges' settlements less premiums paid (plus premiums received), undiscounted, USD. */
  'hedgeNetUsd',
  /**
   * 1 when a forward or a hedging option (a price swap, a bought put, a sold call) was written on
   * more coins than the path mined over one of its months (an option: from its start to its expiry),
   * else 0 (hedge-cover.ts).
   */
  'overHedged',
  /** The largest share a forward or a hedging option took of the coins the path mined over its days. */
  'hedgedShare',
  /** Tax depreciation of the project over the horizon. */
  'depreciationUsd',
  /** Cash cost per coin: (power net of curtailment credits + hosting + maintenance + fixed) / coins mined. */
  'cashCostPerCoinUsd',
  /** All-in cost per coin: (cash costs + tax depreciation over the horizon) / coins mined. */
  'allInCostPerCoinUsd',
  /** A revenue share's waterfall: the day the owner's recovery completed (the later split holds from the next); NaN when none within the horizon. */
  'waterfallRecoveredDay',
] as const;
export type MetricName = (typeof METRICS)[number];
/** Slot of each metric: `metrics[METRIC.npvUsd]`. */
export const METRIC: Slots<typeof METRICS> = slotsOf(METRICS);
export const METRIC_COUNT = METRICS.length;

/** The outcomes (stats/outcomes.ts) that are kernel metrics of the same name; the others are searched. */
type MetricOutcome = Exclude<OutcomeName, (typeof SEARCHED_OUTCOMES)[number]>;
const searched: readonly string[] = SEARCHED_OUTCOMES;
export const METRIC_OUTCOMES: readonly MetricOutcome[] = OUTCOMES.filter(
  (name): name is MetricOutcome => !searched.includes(name),
);
// Every outcome that is not searched must be a kernel metric of the same name.
const _everyOneAMetric: readonly MetricName[] = METRIC_OUTCOMES;

const OUTCOME_SLOTS = Int32Array.from(METRIC_OUTCOMES, (name) => OUTCOME[name]);
const METRIC_SLOTS = Int32Array.from(METRIC_OUTCOMES, (name) => METRIC[name]);

/** Writes the metric outcomes of one path into `outcomes[offset + OUTCOME.name]` (the others untouched). */
export function copyMetricOutcomes(metrics: Float64Array, outcomes: Float64Array, offset: number): void {
  for (let i = 0; i < OUTCOME_SLOTS.length; i++)
    outcomes[offset + OUTCOME_SLOTS[i]] = metrics[METRIC_SLOTS[i]];
}

/** One path's outcomes (OUTCOME_COUNT values): its metrics, and NaN where a search gives the value. */
export function metricOutcomes(metrics: Float64Array): Float64Array {
  const outcomes = new Float64Array(OUTCOME_COUNT).fill(Number.NaN);
  copyMetricOutcomes(metrics, outcomes, 0);
  return outcomes;
}
