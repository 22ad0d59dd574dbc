// GARCH(1,1) with Student-t innovations (Bollerslev 1986, 1987). Daily crypto returns show the
// two features this model is the smallest one to capture: volatility clustering (a wild week is
// followed by wild weeks, and calm by calm; squared returns are autocorrelated for months) and
// fat tails beyond what clustering explains (standardized residuals still have kurtosis well above
// 3, so t innovations with a few degrees of freedom rather than normal ones). GBM has neither: it
// prices a calm start like a wild one and puts too little mass on crashes. Parameters are fitted
// by maximum likelihood on the window before the start (garch-fit.ts), or given; the path starts
// from the variance the fitted filter forecasts for the start day, so a turbulent window's end
// opens turbulent paths that relax toward the long-run variance. The drift is chosen apart
// (drift.ts): the prior of zero log growth unless the scenario says otherwise.
import { z } from 'zod';
import { daysBetween } from '../../../data/dates.js';
import type { Rng } from '../../../engine/random/rng.js';
import { schemaMessages as msg } from '../../../messages/schema.js';
import { LIMITS } from '../../../scenario/schema/limits.js';
import { quantity } from '../../../scenario/schema/quantity.js';
import { DAYS_PER_YEAR } from '../../calendar.js';
import { expInScratch, expScratch } from '../../wasm/exp-simd.js';
import { driftSpec, resolveDrift } from '../drift.js';
import {
  fitGarchT,
  type GarchFit,
  garchFittable,
  garchLogLik,
  MAX_PERSISTENCE,
  MIN_FIT_RETURNS,
  MIN_ORIGIN_FIT_RETURNS,
  NU_MAX,
  NU_MIN,
} from '../garch-fit.js';
import { calibratedOn, type MarketModel, pct } from '../model.js';
import { MAX_VOLATILITY, partial } from '../schema-parts.js';
import type { GbmPricePlan } from './gbm.js';
import { windowReturns } from './gbm.js';
import { gammaConstants, gammaDraw } from './student-t.js';

/**
 * Guards that keep every path finite whatever the parameters (t tails with nu near 2 and a
 * persistence near 1 can otherwise push a path past the largest double in a few days): the
 * conditional variance stays within VARIANCE_CAP times its long-run level (volatility at most
 * 5 times the long-run one), and a day's log move within MAX_DAILY_MOVE (a factor of 4.5; the
 * largest in the shipped histories are -0.66 and +0.60). A cap, not a model: with the parameters
 * fitted on two-year Bitcoin windows (2017-2024 starts), the variance cap binds on 1 to 4 days in
 * 10,000 and the move bound on 2 to 8 in a million.
 */
export const VARIANCE_CAP = 25;
export const MAX_DAILY_MOVE = 1.5;

/** The largest daily variance of a path: the cap, or the square of the largest move. */
export const maxDailyVariance = (longRunVariance: number) =>
  Math.min(VARIANCE_CAP * longRunVariance, MAX_DAILY_MOVE * MAX_DAILY_MOVE);

export interface GarchTPricePlan {
  type: 'garch-t';
  startUsd: number;
  /** Expected log return a day. */
  driftPerDay: number;
  omega: number;
  alpha: number;
  beta: number;
  nu: number;
  /** Conditional variance of the first simulated day's return. */
  startVariance: number;
  /** VARIANCE_CAP times the long-run variance. */
  maxVariance: number;
}

/** The drift when none is written: the prior, zero log growth (drift.ts says why). */
export const GARCH_DEFAULT_DRIFT = { prior: 0, shrink: 1 } as const;

const schema = z.strictObject({
  type: z.literal('garch-t').meta({
    description:
      'GARCH(1,1) with Student-t innovations: volatility clustering and fat tails, fitted by maximum likelihood on the window before the start.',
  }),
  calibrate: quantity('duration', {
    description: `Fit alpha, beta, nu and the long-run volatility by maximum likelihood on this much history strictly before the start date, e.g. \`2 years\`; values given explicitly win. It is rounded to whole days, the last the day before the start: \`1 year\` is the 365 days to it, \`2 years\` 731.`,
    min: MIN_FIT_RETURNS + 1,
    max: LIMITS.durationDays,
    shownMin: `${MIN_FIT_RETURNS + 1} days`,
    shownMax: LIMITS.shownDuration,
  }).optional(),
  partial: partial().meta({
    description: `Whether a calibration window that the history covers only in part may be used (\`allowed\`: the assumptions table says how many days were used; at least ${MIN_FIT_RETURNS + 1} are needed for a fit, a year of days: on fewer the fitted persistence is not identified; a mixture weighted by score fits it on as few as ${MIN_ORIGIN_FIT_RETURNS + 1} at the earlier starts it scores it from, where its forecasts are scored). Default \`refused\`: the window must lie inside the history.`,
  }),
  drift: driftSpec().optional(),
  volatility: quantity('rate-per-year', {
    description:
      'Long-run (unconditional) annualised volatility, e.g. `70 %`; one per month or day grows with the square root of time.',
    perYear: 'volatility',
    above: 0,
    max: 10,
    shownMin: '0 %',
    shownMax: '1,000 %',
  }).optional(),
  alpha: z
    .number()
    .min(0)
    .lt(1)
    .optional()
    .meta({ description: 'Weight of the last squared shock, e.g. `0.1`.' }),
  beta: z
    .number()
    .min(0)
    .lt(1)
    .optional()
    .meta({
      description: `Weight of the last variance, e.g. \`0.85\`; \`alpha\` + \`beta\` must be below ${MAX_PERSISTENCE}, or the variance has no long-run level.`,
    }),
  nu: z
    .number()
    .min(NU_MIN)
    .max(NU_MAX)
    .optional()
    .meta({
      description: `Degrees of freedom of the t innovations, from ${NU_MIN} to ${NU_MAX}, e.g. \`4\`.`,
    }),
});

const GIVEN_KEYS = ['alpha', 'beta', 'nu', 'volatility'] as const;

export const garchTPrice: MarketModel<typeof schema, GarchTPricePlan, GarchTPricePlan | GbmPricePlan> = {
  type: 'garch-t',
  schema,
  resolve(m, { s, history, plan }, out) {
    const { window, returns } = windowReturns(history, s.start, m.calibrate);
    const source = (given: unknown) => (given === undefined ? calibratedOn(window) : 'given');
    // A start past the history's last day is that many days on from the day after the window.
    const daysToStart = window && window.to > 0 ? daysBetween(history.dateAt(window.to - 1), s.start) : 1;
    const least = s.scoredOrigin ? MIN_ORIGIN_FIT_RETURNS : MIN_FIT_RETURNS;
    const g = garchParameters(m, returns, () => calibratedOn(window), daysToStart, least);
    if (g === null) throw new Error('internal: a GARCH-t parameter neither given nor fitted');
    const { fit, alpha, beta, nu, variance, omega, startVariance, drift } = g;
    out.push({ label: 'Price model', value: 'GARCH(1,1) with Student-t innovations' });
    out.push({ label: 'Price drift', value: `${pct(drift.perYear)} a year (log)`, note: drift.note });
    out.push({
      label: 'Price GARCH alpha / beta / nu',
      value: `${alpha.toFixed(3)} / ${beta.toFixed(3)} / ${nu.toFixed(2)} (persistence ${(alpha + beta).toFixed(3)})`,
      note: parametersNote(m, () => calibratedOn(window)),
    });
    // A path opens at the start's forecast held at the variance cap (fill), as this line says.
    const maxVariance = VARIANCE_CAP * variance;
    const opening = Math.min(startVariance, maxVariance);
    const annual = (v: number) => pct(Math.sqrt(v * DAYS_PER_YEAR));
    out.push({
      label: 'Price volatility',
      value: `${annual(variance)} a year long-run, ${annual(opening)} at the start`,
      note:
        opening < startVariance
          ? `${source(m.volatility)}; the filter's forecast for the start, ${annual(startVariance)} a year, held at the cap of ${Math.sqrt(VARIANCE_CAP)} times the long-run volatility`
          : source(m.volatility),
    });
    if (fit)
      out.push({
        label: 'Price GARCH fit',
        value: `log-likelihood ${fit.logLik.toFixed(1)} on ${fit.samples} daily returns, ${(fit.logLik - fit.normalLogLik).toFixed(1)} above a constant-variance normal`,
      });
    return {
      type: 'garch-t',
      startUsd: plan.initial.priceUsd,
      driftPerDay: drift.perYear / DAYS_PER_YEAR,
      omega,
      alpha,
      beta,
      nu,
      startVariance,
      maxVariance,
    };
  },
  // Every shock at zero: the drift alone.
  calm: (p) => ({ type: 'gbm', startUsd: p.startUsd, driftPerDay: p.driftPerDay, volPerSqrtDay: 0 }),
  fixed: () => false,
  stochastic: () => true,
  fill(p, at, w, source) {
    const rng = source as Rng;
    const out = w.path.priceUsd;
    const shock = w.priceShock;
    const { d, c } = gammaConstants(p.nu / 2);
    const { nu, omega, alpha, beta, driftPerDay, maxVariance } = p;
    out[0] = p.startUsd;
    shock[0] = 0;
    let price = p.startUsd;
    let h = Math.min(p.startVariance, maxVariance);
    // Each day's normal, then its chi-square, in day order: a day's shock depends on the days
    // before it only, so a run of another horizon draws the same shocks on the days it shares.
    const scale = (nu - 2) / 2;
    const scratch = expScratch(at.days);
    for (let day = 1; day < at.days; day++) {
      const normal = rng.normal();
      const z = normal * Math.sqrt(scale / gammaDraw(rng, d, c));
      const e = Math.max(-MAX_DAILY_MOVE, Math.min(MAX_DAILY_MOVE, Math.sqrt(h) * z));
      scratch[day] = driftPerDay + e;
      // A unit-variance shock, as the price-coupled network's correlation reads it.
      shock[day] = z;
      h = Math.min(maxVariance, omega + alpha * e * e + beta * h);
    }
    // The day's growth factors in one pass (exp-simd.ts: Math.exp's bits), then their product.
    expInScratch(1, at.days);
    for (let day = 1; day < at.days; day++) {
      price *= scratch[day];
      out[day] = price;
    }
  },
  rules(m, _s, out) {
    const at = (key: string) => ['price', 'model', key];
    if (m.calibrate === undefined) {
      for (const key of GIVEN_KEYS)
        if (m[key] === undefined)
          out.push({ path: ['price', 'model'], message: msg.needsParameter(key, m.type) });
      if (typeof m.drift !== 'number') out.push({ path: at('drift'), message: msg.driftNeedsWindow() });
    }
    if ((m.alpha === undefined) !== (m.beta === undefined))
      out.push({ path: at(m.alpha === undefined ? 'alpha' : 'beta'), message: msg.alphaBetaTogether() });
    if (m.alpha !== undefined && m.beta !== undefined && !(m.alpha + m.beta < MAX_PERSISTENCE))
      out.push({ path: at('beta'), message: msg.persistence(m.alpha, m.beta, MAX_PERSISTENCE) });
  },
  sensitivity: [
    {
      key: 'drift',
      base: (p) => p.driftPerDay * DAYS_PER_YEAR,
      min: -LIMITS.driftPerYear,
      max: LIMITS.driftPerYear,
    },
    {
      key: 'volatility',
      base: (p) => Math.sqrt((p.omega / (1 - p.alpha - p.beta)) * DAYS_PER_YEAR),
      max: MAX_VOLATILITY,
    },
  ],
  study: { id: 'garch', label: 'GARCH-t price', input: { type: 'garch-t', calibrate: '2 years' } },
};

/** Which of alpha, beta and nu were given and which fitted, for the assumptions table. */
function parametersNote(m: { alpha?: number; beta?: number; nu?: number }, fitted: () => string): string {
  const given = (['alpha', 'beta', 'nu'] as const).filter((key) => m[key] !== undefined);
  if (given.length === 3) return 'given';
  return given.length === 0 ? fitted() : `${given.join(', ')} given; the rest ${fitted()}`;
}

/**
 * The parameters a run uses: given ones, the rest fitted on `returns` (the window before the
 * start). Without a calibration the rules require every parameter, so the fit is read only where
 * one ran (null when a parameter is neither given nor fittable: coverage.ts reports why). The first simulated day's variance is the filter's forecast one day past the window
 * (the start day's own return is not used), in expectation `daysToStart` days further: one for a
 * window that ends the day before the start, more for a start past the history's last day (the
 * forecast relaxes toward the long-run variance by alpha + beta a day).
 */
export function garchParameters(
  m: z.output<typeof schema>,
  returns: Float64Array,
  windowNote: () => string,
  /** Days from the window's last day to the start (1: the window ends the day before it). */
  daysToStart = 1,
  /** Fewest returns a fit takes (garch-fit.ts: a run's, or a scored origin's). */
  least = MIN_FIT_RETURNS,
) {
  const fit = garchFittable(returns, least) ? fitGarchT(returns, least) : null;
  if (fit === null && GIVEN_KEYS.some((key) => m[key] === undefined)) return null;
  const alpha = m.alpha ?? (fit as GarchFit).alpha;
  const beta = m.beta ?? (fit as GarchFit).beta;
  const nu = m.nu ?? (fit as GarchFit).nu;
  const variance =
    m.volatility !== undefined ? m.volatility ** 2 / DAYS_PER_YEAR : (fit as GarchFit).variance;
  const omega = variance * (1 - alpha - beta);
  const drift = resolveDrift(m.drift, returns, windowNote, GARCH_DEFAULT_DRIFT);
  let startVariance = variance;
  if (fit) {
    startVariance = filtered(returns, fit.mean, omega, alpha, beta, nu, variance);
    for (let day = 0; day < daysToStart; day++) startVariance = omega + (alpha + beta) * startVariance;
  }
  return { fit, alpha, beta, nu, variance, omega, startVariance, drift };
}

/** The filter's conditional variance of the day after the window (the start day's own return). */
function filtered(
  returns: Float64Array,
  mean: number,
  omega: number,
  alpha: number,
  beta: number,
  nu: number,
  variance: number,
): number {
  const e = returns.map((r) => r - mean);
  return garchLogLik(e, omega, alpha, beta, nu, variance).nextVariance;
}
