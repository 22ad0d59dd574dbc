// A back-test as a RunSummary of one path, so it is written and charted like any run.
import { addDays } from '../../data/dates.js';
import { loadHistory } from '../../data/history.js';
import { backtestMessages } from '../../messages/backtest.js';
import { coversCoins, hasCovenant } from '../../model/finance/books-plan.js';
import { summaryScenario } from '../../scenario/describe.js';
import { withHedgedProduction } from '../../scenario/hedged-production.js';
import type { Scenario } from '../../scenario/normalize.js';
import { paybackSeenDays } from '../../scenario/payback-horizon.js';
import { claimsAtCut } from '../../stats/claims-at-cut.js';
import { addValue, createHistogramSet } from '../../stats/histogram.js';
import { OUTCOME, outcomeColumns } from '../../stats/outcomes.js';
import { pilotRange } from '../../stats/pilot-range.js';
import { undecidedAtCutField } from '../../stats/staged-cut.js';
import { summarize } from '../../stats/summarize.js';
import type { ChartEvent, RunSummary } from '../../stats/summary.js';
import { checkSummary } from '../../stats/summary-check.js';
import { paybackFromDay } from '../compile/plan.js';
import { resaleBaseNotes } from '../compile/resale-base.js';
import { breakEvenTurns } from '../kernel/breakeven.js';
import { SERIES, SERIES_COUNT } from '../kernel/checkpoints.js';
import { METRIC, metricOutcomes } from '../kernel/metrics.js';
import type { Backtest } from './backtest.js';
import { backtestHalvingLines } from './backtest-halvings.js';

/**
 * With `finance`, where the back-test stops before the horizon and what of its books runs past
 * that day; nothing without books (the scenario's cutAt says where a back-test stops).
 */
function cutFacts(b: Backtest): Pick<NonNullable<RunSummary['actual']>, 'cutAt' | 'booksAtCut'> {
  if (b.plan.books === null) return {};
  return {
    ...(b.cutAt !== undefined ? { cutAt: b.cutAt } : {}),
    ...(b.booksAtCut.length > 0 ? { booksAtCut: b.booksAtCut } : {}),
  };
}

/**
 * The first day the equity's payback can fall on (compile/plan.ts paybackFromDay: its last purchase
 * or lease buyout, or its default if earlier, as kernel/books.ts moves it), where a back-test cut at
 * the end of the history stops before it: its payback is not decidable. Absent otherwise.
 */
function equityUndecided(
  s: Scenario,
  b: Backtest,
  m: Float64Array,
): Pick<NonNullable<NonNullable<RunSummary['actual']>['equity']>, 'paybackUndecidedAtCut'> {
  const books = b.plan.books;
  if (b.cutAt === undefined || books === null) return {};
  const defaultDay = m[METRIC.defaultDay];
  const planned = paybackFromDay(b.plan, books.leases);
  const from = Number.isNaN(defaultDay) ? planned : Math.min(planned, defaultDay);
  if (from < b.plan.days) return {};
  return { paybackUndecidedAtCut: { cutAt: b.cutAt, fromDay: from, fromDate: addDays(s.start, from) } };
}

/** A revenue share's waterfall on the history: the split before and after, and the day it changed. */
function waterfallOnHistory(s: Scenario, b: Backtest): Pick<NonNullable<RunSummary['actual']>, 'waterfall'> {
  const c = b.plan.contract;
  if (!(c.recoverUsd > 0 && c.siteShareAfter !== c.siteShare)) return {};
  const day = b.metrics[METRIC.waterfallRecoveredDay];
  return {
    waterfall: {
      siteShare: c.siteShare,
      siteShareAfter: c.siteShareAfter,
      recoverUsd: c.recoverUsd,
      recoveredDate: Number.isNaN(day) ? null : addDays(s.start, day),
      flipDate: Number.isNaN(day) || day + 1 >= b.plan.days ? null : addDays(s.start, day + 1),
    },
  };
}

/** The equity on the actual history (a back-test's book metrics). */
export function actualEquity(
  s: Scenario,
  m: Float64Array,
  b?: Backtest,
): NonNullable<NonNullable<RunSummary['actual']>['equity']> {
  const date = (day: number) => (Number.isNaN(day) ? null : addDays(s.start, day));
  const number = (v: number) => (Number.isFinite(v) ? v : null);
  return {
    paybackDate: date(m[METRIC.equityPaybackDay]),
    ...(b === undefined ? {} : equityUndecided(s, b, m)),
    npvUsd: number(m[METRIC.equityNpvUsd]),
    irr: number(m[METRIC.equityIrr]),
    marginCall: m[METRIC.marginCall] === 1,
    ...(s.finance?.loans.some((loan) => loan.marginCall !== undefined)
      ? {
          firstMarginCallDate: date(m[METRIC.firstMarginCallDay]),
          marginCallsMet: m[METRIC.marginCallsMet],
          marginCallsUsd: m[METRIC.marginCallsUsd],
        }
      : {}),
    defaultDate: date(m[METRIC.defaultDay]),
    ...(s.finance?.tax === undefined
      ? {}
      : {
          taxPaidUsd: m[METRIC.taxPaidUsd],
          lossCarriedUsd: m[METRIC.lossCarriedUsd],
          ...(b === undefined
            ? {}
            : {
                taxYears: b.taxYears.map((y) => ({
                  end: addDays(s.start, y.endDay),
                  taxUsd: y.taxUsd,
                  lossCarriedUsd: y.lossCarriedUsd,
                  ...(y.default === undefined ? {} : { default: y.default }),
                })),
              }),
        }),
    ...((s.finance?.hedges.length ?? 0) > 0 ? { hedgeNetUsd: m[METRIC.hedgeNetUsd] } : {}),
  };
}

export function backtestSummary(s: Scenario, b: Backtest, events: ChartEvent[] = []): RunSummary {
  const days = b.plan.days;
  const checkpoints = b.checkpoints;
  const c = checkpoints.length;
  const t = b.trace;
  const values = b.checkpointValues;
  const lo = new Float64Array(values.length);
  const hi = new Float64Array(values.length);
  for (let slot = 0; slot < values.length; slot++)
    [lo[slot], hi[slot]] = pilotRange(values[slot], values[slot]);
  // One path: every slot holds one value, binned by value (its quantiles are that value).
  const histograms = createHistogramSet(SERIES_COUNT, c, lo, hi, new Uint8Array(values.length));
  for (let slot = 0; slot < values.length; slot++) addValue(histograms, slot, values[slot]);
  const m = b.metrics;
  const path = metricOutcomes(m);
  path[OUTCOME.breakEvenTariffUsdPerKwh] = b.breakEvenTariffUsdPerKwh;
  path[OUTCOME.breakEvenPriceUsd] = b.breakEvenPriceUsd;
  const outcomes = outcomeColumns(path, 1, { searched: 1, booked: 1 });
  const payback = new Uint32Array(days + 1);
  const paybackDay = m[METRIC.paybackDay];
  payback[Number.isNaN(paybackDay) ? days : paybackDay]++;
  const dates = Array.from(checkpoints, (d) => addDays(s.start, d));
  const net = Array.from(checkpoints, (d) => b.netPositionUsd[d]);
  const price = Array.from(checkpoints, (d) => t.priceUsd[d]);
  const difficulty = Array.from(checkpoints, (d) => t.difficulty[d]);
  const summary = summarize({
    kind: 'backtest',
    scenario: summaryScenario(
      s,
      days,
      [
        {
          label: 'Market',
          value: backtestMessages.replayedMarket(
            b.replayed.shipped,
            b.replayed.imported,
            b.replayed.shippedTo,
          ),
        },
        ...backtestHalvingLines(s, b, loadHistory(s.coin)),
      ],
      null,
      resaleBaseNotes(s, b.plan),
    ),
    run: { paths: 1, seed: 0, antithetic: false },
    antithetic: false,
    claims: s.claims,
    outcomes,
    payback,
    dates,
    series: SERIES,
    histograms,
    events,
    samples: [{ index: 0, net, price, difficulty }],
    dailyView: b.dailyView,
    breakEvenTurns: breakEvenTurns(b.plan),
    books: b.plan.books !== null,
    covenant: hasCovenant(b.plan.books),
    hedges: (b.plan.books?.hedges.length ?? 0) > 0,
    coinHedges: b.plan.books?.hedges.some(coversCoins) === true,
    taxed: (b.plan.books?.tax ?? null) !== null,
    paybackSeenDays: paybackSeenDays(s, days),
    equityPaybackSeenDays: paybackSeenDays(s, days, true),
    ...(b.plan.books === null ? {} : { equityPaybackFromDay: paybackFromDay(b.plan, b.plan.books.leases) }),
    actual: {
      dates,
      netUsd: net,
      priceUsd: price,
      difficulty,
      paybackDay: Number.isNaN(paybackDay) ? null : paybackDay,
      paybackDate: b.paybackDate,
      ...undecidedAtCutField(s.start, b.cutAt, b.dailyView?.cohorts),
      ...waterfallOnHistory(s, b),
      ...(s.power.curtailment === undefined
        ? {}
        : { curtailmentCreditsUsd: m[METRIC.curtailmentCreditsUsd] }),
      ...(b.plan.books !== null ? { equity: actualEquity(s, m, b) } : {}),
      ...cutFacts(b),
    },
  });
  if (b.booksAtCut.length === 0)
    return withHedgedProduction(s, summary, {
      coins: b.trace.coinsMined,
      priceUsd: b.trace.priceUsd,
      revenueUsd: b.trace.revenueUsd,
      hashpriceUsd: b.trace.hashpriceUsd,
    });
  const open = { items: b.booksAtCut, covenants: b.covenantsAtCut, marginCall: m[METRIC.marginCall] === 1 };
  return withHedgedProduction(
    s,
    checkSummary({ ...summary, claims: claimsAtCut(summary.claims, s.claims, open) }),
  );
}

/** The back-test sampled at the run's checkpoints, for drawing over the fan. */
export function actualSeries(
  s: Scenario,
  b: Backtest,
  checkpoints: Int32Array,
): NonNullable<RunSummary['actual']> {
  const within = Array.from(checkpoints).filter((d) => d < b.plan.days);
  const payback = b.metrics[METRIC.paybackDay];
  return {
    dates: within.map((d) => addDays(s.start, d)),
    netUsd: within.map((d) => b.netPositionUsd[d]),
    priceUsd: within.map((d) => b.trace.priceUsd[d]),
    difficulty: within.map((d) => b.trace.difficulty[d]),
    paybackDay: Number.isNaN(payback) ? null : payback,
    paybackDate: b.paybackDate,
    // A back-test stopped at the history's end before the last purchase cannot decide a payback.
    ...undecidedAtCutField(s.start, b.cutAt, b.dailyView?.cohorts),
    ...(b.plan.books !== null ? { equity: actualEquity(s, b.metrics, b) } : {}),
    ...cutFacts(b),
  };
}
