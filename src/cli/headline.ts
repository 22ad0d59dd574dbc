// The short table of headline numbers that `minesim run` and `minesim backtest` print.

import { backtestMessages as bm } from '../messages/backtest.js';
import { breakEvenMessages } from '../messages/break-even.js';
import { fleetNetworkMessages } from '../messages/fleet-network.js';
import { overrideMessages } from '../messages/overrides.js';
import { paybackMessages } from '../messages/payback.js';
import { shownText } from '../messages/shown.js';
import { coinProtocol } from '../model/coins/index.js';
import { waterfallRows } from '../report/backtest-table.js';
import { booksAtCutLines } from '../report/books-at-cut.js';
import { claimShareAndInterval, ruleDate } from '../report/claim-figures.js';
import {
  boundMark,
  breakEvenMissing,
  claimCoverage,
  coverage,
  heldOnHistory,
  irrFormat,
  irrWords,
  undecidedAtCut,
  valueOrNone,
  withCoverage,
} from '../report/coverage.js';
import { dailyViewComparison } from '../report/daily-view-comparison.js';
import { dailyViewConditions, dailyViewRows } from '../report/daily-view-table.js';
import { identicalPaths, outcomesOf } from '../report/distribution-table.js';
import { financeHeadlineRows } from '../report/finance-headline.js';
import {
  formatCoinPrice,
  formatDayAsDate,
  formatEstimate,
  formatInteger,
  formatMedianInterval,
  formatPaths,
  formatPercent,
  formatQuantileInterval,
  formatQuantity,
  formatRoi,
  formatUsd,
  NONE,
} from '../report/format.js';
import { actualPaidBackOn, breakEvenIsAllInRate } from '../report/headline-definitions.js';
import { networkAtFleetLine } from '../report/run-table.js';
import {
  lastPurchaseAfterCut,
  noPaybackShare,
  paybackUndecidedAtCut,
  stagedFleetLastPurchase,
  undecidedIntervalEnd,
  withinShare,
} from '../report/staged-fleet.js';
import { textTableLines } from '../report/table-render.js';
import { hedgedProductionNotes } from '../scenario/hedged-production.js';
import type { Distribution, RunSummary } from '../stats/summary.js';

/** The one-outcome line's tariff and price: one "none (why)" when both are none for the same reason. */
const breakEvenPair = (tariff: string, price: string) => (tariff === price ? tariff : `${tariff} / ${price}`);

/** A median's 95 % interval on a row of its own, as the payback's and the NPV's; none where it has no median. */
const intervalRow = (label: string, interval: string | null): [string, string][] =>
  interval === null ? [] : [[label, interval]];

/** The 10 % and 90 % quantiles' 95 % intervals, as the p10 / p50 / p90 rows print them. */
const tailIntervals = (d: Distribution, format: (v: number) => string, cutAt?: string, notReached?: string) =>
  (['p10', 'p90'] as const)
    .map((key) => formatQuantileInterval(d, key, format, cutAt, notReached))
    .join(' / ');

const formatDays = (days: number | null) => (days === null ? NONE : `${formatInteger(days)} d`);

export function headlineTable(s: RunSummary): string {
  const h = s.headline;
  const start = s.scenario.start;
  const payback = h.paybackDays.quantiles;
  const coin = coinProtocol(s.scenario.coin).ticker;
  // A run or back-test cut where the history ends stops there, before the horizon.
  const cutAt = s.scenario.cutAt;
  // A run whose paths are all the same has one outcome: shown as the back-test's, without odds.
  const one = s.kind === 'backtest' || identicalPaths(s);
  const rows: [string, string][] = one
    ? [
        [
          s.kind === 'backtest'
            ? 'payback (actual history)'
            : s.run.paths === 1
              ? 'payback (one path)'
              : 'payback (every path the same)',
          payback.p50 === null
            ? cutAt === undefined
              ? bm.noPaybackWithinHorizon()
              : (paybackUndecidedAtCut(s) ?? bm.noPaybackByCut(cutAt))
            : h.nothingAtStake !== undefined
              ? paybackMessages.nothingAtStakeOne(formatDayAsDate(start, 0))
              : `day ${formatInteger(payback.p50)} (${formatDayAsDate(start, payback.p50)})`,
        ],
        [
          cutAt === undefined ? 'net position at horizon' : bm.netAtCut(cutAt),
          formatUsd(h.netAtHorizonUsd.quantiles.p50),
        ],
        [
          'ROI (with salvage)',
          // Without capex neither ROI exists: said once, not as "none (no capex) (—)".
          h.roiAtHorizon.quantiles.p50 === null
            ? valueOrNone(null, formatRoi, 'roi')
            : `${formatRoi(h.roiAtHorizon.quantiles.p50)} (${valueOrNone(h.roiWithSalvage.quantiles.p50, formatRoi, 'roi')})`,
        ],
        [
          'NPV / IRR (with salvage)',
          `${formatUsd(h.npvUsd.quantiles.p50)} / ${valueOrNone(h.irr.quantiles.p50, (v) => `${boundMark(h.irr, 'p50')}${irrFormat(formatPercent)(v)}${irrWords(v)}`, 'irr')}`,
        ],
        ...waterfallRows(s).map(([, value]): [string, string] => [bm.waterfallLabel, value]),
        ['coins mined', formatQuantity(h.coinsMined.quantiles.p50, coin)],
        [
          'all-in cost per coin, net of salvage',
          valueOrNone(h.costPerCoinUsd.quantiles.p50, formatUsd, 'perCoin'),
        ],
        [
          breakEvenMessages.headlineOne(breakEvenIsAllInRate(s)),
          breakEvenPair(
            valueOrNone(
              h.breakEvenTariffUsdPerKwh.quantiles.p50,
              (v) => formatQuantity(v, 'USD/kWh'),
              breakEvenMissing(h, 'tariff'),
            ),
            valueOrNone(
              h.breakEvenPriceUsd.quantiles.p50,
              (v) => `${formatCoinPrice(v)} USD`,
              breakEvenMissing(h, 'price'),
            ),
          ),
        ],
      ]
    : [
        ['P(payback <= 1 year)', withinShare(s, h.paybackWithin1y, s.run.paths, s.run.antithetic)],
        ['P(payback <= 2 years)', withinShare(s, h.paybackWithin2y, s.run.paths, s.run.antithetic)],
        [
          cutAt === undefined ? 'P(no payback in horizon)' : bm.noPaybackByCutShort(cutAt),
          noPaybackShare(
            s,
            h.noPayback,
            formatEstimate(h.noPayback, [], undefined, s.run.paths, s.run.antithetic),
          ),
        ],
        ...(h.nothingAtStake === undefined
          ? []
          : [
              [
                paybackMessages.nothingAtStakeShort,
                formatEstimate(h.nothingAtStake, [], undefined, s.run.paths, s.run.antithetic),
              ] as [string, string],
            ]),
        [
          cutAt === undefined ? 'P(net < 0 at horizon)' : bm.netBelowZeroAtCutShort(cutAt),
          formatEstimate(h.netBelowZeroAtHorizon, [], undefined, s.run.paths, s.run.antithetic),
        ],
        [
          'payback p10 / p50 / p90',
          // Day 0 is no payback but paths with nothing at stake; the intervals' ends stay days.
          [payback.p10, payback.p50, payback.p90]
            .map((d) => (d === 0 ? paybackMessages.nothingAtStakeMedian : formatDays(d)))
            .join(' / '),
        ],
        [
          paybackMessages.paybackIntervalLabel,
          formatQuantileInterval(h.paybackDays, 'p50', formatDays, cutAt, undecidedIntervalEnd(s)),
        ],
        [
          paybackMessages.paybackTailIntervalLabel,
          tailIntervals(h.paybackDays, formatDays, cutAt, undecidedIntervalEnd(s)),
        ],
        [
          'NPV p10 / p50 / p90 (with salvage)',
          [h.npvUsd.quantiles.p10, h.npvUsd.quantiles.p50, h.npvUsd.quantiles.p90].map(formatUsd).join(' / '),
        ],
        [paybackMessages.npvIntervalLabel, formatQuantileInterval(h.npvUsd, 'p50', formatUsd)],
        [paybackMessages.npvTailIntervalLabel, tailIntervals(h.npvUsd, formatUsd)],
        [
          'ROI at horizon p50 (no salvage)',
          withCoverage(formatRoi(h.roiAtHorizon.quantiles.p50), coverage(h.roiAtHorizon, s.run.paths, 'roi')),
        ],
        ...intervalRow(paybackMessages.roiIntervalLabel, formatMedianInterval(h.roiAtHorizon, formatRoi)),
        [
          breakEvenMessages.headlineMany(breakEvenIsAllInRate(s)),
          withCoverage(
            formatQuantity(h.breakEvenTariffUsdPerKwh.quantiles.p50, 'USD/kWh'),
            coverage(h.breakEvenTariffUsdPerKwh, null, breakEvenMissing(h, 'tariff')),
          ),
        ],
        ...intervalRow(
          breakEvenMessages.headlineInterval(breakEvenIsAllInRate(s)),
          formatMedianInterval(h.breakEvenTariffUsdPerKwh, (v) => formatQuantity(v, 'USD/kWh')),
        ),
      ];
  // A fleet bought in stages pays back on or after its last purchase, as the report's tables say.
  // Its last purchase after the cut: no payback can be decided, whatever the net position at the cut.
  const staged = stagedFleetLastPurchase(s);
  if (staged !== null)
    rows.push([
      paybackMessages.stagedFleetLabel,
      cutAt !== undefined && lastPurchaseAfterCut(s) !== null
        ? paybackMessages.stagedFleetAfterCutShort(
            formatInteger(staged),
            formatDayAsDate(start, staged),
            cutAt,
          )
        : paybackMessages.stagedFleetShort(formatInteger(staged), formatDayAsDate(start, staged)),
    ]);
  if (s.actual && s.kind !== 'backtest')
    // Not paid back: in the report's words (not within the horizon, not by the cut, or not within a
    // history that ends before the horizon).
    rows.push(['actual payback (history)', s.actual.paybackDate ?? actualPaidBackOn(s, s.actual)]);
  rows.push(...financeHeadlineRows(s, one));
  const atFleet = networkAtFleetLine(s);
  if (atFleet !== null) rows.push([fleetNetworkMessages.networkAtFleetLabel.toLowerCase(), atFleet]);
  for (const c of s.claims)
    rows.push([
      `claim: ${c.text}${claimCoverage(c, s.run.paths)}`,
      s.kind === 'backtest'
        ? `${heldOnHistory(c)} on the actual history`
        : one
          ? // "does not hold on every path" read as "holds on some": it holds on all of them or on none.
            // Undecided by a contract open at the cut: its coverage says why, and no "holds on no path".
            undecidedAtCut(c)
            ? c.verdict
            : `${c.verdict} (${c.paths === 0 ? 'no path has a value to judge' : s.run.paths === 1 ? (c.share === 1 ? 'holds on the one path' : 'does not hold on the one path') : c.share === 1 ? 'holds on every path' : 'holds on no path'})`
          : `${c.verdict} (${claimShareAndInterval(c, ruleDate(s))})`,
    ]);
  const view = s.dailyView;
  const held = view
    ? [
        `At ${dailyViewConditions(view, coin)} (the calculator's answer):`,
        ...textTableLines(dailyViewRows(view, coin), (i) => (i === 0 ? 'left' : 'right')),
        `  ${dailyViewComparison(view, start, s.kind === 'backtest', coin, s.scenario.cutAt, outcomesOf(s), { payback: h.paybackDays, paths: s.run.paths, antithetic: s.run.antithetic === true })}`,
        s.kind === 'backtest' ? 'On the actual history:' : 'The Monte Carlo answer:',
      ]
    : [];
  const title = `${shownText(s.scenario.name)}: ${s.kind === 'backtest' ? 'back-test' : `${formatPaths(s.run.paths)}, seed ${s.run.seed}`}${s.scenario.overrides ? overrideMessages.changedTitle(s.scenario.overrides) : ''}${s.scenario.cutAt ? ` (cut at ${s.scenario.cutAt}, the end of the history)` : ''}`;
  return [
    title,
    ...held,
    ...textTableLines(rows, () => 'left'),
    ...booksAtCutLines(s),
    ...hedgedProductionNotes(s),
  ].join('\n');
}
