// Assembles a RunSummary from merged accumulators: every number in summary.json is computed
// here, in path-index order, so it is the same whatever split of the paths produced the inputs.

import { addDays } from '../data/dates.js';
import { IRR_CEILING, IRR_FLOOR } from '../model/finance/irr.js';
import { heldFixedPaybackDay } from '../model/held-fixed-payback.js';
import type { Claim } from '../scenario/claims.js';
import { DAYS_PER_YEAR } from '../scenario/units.js';
import { evaluateClaim } from './claims.js';
import type { HistogramSet } from './histogram.js';
import { histogramQuantiles } from './histogram-quantiles.js';
import type { Outcomes } from './outcomes.js';
import { censoredDistribution, distribution } from './quantiles.js';
import { cumulativeShareSes, proportion } from './shares.js';
import { purchaseAfterCut, undecidedAtCutField } from './staged-cut.js';
import {
  type Bands,
  type ChartEvent,
  type DailyView,
  QUANTILE_KEYS,
  QUANTILES,
  type QuantileIntervals,
  type RunSummary,
  type SamplePath,
  SUMMARY_VERSION,
} from './summary.js';
import { checkSummary } from './summary-check.js';
import { bandIntervals, type TimelineIntervals, widestInterval } from './timeline-intervals.js';

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

const PAYBACK_BIN_DAYS = 30;

/** An IRR's distribution: values at a bound of the range searched are censored there. */
const irrDistribution = (values: Float64Array, antithetic: boolean, scratch: Float64Array) =>
  censoredDistribution(values, IRR_FLOOR, IRR_CEILING, antithetic, scratch);

/** The summary as it is, for a caller that checks it itself (summarize's `check`). */
const unchecked = (summary: RunSummary): RunSummary => summary;

/** The claims' measures a cut before the last purchase decides by the rule: the paybacks. */
const BY_RULE_METRICS: readonly Claim['metric'][] = ['payback', 'equity-payback'];

/**
 * The summary of a run or back-test, checked against its published schema (summary-check.ts)
 * unless `check` is false: then the caller checks it before it leaves minesim.
 */

export function summarize(input: SummaryInput, check = true): RunSummary {
  return summarizeRun(input, check).summary;
}

/**
 * summarize()'s summary and the weekly bands' intervals it reads with them (timeline-intervals.ts),
 * which timeline.csv writes beside the bands: null for a run of one path or a back-test.
 */
export function summarizeRun(
  input: SummaryInput,
  check = true,
): { summary: RunSummary; timelineIntervals: TimelineIntervals | null } {
  const o = input.outcomes;
  const a = input.antithetic;
  const n = o.paybackDay.length;
  // One buffer the distributions below copy their values into in turn (quantiles.ts distribution).
  const scratch = new Float64Array(n);
  const never = new Uint8Array(n);
  const belowZero = new Uint8Array(n);
  // Day 0 is the kernel's answer for a path whose position never fell below zero: a payback needs
  // a day below zero before it, so day 0 is never one (kernel/treasury.ts).
  const nothingAtStake = new Uint8Array(n);
  let unpaid = 0;
  let unstaked = 0;
  for (let k = 0; k < n; k++) {
    never[k] = Number.isNaN(o.paybackDay[k]) ? 1 : 0;
    unpaid += never[k];
    belowZero[k] = o.netAtHorizonUsd[k] < 0 ? 1 : 0;
    nothingAtStake[k] = o.paybackDay[k] === 0 ? 1 : 0;
    unstaked += nothingAtStake[k];
  }
  // Past the days the run sees, a path not paid back may pay back in time or not: unknown, unless
  // every path has paid back already.
  const within = (days: number) => {
    if (days > input.paybackSeenDays && unpaid > 0) return null;
    const holds = new Uint8Array(n);
    for (let k = 0; k < n; k++) holds[k] = o.paybackDay[k] <= days ? 1 : 0;
    return proportion(holds, input.antithetic);
  };
  const books =
    input.books === true
      ? {
          ...booksHeadline(
            o,
            input.antithetic,
            input.hedges === true,
            input.coinHedges === true,
            input.covenant === true,
            input.taxed === true,
            scratch,
          ),
          ...equityUndecidedAtCut(input),
        }
      : {};
  // Cut before a staged fleet's last purchase, no path pays back by the cut, the project nor the
  // equity (both count from the last purchase): a claim on either payback by then holds on every
  // path or on none by the rule (staged-cut.ts).
  const byRule =
    input.kind !== 'backtest' &&
    purchaseAfterCut(input.scenario.start, input.scenario.cutAt, input.dailyView?.cohorts) !== null;
  const claims = input.claims.map((claim) => {
    const result = evaluateClaim(
      claim,
      o,
      input.antithetic,
      input.kind === 'backtest',
      claim.metric === 'equity-payback' ? input.equityPaybackSeenDays : input.paybackSeenDays,
    );
    return byRule && BY_RULE_METRICS.includes(claim.metric) && result.paths === undefined
      ? { ...result, byRule: true as const }
      : result;
  });
  const weekly = timeline(input, scratch);
  const summary = (check ? checkSummary : unchecked)({
    version: SUMMARY_VERSION,
    kind: input.kind,
    // Cut before a staged fleet's last purchase: noPayback is 1 by the rule (staged-cut.ts).
    scenario: {
      ...input.scenario,
      ...undecidedAtCutField(input.scenario.start, input.scenario.cutAt, input.dailyView?.cohorts),
    },
    run: input.run,
    headline: {
      paybackWithin1y: within(DAYS_PER_YEAR),
      paybackWithin2y: within(2 * DAYS_PER_YEAR),
      noPayback: proportion(never, input.antithetic),
      ...(unstaked > 0 ? { nothingAtStake: proportion(nothingAtStake, input.antithetic) } : {}),
      netBelowZeroAtHorizon: proportion(belowZero, input.antithetic),
      // The distributions without `nanAs` leave out the paths where the measure has no value and
      // then record how many paths they are over (`paths`); what NaN means, measure by measure:
      // - roiAtHorizon, roiWithSalvage: no capex (nothing to divide by);
      // - irr (and afterTaxIrr, equityIrr below): no IRR (model/finance/irr.ts): the flows never
      //   change sign with nothing put in, or may have several rates or none in -99.99 % to 1e6 a
      //   year. A total loss (money in, nothing back) is -100 %, not NaN; a single rate beyond the
      //   range (a near-total loss within months) is the bound, counted as censored;
      // - costPerCoinUsd (and cashCostPerCoinUsd, allInCostPerCoinUsd below): no coin mined and no
      //   cost; a path that mined no coin but had costs is at +Infinity, ranked last and counted
      //   (`infinite`), not left out: its median is not over the paths that mined only;
      // - breakEvenTariffUsdPerKwh, breakEvenPriceUsd: given the searched paths only; NaN where no
      //   tariff or price in the searched bracket zeroes the net position (kernel/breakeven.ts);
      // - netAtHorizonUsd, npvUsd, coinsMined, powerCostNetUsd: never NaN on a path of a day or more.
      paybackDays: distribution(o.paybackDay, Number.POSITIVE_INFINITY, a, scratch),
      netAtHorizonUsd: distribution(o.netAtHorizonUsd, undefined, a, scratch),
      roiAtHorizon: distribution(o.roiAtHorizon, undefined, a, scratch),
      roiWithSalvage: distribution(o.roiWithSalvage, undefined, a, scratch),
      npvUsd: distribution(o.npvUsd, undefined, a, scratch),
      irr: irrDistribution(o.irr, a, scratch),
      coinsMined: distribution(o.coinsMined, undefined, a, scratch),
      costPerCoinUsd: distribution(o.costPerCoinUsd, undefined, a, scratch, true),
      powerCostNetUsd: distribution(o.powerCostNetUsd, undefined, a, scratch),
      breakEvenTariffUsdPerKwh: distribution(o.breakEvenTariffUsdPerKwh, undefined, a, scratch),
      breakEvenPriceUsd: distribution(o.breakEvenPriceUsd, undefined, a, scratch),
      ...(input.breakEvenTurns ? { breakEvenTurns: input.breakEvenTurns } : {}),
      ...books,
      ...(input.networkAtFleetPaths
        ? { networkAtFleetPaths: input.networkAtFleetPaths, networkAtFleetDays: input.networkAtFleetDays }
        : {}),
    },
    ...(input.dailyView
      ? {
          dailyView: compareDailyView(
            input.dailyView,
            o.paybackDay,
            input.payback.length - 1,
            input.antithetic,
            scratch,
          ),
        }
      : {}),
    payback: paybackHistogram(input.payback, o.paybackDay, input.antithetic),
    timeline: weekly.timeline,
    claims,
    events: input.events,
    samplePaths: input.samples,
    ...(input.actual ? { actual: input.actual } : {}),
  });
  return { summary, timelineIntervals: weekly.intervals };
}

/**
 * The daily view with the paths' answer to the same question: their median payback, and how many
 * paid back by the calculator's day (null when that day is past the horizon).
 */
function compareDailyView(
  view: Omit<DailyView, 'monteCarlo'>,
  paybackDay: Float64Array,
  horizonDays: number,
  antithetic: boolean,
  scratch: Float64Array,
): DailyView {
  const p50 = distribution(paybackDay, Number.POSITIVE_INFINITY, false, scratch).quantiles.p50;
  // The day the run would count for the payback held fixed (350.53 days of profit: day 350).
  const days = heldFixedPaybackDay(view.fleet.paybackDays);
  let paidBackByThen: number | null = null;
  let paidBackByThenSe: number | null = null;
  // Past the horizon no path can be seen paying back: no share then.
  if (days !== null && days < horizonDays) {
    const holds = new Uint8Array(paybackDay.length);
    for (let k = 0; k < paybackDay.length; k++) holds[k] = paybackDay[k] <= days ? 1 : 0;
    ({ p: paidBackByThen, se: paidBackByThenSe } = proportion(holds, antithetic));
  }
  // One path (a back-test, a run of one) has no error to state: the field is left out.
  return {
    ...view,
    monteCarlo: {
      paybackDaysP50: p50,
      paidBackByThen,
      ...(paybackDay.length > 1 ? { paidBackByThenSe } : {}),
    },
  };
}

/** The equity, after-tax and cost-per-coin measures of a run with financing or tax. */
function booksHeadline(
  o: Outcomes,
  antithetic: boolean,
  hedged: boolean,
  coinHedged: boolean,
  covenant: boolean,
  taxed: boolean,
  scratch: Float64Array,
): Partial<RunSummary['headline']> {
  const n = o.paybackDay.length;
  const flag = (column: Float64Array) => {
    const holds = new Uint8Array(n);
    for (let k = 0; k < n; k++) holds[k] = column[k] === 1 ? 1 : 0;
    return proportion(holds, antithetic);
  };
  const never = new Uint8Array(n);
  // Day 0 is the books' answer for an equity whose position never fell below zero: a payback
  // needs a day below zero before it, so day 0 is never one (kernel/books.ts).
  const nothingAtStake = new Uint8Array(n);
  for (let k = 0; k < n; k++) {
    never[k] = Number.isNaN(o.equityPaybackDay[k]) ? 1 : 0;
    nothingAtStake[k] = o.equityPaybackDay[k] === 0 ? 1 : 0;
  }
  return {
    ...(covenant ? { marginCall: flag(o.marginCall), default: flag(o.defaulted) } : {}),
    equityNoPayback: proportion(never, antithetic),
    equityNothingAtStake: proportion(nothingAtStake, antithetic),
    equityPaybackDays: distribution(o.equityPaybackDay, Number.POSITIVE_INFINITY, antithetic, scratch),
    equityNpvUsd: distribution(o.equityNpvUsd, undefined, antithetic, scratch),
    // NaN: as the project's IRR (see summarize), over the equity's flows (after a default, its hedges' and their tax alone); an equity
    // that lost all it put in (a default with nothing paid out) is -100 %.
    equityIrr: irrDistribution(o.equityIrr, antithetic, scratch),
    ...(taxed
      ? {
          afterTaxNpvUsd: distribution(o.afterTaxNpvUsd, undefined, antithetic, scratch),
          afterTaxIrr: irrDistribution(o.afterTaxIrr, antithetic, scratch),
        }
      : {}),
    // NaN: no coin mined and no cost; the all-in cost also on every path of a scenario without
    // depreciation. +Infinity: no coin mined, costs paid (ranked last, as the project's).
    cashCostPerCoinUsd: distribution(o.cashCostPerCoinUsd, undefined, antithetic, scratch, true),
    allInCostPerCoinUsd: distribution(o.allInCostPerCoinUsd, undefined, antithetic, scratch, true),
    ...(hedged ? { hedgeNetUsd: distribution(o.hedgeNetUsd, undefined, antithetic, scratch) } : {}),
    // +Infinity: a path that mined no coin over a hedge's days (ranked last).
    ...(coinHedged
      ? {
          overHedged: flag(o.overHedged),
          hedgedShare: distribution(o.hedgedShare, undefined, antithetic, scratch, true),
        }
      : {}),
  };
}

/**
 * In a run cut at the end of the history before the first day the equity's payback can fall on
 * (its last purchase or a lease's buyout): the share of paths whose equity payback the cut cannot
 * decide, those with no default by then (a default moves that day to its own: kernel/books.ts).
 * Absent otherwise.
 */
function equityUndecidedAtCut(input: SummaryInput): Pick<RunSummary['headline'], 'equityUndecidedAtCut'> {
  const from = input.equityPaybackFromDay;
  const days = input.payback.length - 1;
  if (input.scenario.cutAt === undefined || from === undefined || from < days) return {};
  const o = input.outcomes;
  const n = o.equityPaybackDay.length;
  const undecided = new Uint8Array(n);
  for (let k = 0; k < n; k++)
    undecided[k] = Number.isNaN(o.equityPaybackDay[k]) && o.defaulted[k] !== 1 ? 1 : 0;
  return {
    equityUndecidedAtCut: {
      ...proportion(undecided, input.antithetic),
      fromDay: from,
      fromDate: addDays(input.scenario.start, from),
    },
  };
}

/**
 * The payback histogram in bins of PAYBACK_BIN_DAYS and its CDF at each bin's end, each share with
 * its standard error as proportion() gives a P(...) (pairs and all): over the paths' own payback
 * days, which the histogram counts. One path has no error to state: `se` is left out.
 */
function paybackHistogram(
  perDay: Uint32Array,
  paybackDay: Float64Array,
  antithetic: boolean,
): RunSummary['payback'] {
  const n = paybackDay.length;
  const days = perDay.length - 1;
  const counts: number[] = [];
  const cdf: { day: number; p: number; se?: number }[] = [];
  let cumulative = 0;
  for (let from = 0; from < days; from += PAYBACK_BIN_DAYS) {
    const to = Math.min(days, from + PAYBACK_BIN_DAYS);
    let count = 0;
    for (let d = from; d < to; d++) count += perDay[d];
    counts.push(count);
    cumulative += count;
    cdf.push({ day: to - 1, p: n > 0 ? cumulative / n : 0 });
  }
  if (n > 1) {
    const ses = cumulativeShareSes(
      paybackDay,
      cdf.map((c) => c.day),
      antithetic,
    );
    cdf.forEach((c, i) => {
      c.se = ses[i];
    });
  }
  return { binDays: PAYBACK_BIN_DAYS, counts, never: perDay[days], cdf };
}

function timeline(
  input: SummaryInput,
  scratch: Float64Array,
): { timeline: RunSummary['timeline']; intervals: TimelineIntervals | null } {
  const h = input.histograms;
  const c = h.checkpoints;
  const values = new Float64Array(QUANTILES.length);
  // One path (a back-test's, or a run's) has no spread and no interval to state.
  const withIntervals = input.kind === 'monte-carlo' && input.run.paths > 1;
  const intervals: TimelineIntervals = {};
  const bands = (name: string, lastWeek?: QuantileIntervals): Bands => {
    const s = input.series.indexOf(name);
    const out = {} as Bands;
    for (const key of QUANTILE_KEYS) out[key] = new Array<number>(c);
    for (let j = 0; j < c; j++) {
      const filled = histogramQuantiles(h, s * c + j, QUANTILES, values);
      QUANTILE_KEYS.forEach((key, i) => {
        out[key][j] = filled ? values[i] : Number.NaN;
      });
    }
    if (withIntervals) intervals[name] = bandIntervals(h, s, input.antithetic, input.run.paths, lastWeek);
    return out;
  };
  // The last checkpoint is the horizon (or the cut): its net position is every path's own, whose
  // quantiles the headline gives, so the timeline ends on them rather than on a histogram's read of
  // them (a bin or more away: the loan scenario's 5 % at 400 paths, 408,930 against 478,739 USD).
  // So does the equity's, on each path's own equity position at the horizon (the loan scenario at
  // 400 paths: its 25 % read 21,783 USD from the histogram, between the defaults and the paths
  // paid back, against -461,498 USD of the paths' own). Their intervals are the paths' own too.
  const onPaths = (name: string, atHorizon: Float64Array): Bands => {
    if (c === 0) return bands(name);
    const d = distribution(atHorizon, undefined, input.antithetic, scratch);
    const noIntervals = Object.fromEntries(QUANTILE_KEYS.map((key) => [key, null])) as QuantileIntervals;
    const series = bands(name, d.intervals ?? noIntervals);
    for (const key of QUANTILE_KEYS) series[key][c - 1] = d.quantiles[key] ?? Number.NaN;
    return series;
  };
  const netUsd = onPaths('netUsd', input.outcomes.netAtHorizonUsd);
  const result: RunSummary['timeline'] = {
    dates: input.dates,
    netUsd,
    revenueUsdPerDay: bands('revenueUsdPerDay'),
    powerCostUsdPerDay: bands('powerCostUsdPerDay'),
    hashpriceUsd: bands('hashpriceUsd'),
    priceUsd: bands('priceUsd'),
    difficulty: bands('difficulty'),
    shutdownShare: bands('shutdownShare'),
    ...(input.books === true
      ? { equityNetUsd: onPaths('equityNetUsd', input.outcomes.equityNetAtHorizonUsd) }
      : {}),
  };
  if (!withIntervals) return { timeline: result, intervals: null };
  const widest: NonNullable<RunSummary['timeline']['widestIntervals']> = {};
  for (const [name, series] of Object.entries(intervals)) {
    const w = widestInterval(input.dates, result[name as keyof typeof widest] as Bands, series);
    if (w !== null) widest[name as keyof typeof widest] = w;
  }
  return {
    timeline: Object.keys(widest).length > 0 ? { ...result, widestIntervals: widest } : result,
    intervals,
  };
}
