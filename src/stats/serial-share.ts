// A share of a sequence of hits (0 or 1) in time order whose neighbours are not independent (the
// study's forecasts of consecutive starts: their windows may share days, and a model that is off
// in one regime misses week after week), with a 95 % interval that states that dependence.
//
// The share's variance is p (1 - p) / n times an inflation, the variance of the sum over n
// independent hits; n / inflation is the effective sample size, and the interval Wilson's for it.
// The inflation is the largest of three:
// - the design's: forecasts whose windows overlap by design, e.g. horizon / step of them;
// - a two-state Markov chain's, (1 + rho) / (1 - rho), rho = P(hit | hit) - P(hit | miss) from
//   the transitions, each count given half a transition more (so a run without a miss, or with
//   one kind of transition, still reads a dependence it cannot rule out: a hit every time is read
//   as rho of about 0.5), rho raised by (1 + 3 rho) / n, its small-sample bias (Kendall's), kept
//   in [0, 0.99];
// - the autocorrelations' sum, 1 + 2 sum rho_k, to Geyer's initial positive sequence (pairs of
//   lags summed while positive), which follows dependence longer than one step.
// Where a data-measured inflation is the largest, the interval's multiplier is Student's t with
// n_eff - 1 degrees of freedom (at least 1), since the inflation is itself estimated; where the
// design's is, 1.96. Never more effective hits than n, nor, from the data, fewer than 1.
//
// In simulation (test/study-serial/, 2,000 series): a Markov chain of 105 hits, lag-1 correlation
// 0.5, is covered at 0.954 (P(hit) 0.5) and 0.945 (0.9), where the binomial interval covers 0.74;
// for independent hits the interval is the binomial's, 5-8 % wider (its inflation is estimated at a
// little above 1); windows overlapping by design over-cover (0.99), as the design's count alone
// did. Dependence longer than a Markov chain's (a persistent hidden regime) is under-stated: an
// AR(1) regime of coefficient 0.9 behind 105 hits is covered at about 0.84.
import { wilson } from './shares.js';
import { studentTQuantile } from './student-t.js';

export interface SerialShare {
  n: number;
  hits: number;
  share: number;
  /** The variance of the hits' sum over n independent hits': at least 1 (the design's, at least). */
  inflation: number;
  /** n / inflation, at most n (0 for no hits to count); below 1 only by the design's count. */
  effective: number;
  /** The 95 % Wilson interval over the effective sample, at the multiplier `z`. */
  interval: [number, number];
  z: number;
}

const toNumbers = (x: ArrayLike<boolean | number>) => Float64Array.from(x as ArrayLike<number>, Number);

/** Most lag-1 correlation the Markov reading takes: 199 times the independent variance. */
const RHO_MAX = 0.99;

/** The Markov chain's inflation (1 + rho) / (1 - rho) of a 0/1 sequence, as the header says. */
export function markovInflation(hits: ArrayLike<boolean | number>): number {
  const x = toNumbers(hits);
  const n = x.length;
  if (n < 2) return (1 + RHO_MAX) / (1 - RHO_MAX);
  let n11 = 0;
  let n10 = 0;
  let n01 = 0;
  let n00 = 0;
  for (let i = 1; i < n; i++) {
    if (x[i - 1] === 1) x[i] === 1 ? n11++ : n10++;
    else x[i] === 1 ? n01++ : n00++;
  }
  const p11 = (n11 + 0.5) / (n11 + n10 + 1);
  const p01 = (n01 + 0.5) / (n01 + n00 + 1);
  const raw = Math.max(0, p11 - p01);
  const rho = Math.min(RHO_MAX, raw + (1 + 3 * raw) / n);
  return (1 + rho) / (1 - rho);
}

/**
 * 1 + 2 sum of the autocorrelations (autocovariances over n, about the mean) to Geyer's initial
 * positive sequence; 1 for a sequence that never changes (it shows no dependence to measure) or
 * whose sum falls below 1.
 */
export function initialPositiveInflation(hits: ArrayLike<boolean | number>): number {
  const x = toNumbers(hits);
  const n = x.length;
  if (n < 2) return 1;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += x[i];
  mean /= n;
  const gamma = (k: number) => {
    let s = 0;
    for (let i = 0; i + k < n; i++) s += (x[i] - mean) * (x[i + k] - mean);
    return s / n;
  };
  const g0 = gamma(0);
  if (!(g0 > 0)) return 1;
  let sum = -g0;
  for (let m = 0; 2 * m + 1 < n; m++) {
    const pair = (m === 0 ? g0 : gamma(2 * m)) + gamma(2 * m + 1);
    if (pair <= 0) break;
    sum += 2 * pair;
  }
  return Math.max(1, sum / g0);
}

/**
 * The share of `hits` (in time order) with its 95 % interval under serial dependence, at least
 * `designInflation` (e.g. horizon / step for windows that overlap; 1 where none do).
 */
export function serialShare(hits: ArrayLike<boolean | number>, designInflation = 1): SerialShare {
  const x = toNumbers(hits);
  const n = x.length;
  let count = 0;
  for (let i = 0; i < n; i++) count += x[i];
  if (n === 0)
    return { n, hits: 0, share: Number.NaN, inflation: Number.NaN, effective: 0, interval: [0, 1], z: 1.96 };
  const share = count / n;
  const design = Math.max(1, designInflation);
  const measured = Math.max(1, markovInflation(x), initialPositiveInflation(x));
  const inflation = Math.max(design, measured);
  // The design's count may be below 1 (18 monthly starts of 730-day windows: 0.75) and stays so, as
  // the study has always counted it; what the data measure leaves at least one forecast.
  const effective = Math.min(n, n / design, Math.max(1, n / measured));
  const z = measured > design ? studentTQuantile(0.975, Math.max(1, effective - 1)) : 1.96;
  return { n, hits: count, share, inflation, effective, interval: wilson(share, effective, z), z };
}
