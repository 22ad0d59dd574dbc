// The analyst's tables of a run, as plain rows of formatted text: summary.md and report.html both
// render these, so the two always state the same numbers in the same words. The run and
// assumptions tables beside them are in run-table.ts.
// Over the 300-line guide as one concept: every headline table of a run and of a back-test, which
// share their definitions (what "paid back" means, what counts salvage) and their wording.

import { backtestMessages } from '../messages/backtest.js';
import { coinProtocol } from '../model/coins/index.js';
import { DAYS_PER_RATE_YEAR } from '../scenario/units.js';
import { QUANTILE_KEYS, type RunSummary } from '../stats/summary.js';
import { booksAtCutTable } from './books-at-cut.js';
import { claimInterval, claimShare } from './claim-figures.js';
import { claimCoverage, heldOnHistory, irrFormat, valueOrNone } from './coverage.js';
import { dailyViewTable } from './daily-view-table.js';
import { distributionTable, identicalPaths, type MeasureRow, QUANTILE_HEADER } from './distribution-table.js';
import { financeTable } from './finance-table.js';
import {
  formatCoinPrice,
  formatDayAsDate,
  formatEstimate,
  formatInteger,
  formatPaths,
  formatSignificant,
  NONE,
} from './format.js';
import type { ReportTable } from './report-table.js';
import { stagedFleetClaimsNote, stagedFleetNote } from './staged-fleet.js';

const NOT_PAID_BACK = 'not within the horizon';

/** What "paid back" means in every table and chart, under every treasury. */
export const PAYBACK_DEFINITION =
  'Paid back: the first day the net position (cash, plus any coins held at that day’s price, after the ' +
  'capex; machines sold on their retire day count at what they fetched, the machines still held are not ' +
  'valued) is back at zero or above after the capex, or losses, ' +
  'put it below zero. It can fall below zero again later, on power bills or, with coins held, on the ' +
  'price. A position that never falls below zero (nothing at stake) counts as paid back on day 0.';

/**
 * Which payback days count within 1 and 2 years (stats/summarize.ts, and a claim on a payback time
 * alike): a year is 365.25 days, the payback day is whole and day 0 is the start.
 */
const WITHIN_YEARS =
  'P(payback ≤ 1 year) counts the paths paid back by day 365, ≤ 2 years by day 730 (a year is 365.25 days; day 0 is the start).';

/** Which returns count the machines' resale value, said wherever they are shown. */
export const SALVAGE_NOTE =
  'Net position and ROI (“no salvage”) count the machines sold on their retire day at what they fetched and ' +
  'leave out the resale value of the machines still held; NPV, IRR, ROI with salvage and the all-in cost per ' +
  'coin count that too (the surviving machines at their salvage value at the horizon).';

const percent = (ratio: number | null) => formatSignificant(ratio === null ? null : ratio * 100, 3);

/** Why a run has one outcome: one path was run, or nothing in the scenario is random. */
function oneOutcome(summary: RunSummary): string {
  return summary.run.paths === 1
    ? 'One path was run'
    : `Every one of the ${formatPaths(summary.run.paths)} came out the same (nothing in the scenario is random)`;
}

/** The definition of a payback, with a fleet bought in stages' last purchase (staged-fleet.ts). */
function paybackDefinition(summary: RunSummary): string {
  return `${PAYBACK_DEFINITION}${stagedFleetNote(summary)}`;
}

/** `cutAt`: where a run or its back-test stopped, the history's end, before the horizon. */
function paidBackOn(start: string, day: number | null, cutAt?: string): string {
  if (day === null) return cutAt === undefined ? NOT_PAID_BACK : backtestMessages.noPaybackByCut(cutAt);
  return `day ${formatInteger(day)} (${formatDayAsDate(start, day)})`;
}

/**
 * The run's back-test on the actual history: when it stops before the horizon, by the history's
 * end. The terminal's headline says the same where it does not pay back.
 */
export function actualPaidBackOn(summary: RunSummary, actual: NonNullable<RunSummary['actual']>): string {
  const cutAt = actual.cutAt ?? summary.scenario.cutAt;
  if (actual.paybackDay !== null || cutAt !== undefined)
    return paidBackOn(summary.scenario.start, actual.paybackDay, cutAt);
  // Its series stop at the last checkpoint within the history, which ends before the horizon.
  const last = actual.dates.at(-1);
  return last !== undefined && last < summary.scenario.end
    ? backtestMessages.noPaybackInHistory()
    : NOT_PAID_BACK;
}

function paybackTable(summary: RunSummary, identical: boolean): ReportTable {
  const { headline, actual } = summary;
  const { cutAt } = summary.scenario;
  const rows = identical
    ? [
        [
          'Paid back on',
          paidBackOn(summary.scenario.start, headline.paybackDays.quantiles.p50, summary.scenario.cutAt),
        ],
        ['Net position below zero at the horizon', headline.netBelowZeroAtHorizon.p === 1 ? 'yes' : 'no'],
      ]
    : [
        ['P(payback ≤ 1 year)', formatEstimate(headline.paybackWithin1y, [], cutAt)],
        ['P(payback ≤ 2 years)', formatEstimate(headline.paybackWithin2y, [], cutAt)],
        [
          cutAt === undefined
            ? 'P(no payback within the horizon)'
            : backtestMessages.noPaybackByCutQuestion(cutAt),
          formatEstimate(headline.noPayback),
        ],
        [
          cutAt === undefined
            ? 'P(net position below zero at the horizon)'
            : backtestMessages.netBelowZeroAtCutQuestion(cutAt),
          formatEstimate(headline.netBelowZeroAtHorizon),
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
    align: ['left', 'left'],
    rows,
  };
}

function paybackTimeTable(summary: RunSummary): ReportTable {
  const { start } = summary.scenario;
  const d = summary.headline.paybackDays;
  const row = (label: string, days: number | null) =>
    days === null
      ? [label, paidBackOn(start, null, summary.scenario.cutAt), NONE, NONE]
      : [label, formatInteger(days), formatDayAsDate(start, days), (days / DAYS_PER_RATE_YEAR).toFixed(2)];
  return {
    title: 'Payback time',
    note: `The q % row is the time by which q % of the paths have paid back, counted from ${start}.`,
    header: ['Share of paths paid back', 'Days', 'Date', 'Years'],
    align: ['left', 'right', 'left', 'right'],
    rows: [...QUANTILE_KEYS.map((key, i) => row(QUANTILE_HEADER[i], d.quantiles[key])), row('mean', d.mean)],
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
    { label: 'ROI, no salvage (%)', d: h.roiAtHorizon, format: percent, missing: 'roi' },
    { label: 'ROI with salvage (%)', d: h.roiWithSalvage, format: percent, missing: 'roi' },
    { label: `Coins mined (${coin})`, d: h.coinsMined, format: formatSignificant },
    {
      label: `All-in cost per coin, net of salvage (USD/${coin})`,
      d: h.costPerCoinUsd,
      format: formatInteger,
      missing: 'perCoin',
    },
    { label: 'Cost of power, net of curtailment credits (USD)', d: h.powerCostNetUsd, format: formatInteger },
  ];
}

function returnsTable(summary: RunSummary, identical: boolean): ReportTable {
  const over = identical
    ? `The run's one outcome at ${summary.scenario.end}.`
    : `Quantiles over the paths at ${summary.scenario.end}; the 50 % column is the median path's value.`;
  return distributionTable(
    'Returns at the horizon',
    `${over} ${SALVAGE_NOTE}`,
    returnRows(summary),
    identical,
    summary.run.paths,
  );
}

function breakEvenTable(summary: RunSummary, identical: boolean): ReportTable {
  const h = summary.headline;
  const coin = coinProtocol(summary.scenario.coin).ticker;
  return distributionTable(
    'Break-evens',
    'The constant electricity tariff, and the constant coin price, at which the net position at the horizon ' +
      'would be zero. Each is searched on the first paths of the run (200 unless fewer were run), with failures ' +
      'at their expected rate; the break-even coin price holds the price constant, so it is the same on every ' +
      'path when the network and fees are.',
    [
      {
        label: 'Tariff (USD/kWh)',
        d: h.breakEvenTariffUsdPerKwh,
        format: (v) => formatSignificant(v, 3),
        missing: 'breakEven',
      },
      {
        label: `Coin price (USD/${coin})`,
        d: h.breakEvenPriceUsd,
        format: formatCoinPrice,
        missing: 'breakEven',
      },
    ],
    identical,
    null,
  );
}

/** Claims on a run of identical paths: each holds on all of them or on none, so no interval. */
function oneOutcomeClaimsTable(summary: RunSummary): ReportTable {
  return {
    title: 'Claims',
    note: `${oneOutcome(summary)}: each claim holds on all of its paths or on none. The verdict still weighs the number of paths run.${stagedFleetClaimsNote(summary)}`,
    header: ['Claim', 'On every path', 'Verdict'],
    align: ['left', 'left', 'left'],
    rows: summary.claims.map((c) => [
      `${c.text}${claimCoverage(c, summary.run.paths)}`,
      // Over no path (no value of its measure, or a payback past the cut): neither holds nor fails.
      c.paths === 0 ? 'no value to judge' : c.share === 1 ? 'holds' : 'does not hold',
      c.verdict,
    ]),
    verdictColumn: 2,
    userColumns: [0],
  };
}

function claimsTable(summary: RunSummary): ReportTable {
  return {
    title: 'Claims',
    note: `Share of paths in which each claim holds, its 95 % Wilson interval, and the verdict against the threshold.${stagedFleetClaimsNote(summary)}`,
    header: ['Claim', 'Share of paths', '95 % interval', 'Threshold', 'Verdict'],
    align: ['left', 'right', 'right', 'left', 'left'],
    rows: summary.claims.map((c) => [
      `${c.text}${claimCoverage(c, summary.run.paths)}`,
      claimShare(c),
      claimInterval(c),
      c.threshold,
      c.verdict,
    ]),
    verdictColumn: 4,
    userColumns: [0, 3],
  };
}

/** A back-test is one observed path: its values, not quantiles over paths. */
function backtestTable(summary: RunSummary): ReportTable {
  const h = summary.headline;
  const coin = coinProtocol(summary.scenario.coin).ticker;
  const at = (d: { quantiles: { p50: number | null } }) => d.quantiles.p50;
  const payback = at(h.paybackDays);
  return {
    title: 'Back-test on the actual history',
    note: `The fleet replayed on the daily price, difficulty, blocks and fees from ${summary.scenario.start}; failures at their expected rate. ${paybackDefinition(summary)} ${SALVAGE_NOTE}`,
    header: ['Measure', 'Value'],
    rows: [
      [
        'Paid back on',
        payback === null
          ? summary.scenario.cutAt
            ? backtestMessages.noPaybackByCut(summary.scenario.cutAt)
            : NOT_PAID_BACK
          : `day ${formatInteger(payback)} (${formatDayAsDate(summary.scenario.start, payback)})`,
      ],
      [`Net position at ${summary.scenario.end}, no salvage (USD)`, formatInteger(at(h.netAtHorizonUsd))],
      ['NPV, with salvage (USD)', formatInteger(at(h.npvUsd))],
      ['IRR, with salvage (% a year)', valueOrNone(at(h.irr), irrFormat(percent), 'irr')],
      ['ROI, no salvage (%)', valueOrNone(at(h.roiAtHorizon), percent, 'roi')],
      ['ROI with salvage (%)', valueOrNone(at(h.roiWithSalvage), percent, 'roi')],
      [`Coins mined (${coin})`, formatSignificant(at(h.coinsMined))],
      [
        `All-in cost per coin, net of salvage (USD/${coin})`,
        valueOrNone(at(h.costPerCoinUsd), formatInteger, 'perCoin'),
      ],
      ['Cost of power, net of curtailment credits (USD)', formatInteger(at(h.powerCostNetUsd))],
      [
        'Break-even tariff (USD/kWh)',
        valueOrNone(at(h.breakEvenTariffUsdPerKwh), (v) => formatSignificant(v, 3), 'breakEven'),
      ],
      [
        `Break-even coin price (USD/${coin})`,
        valueOrNone(at(h.breakEvenPriceUsd), formatCoinPrice, 'breakEven'),
      ],
    ],
  };
}

function observedClaimsTable(summary: RunSummary): ReportTable {
  return {
    title: 'Claims',
    note: `Whether each claim held on the actual history.${stagedFleetClaimsNote(summary)}`,
    header: ['Claim', 'On the actual history', 'Verdict'],
    align: ['left', 'left', 'left'],
    rows: summary.claims.map((c) => [
      `${c.text}${claimCoverage(c, summary.run.paths)}`,
      heldOnHistory(c),
      c.verdict,
    ]),
    verdictColumn: 2,
    userColumns: [0],
  };
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
