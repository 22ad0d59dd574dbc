// Stochastic network hashrate: log-normal with drift and volatility, optionally mean-reverting to
// its drift trend, with daily shocks correlated to the price's. Optionally (`blockLuck: removed`)
// the calibrated volatility is the walk's net of the block luck in the block-implied hashrate
// (block-luck.ts), and (`driftSpread`) each path draws its growth rate once, around the drift, so
// the uncertainty of the growth rate grows with the horizon, not with its square root.
import { z } from 'zod';
import type { History } from '../../../data/history.js';
import type { Rng } from '../../../engine/random/rng.js';
import { schemaMessages as msg } from '../../../messages/schema.js';
import type { PathKey, RuleProblem } from '../../../scenario/problem.js';
import { LIMITS } from '../../../scenario/schema/limits.js';
import { quantity } from '../../../scenario/schema/quantity.js';
import { DAYS_PER_YEAR } from '../../calendar.js';
import { copyScratch, expInScratch, expScratch } from '../../wasm/exp-simd.js';
import {
  type CalibrationWindow,
  calibrationWindow,
  estimateDiffusion,
  smoothedLogReturns,
} from '../calibrate.js';
import { calibratedOn, type MarketModel, pct } from '../model.js';
import { calibrate, drift, partial, volatility } from '../schema-parts.js';
import { driftStandardError, NET_OF_LUCK_MIN_DAYS, netOfLuckVolatility } from './block-luck.js';

export interface StochasticNetworkPlan {
  type: 'stochastic';
  startHs: number;
  growthLogPerDay: number;
  volPerSqrtDay: number;
  reversionPerDay: number;
  correlation: number;
  /** Standard deviation of a path's growth rate, log a day per day (0: every path grows at growthLogPerDay). */
  driftSpreadPerDay: number;
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
    shownMax: '10,000 %',
  }).prefault(0),
  priceCorrelation: z.number().min(-1).max(1).default(0).meta({
    description:
      "Correlation of the daily hashrate shocks with the price's standardized daily shocks: under a `gbm` or `bootstrap` price, the correlation of the daily log changes; less under a `jump-diffusion` price, whose jumps the network does not follow, and under a `garch-t` price (GARCH-t), whose shocks are scaled by the day's volatility (0.54 and 0.50 at 0.6 on their 2-year calibrations to 2019-01-01).",
  }),
  blockLuck: z.enum(['kept', 'removed']).default('kept').meta({
    description:
      "How a calibrated volatility reads the block-implied hashrate: `kept` (default), the daily changes of its 7-day mean, block luck included; `removed`, the random walk's own, net of the block luck the blocks found a day give (from the changes of 7-day means 7 to 56 days apart). Needs a `calibrate` window of at least 118 days.",
  }),
  driftSpread: z
    .union([
      quantity('rate-per-year', {
        description: "Standard deviation of a path's growth rate, log growth per year, e.g. `20 %`.",
        min: 0,
        max: LIMITS.driftPerYear,
        shownMin: '0 %',
        shownMax: LIMITS.shownDrift,
      }),
      z.literal('standard-error'),
    ])
    .optional()
    .meta({
      description:
        "Each path draws its growth rate once, from a normal around the drift with this standard deviation, so the growth's uncertainty grows with the horizon: a rate, or `standard-error`, the calibrated drift's own standard error (from the walk's volatility, given or calibrated with `blockLuck: removed`, and the block luck over the window). Default: none, every path grows at the drift.",
    }),
  calibrate: calibrate('drift and volatility'),
  partial: partial(),
});

type StochasticWritten = z.output<typeof schema>;

/** The parameters a stochastic network runs with, given or calibrated on the history before the start. */
export interface StochasticParameters {
  drift: number;
  volatility: number;
  driftSpread: number;
  window: CalibrationWindow | undefined;
  /**
   * False when the history holds too little to estimate the volatility net of block luck (the
   * coverage rules refuse such a scenario; the bound on the market's range, which runs beside
   * them, reads the daily changes' volatility instead).
   */
  estimable: boolean;
}

/** The drift, volatility and drift spread of `m` for a start, read from `history` where not given. */
export function stochasticParameters(
  m: StochasticWritten,
  history: History,
  start: string,
): StochasticParameters {
  const window = m.calibrate !== undefined ? calibrationWindow(history, start, m.calibrate) : undefined;
  const e = estimateDiffusion(window ? smoothedLogReturns(history.hashrateHs, window) : new Float64Array(0));
  const netWanted = m.blockLuck === 'removed' && m.volatility === undefined && window !== undefined;
  const net = netWanted
    ? netOfLuckVolatility(Float64Array.from(history.hashrateHs, Math.log), history.blocks, window)
    : null;
  const volatility = m.volatility ?? (net !== null ? net.volatility : e.volatility);
  let driftSpread = typeof m.driftSpread === 'number' ? m.driftSpread : 0;
  if (m.driftSpread === 'standard-error' && window !== undefined && m.drift === undefined)
    driftSpread = driftStandardError(volatility, history.blocks, window, e.samples);
  return {
    drift: m.drift ?? e.drift,
    volatility,
    driftSpread,
    window,
    estimable: !netWanted || net !== null,
  };
}

export const stochasticNetwork: MarketModel<typeof schema, StochasticNetworkPlan> = {
  type: 'stochastic',
  schema,
  resolve(m, { s, history, plan }, out) {
    const { drift, volatility, driftSpread, window, estimable } = stochasticParameters(m, history, s.start);
    if (!estimable)
      throw new Error(
        'internal: a stochastic network net of block luck on too little history (coverage.ts refuses it)',
      );
    // Where the drift and volatility came from, and how much of the window the history held.
    const given = (['drift', 'volatility'] as const).filter((key) => m[key] !== undefined);
    const luck = m.blockLuck === 'removed' && m.volatility === undefined;
    const spreadNote = m.driftSpread === 'standard-error' ? "the drift's standard error" : 'given';
    const spread =
      m.driftSpread === undefined ? '' : `, drift spread ${pct(driftSpread)} a year (${spreadNote})`;
    // A calibrated drift runs on every path (unless each draws its own): its standard error beside it.
    const e =
      m.drift === undefined && window !== undefined
        ? estimateDiffusion(smoothedLogReturns(history.hashrateHs, window))
        : undefined;
    const driftError =
      e !== undefined && window !== undefined
        ? `; drift standard error ${pct(driftStandardError(volatility, history.blocks, window, e.samples))} a year`
        : '';
    out.push({
      label: 'Network model',
      value: `stochastic: drift ${pct(drift)} a year (log), volatility ${pct(volatility)} a year${luck ? ' net of block luck' : ''}, reversion ${pct(m.meanReversion)} a year, price correlation ${m.priceCorrelation}${spread}`,
      note:
        given.length === 2
          ? 'given'
          : `${given.length === 1 ? `${given[0]} given; the rest ` : ''}${calibratedOn(window)} (7-day mean hashrate)${driftError}`,
    });
    return {
      type: 'stochastic',
      startHs: plan.initial.networkHashrateHs,
      growthLogPerDay: drift / DAYS_PER_YEAR,
      volPerSqrtDay: volatility / Math.sqrt(DAYS_PER_YEAR),
      reversionPerDay: m.meanReversion / DAYS_PER_YEAR,
      correlation: m.priceCorrelation,
      driftSpreadPerDay: driftSpread / DAYS_PER_YEAR,
    };
  },
  calm: (plan) => ({ ...plan, volPerSqrtDay: 0, driftSpreadPerDay: 0 }),
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
    // A path's own growth rate: one normal drawn first on the network's stream (only with a
    // spread, so a network without one draws what it always drew).
    const growthLogPerDay =
      h.driftSpreadPerDay > 0 ? h.growthLogPerDay + h.driftSpreadPerDay * rng.normal() : h.growthLogPerDay;
    rng.fillNormals(normals, 1, at.days);
    if (rho === 0 && h.reversionPerDay === 0) {
      // Uncorrelated and not mean-reverting (the common case): the step below with its zero terms
      // left out. They add only zeros to nonzero sums (z = 0 + 1 x normal, the drift + 0), so
      // the path is the same to the bit, at a few operations less a day.
      const growth = growthLogPerDay;
      const vol = h.volPerSqrtDay;
      let lowest = logH;
      // The log hashrates, then their exps in one pass (exp-simd.ts: Math.exp's bits).
      const scratch = expScratch(at.days);
      for (let d = 1; d < at.days; d++) {
        logH += growth + vol * normals[d];
        scratch[d] = logH;
        if (logH < lowest) lowest = logH;
      }
      expInScratch(1, at.days);
      copyScratch(out, 1, at.days);
      w.networkLowestLog = lowest;
      return;
    }
    // The gap to the trend, x = ln H - (start + g d), is an AR(1): x_d = (1 - k) x_(d-1) + sigma z,
    // so the day's pull is k times yesterday's gap (to today's trend it would be k g more a day,
    // and the calm path would run up to a day's growth above its trend).
    let lowest = logH;
    const scratch = expScratch(at.days);
    for (let d = 1; d < at.days; d++) {
      const z = rho * shock[d] + own * normals[d];
      const trend = start + growthLogPerDay * (d - 1);
      logH += growthLogPerDay + h.reversionPerDay * (trend - logH) + h.volPerSqrtDay * z;
      scratch[d] = logH;
      if (logH < lowest) lowest = logH;
    }
    expInScratch(1, at.days);
    copyScratch(out, 1, at.days);
    w.networkLowestLog = lowest;
  },
  rules(m, _s, out) {
    // calibrationWindow rounds a window to whole days.
    const days = m.calibrate !== undefined ? Math.round(m.calibrate) : undefined;
    if (
      m.blockLuck === 'removed' &&
      m.volatility === undefined &&
      days !== undefined &&
      days < NET_OF_LUCK_MIN_DAYS
    )
      out.push({
        path: ['network', 'model', 'calibrate'],
        message: msg.netOfLuckWindow(NET_OF_LUCK_MIN_DAYS),
      });
    if (m.driftSpread === 'standard-error' && (m.calibrate === undefined || m.drift !== undefined))
      out.push({ path: ['network', 'model', 'driftSpread'], message: msg.driftSpreadStandardError() });
    // The standard error reads the volatility as the walk's: the daily changes' volatility reads
    // block luck and a seventh of the walk (0.33 a year on 2023, where the walk is 0.11).
    else if (m.driftSpread === 'standard-error' && m.volatility === undefined && m.blockLuck !== 'removed')
      out.push({ path: ['network', 'model', 'driftSpread'], message: msg.driftSpreadNeedsNetVolatility() });
    if (m.calibrate !== undefined) return;
    if (m.drift === undefined)
      out.push({ path: ['network', 'model'], message: msg.needsParameter('drift', 'stochastic') });
    if (m.volatility === undefined)
      out.push({ path: ['network', 'model'], message: msg.needsParameter('volatility', 'stochastic') });
  },
  sensitivity: [
    {
      key: 'drift',
      base: (plan) => plan.growthLogPerDay * DAYS_PER_YEAR,
      min: -LIMITS.driftPerYear,
      max: LIMITS.driftPerYear,
    },
  ],
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
