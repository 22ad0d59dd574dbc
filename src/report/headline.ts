// The analyst's tables of a run, as plain rows of formatted text: summary.md and report.html both
// render these, so the two always state the same numbers in the same words.

import { formatQuantity as formatUnitQuantity } from '../scenario/units.js';
import { type Distribution, QUANTILE_KEYS, type RunSummary } from '../stats/summary.js';
import {
  formatDayAsDate,
  formatEstimate,
  formatInteger,
  formatProbability,
  formatSignificant,
  formatUsd,
  NONE,
} from './format.js';

export interface ReportTable {
  title: string;
  /** Column alignment; by default the first column (labels) is left and the rest (numbers) right. */
  align?: ('left' | 'right')[];
  /** One sentence under the title: how to read the table. */
  note: string;
  header: string[];
  rows: string[][];
  /** Index of a column holding claim verdicts, which the HTML report draws as coloured badges. */
  verdictColumn?: number;
  /** Columns holding text from the scenario file, which Markdown must escape. */
  userColumns?: number[];
}

/** How column `i` of a table aligns. */
export function columnAlign(table: ReportTable, i: number): 'left' | 'right' {
  return table.align?.[i] ?? (i === 0 ? 'left' : 'right');
}

const NOT_PAID_BACK = 'not within the horizon';
const QUANTILE_HEADER = ['5 %', '10 %', '25 %', '50 %', '75 %', '90 %', '95 %', 'mean'];

function quantileCells(d: Distribution, format: (value: number | null) => string): string[] {
  return [...QUANTILE_KEYS.map((key) => format(d.quantiles[key])), format(d.mean)];
}

const percent = (ratio: number | null) => formatSignificant(ratio === null ? null : ratio * 100, 3);

function paybackTable(summary: RunSummary): ReportTable {
  const { headline, actual } = summary;
  const rows = [
    ['P(payback ≤ 1 year)', formatEstimate(headline.paybackWithin1y)],
    ['P(payback ≤ 2 years)', formatEstimate(headline.paybackWithin2y)],
    ['P(no payback within the horizon)', formatEstimate(headline.noPayback)],
  ];
  if (actual) {
    const when =
      actual.paybackDay === null ? NOT_PAID_BACK : `day ${actual.paybackDay} (${actual.paybackDate})`;
    rows.push(['Back-test (actual history): paid back on', when]);
  }
  return {
    title: 'Payback',
    note: `Probabilities over ${summary.run.paths} paths, ± one Monte Carlo standard error.`,
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
      ? [label, NOT_PAID_BACK, NONE, NONE]
      : [label, formatInteger(days), formatDayAsDate(start, days), (days / 365).toFixed(2)];
  return {
    title: 'Payback time',
    note: `The q % row is the time by which q % of the paths have paid back, counted from ${start}.`,
    header: ['Share of paths paid back', 'Days', 'Date', 'Years'],
    align: ['left', 'right', 'left', 'right'],
    rows: [...QUANTILE_KEYS.map((key, i) => row(QUANTILE_HEADER[i], d.quantiles[key])), row('mean', d.mean)],
  };
}

function returnsTable(summary: RunSummary): ReportTable {
  const h = summary.headline;
  const coin = summary.scenario.coin === 'bitcoin' ? 'BTC' : 'XMR';
  return {
    title: 'Returns at the horizon',
    note: `Quantiles over the paths at ${summary.scenario.end}; the 50 % column is the median path's value.`,
    header: ['Measure', ...QUANTILE_HEADER],
    rows: [
      ['Net position (USD)', ...quantileCells(h.netAtHorizonUsd, formatInteger)],
      ['NPV (USD)', ...quantileCells(h.npvUsd, formatInteger)],
      ['IRR (% a year)', ...quantileCells(h.irr, percent)],
      ['ROI (%)', ...quantileCells(h.roiAtHorizon, percent)],
      ['ROI with salvage (%)', ...quantileCells(h.roiWithSalvage, percent)],
      [`Coins mined (${coin})`, ...quantileCells(h.coinsMined, formatSignificant)],
      [`Cost per coin (USD/${coin})`, ...quantileCells(h.costPerCoinUsd, formatInteger)],
    ],
  };
}

function breakEvenTable(summary: RunSummary): ReportTable {
  const h = summary.headline;
  const coin = summary.scenario.coin === 'bitcoin' ? 'BTC' : 'XMR';
  return {
    title: 'Break-evens',
    note: 'The electricity tariff, and the coin price, at which the run would just break even by the horizon.',
    header: ['Measure', ...QUANTILE_HEADER],
    rows: [
      ['Tariff (USD/kWh)', ...quantileCells(h.breakEvenTariffUsdPerKwh, (v) => formatSignificant(v, 3))],
      [`Coin price (USD/${coin})`, ...quantileCells(h.breakEvenPriceUsd, formatInteger)],
    ],
  };
}

function claimsTable(summary: RunSummary): ReportTable {
  return {
    title: 'Claims',
    note: 'Share of paths in which each claim holds, its 95 % Wilson interval, and the verdict against the threshold.',
    header: ['Claim', 'Share of paths', '95 % interval', 'Threshold', 'Verdict'],
    align: ['left', 'right', 'right', 'left', 'left'],
    rows: summary.claims.map((c) => [
      c.text,
      formatEstimate({ p: c.share, se: c.se }),
      `${formatProbability(c.low)}–${formatProbability(c.high)}`,
      c.threshold,
      c.verdict,
    ]),
    verdictColumn: 4,
    userColumns: [0, 3],
  };
}

export function assumptionsTable(summary: RunSummary): ReportTable {
  return {
    title: 'Assumptions',
    note: 'As the scenario states them.',
    header: ['Assumption', 'Value', 'Note'],
    align: ['left', 'left', 'left'],
    rows: summary.scenario.assumptions.map((a) => [a.label, a.value, a.note ?? '']),
    userColumns: [0, 1, 2],
  };
}

/** What was run: period, fleet, capex, paths and seed. */
export function runTable(summary: RunSummary): ReportTable {
  const { scenario, run } = summary;
  const rows = [
    ['Coin', scenario.coin === 'bitcoin' ? 'Bitcoin' : 'Monero'],
    ['Period', `${scenario.start} to ${scenario.end} (${formatInteger(scenario.days)} days)`],
    [
      'Fleet',
      `${scenario.units} units, ${formatUnitQuantity(scenario.fleetHashrateHs, 'hashrate')}, ` +
        `${formatUnitQuantity(scenario.fleetPowerW, 'power')}`,
    ],
    ['Capex', formatUsd(scenario.capexUsd)],
    [
      'Run',
      summary.kind === 'backtest'
        ? 'back-test on the shipped daily history'
        : `Monte Carlo, ${formatInteger(run.paths)} paths, seed ${run.seed}${run.antithetic ? ', antithetic pairs' : ''}`,
    ],
  ];
  if (scenario.cutAt) rows.push(['Horizon', `cut at ${scenario.cutAt}, the end of the shipped history`]);
  return { title: 'Run', note: 'What was simulated.', header: ['', ''], rows, align: ['left', 'left'] };
}

/** A back-test is one observed path: its values, not quantiles over paths. */
function backtestTable(summary: RunSummary): ReportTable {
  const h = summary.headline;
  const coin = summary.scenario.coin === 'bitcoin' ? 'BTC' : 'XMR';
  const at = (d: { quantiles: { p50: number | null } }) => d.quantiles.p50;
  const payback = at(h.paybackDays);
  return {
    title: 'Back-test on the actual history',
    note: `The fleet replayed on the daily price, difficulty, blocks and fees from ${summary.scenario.start}; failures at their expected rate.`,
    header: ['Measure', 'Value'],
    rows: [
      [
        'Paid back on',
        payback === null
          ? NOT_PAID_BACK
          : `day ${formatInteger(payback)} (${formatDayAsDate(summary.scenario.start, payback)})`,
      ],
      [`Net position at ${summary.scenario.end} (USD)`, formatInteger(at(h.netAtHorizonUsd))],
      ['NPV (USD)', formatInteger(at(h.npvUsd))],
      ['IRR (% a year)', percent(at(h.irr))],
      ['ROI (%)', percent(at(h.roiAtHorizon))],
      ['ROI with salvage (%)', percent(at(h.roiWithSalvage))],
      [`Coins mined (${coin})`, formatSignificant(at(h.coinsMined))],
      [`All-in cost per coin (USD/${coin})`, formatInteger(at(h.costPerCoinUsd))],
      ['Break-even tariff (USD/kWh)', formatSignificant(at(h.breakEvenTariffUsdPerKwh), 3)],
      [`Break-even coin price (USD/${coin})`, formatInteger(at(h.breakEvenPriceUsd))],
    ],
  };
}

function observedClaimsTable(summary: RunSummary): ReportTable {
  return {
    title: 'Claims',
    note: 'Whether each claim held on the actual history.',
    header: ['Claim', 'On the actual history', 'Verdict'],
    align: ['left', 'left', 'left'],
    rows: summary.claims.map((c) => [c.text, c.verdict === 'supported' ? 'held' : 'did not hold', c.verdict]),
    verdictColumn: 2,
    userColumns: [0],
  };
}

/** The headline tables, in report order. */
export function headlineTables(summary: RunSummary): ReportTable[] {
  if (summary.kind === 'backtest') {
    const tables = [backtestTable(summary)];
    if (summary.claims.length > 0) tables.push(observedClaimsTable(summary));
    return tables;
  }
  const tables = [
    paybackTable(summary),
    paybackTimeTable(summary),
    returnsTable(summary),
    breakEvenTable(summary),
  ];
  if (summary.claims.length > 0) tables.push(claimsTable(summary));
  return tables;
}
