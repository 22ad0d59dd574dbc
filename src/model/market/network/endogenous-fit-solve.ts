// The bounded least squares of the endogenous network's fit (endogenous-fit.ts): for one lag and
// pair of margins, the week-mean differences dh = 7 b0 + kappa dc - psi ds, with the entry rate
// kappa held between a least response and the stability bound of its lag and the shutdown share
// psi in [0, 1], from the Gram matrix of the columns.

import { DAYS_PER_YEAR } from '../../calendar.js';

/** Days in a week: the fit works on week means. */
export const WEEK = 7;
/**
 * The least response of capacity to the margin, a day (5 % a year per unit of log margin): where
 * the window shows none (hashrate grew while margins fell), the fit holds it here and the entry
 * margin absorbs the growth, so the network grows at the window's pace and still answers price.
 */
export const KAPPA_MIN_PER_DAY = 0.05 / DAYS_PER_YEAR;
/**
 * The most response the fit allows, as kappa x L: the margin falls one for one as capacity
 * grows, so the margin's gap obeys x'(t) = -kappa x(t - L), which settles only while
 * kappa L < pi / 2; beyond it every boom orders ever larger waves of machines.
 */
export const STABLE_KAPPA_LAG = Math.PI / 2;
/**
 * Least squares of dh = 7 b0 + kappa dc - psi ds over the week differences, with kappa from
 * KAPPA_MIN_PER_DAY to `kappaMax` and psi in [0, 1] (a share of the fleet), or each at its value
 * in `held`. The problem is convex, so the constrained optimum is the best feasible one among the
 * free fit and the fits with a parameter held at its bound.
 */
export function solve(
  h: Float64Array,
  c: Float64Array,
  s: Float64Array,
  intercept: boolean,
  kappaMax: number,
  held: { kappa?: number; psi?: number },
): Solution | null {
  // The Gram matrix of the columns (7, dc, -ds) and the target dh, from which every variant's
  // normal equations and squared error follow without another pass over the weeks.
  const g = [new Float64Array(4), new Float64Array(4), new Float64Array(4), new Float64Array(4)];
  for (let i = 0; i + 1 < h.length; i++) {
    const v0 = WEEK;
    const v1 = c[i + 1] - c[i];
    const v2 = -(s[i + 1] - s[i]);
    const v3 = h[i + 1] - h[i];
    g[0][0] += v0 * v0;
    g[0][1] += v0 * v1;
    g[0][2] += v0 * v2;
    g[0][3] += v0 * v3;
    g[1][1] += v1 * v1;
    g[1][2] += v1 * v2;
    g[1][3] += v1 * v3;
    g[2][2] += v2 * v2;
    g[2][3] += v2 * v3;
    g[3][3] += v3 * v3;
  }
  for (let p = 0; p < 4; p++) for (let q = 0; q < p; q++) g[p][q] = g[q][p];
  let best: Solution | null = null;
  const kappas = held.kappa !== undefined ? [held.kappa] : [null, KAPPA_MIN_PER_DAY, kappaMax];
  const psis = held.psi !== undefined ? [held.psi] : [null, 0, 1];
  for (const kappa of kappas)
    for (const psi of psis) {
      const fit = leastSquares(g, intercept ? null : 0, kappa, psi);
      const feasible =
        fit !== null &&
        (held.kappa !== undefined ||
          (fit.kappa >= KAPPA_MIN_PER_DAY * (1 - 1e-9) && fit.kappa <= kappaMax * (1 + 1e-9))) &&
        (held.psi !== undefined || (fit.psi >= 0 && fit.psi <= 1));
      if (feasible && (best === null || fit.sse < best.sse)) best = fit;
    }
  return best;
}

export interface Solution {
  b0: number;
  kappa: number;
  psi: number;
  sse: number;
}

/**
 * Least squares of dh on (7, dc, -ds) with coefficients (b0, kappa, psi), each held at a value
 * where given (null: free), from the Gram matrix `g` of the columns and the target (index 3).
 */
function leastSquares(
  g: Float64Array[],
  b0: number | null,
  kappa: number | null,
  psi: number | null,
): Solution | null {
  const given = [b0, kappa, psi];
  const free = [0, 1, 2].filter((j) => given[j] === null);
  const fixed = [0, 1, 2].filter((j) => given[j] !== null);
  const value = (j: number) => given[j] as number;
  // y' = y - sum of the held columns times their values.
  const xy = (p: number) => g[p][3] - fixed.reduce((sum, j) => sum + value(j) * g[p][j], 0);
  let yy = g[3][3];
  for (const j of fixed) yy -= 2 * value(j) * g[j][3];
  for (const j of fixed) for (const k of fixed) yy += value(j) * value(k) * g[j][k];
  const beta = [value(0) ?? 0, value(1) ?? 0, value(2) ?? 0];
  let sse = yy;
  if (free.length > 0) {
    const a = free.map((p) => Float64Array.from([...free.map((q) => g[p][q]), xy(p)]));
    const solved = gauss(a, free.length);
    if (solved === null) return null;
    for (const [i, j] of free.entries()) {
      beta[j] = solved[i];
      sse -= solved[i] * xy(j);
    }
  }
  return { b0: beta[0], kappa: beta[1], psi: beta[2], sse: Math.max(sse, 0) };
}

/** Solves the augmented k x (k+1) system by elimination with partial pivoting; null when singular. */
function gauss(a: Float64Array[], k: number): number[] | null {
  for (let col = 0; col < k; col++) {
    let pivot = col;
    for (let r = col + 1; r < k; r++) if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) pivot = r;
    if (!(Math.abs(a[pivot][col]) > 1e-300)) return null;
    [a[col], a[pivot]] = [a[pivot], a[col]];
    for (let r = 0; r < k; r++) {
      if (r === col) continue;
      const f = a[r][col] / a[col][col];
      for (let q = col; q <= k; q++) a[r][q] -= f * a[col][q];
    }
  }
  const beta = Array.from({ length: k }, (_, i) => a[i][k] / a[i][i]);
  return beta.every(Number.isFinite) ? beta : null;
}
