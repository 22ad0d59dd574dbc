// Shares of paths where an event holds, with their Monte Carlo standard errors (independent paths
// or antithetic pairs, every path kept or some left out) and their 95 % intervals (Wilson's).
import type { Estimate } from './summary.js';

/**
 * Share of paths where an event holds, with its Monte Carlo standard error. With antithetic
 * pairs the two paths of a pair are not independent, so the error comes from the pair means.
 * An odd number of paths leaves the last one without its mirror: an independent path, counted in
 * the share with the others and in the error with its own variance. The share is
 * (2 x the sum of the pair means + that path) / n, so its variance is
 * (4 pairs var(pair mean) + var(path)) / n^2, var(path) estimated as p (1 - p).
 */
export function proportion(holds: Uint8Array, antithetic: boolean): Estimate {
  const n = holds.length;
  if (n === 0) return { p: Number.NaN, se: Number.NaN };
  let count = 0;
  for (let i = 0; i < n; i++) count += holds[i];
  const p = count / n;
  if (!antithetic || n < 4) return { p, se: Math.sqrt((p * (1 - p)) / n) };
  const pairs = Math.floor(n / 2);
  let pairSum = 0;
  for (let j = 0; j < pairs; j++) pairSum += (holds[2 * j] + holds[2 * j + 1]) / 2;
  const pairMean = pairSum / pairs;
  let ss = 0;
  for (let j = 0; j < pairs; j++) {
    const m = (holds[2 * j] + holds[2 * j + 1]) / 2;
    ss += (m - pairMean) ** 2;
  }
  return { p, se: pairedShareSe(n, p, pairs, ss / (pairs - 1)) };
}

/** proportion()'s standard error of a share p of n paths in antithetic pairs, from its pairs' variance. */
function pairedShareSe(n: number, p: number, pairs: number, pairVariance: number): number {
  const unpaired = n - 2 * pairs;
  return Math.sqrt((4 * pairs * pairVariance + unpaired * p * (1 - p)) / (n * n));
}

/**
 * The standard errors of the shares of paths whose value is at or below each of `ends` (sorted
 * ascending; NaN, a payback never reached, is below none): proportion()'s error of each share, by
 * its formula (pairs and all), from counts rather than a pass over the paths per end. With
 * antithetic pairs a pair's mean at an end is 1 when both its paths are at or below it, 1/2 when
 * one is, 0 when neither: the pairs' variance is summed from how many pairs are of each kind (the
 * same value as proportion()'s sum over the pairs, to rounding: 1e-15 of it).
 */
export function cumulativeShareSes(
  values: Float64Array,
  ends: readonly number[],
  antithetic: boolean,
): number[] {
  const n = values.length;
  const bins = ends.length;
  if (n === 0) return ends.map(() => Number.NaN);
  // The first end at or above a value; `bins` for a value above every end or NaN.
  const binOf = (v: number) => {
    if (!(v <= ends[bins - 1])) return bins;
    let lo = 0;
    let hi = bins - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (v <= ends[mid]) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  const pathsAt = new Float64Array(bins + 1);
  for (let k = 0; k < n; k++) pathsAt[binOf(values[k])]++;
  const paired = antithetic && n >= 4;
  const pairs = Math.floor(n / 2);
  // The pairs whose first path to reach an end reaches it at bin i, and those whose second does.
  const firstAt = new Float64Array(bins + 1);
  const secondAt = new Float64Array(bins + 1);
  if (paired) {
    for (let j = 0; j < pairs; j++) {
      const a = binOf(values[2 * j]);
      const b = binOf(values[2 * j + 1]);
      firstAt[Math.min(a, b)]++;
      secondAt[Math.max(a, b)]++;
    }
  }
  const out: number[] = [];
  let count = 0;
  let one = 0;
  let both = 0;
  for (let i = 0; i < bins; i++) {
    count += pathsAt[i];
    const p = count / n;
    if (!paired) {
      out.push(Math.sqrt((p * (1 - p)) / n));
      continue;
    }
    one += firstAt[i];
    both += secondAt[i];
    const pairMean = (one + both) / 2 / pairs;
    const ss =
      both * (1 - pairMean) ** 2 + (one - both) * (0.5 - pairMean) ** 2 + (pairs - one) * pairMean ** 2;
    out.push(pairedShareSe(n, p, pairs, ss / (pairs - 1)));
  }
  return out;
}

/**
 * Share of the kept paths (kept[k] = 1) where an event holds, of n paths drawn in antithetic pairs
 * (as proportion() pairs them: (2j, 2j + 1), the last path of an odd count alone), with its
 * standard error and the independent draws it is over: the pairs (or lone path) with a path kept.
 * A pair's kept paths are not independent, and not always negatively correlated either (both
 * paths of a pair follow one model of a mixture), so the error is a ratio's over those clusters:
 * with a_j the kept paths of cluster j that hold, b_j its kept paths and C the clusters,
 * var = C / (C - 1) x sum_j (a_j - p b_j)^2 / (sum_j b_j)^2. With every path kept and an even
 * count it is proportion()'s formula. Taking the kept paths as independent understated the error
 * of pairs sharing their values by up to sqrt(2) (intervals covering 83 %, not 95 %).
 */
export function keptPairsProportion(
  holds: Uint8Array,
  kept: Uint8Array,
): { estimate: Estimate; draws: number } {
  const n = holds.length;
  let held = 0;
  let total = 0;
  let draws = 0;
  for (let k = 0; k < n; k += 2) {
    const b = kept[k] + (k + 1 < n ? kept[k + 1] : 0);
    if (b === 0) continue;
    held += holds[k] * kept[k] + (k + 1 < n ? holds[k + 1] * kept[k + 1] : 0);
    total += b;
    draws++;
  }
  if (total === 0) return { estimate: { p: Number.NaN, se: Number.NaN }, draws: 0 };
  const p = held / total;
  if (draws < 2) return { estimate: { p, se: Math.sqrt((p * (1 - p)) / total) }, draws };
  let ss = 0;
  for (let k = 0; k < n; k += 2) {
    const b = kept[k] + (k + 1 < n ? kept[k + 1] : 0);
    if (b === 0) continue;
    const a = holds[k] * kept[k] + (k + 1 < n ? holds[k + 1] * kept[k + 1] : 0);
    ss += (a - p * b) ** 2;
  }
  return { estimate: { p, se: Math.sqrt((draws / (draws - 1)) * ss) / total }, draws };
}

/**
 * The 95 % interval of a share estimated over `n` paths with standard error `se`: Wilson's, from
 * the effective sample size p (1 - p) / se^2 (n for independent paths, more where antithetic pairs
 * cut the error), or from the paths' independent draws where that size is undefined (a share of 0
 * or 1, or an error of 0): n paths, or under antithetic pairs (as proportion() pairs them, from 4
 * paths) their pairs and the path left alone, ceil(n / 2). A pair's two paths share their market
 * draws and an event can hold on both or on neither (a mixture's model is one pick for the pair):
 * 0 of 200 paths in pairs is 0 of 100 draws, [0, 0.037], not [0, 0.0188] (runs of 200 paths whose
 * pairs pick a model of weight 0.02 together covered 0.02 0.82 of the time with the path count).
 * Never p ± 1.96 se: at a share of 0 or 1 that is a band of zero width, certainty from a thousand
 * paths (0 of 1,000 paths: [0, 0.0038], not [0, 0]).
 */
export function shareInterval(e: Estimate, n: number, antithetic = false): [number, number] {
  return wilson(e.p, e.se > 0 ? (e.p * (1 - e.p)) / (e.se * e.se) : independentDraws(n, antithetic));
}

/** The independent draws among n paths: n, or under antithetic pairs (from 4 paths) ceil(n / 2). */
export function independentDraws(n: number, antithetic: boolean): number {
  return antithetic && n >= 4 ? Math.ceil(n / 2) : n;
}

/** Wilson score interval for a share estimated from an effective sample of size n (95 %: z = 1.96). */
export function wilson(p: number, n: number, z = 1.96): [number, number] {
  if (n <= 0) return [0, 1];
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
