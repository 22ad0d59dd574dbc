// Weights of a price mixture from forecast scores (`weights: by-score`), computed only on history
// strictly before the scenario's start. Each model is re-run as of earlier start dates (origins,
// every stepDays days within windowDays before the start: SCORE_OPTIONS), calibrated as it
// would have been on each origin, and its forecast of the log price horizonDays later is scored
// with the CRPS (continuous ranked probability score, a proper score: lower is better, and a
// forecast cannot improve its expected score by misstating its spread) against what happened.
// The last origin's outcome lies before the start, so nothing at or after it is used. Weights
// are inversely proportional to the mean CRPS, the classic inverse-score combination (Bates and
// Granger 1969, on mean squared error): a model twice as wrong gets half the weight.

import type { z } from 'zod';
import { daysBetween } from '../../../data/dates.js';
import type { History } from '../../../data/history.js';
import { counted } from '../../../messages/shown.js';
import { createNetworkState } from '../../network-state.js';
import type { Assumption, FillTarget, MarketModel, ResolveContext } from '../model.js';

/** The stream of the scoring paths: a key of its own, so the weights do not depend on the run's seed. */
const SCORE_LABEL = 'mixture-score';

/**
 * The scoring of `weights: by-score`: 180-day forecasts from starts every 60 days in the 2 years
 * before the start (9 or 10 starts on a 60-day grid), 100 paths each; about a second of a run's compile on a busy
 * machine, most of it the models' own fits.
 */
export const SCORE_OPTIONS: ScoreOptions = { windowDays: 730, horizonDays: 180, stepDays: 60, paths: 100 };

export interface ScoreOptions {
  /** Days before the start within which the origins lie. */
  windowDays: number;
  /** Days from an origin to the day its forecast is scored. */
  horizonDays: number;
  /** Days between two origins. */
  stepDays: number;
  /** Paths a forecast draws. */
  paths: number;
}

/**
 * The history index a start's origins end at: the start's own day, the history's end for a start
 * past it, and 0 (no origin) for a start before the history's first day, which has no past to
 * score on (the history's last two years would be its future).
 */
export function scoreEnd(h: History, start: string): number {
  const at = h.indexOf(start);
  return at >= 0 ? at : start > h.lastDate ? h.days : 0;
}

/**
 * The origins (history indexes) of a start at history index `end`: the history days that are
 * multiples of stepDays, within windowDays before the start, whose outcome lies before it. On a
 * fixed grid rather than counted back from the start, so that starts a month apart share most of
 * their origins and a score of one origin is computed once (scoreCache).
 */
export function scoreOrigins(end: number, o: ScoreOptions): number[] {
  const origins: number[] = [];
  const last = end - 1 - o.horizonDays;
  if (last < 0) return origins;
  for (let t = last - (last % o.stepDays); t >= end - o.windowDays && t >= 0; t -= o.stepDays)
    origins.push(t);
  return origins.reverse();
}

/**
 * The CRPS of one model's forecast from one origin, by history: a function of the written model,
 * the origin and the options only (the scoring paths have a stream of their own), so it is kept
 * for every later start that scores the same origin. It reads the history up to the origin's
 * outcome, which lies before every start that scores it.
 */
const scores = new WeakMap<History, Map<string, number>>();
/** Most origin scores kept per history (each a number). */
const MAX_SCORES = 100_000;

/** The cached score of `key`, or the one `score()` computes, kept. */
export function cachedScore(history: History, key: string, score: () => number): number {
  let byKey = scores.get(history);
  if (byKey === undefined) {
    byKey = new Map();
    scores.set(history, byKey);
  }
  const hit = byKey.get(key);
  if (hit !== undefined) return hit;
  if (byKey.size >= MAX_SCORES) byKey.clear();
  const value = score();
  byKey.set(key, value);
  return value;
}

/** CRPS of the sample `xs` (sorted in place) against the outcome y: E|X - y| - E|X - X'| / 2. */
export function sampleCrps(xs: Float64Array, y: number): number {
  const n = xs.length;
  xs.sort();
  let toOutcome = 0;
  let spread = 0;
  for (let i = 0; i < n; i++) {
    toOutcome += Math.abs(xs[i] - y);
    spread += xs[i] * (2 * i - n + 1);
  }
  return toOutcome / n - spread / (n * n);
}

/** Mean CRPS of each written model's log-price forecasts over the origins before the start. */
export function scoreModels<W extends { type: string }, P extends { type: string }>(
  written: W[],
  ctx: ResolveContext,
  record: (type: string) => MarketModel<z.ZodType, P>,
  o: ScoreOptions,
): { scores: number[]; origins: number } {
  const h = ctx.history;
  const origins = scoreOrigins(scoreEnd(h, ctx.s.start), o);
  if (origins.length === 0)
    throw new Error('internal: a scored mixture without an origin (coverage.ts refuses it)');
  const days = o.horizonDays + 1;
  const target: FillTarget = {
    path: {
      priceUsd: new Float64Array(days),
      networkHashrateHs: new Float64Array(days),
      feesPerBlock: new Float64Array(days),
    },
    priceShock: new Float64Array(days),
    networkNormals: new Float64Array(days),
    networkScratch: new Float64Array(days),
    networkState: createNetworkState(),
    networkLowestLog: Number.NEGATIVE_INFINITY,
  };
  const xs = new Float64Array(o.paths);
  const rng = ctx.streams.create();
  const scoreKey = ctx.streams.key(SCORE_LABEL);
  const means = written.map((m) => {
    const r = record(m.type);
    let total = 0;
    for (const t of origins) {
      total += cachedScore(h, JSON.stringify(['price', ctx.s.coin, t, m, o]), () => {
        const startUsd = h.priceUsd[t];
        const view: ResolveContext = {
          ...ctx,
          s: { ...ctx.s, start: h.dateAt(t), scoredOrigin: true },
          plan: { ...ctx.plan, days, initial: { ...ctx.plan.initial, priceUsd: startUsd } },
          slice: (series) => series.slice(t, t + days),
        };
        const plan = r.resolve(m, view, []);
        const fixed = r.fixed(plan);
        for (let k = 0; k < o.paths; k++) {
          rng.reset(scoreKey, k, 1);
          r.fill(plan, { days, subsidy: ctx.subsidy }, target, fixed ? null : rng);
          xs[k] = Math.log(target.path.priceUsd[days - 1] / startUsd);
        }
        return sampleCrps(xs, Math.log(h.priceUsd[t + o.horizonDays] / startUsd));
      });
    }
    return total / origins.length;
  });
  return { scores: means, origins: origins.length };
}

/** Inverse-score weights, with one assumption line per model; `what` names the scored family. */
export function inverseScoreWeights(
  types: string[],
  scores: number[],
  origins: number,
  o: ScoreOptions,
  out: Assumption[],
  what: { label: string; quantity: string } = { label: 'Price', quantity: 'log price' },
  ctx?: Pick<ResolveContext, 's' | 'history'>,
): number[] {
  const inverse = scores.map((s) => 1 / Math.max(s, 1e-12));
  // The starts lie before the history's end where the start is past it (scoreModels' `end`).
  const h = ctx?.history;
  const past = ctx !== undefined && h !== undefined && h.indexOf(ctx.s.start) < 0 && ctx.s.start > h.lastDate;
  const window = past
    ? `in the ${o.windowDays} days to ${h.lastDate}, the history's last day (${counted(daysBetween(h.lastDate, ctx.s.start), 'day')} before the start)`
    : `in the ${o.windowDays} days before the start`;
  out.push({
    label: `${what.label} mixture weights`,
    value: 'inverse mean CRPS of each model',
    note: `${what.quantity} ${o.horizonDays} days ahead from ${origins} starts every ${o.stepDays} days ${window}, each model calibrated as of its start, ${o.paths} paths each`,
  });
  types.forEach((type, i) => {
    out.push({
      label: `${what.label} mixture score [${i + 1}]`,
      value: `mean CRPS ${scores[i].toFixed(4)}`,
      note: type,
    });
  });
  return inverse;
}

/** The by-score weights of a price mixture: SCORE_OPTIONS, inverse mean CRPS. */
export function priceScorer<W extends { type: string }, P extends { type: string }>(
  record: (type: string) => MarketModel<z.ZodType, P>,
) {
  return (written: W[], ctx: ResolveContext, out: Assumption[]): number[] => {
    const { scores, origins } = scoreModels(written, ctx, record, SCORE_OPTIONS);
    return inverseScoreWeights(
      written.map((m) => m.type),
      scores,
      origins,
      SCORE_OPTIONS,
      out,
      undefined,
      ctx,
    );
  };
}
