// Maximum-likelihood fit of GARCH(1,1) with standardized Student-t innovations to daily log
// returns: r_t = mu + e_t, e_t = sqrt(h_t) z_t, h_t = omega + alpha e_{t-1}^2 + beta h_{t-1},
// z_t ~ t(nu) scaled to variance 1. The mean is the window's sample mean (the drift is chosen
// apart, see drift.ts). omega is set by variance targeting (Engle and Mezrich 1996): the
// unconditional variance omega / (1 - alpha - beta) equals the sample variance, which leaves
// three parameters for the likelihood and makes the fit robust on short, bubbly windows. The
// optimiser is Nelder-Mead on an unconstrained form in which every point is admissible:
// persistence alpha + beta in (0, MAX_PERSISTENCE), alpha's share of it in (0, 1), nu in
// (NU_MIN, NU_MAX). Uses only the returns it is given: callers pass the window before the start.
import { logGamma } from '../../stats/log-gamma.js';
import { nelderMead } from '../../stats/nelder-mead.js';

/** alpha + beta stays below this: a unit root would have no unconditional variance to target. */
export const MAX_PERSISTENCE = 0.9999;
/** nu above 2 keeps the innovations' variance finite; past NU_MAX the t is a normal for all purposes. */
export const NU_MIN = 2.05;
export const NU_MAX = 200;
/**
 * Fewest daily returns a run's fit takes: those of a year of days (`calibrate: 1 year`, 365 days,
 * 364 returns). Fewer do not identify the clustering. Fitted on 1,000 series simulated from a
 * typical two-year Bitcoin fit (alpha 0.068, beta 0.906, nu 3.13; persistence 0.974, a shock's
 * half-life 26 days), the persistence's 5-95 % range is 0.47-1.000 on 180 returns (half-lives from
 * 1 day to 19 years; alpha under 0.01, no clustering found, on 12.8 % of them), 0.79-0.993 on 365
 * (3 to 101 days; 2.6 %), 0.90-0.989 on 730 (7 to 64 days; 0.1 %)
 * (test/calibration-windows/garch-min-returns.test.ts).
 */
export const MIN_FIT_RETURNS = 364;
/**
 * Fewest daily returns a fit takes at a start a mixture weighted by score runs it from to score it
 * (MarketScenario.scoredOrigin): there the fit's forecast is scored against the 180 days that
 * followed, so a poorly identified one costs its model weight instead of going unmeasured, and the
 * model the weight is for is the one the run fits, on a year of days or more.
 */
export const MIN_ORIGIN_FIT_RETURNS = 180;

export interface GarchFit {
  /** Sample mean of the returns, per day. */
  mean: number;
  /** Sample variance of the returns (the targeted unconditional variance), per day. */
  variance: number;
  omega: number;
  alpha: number;
  beta: number;
  nu: number;
  /** Conditional variance of the day after the last return, from the filtered series. */
  nextVariance: number;
  /** Log-likelihood of the fit, and of an i.i.d. normal with the sample mean and variance. */
  logLik: number;
  normalLogLik: number;
  samples: number;
}

const logistic = (x: number) => 1 / (1 + Math.exp(-x));
const logit = (p: number) => Math.log(p / (1 - p));

/** The parameters of an unconstrained point. */
function unpack(x: ArrayLike<number>): { alpha: number; beta: number; nu: number } {
  const persistence = MAX_PERSISTENCE * logistic(x[0]);
  const alpha = persistence * logistic(x[1]);
  return { alpha, beta: persistence - alpha, nu: NU_MIN + (NU_MAX - NU_MIN) * logistic(x[2]) };
}

/**
 * Log-likelihood of demeaned returns `e` under GARCH(1,1)-t, the recursion started at the
 * unconditional variance; also the conditional variance of the day after the last.
 */
export function garchLogLik(
  e: ArrayLike<number>,
  omega: number,
  alpha: number,
  beta: number,
  nu: number,
  h0: number,
): { logLik: number; nextVariance: number } {
  const n = e.length;
  const c = logGamma((nu + 1) / 2) - logGamma(nu / 2) - 0.5 * Math.log(Math.PI * (nu - 2));
  const k = (nu + 1) / 2;
  const inv = 1 / (nu - 2);
  let h = h0;
  let sum = 0;
  for (let t = 0; t < n; t++) {
    const e2 = e[t] * e[t];
    sum -= 0.5 * Math.log(h) + k * Math.log1p((e2 / h) * inv);
    h = omega + alpha * e2 + beta * h;
  }
  return { logLik: n * c + sum, nextVariance: h };
}

/**
 * Whether a GARCH-t can be fitted on `returns`: at least `least` of them, and not all the same (a window whose
 * prices never move, or move by the same factor every day, has no variance to model).
 */
export function garchFittable(returns: ArrayLike<number>, least = MIN_FIT_RETURNS): boolean {
  if (returns.length < least) return false;
  for (let i = 1; i < returns.length; i++) if (returns[i] !== returns[0]) return true;
  return false;
}

/**
 * The ML fit on `returns` (at least `least` of them: MIN_FIT_RETURNS, or MIN_ORIGIN_FIT_RETURNS at a
 * scored origin; fewer is a caller's bug).
 */
export function fitGarchT(returns: ArrayLike<number>, least = MIN_FIT_RETURNS): GarchFit {
  const n = returns.length;
  if (n < least) throw new Error(`internal: a GARCH fit on ${n} returns`);
  let mean = 0;
  for (let i = 0; i < n; i++) mean += returns[i];
  mean /= n;
  const e = new Float64Array(n);
  let variance = 0;
  for (let i = 0; i < n; i++) {
    e[i] = returns[i] - mean;
    variance += e[i] * e[i];
  }
  variance /= n;
  if (!(variance > 0)) throw new Error('internal: a GARCH fit on constant returns');
  const negLogLik = (x: Float64Array) => {
    const { alpha, beta, nu } = unpack(x);
    return -garchLogLik(e, variance * (1 - alpha - beta), alpha, beta, nu, variance).logLik;
  };
  // From a typical daily-crypto fit (alpha 0.1, beta 0.85, nu 4), then once more from the first
  // minimum: a restart is the usual guard against Nelder-Mead stalling on a flat ridge.
  const x0 = [logit(0.95 / MAX_PERSISTENCE), logit(0.1 / 0.95), logit((4 - NU_MIN) / (NU_MAX - NU_MIN))];
  // A point tolerance of 1e-4 on the unconstrained scale moves the log-likelihood by under 1e-7.
  const first = nelderMead(negLogLik, x0, { step: 0.5, tolPoint: 1e-4 });
  const best = nelderMead(negLogLik, first.x, { step: 0.25, tolPoint: 1e-4 });
  const { alpha, beta, nu } = unpack(best.x);
  const omega = variance * (1 - alpha - beta);
  const { logLik, nextVariance } = garchLogLik(e, omega, alpha, beta, nu, variance);
  const normalLogLik = -0.5 * n * (Math.log(2 * Math.PI * variance) + 1);
  return { mean, variance, omega, alpha, beta, nu, nextVariance, logLik, normalLogLik, samples: n };
}
