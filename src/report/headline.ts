// The analyst's tables of a run, as plain rows of formatted text: summary.md and report.html both
// render these, so the two always state the same numbers in the same words. The run and
// assumptions tables beside them are in run-table.ts.
//
// The tables' shared wording is in headline-definitions.ts, the back-test's table in
// backtest-table.ts, the Claims tables in claims-tables.ts.

import { backtestMessages } from '../messages/backtest.js';
import { breakEvenMessages } from '../messages/break-even.js';
import { paybackMessages } from '../messages/payback.js';
import { coinProtocol } from '../model/coins/index.js';
import { DAYS_PER_RATE_YEAR } from '../scenario/units.js';
import { QUANTILE_KEYS, type QuantileKey, type RunSummary } from '../stats/summary.js';
import { backtestTable } from './backtest-table.js';
import { booksAtCutTable } from './books-at-cut.js';
import { claimsTable, observedClaimsTable, oneOutcomeClaimsTable } from './claims-tables.js';
import { breakEvenMissing, irrFormat } from './coverage.js';
import { dailyViewTable } from './daily-view-table.js';
import {
  distributionTable,
  identicalPaths,
  type MeasureRow,
  outcomesOf,
  QUANTILE_HEADER,
} from './distribution-table.js';
import { financeTable } from './finance-table.js';
import {
  formatCoinPrice,
  formatDayAsDate,
  formatEstimate,
  formatInteger,
  formatPaths,
  formatQuantileInterval,
  formatSignificant,
  NONE,
  roiPercent,
} from './format.js';
import {
  actualPaidBackOn,
  breakEvenIsAllInRate,
  oneOutcome,
  paidBackOn,
  paybackDefinition,
  powerCostLabel,
  SALVAGE_NOTE,
} from './headline-definitions.js';
import type { ReportTable } from './report-table.js';
import { noPaybackShare, paybackUndecidedAtCut, undecidedIntervalEnd, withinShare } from './staged-fleet.js';

/**
 * Which payback days count within 1 and 2 years (stats/summarize.ts, and a claim on a payback time
 * alike): a year is 365.25 days, the payback day is whole and day 0 is the start.
 */
const WITHIN_YEARS =
  'P(payback ≤ 1 year) counts the paths paid back by day 365, ≤ 2 years by day 730 (a year is 365.25 days; day 0 is the start).';

const percent = (ratio: number | null) => formatSignificant(ratio === null ? null : ratio * 100, 3);

function paybackTable(summary: RunSummary, identical: boolean): ReportTable {
  const { headline, actual } = summary;
  const { cutAt } = summary.scenario;
  const { paths, antithetic } = summary.run;
  const rows = identical
    ? [
        [
          'Paid back on',
          paidBackOn(
            summary.scenario.start,
            headline.paybackDays.quantiles.p50,
            summary.scenario.cutAt,
            paybackUndecidedAtCut(summary),
          ),
        ],
        ['Net position below zero at the horizon', headline.netBelowZeroAtHorizon.p === 1 ? 'yes' : 'no'],
      ]
    : [
        ['P(payback ≤ 1 year)', withinShare(summary, headline.paybackWithin1y, paths, antithetic)],
        ['P(payback ≤ 2 years)', withinShare(summary, headline.paybackWithin2y, paths, antithetic)],
        [
          cutAt === undefined
            ? 'P(no payback within the horizon)'
            : backtestMessages.noPaybackByCutQuestion(cutAt),
          noPaybackShare(
            summary,
            headline.noPayback,
            formatEstimate(headline.noPayback, [], undefined, paths, antithetic),
          ),
        ],
        ...(headline.nothingAtStake === undefined
          ? []
          : [
              [
                paybackMessages.nothingAtStakeQuestion,
                formatEstimate(headline.nothingAtStake, [], undefined, paths, antithetic),
              ],
            ]),
        [
          cutAt === undefined
            ? 'P(net position below zero at the horizon)'
            : backtestMessages.netBelowZeroAtCutQuestion(cutAt),
          formatEstimate(headline.netBelowZeroAtHorizon, [], undefined, paths, antithetic),
        ],
      ];
  if (actual) rows.push(['Back-test (actual history): paid back on', actualPaidBackOn(summary, actual)]);
  const over = identical
    ? `${oneOutcome(summary)}, so it has one outcome and no probabilities.`
    : `Probabilities over ${formatPaths(summary.run.paths)}, ± one Monte Carlo standard error. ${WITHIN_YEARS}`;
  return {
    title: 'Payback',
    note: `${over} ${paybackDefinition(summary)}`,
    header: ['Question', 'Answer'],
    // The answers are figures (a share and its error, a date): right, as every column of figures.
    align: ['left', 'right'],
    rows,
  };
}

function paybackTimeTable(summary: RunSummary): ReportTable {
  const { start } = summary.scenario;
  const d = summary.headline.paybackDays;
  // Day 0 is no payback but paths whose net position never fell below zero (nothing at stake).
  const row = (label: string, days: number | null, interval: string) =>
    days === 0
      ? [label, paybackMessages.nothingAtStakeMedian, formatDayAsDate(start, 0), NONE, interval]
      : days === null
        ? [
            label,
            paidBackOn(start, null, summary.scenario.cutAt, paybackUndecidedAtCut(summary)),
            NONE,
            NONE,
            interval,
          ]
        : [
            label,
            formatInteger(days),
            formatDayAsDate(start, days),
            (days / DAYS_PER_RATE_YEAR).toFixed(2),
            interval,
          ];
  // A quantile's Monte Carlo error, its ends in days ("205 to 236"; past the horizon where the path
  // at that rank never paid back).
  const interval = (key: QuantileKey) =>
    formatQuantileInterval(d, key, formatInteger, summary.scenario.cutAt, undecidedIntervalEnd(summary));
  return {
    title: 'Payback time',
    note: `The q % row is the time by which q % of the paths have paid back, counted from ${start}. ${paybackMessages.intervalNote}`,
    header: ['Share of paths paid back', 'Days', 'Date', 'Years', paybackMessages.intervalColumn],
    align: ['left', 'right', 'left', 'right', 'right'],
    rows: [
      ...QUANTILE_KEYS.map((key, i) => row(QUANTILE_HEADER[i], d.quantiles[key], interval(key))),
      row('mean', d.mean, ''),
    ],
  };
}

/** The return measures, labelled with what they count (resale or not). */
function returnRows(summary: RunSummary): MeasureRow[] {
  const h = summary.headline;
  const coin = coinProtocol(summary.scenario.coin).ticker;
  return [
    { label: 'Net position, no salvage (USD)', d: h.netAtHorizonUsd, format: formatInteger },
    { label: 'NPV, with salvage (USD)', d: h.npvUsd, format: formatInteger },
    { label: 'IRR, with salvage (% a year)', d: h.irr, format: irrFormat(percent), missing: 'irr' },
    { label: 'ROI, no salvage (%)', d: h.roiAtHorizon, format: roiPercent, missing: 'roi' },
    { label: 'ROI with salvage (%)', d: h.roiWithSalvage, format: roiPercent, missing: 'roi' },
    { label: `Coins mined (${coin})`, d: h.coinsMined, format: formatSignificant },
    {
      label: `All-in cost per coin, net of salvage (USD/${coin})`,
      d: h.costPerCoinUsd,
      format: formatInteger,
      missing: 'perCoin',
    },
    {
      label: powerCostLabel(summary),
      d: h.powerCostNetUsd,
      format: formatInteger,
    },
  ];
}

function returnsTable(summary: RunSummary, identical: boolean): ReportTable {
  const over = identical
    ? `The run's one outcome at ${summary.scenario.end}.`
    : // Each measure is ranked over the paths on its own: the path at the median NPV need not be the
      // one at the median IRR.
      `Quantiles over the paths at ${summary.scenario.end}, each row’s own quantile over the paths: the 50 % column is each measure’s median, not one path’s values.`;
  // Each median with its 95 % interval in the last column, as the financing table gives the books'.
  return distributionTable(
    'Returns at the horizon',
    `${over} ${SALVAGE_NOTE}`,
    returnRows(summary),
    identical,
    summary.run.paths,
    { note: paybackMessages.columnIntervalNote },
  );
}

function breakEvenTable(summary: RunSummary, identical: boolean): ReportTable {
  const h = summary.headline;
  const coin = coinProtocol(summary.scenario.coin).ticker;
  const allIn = breakEvenIsAllInRate(summary);
  return distributionTable(
    'Break-evens',
    // Where neither is searched, the note's reason (coverage.ts MISSING_WHY) says why instead.
    h.breakEvenTurns !== undefined && h.breakEvenTurns !== 'shutdown-held'
      ? breakEvenMessages.tableWhat(allIn)
      : `${breakEvenMessages.tableWhat(allIn)} Each is searched on the first paths of the run (200 unless fewer ` +
          'were run), each on its own failures (the machines it lost, on the days it lost them); the break-even coin ' +
          'price holds the price constant, so it is the same on every path when the network, fees and failures are.',
    [
      {
        label: breakEvenMessages.tableRow(allIn),
        d: h.breakEvenTariffUsdPerKwh,
        // 4 significant digits, as the terminal and the explorer print it (formatQuantity): 0.1544.
        format: (v) => formatSignificant(v, 4),
        missing: breakEvenMissing(h, 'tariff'),
      },
      {
        label: `Coin price (USD/${coin})`,
        d: h.breakEvenPriceUsd,
        format: formatCoinPrice,
        missing: breakEvenMissing(h, 'price'),
      },
    ],
    identical,
    null,
    { note: paybackMessages.columnIntervalNote },
  );
}

/** The headline tables, in report order. */
export function headlineTables(summary: RunSummary): ReportTable[] {
  const view = summary.dailyView;
  const first = view
    ? [
        dailyViewTable(
          view,
          coinProtocol(summary.scenario.coin).ticker,
          summary.scenario.start,
          summary.kind === 'backtest',
          summary.scenario.cutAt,
          outcomesOf(summary),
          {
            payback: summary.headline.paybackDays,
            paths: summary.run.paths,
            antithetic: summary.run.antithetic === true,
          },
        ),
      ]
    : [];
  if (summary.kind === 'backtest') {
    const tables = [
      ...first,
      backtestTable(summary),
      ...financeTable(summary, true),
      ...booksAtCutTable(summary),
    ];
    if (summary.claims.length > 0) tables.push(observedClaimsTable(summary));
    return tables;
  }
  // A run of identical paths has one payback day (in the payback table), not a distribution of them.
  const identical = identicalPaths(summary);
  const tables = [
    ...first,
    paybackTable(summary, identical),
    ...(identical ? [] : [paybackTimeTable(summary)]),
    returnsTable(summary, identical),
    breakEvenTable(summary, identical),
    ...financeTable(summary, identical),
    ...booksAtCutTable(summary),
  ];
  if (summary.claims.length > 0)
    tables.push(identical ? oneOutcomeClaimsTable(summary) : claimsTable(summary));
  return tables;
}
