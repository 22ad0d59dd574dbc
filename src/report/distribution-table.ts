// Tables of measures over the paths (quantile columns and the mean), and the two degenerate cases
// a reader must not be shown as a spread: a measure that is the same on every path (it gets one
// value, not eight equal columns), and a run whose paths are all the same (it gets a Value column,
// and no probabilities or intervals elsewhere).

import { paybackMessages } from '../messages/payback.js';
import { perCoinMessages } from '../messages/per-coin.js';
import {
  type Bands,
  type Distribution,
  type FiguresOver,
  QUANTILE_KEYS,
  type QuantileKey,
  type RunSummary,
} from '../stats/summary.js';
import {
  boundMark,
  CENSORED_MEAN,
  CENSORED_WHY,
  censoredCount,
  coverage,
  MISSING_WHY,
  type Missing,
  noCoinCount,
  perCoinText,
  showsTotalLoss,
  TOTAL_LOSS_WHY,
} from './coverage.js';
import { formatInteger, formatQuantileInterval, formatSignificant } from './format.js';
import type { ReportTable } from './report-table.js';

export const QUANTILE_HEADER = ['5 %', '10 %', '25 %', '50 %', '75 %', '90 %', '95 %', 'mean'];
/** Where a measure that is the same on every path shows its one value: the median's column. */
const MEDIAN_COLUMN = QUANTILE_HEADER.indexOf('50 %');
export const SAME_ON_EVERY_PATH = 'same on every path';

/**
 * True when every path gave the same value, or none gave one. The mean of equal values can differ
 * from them in the last bits (a sum divided by n), hence the relative tolerance.
 */
export function isConstant(d: Distribution): boolean {
  const values = QUANTILE_KEYS.map((key) => d.quantiles[key]);
  const first = values[0];
  if (values.some((v) => v !== first)) return false;
  if (first === null) return d.mean === null;
  // Censored values have no mean; equal quantiles then say every path is at the one bound.
  if (d.mean === null) return d.censored !== undefined;
  return Math.abs(d.mean - first) <= 1e-9 * Math.max(1, Math.abs(first));
}

/**
 * True when every path of a Monte Carlo run came out the same (nothing in the scenario is random,
 * or nothing the fleet earns or pays depends on what is, or one path was run): its probabilities are 0 or 1 and its quantiles one number, so the tables
 * state the one outcome instead.
 */
export function identicalPaths(summary: RunSummary): boolean {
  return summary.kind === 'monte-carlo' && pathsAllTheSame(summary);
}

/** How a Monte Carlo run's figures read: over its paths, or as its one outcome (one path, or paths all the same). */
export type Outcomes = FiguresOver;

/** A Monte Carlo run's figures, by pathsAllTheSame(): over its paths, or its one outcome's. */
export function outcomesOf(summary: Pick<RunSummary, 'run' | 'headline'>): Outcomes {
  if (!pathsAllTheSame(summary)) return 'paths';
  return summary.run.paths === 1 ? 'one path' : 'all the same';
}

/** A band that is one line: the same value at each of its quantiles on every date. */
const flat = (bands: Bands) => bands.p50.every((v, i) => QUANTILE_KEYS.every((key) => bands[key][i] === v));

/**
 * True when the run's price and difficulty are the same on every path (a fixed price, a network
 * that draws nothing): paths all the same on a market that still spreads are so because the fleet
 * makes nothing of it (it never hashes), not because nothing in the scenario is random.
 */
export function marketAllTheSame(summary: Pick<RunSummary, 'timeline'>): boolean {
  return flat(summary.timeline.priceUsd) && flat(summary.timeline.difficulty);
}

/**
 * The rule of identicalPaths() on a Monte Carlo run's paths and headline alone, which is what the
 * live explorer has of a run: its rows, charts and claims follow the tables' and the terminal's.
 */
export function pathsAllTheSame(summary: Pick<RunSummary, 'run' | 'headline'>): boolean {
  if (summary.run.paths === 1) return true;
  // Every measure of the headline, the break-evens and the books' included: each is shown as the
  // one outcome's value, so none may differ between paths (a fleet shut off every day under a
  // random price has one net position but a break-even tariff on each path's prices).
  return Object.values(summary.headline).every((value) =>
    value === null || value === undefined || typeof value !== 'object'
      ? true
      : 'quantiles' in value
        ? isConstant(value)
        : value.p === 0 || value.p === 1,
  );
}

export interface MeasureRow {
  label: string;
  d: Distribution;
  format: (value: number | null) => string;
  /** Why a path can have no value of the measure; such paths are left out of its figures. */
  missing?: Missing;
  /**
   * A payback's 95 % interval's end not reached where the run cannot decide it (cut before the
   * last purchase): this, not "past" the cut.
   */
  notReached?: string;
  /** Its median's 95 % interval's ends, where they read otherwise than its cells (a payback's day 0: days). */
  intervalFormat?: (value: number) => string;
}

/** A row's label, with the paths its figures are over when they leave some out (coverage.ts). */
function labelOf(row: MeasureRow, total: number | null): string {
  const covered = row.missing === undefined ? '' : coverage(row.d, total, row.missing);
  const censored = censoredCount(row.d);
  const label = covered === '' ? row.label : `${row.label}, ${covered}`;
  const withCensored = censored === '' ? label : `${label}${covered === '' ? ',' : ';'} ${censored}`;
  // A cost per coin: how many paths mined no coin but had costs (ranked last, in the figures).
  const noCoin = noCoinCount(row.d, total);
  if (noCoin === '') return withCensored;
  return `${withCensored}${covered === '' && censored === '' ? ',' : ';'} ${noCoin}`;
}

/**
 * After a label, that its measure is the same on every path, or on each of the paths it is over
 * where it leaves some out (not "the others have no IRR, same on every path").
 */
function sameOn(d: Distribution): string {
  return d.paths === undefined || d.paths === 0
    ? `, ${SAME_ON_EVERY_PATH}`
    : `; the same on each of the ${formatInteger(d.paths)}`;
}

/** The table's note, with why the paths left out of some row have no value. */
function noteOf(note: string, rows: readonly MeasureRow[]): string {
  const why = new Set<string>();
  for (const row of rows) {
    if (row.missing !== undefined && row.d.paths !== undefined) why.add(MISSING_WHY[row.missing]);
    if (row.d.censored !== undefined) why.add(CENSORED_WHY);
    if (row.missing === 'irr' && showsTotalLoss(row.d)) why.add(TOTAL_LOSS_WHY);
    if (row.d.infinite !== undefined) why.add(perCoinMessages.why);
  }
  return [note, ...why].join(' ');
}

/** A measure no path has a value of: "none" where the value would be (its label says why). */
const noPath = (row: MeasureRow) => row.d.paths === 0;

/** One value on every path: a number, not the absence of one (no path has a value). */
const oneValue = (d: Distribution) => isConstant(d) && d.quantiles.p50 !== null;

/** A row's cells: the quantiles and the mean, or its one value in the median's column. */
function cells(row: MeasureRow): string[] {
  if (noPath(row)) {
    const out = QUANTILE_HEADER.map(() => '');
    out[MEDIAN_COLUMN] = 'none';
    return out;
  }
  if (!oneValue(row.d))
    return [
      ...QUANTILE_KEYS.map(
        (key) => `${boundMark(row.d, key)}${perCoinText(row.d, row.d.quantiles[key], row.format)}`,
      ),
      row.d.censored !== undefined ? CENSORED_MEAN : perCoinText(row.d, row.d.mean, row.format, true),
    ];
  const out = QUANTILE_HEADER.map(() => '');
  out[MEDIAN_COLUMN] = `${boundMark(row.d, 'p50')}${row.format(row.d.quantiles.p50)}`;
  return out;
}

/** The tail columns, whose Monte Carlo error tailsNote() states. */
export const TAIL_KEYS: readonly QuantileKey[] = ['p5', 'p10', 'p90', 'p95'];

/** A quantile key's column, as the table heads it ("5 %"). */
const columnOf = (key: QuantileKey) => QUANTILE_HEADER[QUANTILE_KEYS.indexOf(key)];

/**
 * How far a tail quantile's 95 % interval reaches from its value, relative to it: the larger of
 * value - low and high - value over |value|; Infinity where unbounded (an end past the horizon, a
 * value of 0 with an interval around it); null where the cell has no value or no interval.
 */
export function tailReach(d: Distribution, key: QuantileKey): number | null {
  const value = d.quantiles[key];
  const interval = d.intervals?.[key];
  if (value === null || interval === undefined || interval === null) return null;
  if (interval.low === null || interval.high === null) return Number.POSITIVE_INFINITY;
  const reach = Math.max(value - interval.low, interval.high - value);
  return reach === 0 ? 0 : reach / Math.abs(value);
}

/**
 * The table's sentence on its tail columns' Monte Carlo error (messages/payback.ts tailsReach,
 * tailsTooFew): the widest reach of their 95 % intervals relative to their values, at the cell that
 * has it, named with its value and interval as the table prints them; and the tail columns that
 * have no interval (too few paths). '' where no row shows a spread.
 */
export function tailsNote(rows: readonly MeasureRow[], cutAt?: string): string {
  const spread = rows.filter((row) => !noPath(row) && !oneValue(row.d));
  let widest: { row: MeasureRow; key: QuantileKey; reach: number } | null = null;
  const missing = new Map<QuantileKey, number>();
  for (const row of spread)
    for (const key of TAIL_KEYS) {
      if (row.d.quantiles[key] === null) continue;
      const reach = tailReach(row.d, key);
      if (reach === null) missing.set(key, (missing.get(key) ?? 0) + 1);
      else if (widest === null || reach > widest.reach) widest = { row, key, reach };
    }
  const parts: string[] = [];
  if (widest !== null) {
    const { row, key, reach } = widest;
    const share = Number.isFinite(reach) ? `± ${formatSignificant(reach * 100, 2)} %` : null;
    parts.push(
      paybackMessages.tailsReach(
        share,
        `${row.label}, ${columnOf(key)}`,
        `${boundMark(row.d, key)}${row.format(row.d.quantiles[key])}`,
        formatQuantileInterval(row.d, key, (v) => row.format(v), cutAt),
      ),
    );
  }
  if (missing.size > 0) {
    const keys = TAIL_KEYS.filter((key) => missing.has(key));
    const columns = keys.map(columnOf);
    const names =
      columns.length === 1 ? columns[0] : `${columns.slice(0, -1).join(', ')} and ${columns.at(-1)}`;
    const all = keys.every(
      (key) => missing.get(key) === spread.filter((row) => row.d.quantiles[key] !== null).length,
    );
    parts.push(paybackMessages.tailsTooFew(names, all));
  }
  return parts.join(' ');
}

/**
 * A table of measures over the paths. A measure that is the same on every path shows its value
 * once, in the 50 % column, and says so; when every measure is (a run of identical paths), the
 * table has one Value column instead.
 */
export function distributionTable(
  title: string,
  note: string,
  rows: readonly MeasureRow[],
  identical: boolean,
  /** The paths the figures would be over without any left out: the run's, or null for the paths searched. */
  total: number | null,
  /**
   * A last column of each row's median's 95 % interval (summary.json's intervals.p50), its ends in
   * the row's format; `cutAt`: a payback end past the end of the history where the run stops there.
   * Empty where the row has one value or none; not in a run of one outcome. `note`: the column's
   * sentence in the table's note (the financing table's, comparing the project and the equity, by default).
   */
  medianInterval?: { cutAt?: string; note?: string },
): ReportTable {
  const full = noteOf(note, rows);
  if (identical || rows.every((row) => isConstant(row.d)))
    return {
      title,
      note: full,
      header: ['Measure', 'Value'],
      rows: rows.map((row) => [
        labelOf(row, total),
        noPath(row)
          ? 'none'
          : `${boundMark(row.d, 'p50')}${perCoinText(row.d, row.d.quantiles.p50, row.format)}`,
      ]),
    };
  const interval = (row: MeasureRow) =>
    medianInterval === undefined
      ? []
      : [
          noPath(row) || oneValue(row.d)
            ? ''
            : formatQuantileInterval(
                row.d,
                'p50',
                (v) => (row.intervalFormat ?? row.format)(v),
                medianInterval.cutAt,
                row.notReached,
              ),
        ];
  const tails = tailsNote(rows, medianInterval?.cutAt);
  const withMedian =
    medianInterval === undefined
      ? full
      : `${full} ${medianInterval.note ?? paybackMessages.medianIntervalNote}`;
  return {
    title,
    note: tails === '' ? withMedian : `${withMedian} ${tails}`,
    header: [
      'Measure',
      ...QUANTILE_HEADER,
      ...(medianInterval === undefined ? [] : [paybackMessages.medianIntervalColumn]),
    ],
    rows: rows.map((row) => [
      oneValue(row.d) ? `${labelOf(row, total)}${sameOn(row.d)}` : labelOf(row, total),
      ...cells(row),
      ...interval(row),
    ]),
  };
}
