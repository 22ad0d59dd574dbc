// The measures a sensitivity study reads at each point (study/sensitivity.ts), and how far an
// input moves each: the three headline measures a tornado shows and which way is better, a point's
// value of each (a median payback that does not exist drawn at the point's horizon), and the rows
// ordered by the width of their effect. Pure: a study's results in, numbers and rows out.

import type { SensitivityResult, SensitivityRow } from './sensitivity.js';
import type { SweepPointResult } from './sweep-result.js';

/** The measures a tornado shows; `better` says which way an input helps. */
export const MEASURES = [
  {
    id: 'medianPaybackDays',
    column: 'median_payback_days',
    title: 'Median payback time (days)',
    better: 'lower',
  },
  { id: 'paybackWithin2y', column: 'p_payback_2y', title: 'P(payback ≤ 2 years)', better: 'higher' },
  { id: 'medianNpvUsd', column: 'median_npv_usd', title: 'Median NPV (USD)', better: 'higher' },
] as const;
export type Measure = (typeof MEASURES)[number];
export type MeasureId = Measure['id'];

export function measureValue(point: SweepPointResult, id: MeasureId): number | null {
  return id === 'paybackWithin2y' ? point.paybackWithin2y.p : point[id];
}

/**
 * A measure as a tornado draws it: a median payback that does not exist (more than half the paths
 * never pay back) sits at the point's own horizon, the least it could be (a study over `horizon`
 * runs its points to different days). The others are never missing: a point's P(payback <= 2 years)
 * is judged (the study refuses a point whose horizon cannot judge it, sweep-grid.ts) and its median
 * NPV, the project's or the equity's, is over every path (summary-schema.ts refuses one that is not);
 * one missing is refused rather than drawn somewhere.
 */
export function plottedValue(point: SweepPointResult, id: MeasureId): number {
  const value = measureValue(point, id);
  if (value !== null) return value;
  if (id === 'medianPaybackDays') return point.days;
  throw new Error(`internal: a sensitivity point has no ${id} to draw (at ${JSON.stringify(point.values)})`);
}

/** How far an input moves a measure: the span of its low, base and high results. */
export function effectWidth(result: SensitivityResult, row: SensitivityRow, id: MeasureId): number {
  const values = [result.base, row.low, row.high].map((p) => plottedValue(p, id));
  return Math.max(...values) - Math.min(...values);
}

/** The rows, widest effect on the measure first; ties keep input order. */
export function rowsByEffect(result: SensitivityResult, id: MeasureId): SensitivityRow[] {
  return result.rows
    .map((row, i) => ({ row, i, width: effectWidth(result, row, id) }))
    .sort((a, b) => b.width - a.width || a.i - b.i)
    .map((r) => r.row);
}
