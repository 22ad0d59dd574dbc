// Geometric Brownian motion: log price moves by drift plus volatility times a standard normal a
// day. Drift and volatility are given, or calibrated on the daily log returns of a window before
// the start.
import { z } from 'zod';
import type { History } from '../../../data/history.js';
import type { Rng } from '../../../engine/random/rng.js';
import { schemaMessages as msg } from '../../../messages/schema.js';
import type { RuleProblem } from '../../../scenario/problem.js';
import { LIMITS } from '../../../scenario/schema/limits.js';
import { DAYS_PER_YEAR } from '../../calendar.js';
import { expInScratch, expScratch } from '../../wasm/exp-simd.js';
import { type CalibrationWindow, calibrationWindow, estimateDiffusion, logReturns } from '../calibrate.js';
import { type DriftSpec, driftSpec, resolveDrift } from '../drift.js';
import {
  calibratedOn,
  type FillContext,
  type FillTarget,
  type MarketModel,
  pct,
  type SensitivityInput,
} from '../model.js';
import { calibrate, MAX_VOLATILITY, partial, volatility } from '../schema-parts.js';

export interface GbmPricePlan {
  type: 'gbm';
  startUsd: number;
  driftPerDay: number;
  volPerSqrtDay: number;
}

const schema = z.strictObject({
  type: z.literal('gbm').meta({ description: 'Geometric Brownian motion.' }),
  drift: driftSpec().optional(),
  volatility: volatility().optional(),
  calibrate: calibrate('drift and volatility'),
  partial: partial(),
});

/** The daily log returns of the calibration window, empty without one. */
export function windowReturns(history: History, start: string, days: number | undefined) {
  const window: CalibrationWindow | undefined =
    days !== undefined ? calibrationWindow(history, start, days) : undefined;
  return { window, returns: window ? logReturns(history.priceUsd, window) : new Float64Array(0) };
}

/**
 * The walk without jumps: one normal a day, drawn in one fill, then the walk as a product of daily
 * growth factors. exp of a day's small log return is about twice as fast as exp of the log price,
 * and the product drifts from exp(sum) by rounding only (about 1e-14 over five years).
 */
export function fillDiffusion(
  startUsd: number,
  drift: number,
  vol: number,
  at: FillContext,
  w: FillTarget,
  rng: Rng,
): void {
  const out = w.path.priceUsd;
  const shock = w.priceShock;
  const days = at.days;
  out[0] = startUsd;
  shock[0] = 0;
  rng.fillNormals(shock, 1, days);
  // The day's growth factors exp(drift + vol z), their exps in one pass (exp-simd.ts: Math.exp's
  // bits), then their running product.
  const scratch = expScratch(days);
  for (let d = 1; d < days; d++) scratch[d] = drift + vol * shock[d];
  expInScratch(1, days);
  let price = startUsd;
  for (let d = 1; d < days; d++) {
    price *= scratch[d];
    out[d] = price;
  }
}

/** A diffusion without `calibrate` needs its drift and volatility. */
export function requireDiffusion(
  m: { type: string; calibrate?: number; drift?: DriftSpec; volatility?: number },
  out: RuleProblem[],
): void {
  if (m.calibrate !== undefined) return;
  if (m.drift !== undefined && typeof m.drift !== 'number')
    out.push({ path: ['price', 'model', 'drift'], message: msg.driftNeedsWindow() });
  if (m.drift === undefined)
    out.push({ path: ['price', 'model'], message: msg.needsParameter('drift', m.type) });
  if (m.volatility === undefined)
    out.push({ path: ['price', 'model'], message: msg.needsParameter('volatility', m.type) });
}

/** A diffusion's sensitivity inputs: its drift and volatility, per year. */
export const DIFFUSION_INPUTS: readonly SensitivityInput<{ driftPerDay: number; volPerSqrtDay: number }>[] = [
  {
    key: 'drift',
    base: (plan) => plan.driftPerDay * DAYS_PER_YEAR,
    min: -LIMITS.driftPerYear,
    max: LIMITS.driftPerYear,
  },
  { key: 'volatility', base: (plan) => plan.volPerSqrtDay * Math.sqrt(DAYS_PER_YEAR), max: MAX_VOLATILITY },
];

export const gbmPrice: MarketModel<typeof schema, GbmPricePlan> = {
  type: 'gbm',
  schema,
  resolve(m, { s, history, plan }, out) {
    const { window, returns } = windowReturns(history, s.start, m.calibrate);
    const source = (given: number | undefined) => (given === undefined ? calibratedOn(window) : 'given');
    const e = estimateDiffusion(returns);
    const chosen = resolveDrift(m.drift, returns, () => calibratedOn(window), 'window-mean');
    const drift = m.drift === undefined ? e.drift : chosen.perYear;
    const volatility = m.volatility ?? e.volatility;
    out.push({ label: 'Price model', value: 'geometric Brownian motion' });
    out.push({
      label: 'Price drift',
      value: `${pct(drift)} a year (log)`,
      note: chosen.note,
    });
    out.push({ label: 'Price volatility', value: `${pct(volatility)} a year`, note: source(m.volatility) });
    return {
      type: 'gbm',
      startUsd: plan.initial.priceUsd,
      driftPerDay: drift / DAYS_PER_YEAR,
      volPerSqrtDay: volatility / Math.sqrt(DAYS_PER_YEAR),
    };
  },
  calm: (plan) => ({ ...plan, volPerSqrtDay: 0 }),
  fixed: () => false,
  stochastic: () => true,
  fill(plan, at, w, rng) {
    fillDiffusion(plan.startUsd, plan.driftPerDay, plan.volPerSqrtDay, at, w, rng as Rng);
  },
  rules: (m, _s, out) => requireDiffusion(m, out),
  sensitivity: DIFFUSION_INPUTS,
  study: { id: 'gbm', label: 'GBM price', input: { type: 'gbm', calibrate: '2 years' } },
};
