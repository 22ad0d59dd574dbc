// Exact quantiles over per-path values and their 95 % intervals (shares of paths: shares.ts).
import { type KeptPairs, quantileIntervalRanks } from './quantile-interval.js';
import {
  type Distribution,
  QUANTILE_KEYS,
  QUANTILES,
  type QuantileIntervals,
  type QuantileKey,
  type Quantiles,
} from './summary.js';

/**
 * The q-quantile of sorted values, linear between order statistics (R's type 7). With `never`
 * (+Infinity is a meaning: a path that never pays back), between a finite value and +Infinity
 * there is nothing to interpolate: the quantile is the finite value when at least a q share of the
 * values are at or below it (the time by which a q share have paid back, where the CDF reaches q),
 * else +Infinity. Without it +Infinity is an overflow and passes through.
 */
export function quantileSorted(sorted: ArrayLike<number>, q: number, never = false): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  const a = sorted[lo];
  const b = sorted[hi];
  // h === lo also guards 0 x Infinity when the next value is +Infinity (a path that never pays back).
  if (a === b || h === lo) return a;
  // lo + 1 values are at or below a; q n within rounding of a whole number counts as that number.
  if (never && b === Number.POSITIVE_INFINITY) return lo + 1 >= q * n * (1 - 1e-12) ? a : b;
  return a + (h - lo) * (b - a);
}

/**
 * Mean and quantiles of `values`. NaN values are left out unless `nanAs` says what they mean
 * (payback: NaN = never = +Infinity); then a quantile or mean that is infinite because of them is
 * reported as null. Without `nanAs` an infinite value is an overflow, not a meaning: it is passed
 * through, so the summary's check (summary-check.ts) stops the run instead of printing null.
 * Where NaN values are left out, `paths` says how many values the mean and quantiles are over (0:
 * none, and every figure null), so no reader takes them for figures over every path.
 * `intervals` gives each quantile's 95 % interval (quantile-interval.ts; `antithetic`: the paths
 * are antithetic pairs, 2 j and 2 j + 1, in `values`' order: NaN values left out are counted pair
 * by pair), absent where no quantile has one (too few paths).
 * `scratch`, of at least values.length, is overwritten (the values are copied into it).
 * `infiniteRanked`: +Infinity is a meaning too (a cost per coin on a path that mined no coin but
 * had costs: engine/kernel/path-metrics.ts perCoin), ranked after every finite value as a payback
 * never reached is; a quantile or interval end among them is null, the mean null where any path is
 * there, and `infinite` says how many are (the paths stay in the figures' count).
 */
export function distribution(
  values: Float64Array,
  nanAs?: number,
  antithetic = false,
  scratch?: Float64Array,
  infiniteRanked = false,
): Distribution {
  // The values kept, rearranged by the selection: in `scratch` where the caller lends one (a
  // summary's many distributions of ten million paths each took a buffer of 80 MB of their own).
  const kept =
    scratch !== undefined && scratch.length >= values.length ? scratch : new Float64Array(values.length);
  let n = 0;
  let sum = 0;
  let finite = 0;
  let infinite = 0;
  for (let i = 0; i < values.length; i++) {
    let v = values[i];
    if (Number.isNaN(v)) {
      if (nanAs === undefined) continue;
      v = nanAs;
    }
    kept[n++] = v;
    if (Number.isFinite(v)) {
      sum += v;
      finite++;
    } else if (v === Number.POSITIVE_INFINITY) infinite++;
  }
  // +Infinity is a meaning (a payback never reached, a cost per coin with no coin), not an overflow.
  const meaning = nanAs !== undefined || infiniteRanked;
  const chosen = kept.subarray(0, n);
  // Paths left out break the pairs: the interval counts the pairs by how many values each kept
  // (quantile-interval.ts keptPairsRanks). With none left out, the pair rule as it always was.
  const pairsKept = antithetic && n < values.length ? keptPairs(values) : undefined;
  // Only the order statistics the quantiles interpolate between are needed: selected in place,
  // in O(n), rather than sorting all n values.
  const ranks = new Set<number>();
  const intervalRanks = QUANTILES.map((q) => quantileIntervalRanks(n, q, antithetic, pairsKept));
  for (const q of QUANTILES) {
    const h = (n - 1) * q;
    ranks.add(Math.floor(h));
    ranks.add(Math.min(n - 1, Math.floor(h) + 1));
  }
  for (const r of intervalRanks) {
    if (r === null) continue;
    ranks.add(r[0] - 1);
    ranks.add(r[1] - 1);
  }
  const wanted = Int32Array.from([...ranks].filter((k) => k >= 0).sort((a, b) => a - b));
  selectRanks(chosen, 0, n, wanted, 0, wanted.length);
  const quantiles = {} as Quantiles;
  QUANTILES.forEach((q, i) => {
    const v = quantileSorted(chosen, q, nanAs === Number.POSITIVE_INFINITY || infiniteRanked);
    quantiles[QUANTILE_KEYS[i]] = n === 0 || (meaning && !Number.isFinite(v)) ? null : v;
  });
  const paths = n < values.length ? { paths: n } : {};
  // An end is an order statistic; with `nanAs` an infinite one (a payback never reached) is null.
  const end = (v: number) => (meaning && !Number.isFinite(v) ? null : v);
  const intervals = {} as QuantileIntervals;
  QUANTILE_KEYS.forEach((key, i) => {
    const r = intervalRanks[i];
    intervals[key] = r === null ? null : { low: end(chosen[r[0] - 1]), high: end(chosen[r[1] - 1]) };
  });
  const stated = intervalRanks.some((r) => r !== null) ? { intervals } : {};
  if (infiniteRanked && nanAs === undefined && infinite > 0)
    return {
      mean: finite + infinite === n ? null : Number.NaN,
      quantiles,
      ...stated,
      ...paths,
      infinite,
    };
  if (nanAs === undefined)
    return { mean: n === 0 ? null : finite === n ? sum / n : Number.NaN, quantiles, ...stated, ...paths };
  return { mean: finite === n && n > 0 ? sum / n : null, quantiles, ...stated };
}

/** How the values that are not NaN fall into the antithetic pairs (2 j, 2 j + 1), the last path of an odd count alone. */
export function keptPairs(values: ArrayLike<number>): KeptPairs {
  let singles = 0;
  let doubles = 0;
  for (let k = 0; k < values.length; k += 2) {
    const b =
      (Number.isNaN(values[k]) ? 0 : 1) + (k + 1 < values.length && !Number.isNaN(values[k + 1]) ? 1 : 0);
    if (b === 2) doubles++;
    else if (b === 1) singles++;
  }
  return { singles, doubles };
}

/**
 * As distribution(), for a measure whose values beyond [low, high] are censored: carried as the
 * bound itself (an IRR beyond the range searched, model/finance/irr.ts). They rank correctly, so
 * the quantiles stand, and a quantile equal to a bound means "at or beyond it"; `censored` counts
 * the values at each bound. The mean of the true values is unknown then, so it is null.
 * A value below `low` (an IRR's -1, a total loss) ranks below it while no value is at `low`; with
 * some there it is counted there with them: a value carried at `low` is only known to be at or
 * below it (an IRR at the floor may be none at all, for a path that lost more than it put in), so
 * nothing orders the two, and a quantile among them is `low`, not a figure between them.
 */
export function censoredDistribution(
  values: Float64Array,
  low: number,
  high: number,
  antithetic = false,
  scratch?: Float64Array,
): Distribution {
  let below = 0;
  let under = 0;
  let above = 0;
  for (let i = 0; i < values.length; i++) {
    if (values[i] === low) below++;
    else if (values[i] < low) under++;
    else if (values[i] === high) above++;
  }
  const d = distribution(
    below > 0 && under > 0 ? raisedTo(values, low) : values,
    undefined,
    antithetic,
    scratch,
  );
  below += below > 0 ? under : 0;
  if (below + above === 0) return d;
  // A quantile interpolated between a censored value and an uncensored one is only a bound on the
  // true quantile: the censored value's true one lies beyond the bound it is carried at.
  const n = d.paths ?? values.length;
  const atMost: QuantileKey[] = [];
  const atLeast: QuantileKey[] = [];
  QUANTILES.forEach((q, i) => {
    const h = (n - 1) * q;
    const lo = Math.floor(h);
    if (h === lo) return;
    if (lo < below && lo + 1 >= below) atMost.push(QUANTILE_KEYS[i]);
    if (lo < n - above && lo + 1 >= n - above) atLeast.push(QUANTILE_KEYS[i]);
  });
  return {
    ...d,
    mean: null,
    censored: {
      low: below,
      high: above,
      ...(atMost.length > 0 ? { atMost } : {}),
      ...(atLeast.length > 0 ? { atLeast } : {}),
    },
  };
}

/** A copy of `values` with each value below `low` raised to it (NaN kept). */
function raisedTo(values: Float64Array, low: number): Float64Array {
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = values[i] < low ? low : values[i];
  return out;
}

/**
 * Rearranges a[from..to) so that a[k] holds the value it would hold sorted, for every rank k in
 * ranks[first..last) (ascending, inside [from, to)): quickselect for several ranks at once. The
 * values at other indices end up in some order consistent with those ranks.
 */
export function selectRanks(
  a: Float64Array,
  from: number,
  to: number,
  ranks: Int32Array,
  first: number,
  last: number,
): void {
  while (first < last && to - from > 16) {
    // Median of three as the pivot, then a three-way partition: [< pivot | = pivot | > pivot].
    const x = a[from];
    const y = a[(from + to) >>> 1];
    const z = a[to - 1];
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let lt = from;
    let i = from;
    let gt = to;
    while (i < gt) {
      const v = a[i];
      if (v < pivot) {
        a[i++] = a[lt];
        a[lt++] = v;
      } else if (v > pivot) {
        a[i] = a[--gt];
        a[gt] = v;
      } else i++;
    }
    // Ranks below lt go left, ranks at or past gt go right; ranks in between are settled.
    let split = first;
    while (split < last && ranks[split] < lt) split++;
    let right = split;
    while (right < last && ranks[right] < gt) right++;
    if (split - first < last - right) {
      selectRanks(a, from, lt, ranks, first, split);
      from = gt;
      first = right;
    } else {
      selectRanks(a, gt, to, ranks, right, last);
      to = lt;
      last = split;
    }
  }
  if (first < last) a.subarray(from, to).sort();
}
