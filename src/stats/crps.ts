// Proper scores of a forecast given as a sample (the Monte Carlo paths) against one outcome: the
// continuous ranked probability score and the interval (Winkler) score. Lower is better for both;
// both are in the unit of the forecast quantity. Pure functions of numbers, tested by hand and
// against the closed form of a normal forecast.

/**
 * CRPS of the empirical distribution of `sample` at outcome `y`, in its energy form
 * E|X - y| - E|X - X'| / 2 with X, X' independent draws of the sample. The double sum is taken on
 * the sorted sample: sum over i < j of (x_(j) - x_(i)) = sum_i x_(i) (2i - n + 1), 0-based, so the
 * score costs one sort. `sorted` says the sample is already in increasing order.
 */
export function crpsSample(sample: ArrayLike<number>, y: number, sorted = false): number {
  const n = sample.length;
  if (n === 0 || Number.isNaN(y)) return Number.NaN;
  const x = sorted ? sample : Float64Array.from(sample).sort();
  let absError = 0;
  let spread = 0;
  for (let i = 0; i < n; i++) {
    absError += Math.abs(x[i] - y);
    spread += x[i] * (2 * i - n + 1);
  }
  // E|X - X'| over ordered pairs (i, j), i = j included: 2 spread / n^2.
  return absError / n - spread / (n * n);
}

/** Standard normal density and distribution function (Abramowitz-Stegun 7.1.26 for erf, |error| < 1.5e-7). */
function normalPdf(z: number): number {
  return Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
}
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly =
    t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-x * x);
  return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
}

/** CRPS of N(mu, sigma^2) at y (Gneiting and Raftery 2007): sigma (z (2 Phi(z) - 1) + 2 phi(z) - 1 / sqrt(pi)). */
export function crpsNormal(mu: number, sigma: number, y: number): number {
  const z = (y - mu) / sigma;
  return sigma * (z * (2 * normalCdf(z) - 1) + 2 * normalPdf(z) - 1 / Math.sqrt(Math.PI));
}

/**
 * Interval (Winkler) score of the central (1 - alpha) band [low, high] at y: its width plus 2 / alpha
 * times the distance by which y falls outside it (Gneiting and Raftery 2007, section 6.2).
 */
export function intervalScore(low: number, high: number, alpha: number, y: number): number {
  const below = y < low ? low - y : 0;
  const above = y > high ? y - high : 0;
  return high - low + (2 / alpha) * (below + above);
}
