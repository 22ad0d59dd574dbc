// Tables of measures over the paths (quantile columns and the mean), and the two degenerate cases
// a reader must not be shown as a spread: a measure that is the same on every path (it gets one
// value, not eight equal columns), and a run whose paths are all the same (it gets a Value column,
// and no probabilities or intervals elsewhere).

import { type Distribution, QUANTILE_KEYS, type RunSummary } from '../stats/summary.js';
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
  if (d.mean === null) return false;
  return Math.abs(d.mean - first) <= 1e-9 * Math.max(1, Math.abs(first));
}

/**
 * True when every path of a Monte Carlo run came out the same (nothing in the scenario is random,
 * or one path was run): its probabilities are 0 or 1 and its quantiles one number, so the tables
 * state the one outcome instead.
 */
export function identicalPaths(summary: RunSummary): boolean {
  if (summary.kind !== 'monte-carlo') return false;
  if (summary.run.paths === 1) return true;
  const h = summary.headline;
  const distributions = [
    h.paybackDays,
    h.netAtHorizonUsd,
    h.roiAtHorizon,
    h.roiWithSalvage,
    h.npvUsd,
    h.irr,
    h.coinsMined,
    h.costPerCoinUsd,
  ];
  const estimates = [h.paybackWithin1y, h.paybackWithin2y, h.noPayback, h.netBelowZeroAtHorizon];
  return distributions.every(isConstant) && estimates.every((e) => e.p === 0 || e.p === 1);
}

export interface MeasureRow {
  label: string;
  d: Distribution;
  format: (value: number | null) => string;
}

/** One value on every path: a number, not the absence of one (no path has a value). */
const oneValue = (d: Distribution) => isConstant(d) && d.quantiles.p50 !== null;

/** A row's cells: the quantiles and the mean, or its one value in the median's column. */
function cells(row: MeasureRow): string[] {
  if (!oneValue(row.d))
    return [...QUANTILE_KEYS.map((key) => row.format(row.d.quantiles[key])), row.format(row.d.mean)];
  const out = QUANTILE_HEADER.map(() => '');
  out[MEDIAN_COLUMN] = row.format(row.d.quantiles.p50);
  return out;
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
): ReportTable {
  if (identical || rows.every((row) => isConstant(row.d)))
    return {
      title,
      note,
      header: ['Measure', 'Value'],
      rows: rows.map((row) => [row.label, row.format(row.d.quantiles.p50)]),
    };
  return {
    title,
    note,
    header: ['Measure', ...QUANTILE_HEADER],
    rows: rows.map((row) => [
      oneValue(row.d) ? `${row.label}, ${SAME_ON_EVERY_PATH}` : row.label,
      ...cells(row),
    ]),
  };
}
