// The Monte Carlo error of a quantile: a distribution-free 95 % interval from order statistics.
//
// For n independent paths and the q-quantile xi of their measure, the count B of paths at or below
// xi is binomial(n, q), and the k-th smallest value X(k) is at or below xi exactly when B >= k. So
// [X(l), X(u)] covers xi whenever l <= B < u, with probability P(l <= B <= u - 1) whatever the
// measure's distribution (at least that where it has atoms: ties only widen the closed interval).
// The ranks are the exact binomial's, each tail at most 2.5 %: l the largest rank with
// P(B <= l - 1) <= 0.025, u the smallest with P(B >= u) <= 0.025. Where no rank has such a tail
// (P(B = 0) > 0.025: fewer than 6 paths for the median, 36 for the 10 % quantile, 72 for the 5 %)
// no interval is given.
//
// Antithetic pairs are not independent paths: the two paths of a pair may fall on the same side of
// xi more often than chance (a measure that is not monotone in the draws: at worst both paths of
// every pair alike). The pair is the unit then: the ranks are the binomial's over floor(n / 2)
// pairs, l and u, read on the paths as 2 l - 1 and 2 u (one more with an unpaired last path). Where
// the pair's two paths are alike this is the exact interval of its pairs; where they fall apart
// more than chance (the usual case of antithetic pairs, a measure monotone in the draws) the
// interval is wider than it needs to be: conservative, never narrower than the pairs support.
//
// Pairs with a path without a value (an IRR, a break-even, a cost per coin: NaN, left out of the
// measure's quantiles; a payback never reached is not missing, it ranks after every day) need the
// pairs' own count, not the kept paths' (see keptPairsRanks below).
//
// The ranks are widened where need be to hold the order statistics the quantile itself is
// interpolated between (stats/quantiles.ts quantileSorted), so the interval always holds the
// quantile printed.

/** The 95 % interval's tails: at most 2.5 % each. */
const TAIL = 0.025;

/**
 * P(B <= k) for B binomial(n, q), k = 0..n, by the pmf's ratios walked out from the mode and
 * normalised: exact to rounding, with the terms below 1e-22 of the mode's (more than 9 standard
 * deviations out) left at 0. Returns the CDF on [from, from + cdf.length); 0 below, 1 above.
 */
function binomialCdf(n: number, q: number): { from: number; cdf: Float64Array } {
  const mode = Math.min(n, Math.floor((n + 1) * q));
  const r = q / (1 - q);
  const up: number[] = [];
  const down: number[] = [];
  for (let i = mode, w = 1; i < n; ) {
    w *= ((n - i) / (i + 1)) * r;
    i++;
    if (w < 1e-22) break;
    up.push(w);
  }
  for (let i = mode, w = 1; i > 0; ) {
    w *= i / ((n - i + 1) * r);
    i--;
    if (w < 1e-22) break;
    down.push(w);
  }
  const from = mode - down.length;
  const pmf = [...down.reverse(), 1, ...up];
  let total = 0;
  for (const w of pmf) total += w;
  const cdf = new Float64Array(pmf.length);
  let sum = 0;
  pmf.forEach((w, i) => {
    sum += w;
    cdf[i] = sum / total;
  });
  return { from, cdf };
}

/**
 * The exact binomial(n, q) ranks (1-based) of the equal-tailed 95 % order-statistic interval of
 * the q-quantile of n independent values, or null where n is too small for one.
 */
export function binomialRanks(n: number, q: number): [number, number] | null {
  if (!(n >= 1) || !(q > 0 && q < 1)) return null;
  const { from, cdf } = binomialCdf(n, q);
  const at = (k: number) => (k < from ? 0 : k >= from + cdf.length ? 1 : cdf[k - from]);
  // l: the largest with P(B <= l - 1) <= TAIL; u: the smallest with P(B <= u - 1) >= 1 - TAIL.
  // Below the CDF's window every rank passes, and above it: each search starts at its edge, so a
  // million paths take a few thousand steps, not a million.
  let l = Math.min(from, n);
  while (l + 1 <= n && at(l) <= TAIL) l++;
  let u = Math.min(n + 1, from + cdf.length + 1);
  while (u - 1 >= 1 && 1 - at(u - 2) <= TAIL) u--;
  if (l < 1 || u > n) return null;
  return [l, u];
}

/**
 * How the kept values (those with a value) of n paths in antithetic pairs fall into the pairs
 * (2 j, 2 j + 1): `doubles` pairs with both paths kept, `singles` pairs with one (the last path of
 * an odd count, alone, counts here when kept). The kept values number singles + 2 doubles.
 */
export interface KeptPairs {
  singles: number;
  doubles: number;
}

/**
 * The ranks (1-based, on the kept values sorted) of the 95 % interval of the q-quantile of the kept
 * values of antithetic pairs, some paths without a value. Reading them as floor(kept / 2) pairs, as
 * if every kept value had a kept partner, took a pair with one value kept for half a pair: an
 * interval up to sqrt(2) too wide where most pairs keep one path (an IRR missing on one path of a
 * pair), never narrower than the pairs support.
 *
 * Why this rule. Pairs are independent of one another; xi is the quantile of the kept values, so
 * with a_j the kept values of pair j at or below xi and b_j its kept values, E a_j = q E b_j, and
 * [X(l), X(u)] covers xi when l <= B < u, B = sum a_j, the kept count N = sum b_j. B - q N is a
 * sum of independent terms a_j - q b_j of mean 0, whose variance the values' distribution sets.
 * Its largest over every distribution (the pair rule's worst case, distribution-free), given the
 * pairs' shares with one and with two kept values: within a pair of two the paths alike (a_j 0 or
 * 2), and the pairs of two leaning to one side of xi (a share q2 at or below it) against the pairs
 * of one leaning to the other (q1), as far as E a_j = q E b_j lets them:
 *   V = q (1 - q) (singles + 4 doubles) + |1 - 2 q| min(2 doubles (1 - r), singles r), r = min(q, 1 - q)
 * (the first term is q1 = q2 = q; the second the most the lean adds: 0 at the median, at most the
 * first's (1 - 2 r) / (1 + r) elsewhere). The interval is then the binomial one of m pairs alike
 * with that variance, m = N^2 q (1 - q) / V effective pairs (rounded down: wider) of N / m kept
 * values each, its pair ranks l and u read on the kept values as (N / m) (l - 1) + 1 and (N / m) u
 * (rounded outward). With no pair of one this is the pair rule (N / m = 2: ranks 2 l - 1 and 2 u);
 * with no pair of two, the independent paths' rule (a pair of one kept value is an independent
 * path). The first is exact where a pair's paths are alike, the second exact always; in between
 * the count is exact in its variance and read by the binomial's ranks, as the normal approximation
 * of both. It is conservative where the paths of a pair fall apart (the usual antithetic case).
 * Over 2,000 seeds of 1,000 pairs (test/paired-missing/coverage.test.ts): one value kept a pair,
 * 0.9465 (median) against the exact 0.9537, where the half-as-many-pairs reading covered 0.993;
 * pairs alike with 70 % of paths left out, 0.960 (that reading 0.9885); the worst lean at the 10 %
 * quantile, 0.957 (0.897 with the first term alone).
 */
export function keptPairsRanks(kept: KeptPairs, q: number): [number, number] | null {
  const { singles, doubles } = kept;
  const n = singles + 2 * doubles;
  if (!(n >= 1) || !(q > 0 && q < 1)) return null;
  const r = Math.min(q, 1 - q);
  const variance =
    q * (1 - q) * (singles + 4 * doubles) +
    Math.abs(1 - 2 * q) * Math.min(2 * doubles * (1 - r), singles * r);
  // 1e-9: a whole number of pairs computed a rounding below itself is that number.
  const m = Math.floor((n * n * q * (1 - q)) / variance + 1e-9);
  const pairs = binomialRanks(m, q);
  if (pairs === null) return null;
  const each = n / m;
  return [Math.floor(each * (pairs[0] - 1) + 1e-9) + 1, Math.min(n, Math.ceil(each * pairs[1] - 1e-9))];
}

const cache = new Map<string, [number, number] | null>();

/**
 * The ranks (1-based, on the n values sorted) of the 95 % interval of the q-quantile, as the
 * module's comment says: exact binomial over independent paths, or over pairs where the paths are
 * antithetic pairs (`kept`: how the n values, some paths without one left out, fall into the pairs,
 * keptPairsRanks); widened to hold the ranks the quantile is interpolated between. Null: too few
 * paths (or pairs) for an interval.
 */
export function quantileIntervalRanks(
  n: number,
  q: number,
  antithetic: boolean,
  kept?: KeptPairs,
): [number, number] | null {
  const paired = antithetic && kept !== undefined;
  if (paired && kept.singles + 2 * kept.doubles !== n)
    throw new Error(`kept pairs of ${kept.singles + 2 * kept.doubles} values for ${n} values`);
  const key = paired ? `${n} ${q} kept ${kept.singles} ${kept.doubles}` : `${n} ${q} ${antithetic}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  let ranks: [number, number] | null;
  if (!antithetic) ranks = binomialRanks(n, q);
  else if (paired) ranks = keptPairsRanks(kept, q);
  else {
    const pairs = binomialRanks(Math.floor(n / 2), q);
    ranks = pairs === null ? null : [2 * pairs[0] - 1, Math.min(n, 2 * pairs[1] + (n % 2))];
  }
  if (ranks !== null) {
    // The quantile lies between the 0-based order statistics lo and lo + 1 (quantileSorted).
    const lo = Math.floor((n - 1) * q);
    ranks = [Math.min(ranks[0], lo + 1), Math.max(ranks[1], Math.min(n, lo + 2))];
  }
  if (cache.size > 1000) cache.clear();
  cache.set(key, ranks);
  return ranks;
}
