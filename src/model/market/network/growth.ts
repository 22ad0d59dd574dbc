// Deterministic growth of network hashrate: a constant log growth a day, given per year or per
// difficulty epoch, or fitted log-linearly on a window before the start.
import { z } from 'zod';
import type { History } from '../../../data/history.js';
import { schemaMessages as msg } from '../../../messages/schema.js';
import { LIMITS } from '../../../scenario/schema/limits.js';
import { PER_YEAR_KEYWORD, quantity } from '../../../scenario/schema/quantity.js';
import { DAYS_PER_YEAR } from '../../calendar.js';
import { coinProtocol } from '../../coins/index.js';
import {
  calibrationWindow,
  estimateDiffusion,
  estimateGrowth,
  smoothedLogReturns,
  type Window,
} from '../calibrate.js';
import { daysBefore, type MarketModel, pct } from '../model.js';
import { calibrate, partial } from '../schema-parts.js';
import { netOfLuckVolatility } from './block-luck.js';
import { growthStandardError } from './growth-error.js';

/**
 * The fewest days a fitted growth reads. The growth runs on every path alike, so its fit's error is
 * on none of them: on Bitcoin since 2020, 30-day fits ranged from -545 % to +346 % a year (log),
 * and fits on starts a month apart moved by 135 % a year on 30 days, 47 % on 90, 17 % on 180 and
 * 6 % on 365 (their standard errors, growth-error.ts, 126-130 %, 65-90 %, 8-55 % and 13-39 % on three
 * starts 2021-2024). Below half a year the fit
 * is mostly the window's noise, so a shorter window is refused: a longer one, or a stated `rate`.
 */
export const GROWTH_FIT_MIN_DAYS = 180;

export interface GrowthNetworkPlan {
  type: 'growth';
  startHs: number;
  growthLogPerDay: number;
}

const schema = z.strictObject({
  type: z.literal('growth').meta({ description: 'Deterministic growth of network hashrate.' }),
  rate: quantity('fraction', {
    description: 'Growth per period, e.g. `80 %` a year or `3 %` an epoch.',
    above: -1,
    max: LIMITS.growthPerPeriod,
    shownMin: '-100 %',
    shownMax: '10,000 %',
  })
    // A rate per year where `per` says so (its default).
    .meta({ [PER_YEAR_KEYWORD]: 'per' })
    .optional(),
  per: z.enum(['year', 'epoch']).default('year').meta({
    description:
      'The period of `rate`: a year (365.25 days) or a difficulty epoch at its target length, 14 days (2016 blocks of 10 minutes). While the hashrate grows, 2016 blocks take less than 14 days, so each retarget raises the difficulty by a little less than the rate: 2.91 % at `3 %` an epoch.',
  }),
  calibrate: calibrate('the growth rate').meta({
    description: `Estimate the growth rate by a log-linear fit over this much history strictly before the start date, e.g. \`1 year\`; a given \`rate\` wins. It is rounded to whole days, the last the day before the start: \`1 year\` is the 365 days to it. At least ${GROWTH_FIT_MIN_DAYS} days: every path runs the fitted growth, so its fit's error (shown beside it, 126-130 % a year on 30 days of Bitcoin, 13-39 % on a year) is on none of them, and a shorter window is refused (a partial one must hold as many). A bare number is days. Allowed: at least ${GROWTH_FIT_MIN_DAYS} days, at most ${LIMITS.shownDuration}.`,
  }),
  partial: partial(),
});

/**
 * The growth as written: its rate (per its period, or a year when fitted), the log growth a day
 * the hashrate follows, and the window a fitted rate comes from. The fleet's share rule
 * (scenario/fleet-share.ts) follows the same path day by day.
 */
export function growthOf(m: z.output<typeof schema>, start: string, history: History) {
  const window = m.calibrate !== undefined ? calibrationWindow(history, start, m.calibrate) : undefined;
  const rate = m.rate ?? (window ? estimateGrowth(history.hashrateHs, window) : Number.NaN);
  const perDay =
    m.per === 'epoch' && m.rate !== undefined ? Math.log1p(rate) / 14 : Math.log1p(rate) / DAYS_PER_YEAR;
  return { window, rate, perDay };
}

/**
 * The standard error of a fitted growth's log growth a year (growth-error.ts), for a walk of the
 * volatility the window reads net of block luck, or, on a window too short for that (118 days),
 * of its 7-day means' daily changes, which keep some of the luck (a larger error, not a smaller).
 */
export function fittedGrowthError(history: History, w: Window): number {
  const net = netOfLuckVolatility(Float64Array.from(history.hashrateHs, Math.log), history.blocks, w);
  const volatility =
    net?.volatility ?? estimateDiffusion(smoothedLogReturns(history.hashrateHs, w)).volatility;
  return growthStandardError(history.blocks, w, volatility);
}

export const growthNetwork: MarketModel<typeof schema, GrowthNetworkPlan> = {
  type: 'growth',
  schema,
  resolve(m, { s, history, plan }, out) {
    const { window, rate, perDay } = growthOf(m, s.start, history);
    out.push({
      label: 'Network model',
      value: `hashrate grows ${pct(rate)} ${m.rate !== undefined && m.per === 'epoch' ? 'an epoch (14 days)' : 'a year'}`,
      note:
        m.rate === undefined
          ? `log-linear fit over ${daysBefore(window)}; standard error of its log growth ${pct(fittedGrowthError(history, window as Window))} a year`
          : 'given',
    });
    return { type: 'growth', startHs: plan.initial.networkHashrateHs, growthLogPerDay: perDay };
  },
  calm: (plan) => plan,
  fixed: () => true,
  stochastic: () => false,
  fill(h, at, w) {
    const out = w.path.networkHashrateHs;
    const start = Math.log(h.startHs);
    out[0] = h.startHs;
    for (let d = 1; d < at.days; d++) out[d] = Math.exp(start + h.growthLogPerDay * d);
  },
  rules(m, s, out) {
    if (m.rate === undefined && m.calibrate === undefined)
      out.push({ path: ['network', 'model'], message: msg.needsParameter('rate', 'growth') });
    if (m.rate === undefined && m.calibrate !== undefined && Math.round(m.calibrate) < GROWTH_FIT_MIN_DAYS)
      out.push({
        path: ['network', 'model', 'calibrate'],
        message: msg.growthWindowShort(Math.round(m.calibrate), GROWTH_FIT_MIN_DAYS),
      });
    // An epoch is Bitcoin's 2016 blocks (14 days at target); a coin without retargets has none.
    if (m.rate !== undefined && m.per === 'epoch' && coinProtocol(s.coin).retargetBlocks === 0)
      out.push({ path: ['network', 'model', 'per'], message: msg.epochWithoutRetargets(s.coin) });
  },
  // Without a rate the growth is yearly whatever `per` says; sensitivity.ts sets `per` to match.
  sensitivity: [
    {
      key: 'rate',
      base: (plan) => Math.expm1(plan.growthLogPerDay * DAYS_PER_YEAR),
      max: LIMITS.growthPerPeriod,
    },
  ],
  study: { id: 'growth', label: 'growth network', input: { type: 'growth', calibrate: '1 year' } },
};
