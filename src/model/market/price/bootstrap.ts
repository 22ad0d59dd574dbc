// Stationary block bootstrap (Politis-Romano): resamples the daily log returns of a window of
// history in blocks of random length (geometric, mean `blockLength`).
import { z } from 'zod';
import { addDays, daysBetween } from '../../../data/dates.js';
import type { Rng } from '../../../engine/random/rng.js';
import { schemaMessages as msg } from '../../../messages/schema.js';
import { counted } from '../../../messages/shown.js';
import { isoDate } from '../../../scenario/schema/date.js';
import { LIMITS } from '../../../scenario/schema/limits.js';
import { quantity } from '../../../scenario/schema/quantity.js';
import { DAYS_PER_YEAR } from '../../calendar.js';
import { copyScratch, expInScratch, expScratch } from '../../wasm/exp-simd.js';
import { calibrationWindow, logReturns } from '../calibrate.js';
import { daysBefore, type MarketModel, pct } from '../model.js';
import { partial } from '../schema-parts.js';
import type { GbmPricePlan } from './gbm.js';

export interface BootstrapPricePlan {
  type: 'bootstrap';
  startUsd: number;
  /** The daily log returns resampled. */
  returns: Float64Array;
  /** Probability of starting a new block each day. */
  restartProb: number;
  /**
   * Each return standardized over the window, (r - mean) / sd: the day's price shock a correlated
   * network reads (network/stochastic.ts), of mean 0 and variance 1 over the window as a normal
   * model's shock is. Zero where the window's returns do not vary (no shock to correlate with).
   */
  shocks: Float64Array;
}

const schema = z.strictObject({
  type: z.literal('bootstrap').meta({
    description: 'Stationary block bootstrap of historical daily log returns (blocks of random length).',
  }),
  // As a calibration window: a window of a few days resamples its few returns every day, its
  // drift compounding for the whole horizon (two days, one return: a price of billions of USD).
  window: quantity('duration', {
    description: `How much history before the start date to resample, e.g. \`4 years\`, rounded to whole days, the last the day before the start (\`4 years\` is 1461 days). At least ${LIMITS.minCalibrationDays} days, and at least \`blockLength\`.`,
    min: LIMITS.minCalibrationDays,
    max: LIMITS.durationDays,
    shownMin: `${LIMITS.minCalibrationDays} days`,
    shownMax: LIMITS.shownDuration,
  }).prefault('4 years'),
  from: isoDate(
    `First day of an explicit resampling window (instead of \`window\`): \`from\` to \`to\` hold at least ${LIMITS.minCalibrationDays} days.`,
  ).optional(),
  to: isoDate(
    'Last day of an explicit resampling window; must end before the start for an ex-ante run.',
  ).optional(),
  blockLength: quantity('duration', {
    description:
      "Mean length of the resampled blocks, e.g. `30 days`; at most the window's daily returns, one fewer than its days (29 days on a 30-day window).",
    min: 1,
    max: LIMITS.durationDays,
    shownMin: '1 day',
    shownMax: LIMITS.shownDuration,
  }).prefault('30 days'),
  demean: z.boolean().default(false).meta({
    description:
      'Shift the resampled returns so their mean is zero log growth (the prior drift): the blocks keep their volatility, clustering and tails, not the trend of the window. Default `false`.',
  }),
  partial: partial(),
});

/** The mean of `returns` (0 when there are none). */
function meanOf(returns: Float64Array): number {
  if (returns.length === 0) return 0;
  let mean = 0;
  for (let i = 0; i < returns.length; i++) mean += returns[i];
  return mean / returns.length;
}

/** Subtracts the mean from `returns` in place; returns the mean taken out. */
export function demean(returns: Float64Array): number {
  const mean = meanOf(returns);
  for (let i = 0; i < returns.length; i++) returns[i] -= mean;
  return mean;
}

/** The returns standardized to mean 0 and sample variance 1 (all 0 when they do not vary). */
export function standardized(returns: Float64Array): Float64Array {
  const n = returns.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += returns[i];
  mean /= Math.max(1, n);
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (returns[i] - mean) ** 2;
  const sd = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
  return Float64Array.from(returns, (r) => (sd > 0 ? (r - mean) / sd : 0));
}

/**
 * How long before the start an explicit window's last day `to` is: nothing the day before it; the
 * history's last day named where the window ends on it.
 */
function explicitEnd(to: string, start: string, lastDate: string): string {
  const days = daysBetween(to, start);
  if (days <= 1) return '';
  const shown = `${days.toLocaleString('en-US')} days before the start`;
  return to === lastDate ? `, the last on ${to}, the history's last day, ${shown}` : `, the last ${shown}`;
}

/** The study's resampling window: the 4 years (1461 days) before the start, or all history before it. */
export const STUDY_WINDOW_DAYS = 1461;

export const bootstrapPrice: MarketModel<
  typeof schema,
  BootstrapPricePlan,
  BootstrapPricePlan | GbmPricePlan
> = {
  type: 'bootstrap',
  schema,
  resolve(m, { s, history, plan }, out) {
    const w =
      m.from !== undefined && m.to !== undefined
        ? { from: history.indexOf(m.from), to: history.indexOf(m.to) + 1 }
        : calibrationWindow(history, s.start, m.window);
    // A window the history covers only in part (`partial: allowed`) says how much of it was read.
    // An explicit window ending before the day before the start (on a start past the history, at
    // the latest on its last day) says how long before the start it ends, as a partial one does.
    const covered =
      'coveredDays' in w
        ? w.coveredDays < w.requestedDays
          ? `, ${daysBefore(w)}`
          : ''
        : explicitEnd(m.to ?? s.start, s.start, history.lastDate);
    const returns = logReturns(history.priceUsd, w);
    // The window's trend, which every path carries on average unless demeaned.
    const trend = meanOf(returns) * DAYS_PER_YEAR;
    const mean = m.demean ? demean(returns) : 0;
    out.push({
      label: 'Price model',
      value: `stationary block bootstrap, mean block ${counted(Number(m.blockLength.toFixed(2)), 'day')}`,
      note: `daily log returns ${history.dateAt(w.from)} to ${history.dateAt(Math.max(w.from, w.to - 1))}${covered}${
        m.demean
          ? `, demeaned (their mean of ${pct(mean * DAYS_PER_YEAR)} a year taken out: zero log drift)`
          : `; their mean of ${pct(trend)} a year (log) is kept, the drift every path carries on average (\`demean: true\` takes it out)`
      }`,
    });
    return {
      type: 'bootstrap',
      startUsd: plan.initial.priceUsd,
      returns,
      restartProb: 1 / m.blockLength,
      shocks: standardized(returns),
    };
  },
  // Held calm, the log price moves by its expected growth a day: each day's resampled return is
  // one of the window's, each as likely (a stationary bootstrap), so the mean of the window's returns
  // (zero when demeaned). It stayed at its start, as if the window had no trend.
  calm: (plan) => ({
    type: 'gbm',
    startUsd: plan.startUsd,
    driftPerDay: meanOf(plan.returns),
    volPerSqrtDay: 0,
  }),
  fixed: () => false,
  stochastic: () => true,
  fill(p, at, w, source) {
    // Each day either continues the current block of historical returns or, with probability
    // 1/blockLength, jumps to a random new block. The day's shock is the drawn return standardized,
    // so a network correlated with the price moves with the resampled returns (a shock of 0 would
    // leave such a network only sqrt(1 - rho^2) of its volatility and no correlation).
    const rng = source as Rng;
    const out = w.path.priceUsd;
    const shock = w.priceShock;
    const returns = p.returns;
    const shocks = p.shocks;
    const n = returns.length;
    out[0] = p.startUsd;
    shock[0] = 0;
    let logPrice = Math.log(p.startUsd);
    let i = rng.below(n);
    // The log prices, then their exps in one pass (exp-simd.ts: Math.exp's bits).
    const scratch = expScratch(at.days);
    for (let d = 1; d < at.days; d++) {
      if (rng.uniform() < p.restartProb) i = rng.below(n);
      else i = i + 1 === n ? 0 : i + 1;
      logPrice += returns[i];
      scratch[d] = logPrice;
      shock[d] = shocks[i];
    }
    expInScratch(1, at.days);
    copyScratch(out, 1, at.days);
  },
  rules(m, s, out) {
    if ((m.from === undefined) !== (m.to === undefined))
      out.push({ path: ['price', 'model'], message: msg.bothWindowEnds() });
    if (m.to !== undefined && daysBetween(m.to, s.start) <= 0)
      out.push({ path: ['price', 'model', 'to'], message: msg.windowAfterStart() });
  },
  study: {
    id: 'bootstrap',
    label: 'bootstrap price',
    input: { type: 'bootstrap' },
    // An explicit window ending the day before the start, cut where the history begins.
    atStart(input, start, first) {
      const from = addDays(start, -STUDY_WINDOW_DAYS);
      return { ...input, from: from < first ? first : from, to: addDays(start, -1) };
    },
  },
};
