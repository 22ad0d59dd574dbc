// How far the endogenous network's fitted entry rate (endogenous-fit.ts) is from known: the
// standard error of kappa in its least squares, at the lag and margins the fit chose. The week-mean
// differences it regresses are serially correlated (a random walk's consecutive differences of week
// means at (n^2 - 1) / (2 (2 n^2 + 1)) = 0.24, their block luck at -0.5), so the error is the
// sandwich with Newey-West weights over two weeks of lags, not the textbook one. The lag and the
// margins chosen on their grids add to it: it is the least the fit's error can be.

import { DAYS_PER_RATE_YEAR as YEAR } from '../../calendar.js';
import { pct } from '../model.js';

/**
 * The assumptions note's clause: a least error, since the lag and margins chosen add to it. On
 * series the model simulated (test/coupled-fits/entry-error.test.ts) it matched the spread of
 * refits with those held at the truth, and was a quarter to a seventh of it with them fitted.
 */
export const entryErrorNote = (perDay: number) =>
  `entry rate standard error at least ${pct(perDay * YEAR)} a year (at the lag and margins the fit chose; on series the model simulated, choosing them made the refits spread 4 to 7 times as far)`;

/** Newey-West lags, weeks: a week-mean difference shares days with the next one only. */
const HAC_LAGS = 2;

/**
 * The HAC standard error of coefficient `of` in the least squares of `y` on the columns `x` (each
 * of y's length) at coefficients `beta`; null where the columns are collinear or too few rows.
 */
export function hacStandardError(
  x: readonly Float64Array[],
  y: Float64Array,
  beta: readonly number[],
  of: number,
): number | null {
  const k = x.length;
  const n = y.length;
  if (n <= k + 1) return null;
  const e = Float64Array.from(y, (v, i) => v - x.reduce((sum, col, j) => sum + col[i] * beta[j], 0));
  const xtx = square(k);
  const meat = square(k);
  for (let i = 0; i < n; i++)
    for (let p = 0; p < k; p++)
      for (let q = 0; q < k; q++) {
        xtx[p][q] += x[p][i] * x[q][i];
        meat[p][q] += e[i] * e[i] * x[p][i] * x[q][i];
      }
  for (let l = 1; l <= HAC_LAGS; l++) {
    const w = 1 - l / (HAC_LAGS + 1);
    for (let i = l; i < n; i++)
      for (let p = 0; p < k; p++)
        for (let q = 0; q < k; q++)
          meat[p][q] += w * e[i] * e[i - l] * (x[p][i] * x[q][i - l] + x[p][i - l] * x[q][i]);
  }
  const inverse = invert(xtx);
  if (inverse === null) return null;
  // (X'X)^-1 S (X'X)^-1, its diagonal entry `of`, with the small-sample factor n / (n - k).
  let variance = 0;
  for (let p = 0; p < k; p++)
    for (let q = 0; q < k; q++) variance += inverse[of][p] * meat[p][q] * inverse[q][of];
  variance *= n / (n - k);
  return variance > 0 && Number.isFinite(variance) ? Math.sqrt(variance) : null;
}

const square = (k: number) => Array.from({ length: k }, () => new Float64Array(k));

/** The inverse of a small symmetric matrix by Gauss-Jordan elimination; null when singular. */
function invert(m: Float64Array[]): Float64Array[] | null {
  const k = m.length;
  const a = m.map((row, i) =>
    Float64Array.from([...row, ...Array.from({ length: k }, (_, j) => (i === j ? 1 : 0))]),
  );
  for (let col = 0; col < k; col++) {
    let pivot = col;
    for (let r = col + 1; r < k; r++) if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) pivot = r;
    if (!(Math.abs(a[pivot][col]) > 1e-300)) return null;
    [a[col], a[pivot]] = [a[pivot], a[col]];
    const d = a[col][col];
    for (let q = 0; q < 2 * k; q++) a[col][q] /= d;
    for (let r = 0; r < k; r++) {
      if (r === col) continue;
      const f = a[r][col];
      for (let q = 0; q < 2 * k; q++) a[r][q] -= f * a[col][q];
    }
  }
  return a.map((row) => row.slice(k));
}
