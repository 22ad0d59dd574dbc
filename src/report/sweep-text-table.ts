// The table a sweep prints on stdout: a line per grid point, its shares of payback and its medians
// with their 95 % intervals (with `finance`, the books' too) and its claims' verdicts; and the notes
// under it on what a median equity IRR it prints means.

import { plainFigure } from '../messages/shown.js';
import { IRR_FLOOR } from '../model/finance/irr-bounds.js';
import type { SweepBooks } from '../study/sweep-books.js';
import { BOUNDARY } from '../study/sweep-crossings.js';
import type { SweepPointResult, SweepResult } from '../study/sweep-result.js';
import { IRR_FLOOR_WHY, irrFormat, TOTAL_LOSS_WHY } from './coverage.js';
import { formatInteger, formatSignificant, formatUsd, NONE } from './format.js';
import { medianCell, medianPaybackText, shareCell } from './point-figures.js';
import { axisColumn } from './sweep-axis-column.js';
import { textTableLines } from './table-render.js';

const percent = (ratio: number | null) => (ratio === null ? NONE : `${formatSignificant(ratio * 100, 3)} %`);
const irrPercent = irrFormat(percent);

/** The books' columns of the printed table; the hedges' net only when the scenario has hedges. */
function booksTextHeader(hedged: boolean): string[] {
  return [
    'P(margin call)',
    'P(default)',
    'median equity NPV (95 % interval)',
    'median equity IRR (95 % interval)',
    ...(hedged ? ['median hedges net (95 % interval)'] : []),
  ];
}

function booksTextCells(b: SweepBooks, hedged: boolean, paths: number, p: SweepPointResult): string[] {
  const bound = b.medianEquityIrrBound === null ? '' : `${b.medianEquityIrrBound} `;
  const irr = irrPercent(b.medianEquityIrr);
  return [
    b.marginCall === null ? NONE : shareCell(b.marginCall, paths, p),
    b.default === null ? NONE : shareCell(b.default, paths, p),
    medianCell(formatUsd(b.medianEquityNpvUsd), b.medianEquityNpvUsdInterval, formatUsd, p),
    medianCell(/^[≤≥]/.test(irr) ? irr : `${bound}${irr}`, b.medianEquityIrrInterval, irrPercent, p),
    ...(hedged
      ? [medianCell(formatUsd(b.medianHedgeNetUsd), b.medianHedgeNetUsdInterval, formatUsd, p)]
      : []),
  ];
}

/**
 * The notes under the table on what a median equity IRR it prints means: IRR_FLOOR_WHY where some
 * point's median or interval end is ≤ -99.99 % (at the floor, or bounded by it), TOTAL_LOSS_WHY
 * where one is -100 %, as a run's tables say them; none otherwise.
 */
export function sweepIrrNotes(result: Pick<SweepResult, 'points'>): string[] {
  const figures = result.points.flatMap((p) => {
    const b = p.books;
    if (b === undefined) return [];
    return [
      b.medianEquityIrr,
      b.medianEquityIrrInterval?.low ?? null,
      b.medianEquityIrrInterval?.high ?? null,
    ];
  });
  const floor =
    figures.includes(IRR_FLOOR) || result.points.some((p) => p.books?.medianEquityIrrBound === '≤');
  return [...(floor ? [IRR_FLOOR_WHY] : []), ...(figures.includes(-1) ? [TOTAL_LOSS_WHY] : [])];
}

/** The compact table for stdout: a line per grid point, columns padded to their widest cell. */
export function sweepTextTable(result: SweepResult): string {
  const claims = result.points[0]?.claims.map((c) => c.text) ?? [];
  const books = result.points[0]?.books !== undefined;
  const hedged = books && result.points[0].books!.medianHedgeNetUsd !== null;
  const booksColumns = books ? booksTextHeader(hedged) : [];
  const header = [
    ...result.axes.map(axisColumn),
    'P(<=1y)',
    'P(<=2y)',
    'P(never)',
    'median payback (95 % interval)',
    'median NPV (95 % interval)',
    ...booksColumns,
    ...claims,
  ];
  const days = (v: number) => `${formatInteger(v)} d`;
  const rows = result.points.map((p) => [
    ...p.values.map(plainFigure),
    shareCell(p.paybackWithin1y, result.paths, p),
    shareCell(p.paybackWithin2y, result.paths, p, [BOUNDARY.threshold]),
    shareCell(p.noPayback, result.paths, p),
    medianCell(medianPaybackText(p.medianPaybackDays), p.medianPaybackDaysInterval, days, p),
    medianCell(formatUsd(p.medianNpvUsd), p.medianNpvUsdInterval, formatUsd, p),
    ...(books ? booksTextCells(p.books!, hedged, result.paths, p) : []),
    ...p.claims.map((c) => c.verdict),
  ]);
  // Axis values and verdicts read left to right; numbers line up on the right.
  const numbers = 5 + booksColumns.length;
  const numeric = (i: number) => i >= result.axes.length && i < result.axes.length + numbers;
  return textTableLines([header, ...rows], (i) => (numeric(i) ? 'right' : 'left')).join('\n');
}
