// Stochastic network hashrate: log-normal with drift and volatility, optionally mean-reverting to
// its drift trend, with daily shocks correlated to the price's.
import { z } from 'zod';
import type { Rng } from '../../../engine/random/rng.js';
import { schemaMessages as msg } from '../../../messages/schema.js';
import type { PathKey, RuleProblem } from '../../../scenario/problem.js';
import { LIMITS } from '../../../scenario/schema/limits.js';
import { quantity } from '../../../scenario/schema/quantity.js';
import { DAYS_PER_YEAR } from '../../calendar.js';
import { calibrationWindow, estimateDiffusion, smoothedLogReturns } from '../calibrate.js';
import { calibratedOn, type MarketModel, pct } from '../model.js';
import { calibrate, drift, partial, volatility } from '../schema-parts.js';

export interface StochasticNetworkPlan {
  type: 'stochastic';
  startHs: number;
  growthLogPerDay: number;
  volPerSqrtDay: number;
  reversionPerDay: number;
  correlation: number;
}

const schema = z.strictObject({
  type: z.literal('stochastic').meta({
    description: 'Log-normal hashrate with drift and volatility, optionally mean-reverting to its trend.',
  }),
  drift: drift().optional(),
  volatility: volatility().optional(),
  meanReversion: quantity('rate-per-year', {
    description: 'Speed at which log hashrate returns to its drift trend, per year (0 = none).',
    min: 0,
    max: LIMITS.reversionPerYear,
    shownMin: '0 %',
    shownMax: '10000 %',
  }).prefault(0),
  priceCorrelation: z
    .number()
    .min(-1)
    .max(1)
    .default(0)
    .meta({ description: 'Correlation of daily hashrate shocks with price shocks.' }),
  calibrate: calibrate('drift and volatility'),
  partial: partial(),
});

export const stochasticNetwork: MarketModel<typeof schema, StochasticNetworkPlan> = {
  type: 'stochastic',
  schema,
  resolve(m, { s, history, plan }, out) {
    const window = m.calibrate !== undefined ? calibrationWindow(history, s.start, m.calibrate) : undefined;
    const e = estimateDiffusion(
      window ? smoothedLogReturns(history.hashrateHs, window) : new Float64Array(0),
    );
    const drift = m.drift ?? e.drift;
    const volatility = m.volatility ?? e.volatility;
    // Where the drift and volatility came from, and how much of the window the history held.
    const given = (['drift', 'volatility'] as const).filter((key) => m[key] !== undefined);
    out.push({
      label: 'Network model',
      value: `stochastic: drift ${pct(drift)}, volatility ${pct(volatility)} per year, reversion ${pct(m.meanReversion)}, price correlation ${m.priceCorrelation}`,
      note:
        given.length === 2
          ? 'given'
          : `${given.length === 1 ? `${given[0]} given; the rest ` : ''}${calibratedOn(window)} (7-day mean hashrate)`,
    });
    return {
      type: 'stochastic',
      startHs: plan.initial.networkHashrateHs,
      growthLogPerDay: drift / DAYS_PER_YEAR,
      volPerSqrtDay: volatility / Math.sqrt(DAYS_PER_YEAR),
      reversionPerDay: m.meanReversion / DAYS_PER_YEAR,
      correlation: m.priceCorrelation,
    };
  },
  calm: (plan) => ({ ...plan, volPerSqrtDay: 0 }),
  fixed: () => false,
  stochastic: () => true,
  fill(h, at, w, source) {
    const rng = source as Rng;
    const out = w.path.networkHashrateHs;
    const start = Math.log(h.startHs);
    out[0] = h.startHs;
    let logH = start;
    const rho = h.correlation;
    const own = Math.sqrt(1 - rho * rho);
    const shock = w.priceShock;
    const normals = w.networkNormals;
    rng.fillNormals(normals, 1, at.days);
    if (rho === 0 && h.reversionPerDay === 0) {
      // Uncorrelated and not mean-reverting (the common case): the step below with its zero terms
      // left out. They add only zeros to nonzero sums (z = 0 + 1 x normal, the drift + 0), so
      // the path is the same to the bit, at a few operations less a day.
      const growth = h.growthLogPerDay;
      const vol = h.volPerSqrtDay;
      let lowest = logH;
      for (let d = 1; d < at.days; d++) {
        logH += growth + vol * normals[d];
        out[d] = Math.exp(logH);
        if (logH < lowest) lowest = logH;
      }
      w.networkLowestLog = lowest;
      return;
    }
    // The gap to the trend, x = ln H - (start + g d), is an AR(1): x_d = (1 - k) x_(d-1) + sigma z,
    // so the day's pull is k times yesterday's gap (to today's trend it would be k g more a day,
    // and the calm path would run up to a day's growth above its trend).
    let lowest = logH;
    for (let d = 1; d < at.days; d++) {
      const z = rho * shock[d] + own * normals[d];
      const trend = start + h.growthLogPerDay * (d - 1);
      logH += h.growthLogPerDay + h.reversionPerDay * (trend - logH) + h.volPerSqrtDay * z;
      out[d] = Math.exp(logH);
      if (logH < lowest) lowest = logH;
    }
    w.networkLowestLog = lowest;
  },
  rules(m, _s, out) {
    if (m.calibrate !== undefined) return;
    if (m.drift === undefined)
      out.push({ path: ['network', 'model'], message: msg.needsParameter('drift', 'stochastic') });
    if (m.volatility === undefined)
      out.push({ path: ['network', 'model'], message: msg.needsParameter('volatility', 'stochastic') });
  },
  sensitivity: [{ key: 'drift', base: (plan) => plan.growthLogPerDay * DAYS_PER_YEAR }],
  study: {
    id: 'stochastic',
    label: 'stochastic network',
    input: { type: 'stochastic', calibrate: '1 year' },
  },
};

/** Price models that draw no daily shock (their priceShock is 0 on every day). */
const WITHOUT_SHOCKS = new Set(['fixed', 'historical']);

/** A written model and, for a mixture, its components with their paths under `<family>.model`. */
interface Written {
  type: string;
  priceCorrelation?: number;
  of?: readonly { model: { type: string; priceCorrelation?: number } }[];
}
const parts = (m: Written): { model: Written; at: PathKey[] }[] =>
  m.type === 'mixture' && m.of !== undefined
    ? m.of.map((c, i) => ({ model: c.model, at: ['of', i, 'model'] }))
    : [{ model: m, at: [] }];

/**
 * A stochastic network correlated with the price needs a price that draws shocks: the network's
 * daily shock is rho x the price's + sqrt(1 - rho^2) x its own, so under a fixed or replayed price
 * (whose shock is 0) it would keep sqrt(1 - rho^2) of its volatility and follow nothing.
 */
export function correlationNeedsPriceShocks(price: Written, network: Written, out: RuleProblem[]): void {
  const still = parts(price).find((p) => WITHOUT_SHOCKS.has(p.model.type));
  if (still === undefined) return;
  for (const { model, at } of parts(network)) {
    const rho = model.type === 'stochastic' ? (model.priceCorrelation ?? 0) : 0;
    if (rho !== 0)
      out.push({
        path: ['network', 'model', ...at, 'priceCorrelation'],
        message: msg.correlationWithoutPriceShocks(rho, still.model.type),
      });
  }
}
