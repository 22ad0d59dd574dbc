// Nelder-Mead simplex minimisation (Nelder and Mead 1965, with the standard coefficients of
// Lagarias et al. 1998: reflect 1, expand 2, contract 1/2, shrink 1/2). Derivative-free, so a
// likelihood written on an unconstrained reparametrisation needs no gradient; it runs at
// calibration time (once per resolve), not in the per-path loop.

export interface Minimum {
  x: Float64Array;
  value: number;
  iterations: number;
}

export interface NelderMeadOptions {
  /** Initial step along each axis. */
  step?: number;
  maxIterations?: number;
  /** Stops when the simplex's values and points agree within these. */
  tolValue?: number;
  tolPoint?: number;
}

/** The minimum of `f` from `x0`; a non-finite value counts as +Infinity (outside the domain). */
export function nelderMead(
  f: (x: Float64Array) => number,
  x0: ArrayLike<number>,
  o: NelderMeadOptions = {},
): Minimum {
  const n = x0.length;
  const step = o.step ?? 0.5;
  const maxIterations = o.maxIterations ?? 200 * n;
  const tolValue = o.tolValue ?? 1e-9;
  const tolPoint = o.tolPoint ?? 1e-7;
  const value = (x: Float64Array) => {
    const v = f(x);
    return Number.isFinite(v) ? v : Number.POSITIVE_INFINITY;
  };
  const points: Float64Array[] = [];
  for (let i = 0; i <= n; i++) {
    const p = Float64Array.from(x0);
    if (i > 0) p[i - 1] += step;
    points.push(p);
  }
  const values = points.map(value);
  const centroid = new Float64Array(n);
  const along = (t: number) => {
    const p = new Float64Array(n);
    const worst = points[n];
    for (let j = 0; j < n; j++) p[j] = centroid[j] + t * (worst[j] - centroid[j]);
    return p;
  };
  let iterations = 0;
  for (; iterations < maxIterations; iterations++) {
    const order = values.map((_, i) => i).sort((a, b) => values[a] - values[b]);
    const sorted = order.map((i) => points[i]);
    const sortedValues = order.map((i) => values[i]);
    for (let i = 0; i <= n; i++) {
      points[i] = sorted[i];
      values[i] = sortedValues[i];
    }
    if (converged(points, values, tolValue, tolPoint)) break;
    centroid.fill(0);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) centroid[j] += points[i][j] / n;
    const reflected = along(-1);
    const fr = value(reflected);
    if (fr < values[0]) {
      const expanded = along(-2);
      const fe = value(expanded);
      [points[n], values[n]] = fe < fr ? [expanded, fe] : [reflected, fr];
    } else if (fr < values[n - 1]) {
      [points[n], values[n]] = [reflected, fr];
    } else {
      const contracted = fr < values[n] ? along(-0.5) : along(0.5);
      const fc = value(contracted);
      if (fc < Math.min(fr, values[n])) [points[n], values[n]] = [contracted, fc];
      else
        for (let i = 1; i <= n; i++) {
          for (let j = 0; j < n; j++) points[i][j] = points[0][j] + 0.5 * (points[i][j] - points[0][j]);
          values[i] = value(points[i]);
        }
    }
  }
  let best = 0;
  for (let i = 1; i <= n; i++) if (values[i] < values[best]) best = i;
  return { x: points[best], value: values[best], iterations };
}

function converged(points: Float64Array[], values: number[], tolValue: number, tolPoint: number): boolean {
  const n = points.length - 1;
  if (!(Math.abs(values[n] - values[0]) <= tolValue * (1 + Math.abs(values[0])))) return false;
  for (let i = 1; i <= n; i++)
    for (let j = 0; j < n; j++) if (Math.abs(points[i][j] - points[0][j]) > tolPoint) return false;
  return true;
}
