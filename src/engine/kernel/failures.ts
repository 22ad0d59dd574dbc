// When and how many of a cohort's alive units fail. Units of a cohort are identical and fail
// independently with probability p a day, so a day's count is Binomial(alive, p).
//
// The kernel does not draw a count every day: with q = (1 - p)^alive the chance that nobody fails
// in a day, the failure-free days before the next failure day are Geometric(1 - q), one uniform
// (failureFreeDays); on that day the count is Binomial(alive, p) given at least one failure, one
// more uniform (failuresOnFailureDay). This is the same process as a binomial draw every day, at
// two uniforms per failure day instead of one per day: a fleet of ten S9s fails a few times in five
// years. The uniforms come only from the path's fleet stream and their use depends only on the
// failures themselves, never on prices or tariffs, so two runs that differ only in economics (a
// higher tariff, a shutdown rule) see the very same failures: common random numbers for
// comparisons and break-even searches.
//
// The count on a failure day:
// - small cohorts (alive <= EXACT_UNITS_MAX) and any cohort with a small expected count: the exact
//   binomial, by inverting its CDF. Five machines lose whole machines. Cost is O(failures).
// - large cohorts with a large expected count: the normal approximation N(np, np(1-p)) by inverse
//   CDF, rounded to whole units and clamped to [0, alive]. Its error is negligible once np >= 30.

export const EXACT_UNITS_MAX = 1000;
/** Expected failures a day below which the exact binomial is used even for large cohorts. */
const EXACT_MEAN_MAX = 30;
/** Below this, (1 - p)^n has lost its precision; fall back to the normal approximation. */
const PMF_FLOOR = 1e-280;

/**
 * The kernel's source of uniforms on (0, 1): an object with a method (the engine passes its Rng),
 * so V8 inlines the call and the double it returns is never boxed; null selects the
 * expected-value mode (no draws).
 */
export type Uniform = { uniform(): number } | null;

/** Failed units today among `alive` (a whole number), each failing with probability `p`. */
export function drawFailures(alive: number, p: number, rng: () => number): number {
  const u = rng();
  return failuresAtUniform(alive, p, Math.exp(alive * Math.log1p(-p)), u);
}

/**
 * drawFailures with the uniform already drawn and P(no failure) = (1 - p)^alive given, so a caller
 * that sees the same alive count day after day (failures are rare) can cache the power.
 */
export function failuresAtUniform(alive: number, p: number, noFailureProb: number, u: number): number {
  if (alive <= 0 || p <= 0) return 0;
  if (p >= 1) return alive;
  const mean = alive * p;
  if ((alive <= EXACT_UNITS_MAX || mean < EXACT_MEAN_MAX) && noFailureProb > PMF_FLOOR) {
    return binomialInverse(alive, p, noFailureProb, u);
  }
  const failed = Math.round(mean + Math.sqrt(mean * (1 - p)) * inverseNormal(u));
  return Math.min(Math.max(failed, 0), alive);
}

/**
 * Failure-free days before the next day on which at least one of `alive` units fails, from a
 * uniform u on (0, 1): floor(ln u / ln q) with q = (1 - p)^alive, so P(at least k) = q^k.
 * Infinity when no unit can fail.
 */
export function failureFreeDays(alive: number, p: number, u: number): number {
  if (alive <= 0 || p <= 0) return Number.POSITIVE_INFINITY;
  if (p >= 1) return 0;
  return Math.floor(Math.log(u) / (alive * Math.log1p(-p)));
}

/**
 * Units failing on a failure day (at least one unless the normal approximation rounds to none), from
 * a uniform u on (0, 1): Binomial(alive, p) given a count of at least 1, by inverting its CDF at
 * q + u (1 - q), where q = (1 - p)^alive = noFailureProb.
 */
export function failuresOnFailureDay(alive: number, p: number, noFailureProb: number, u: number): number {
  return failuresAtUniform(alive, p, noFailureProb, noFailureProb + u * (1 - noFailureProb));
}

/** Smallest k with P(X <= k) >= u for X ~ Binomial(n, p), by walking the pmf up from k = 0. */
function binomialInverse(n: number, p: number, pmf0: number, u: number): number {
  const odds = p / (1 - p);
  let k = 0;
  let pmf = pmf0;
  let cdf = pmf0;
  while (u > cdf && k + 1 <= n) {
    pmf *= ((n - k) / (k + 1)) * odds;
    k++;
    cdf += pmf;
    // Rounding can leave the summed cdf a hair below 1; past the mass, stop.
    if (pmf === 0) break;
  }
  return k;
}

// Acklam's rational approximation of the standard normal quantile (relative error < 1.2e-9).
const A1 = -3.969683028665376e1;
const A2 = 2.209460984245205e2;
const A3 = -2.759285104469687e2;
const A4 = 1.38357751867269e2;
const A5 = -3.066479806614716e1;
const A6 = 2.506628277459239;
const B1 = -5.447609879822406e1;
const B2 = 1.615858368580409e2;
const B3 = -1.556989798598866e2;
const B4 = 6.680131188771972e1;
const B5 = -1.328068155288572e1;
const C1 = -7.784894002430293e-3;
const C2 = -3.223964580411365e-1;
const C3 = -2.400758277161838;
const C4 = -2.549732539343734;
const C5 = 4.374664141464968;
const C6 = 2.938163982698783;
const D1 = 7.784695709041462e-3;
const D2 = 3.224671290700398e-1;
const D3 = 2.445134137142996;
const D4 = 3.754408661907416;
const P_LOW = 0.02425;

/** Standard normal quantile of u in (0, 1); u = 0 or 1 give -Infinity / +Infinity. */
export function inverseNormal(u: number): number {
  if (u <= 0) return Number.NEGATIVE_INFINITY;
  if (u >= 1) return Number.POSITIVE_INFINITY;
  if (u < P_LOW) {
    const q = Math.sqrt(-2 * Math.log(u));
    return (
      (((((C1 * q + C2) * q + C3) * q + C4) * q + C5) * q + C6) /
      ((((D1 * q + D2) * q + D3) * q + D4) * q + 1)
    );
  }
  if (u > 1 - P_LOW) {
    const q = Math.sqrt(-2 * Math.log(1 - u));
    return (
      -(((((C1 * q + C2) * q + C3) * q + C4) * q + C5) * q + C6) /
      ((((D1 * q + D2) * q + D3) * q + D4) * q + 1)
    );
  }
  const q = u - 0.5;
  const r = q * q;
  return (
    ((((((A1 * r + A2) * r + A3) * r + A4) * r + A5) * r + A6) * q) /
    (((((B1 * r + B2) * r + B3) * r + B4) * r + B5) * r + 1)
  );
}
