// A sensitivity study's results as files and as the table printed on stdout.
//
//   sensitivity.csv   tidy: input,side,value,measure,result (one row per input x side x measure),
//                     with the result's Monte Carlo error (a share's standard error, a median's
//                     95 % interval)
//   sensitivity.json  the same with units, where each base value came from, the skipped inputs
//                     and each effect's width; `version` field
//   charts/           tornado-<measure>.vl.json, .svg, .png (see charts/tornado.ts; with `finance`,
//                     tornado-equity-npv, charts/tornado-books.ts)
//   manifest.json     how the study was made
//
// Assembly is pure; the command renders the charts and writes the folder atomically.

import { overrideMessages } from '../messages/overrides.js';
import { sensitivityMessages } from '../messages/sensitivity.js';
import {
  formatBy,
  type SensitivityResult,
  SIDES,
  sensitivityCutNote,
  sensitivityFleetNote,
} from '../study/sensitivity.js';
import { effectWidth, MEASURES, measureValue, rowsByEffect } from '../study/sensitivity-measures.js';
import type { MedianInterval, SweepBooks } from '../study/sweep-books.js';
import type { SweepPointResult } from '../study/sweep-result.js';
import type { ChartEntry } from './charts/index.js';
import { boundNotes, formatInputValue, formatMeasure } from './charts/tornado.js';
import { formatInteger, formatProbability, formatUsd, NONE } from './format.js';
import type { Manifest } from './manifest.js';
import { medianCell, shareCell } from './point-figures.js';
import type { RenderedChart } from './render.js';
import { pointMeasures } from './sweep-json.js';
import { textTableLines } from './table-render.js';
import { toCsv } from './tables.js';
import { addChartFiles, formatJson } from './write.js';

export const SENSITIVITY_VERSION = 1;

/** A result's Monte Carlo error as sensitivity.csv's cells: a share's standard error, a median's 95 % interval. */
interface ResultError {
  se?: number;
  interval?: MedianInterval;
}
const errorCells = (e: ResultError) => [e.se ?? null, e.interval?.low ?? null, e.interval?.high ?? null];

/** The error of one of the tornado's measures at a point, as its run's summary.json gives it. */
function measureError(point: SweepPointResult, id: (typeof MEASURES)[number]['id']): ResultError {
  if (id === 'paybackWithin2y') return { se: point.paybackWithin2y.se };
  const interval = id === 'medianPaybackDays' ? point.medianPaybackDaysInterval : point.medianNpvUsdInterval;
  return interval === undefined ? {} : { interval };
}

/**
 * sensitivity.csv: input,side,value,measure,result,value_unit,result_se,result_low,result_high: each
 * result in the unit its measure's name ends with, each input's value in `value_unit` (USD/kWh, USD,
 * fraction: 0.3 for 30 %), which differs from input to input; empty where the field reads a bare
 * number; a share's standard error in result_se, a median's 95 % interval in result_low and
 * result_high (summary.json's intervals.p50; empty where the run gives none).
 */
export function sensitivityCsv(result: SensitivityResult): string {
  const rows = result.rows.flatMap(({ input, ...points }) =>
    SIDES.flatMap((side) => {
      const point = side === 'base' ? result.base : points[side];
      const books = point.books;
      return [
        ...MEASURES.map((measure) => [
          input.key,
          side,
          input[side],
          measure.column,
          measureValue(point, measure.id),
          input.unit,
          ...errorCells(measureError(point, measure.id)),
        ]),
        ...(books
          ? BOOKS_MEASURES.map(([column, value, error]) => [
              input.key,
              side,
              input[side],
              column,
              value(books),
              input.unit,
              ...errorCells(error(books)),
            ])
          : []),
      ];
    }),
  );
  return toCsv(
    ['input', 'side', 'value', 'measure', 'result', 'value_unit', 'result_se', 'result_low', 'result_high'],
    rows,
  );
}

/** P(default) as the table prints it: none without a loan covenant, which a default needs. */
function defaultText(b: SweepBooks): string {
  return b.default === null ? NONE : formatProbability(b.default.p);
}

/** The books' measures in sensitivity.csv (scenario `finance`), by column name. */
const BOOKS_MEASURES: [string, (b: SweepBooks) => number | null, (b: SweepBooks) => ResultError][] = [
  ['p_margin_call', (b) => b.marginCall?.p ?? null, (b) => ({ se: b.marginCall?.se })],
  ['p_default', (b) => b.default?.p ?? null, (b) => ({ se: b.default?.se })],
  ['p_equity_no_payback', (b) => b.equityNoPayback.p, (b) => ({ se: b.equityNoPayback.se })],
  ['median_equity_npv_usd', (b) => b.medianEquityNpvUsd, (b) => ({ interval: b.medianEquityNpvUsdInterval })],
  ['median_equity_irr', (b) => b.medianEquityIrr, (b) => ({ interval: b.medianEquityIrrInterval })],
  [
    'median_after_tax_npv_usd',
    (b) => b.medianAfterTaxNpvUsd,
    (b) => ({ interval: b.medianAfterTaxNpvUsdInterval }),
  ],
  ['median_hedge_net_usd', (b) => b.medianHedgeNetUsd, (b) => ({ interval: b.medianHedgeNetUsdInterval })],
];

/** sensitivity.json: every number of sensitivity.csv, with what a reader needs to interpret it. */
export function sensitivityJson(result: SensitivityResult) {
  return {
    version: SENSITIVITY_VERSION,
    kind: 'sensitivity',
    scenario: result.scenario,
    run: {
      paths: result.paths,
      seed: result.seed,
      by: result.by,
      points: 1 + 2 * result.rows.length,
      commonRandomNumbers: true,
      oneAtATime: true,
      // Whether the paths were drawn in antithetic pairs: the intervals and errors are then over the pairs.
      antithetic: result.base.antithetic === true,
    },
    measures: MEASURES.map(({ id, column, title, better }) => ({ id, column, title, better })),
    base: pointMeasures(result.base, false),
    inputs: result.rows.map((row) => ({
      key: row.input.key,
      argument: row.input.argument,
      unit: row.input.unit,
      baseSource: row.input.baseSource,
      values: { low: row.input.low, base: row.input.base, high: row.input.high },
      low: pointMeasures(row.low, false),
      high: pointMeasures(row.high, false),
      width: Object.fromEntries(MEASURES.map((m) => [m.id, effectWidth(result, row, m.id)])),
    })),
    skipped: result.skipped,
  };
}

/** Every file of the study's folder, by path relative to it. */
export function sensitivityFiles(
  result: SensitivityResult,
  charts: readonly (ChartEntry & RenderedChart)[],
  manifest: Manifest,
): Map<string, string | Uint8Array> {
  const files = new Map<string, string | Uint8Array>();
  files.set('sensitivity.csv', sensitivityCsv(result));
  files.set('sensitivity.json', formatJson(sensitivityJson(result)));
  addChartFiles(files, charts);
  files.set('manifest.json', formatJson(manifest));
  return files;
}

/**
 * The lines printed on stdout: title, base, then a line per input, widest effect on P(payback <= 2
 * years) first, each measure read at the input's low .. high value; then any skipped inputs.
 */
export function sensitivityLines(result: SensitivityResult): string[] {
  const m = sensitivityMessages;
  const base = result.base;
  const books = base.books !== undefined;
  const header = [
    'input',
    'low .. high',
    'median payback',
    'P(payback <= 2y)',
    'median NPV',
    ...(books ? ['P(default)', 'median equity NPV'] : []),
  ];
  const rows = rowsByEffect(result, 'paybackWithin2y').map(({ input, low, high }) => [
    `${input.key}${input.baseSource === 'scenario' ? '' : ' *'}`,
    `${formatInputValue(input, input.low)} .. ${formatInputValue(input, input.high)}`,
    ...MEASURES.map(
      (x) =>
        `${formatMeasure(x.id, measureValue(low, x.id))} .. ${formatMeasure(x.id, measureValue(high, x.id))}`,
    ),
    ...(books
      ? [
          `${defaultText(low.books!)} .. ${defaultText(high.books!)}`,
          `${formatUsd(low.books!.medianEquityNpvUsd)} .. ${formatUsd(high.books!.medianEquityNpvUsd)}`,
        ]
      : []),
  ]);
  const calibrated = result.rows.some((r) => r.input.baseSource !== 'scenario');
  const cut = sensitivityCutNote(result);
  const atFleet = sensitivityFleetNote(result);
  return [
    m.tableTitle(result.scenario.name, result.rows.length, formatBy(result.by), result.paths, result.seed) +
      (result.scenario.overrides ? overrideMessages.changedTitle(result.scenario.overrides) : ''),
    // The base's figures with their Monte Carlo error, as its run's summary.json gives them.
    `  ${m.baseLine(
      medianCell(
        formatMeasure('medianPaybackDays', base.medianPaybackDays),
        base.medianPaybackDaysInterval,
        // The interval's ends are days, day 0 too.
        (v) => `${formatInteger(v)} d`,
        base,
      ),
      shareCell(base.paybackWithin2y, result.paths, base),
      medianCell(
        formatMeasure('medianNpvUsd', base.medianNpvUsd),
        base.medianNpvUsdInterval,
        formatUsd,
        base,
      ),
    )}${
      base.books
        ? m.baseBooks(
            base.books.default === null ? NONE : shareCell(base.books.default, result.paths, base),
            medianCell(
              formatUsd(base.books.medianEquityNpvUsd),
              base.books.medianEquityNpvUsdInterval,
              formatUsd,
              base,
            ),
          )
        : ''
    }`,
    ...textTableLines([header, ...rows], () => 'left'),
    ...(calibrated ? [`  ${m.calibratedNote()}`] : []),
    ...(cut === null ? [] : [cut]),
    ...(atFleet === null ? [] : [atFleet]),
    ...boundNotes(result),
    ...result.skipped.map((s) => m.skipped(s.key, s.reason)),
  ];
}
