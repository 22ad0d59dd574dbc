// Assembles a RunSummary from merged accumulators: every number in summary.json is computed
// here, in path-index order, so it is the same whatever split of the paths produced the inputs.
// Its parts: the books' measures (books-headline.ts), the payback histogram (payback-histogram.ts),
// the weekly bands (summary-timeline.ts), the daily view beside the paths (daily-view-compare.ts).

import type { Claim } from '../scenario/claims.js';
import { DAYS_PER_YEAR } from '../scenario/units.js';
import { booksHeadline, equityUndecidedAtCut } from './books-headline.js';
import { evaluateClaim } from './claims.js';
import { compareDailyView } from './daily-view-compare.js';
import { irrDistribution } from './irr-distribution.js';
import { paybackHistogram } from './payback-histogram.js';
import { distribution } from './quantiles.js';
import { proportion } from './shares.js';
import { purchaseAfterCut, undecidedAtCutField } from './staged-cut.js';
import { type RunSummary, SUMMARY_VERSION } from './summary.js';
import { checkSummary } from './summary-check.js';
import type { SummaryInput } from './summary-input.js';
import { summaryTimeline } from './summary-timeline.js';
import type { TimelineIntervals } from './timeline-intervals.js';

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
  const weekly = summaryTimeline(input, scratch);
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
