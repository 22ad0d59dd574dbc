// Weights of a network mixture from forecast scores (`weights: by-score`), computed only on history
// strictly before the scenario's start, as price mixtures' are (price/score.ts): each network model
// is re-run as of earlier start dates (origins on a 60-day grid in the 2 years before the start),
// calibrated as it would have been on each origin, and its forecast of the log of the network's
// mean hashrate over the 7 days to 180 days later (the week's, as a run starts from: a Bitcoin
// day's hashrate, read from its blocks, carries luck no model forecasts) is scored with the CRPS
// against what happened; weights are inversely proportional
// to the mean CRPS. A network model may read the price and the fees (price-coupled, endogenous),
// so each forecast is the joint one the scenario would make: the scenario's own price and fee
// models, run as of the origin too, on the same paths for every network model (common random
// numbers, so the models differ by their models, not their noise). The chain's state on an origin
// is the history's (height, difficulty, epoch). The last origin's outcome lies before the start.

import type { z } from 'zod';
import { chainState } from '../../chain-state.js';
import { coinProtocol } from '../../coins/index.js';
import { createNetworkState } from '../../network-state.js';
import { START_HASHRATE_DAYS } from '../../start-hashrate.js';
import { startFeesPerBlock } from '../fees/fee-level.js';
import { feesModel } from '../fees/registry.js';
import type { MixedScenario } from '../mixture.js';
import type { Assumption, FillTarget, MarketModel, ResolveContext } from '../model.js';
import { priceModel } from '../price/registry.js';
import {
  cachedScore,
  inverseScoreWeights,
  SCORE_OPTIONS,
  type ScoreOptions,
  sampleCrps,
  scoreEnd,
  scoreOrigins,
} from '../price/score.js';

/** The stream of the scoring paths: a key of its own, so the weights do not depend on the run's seed. */
const SCORE_LABEL = 'network-mixture-score';
/** The scoring paths' streams of each family (their numbers only need to differ). */
const STREAM = { price: 1, network: 2, fees: 3 } as const;

/** The scoring of a network mixture: as a price mixture's (SCORE_OPTIONS), of log hashrate. */
export const NETWORK_SCORE_OPTIONS: ScoreOptions = SCORE_OPTIONS;

/** The written price and fee models that drive the network forecasts: the scenario's own. */
export function scoreDrivers(s: ResolveContext['s']): { price: { type: string }; fees: { type: string } } {
  const full = s as Partial<MixedScenario & { fees: { model: { type: string } } }>;
  if (full.price === undefined || full.fees === undefined)
    throw new Error('internal: a scored network mixture without the scenario’s price and fee models');
  return { price: full.price.model, fees: full.fees.model };
}

/**
 * The view of the context as of origin t: start date, chain state, the fee model's start level
 * (the scenario's fee model as of that day: a price-coupled or endogenous network anchors on it)
 * and subsidy of that day.
 */
function originView(ctx: ResolveContext, t: number, days: number): ResolveContext {
  const h = ctx.history;
  const date = h.dateAt(t);
  const fees = scoreDrivers(ctx.s).fees as Parameters<typeof startFeesPerBlock>[0];
  const c = chainState(ctx.s.coin, h, date, {}, startFeesPerBlock(fees, date, h));
  const initial = {
    height: c.height,
    difficulty: c.difficulty,
    epochDifficulty: c.epochDifficulty,
    networkHashrateHs: c.networkHashrateHs,
    priceUsd: c.priceUsd,
    epochStartHeight: c.epochStartHeight,
    epochElapsedS: c.epochElapsedS,
    supply: c.supply,
  };
  return {
    ...ctx,
    s: { ...ctx.s, start: date, scoredOrigin: true },
    plan: { ...ctx.plan, days, initial, start: { ...ctx.plan.start, feesPerBlock: c.feesPerBlock } },
    subsidy: coinProtocol(ctx.s.coin).expectedRewards(initial.height, initial.supply, days),
    slice: (series) => series.slice(t, t + days),
  };
}

/** Mean CRPS of each written network model's log-hashrate forecasts over the origins before the start. */
export function scoreNetworkModels<W extends { type: string }, P extends { type: string }>(
  written: W[],
  ctx: ResolveContext,
  record: (type: string) => MarketModel<z.ZodType, P>,
  o: ScoreOptions,
): { scores: number[]; origins: number } {
  const h = ctx.history;
  const origins = scoreOrigins(scoreEnd(h, ctx.s.start), o);
  if (origins.length === 0)
    throw new Error('internal: a scored mixture without an origin (coverage.ts refuses it)');
  const drivers = scoreDrivers(ctx.s);
  const days = o.horizonDays + 1;
  const keyOf = (m: W, t: number) =>
    JSON.stringify(['network', ctx.s.coin, t, m, drivers.price, drivers.fees, o]);
  const totals = written.map(() => 0);
  for (const t of origins) {
    // The drivers are resolved once an origin, and only when some model's score is not yet kept.
    let run: ((m: W) => number) | null = null;
    written.forEach((m, i) => {
      totals[i] += cachedScore(h, keyOf(m, t), () => {
        run ??= originRun(ctx, t, days, drivers, record, o);
        return run(m);
      });
    });
  }
  return { scores: totals.map((x) => x / origins.length), origins: origins.length };
}

/** The forecast of one origin: a function from a written network model to its CRPS. */
function originRun<W extends { type: string }, P extends { type: string }>(
  ctx: ResolveContext,
  t: number,
  days: number,
  drivers: ReturnType<typeof scoreDrivers>,
  record: (type: string) => MarketModel<z.ZodType, P>,
  o: ScoreOptions,
): (m: W) => number {
  const h = ctx.history;
  const view = originView(ctx, t, days);
  const priceRecord = priceModel(drivers.price.type);
  const feesRecord = feesModel(drivers.fees.type);
  const price = priceRecord.resolve(drivers.price, view, []);
  const fees = feesRecord.resolve(drivers.fees, view, []);
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
  feesRecord.prepare?.(fees, target.path);
  const at = { days, subsidy: view.subsidy };
  const [priceRng, networkRng, feesRng] = [ctx.streams.create(), ctx.streams.create(), ctx.streams.create()];
  const key = ctx.streams.key(SCORE_LABEL);
  const xs = new Float64Array(o.paths);
  const startHs = view.plan.initial.networkHashrateHs;
  // The week's mean to the horizon's day, forecast and outcome alike: a Bitcoin day's hashrate is
  // read from its blocks, about 8 % off by luck, which no network model forecasts.
  const last = t + o.horizonDays;
  let sum = 0;
  for (let i = last - START_HASHRATE_DAYS + 1; i <= last; i++) sum += h.hashrateHs[i];
  const outcome = Math.log(sum / START_HASHRATE_DAYS / startHs);
  return (m) => {
    const r = record(m.type);
    const plan = r.resolve(m, view, []);
    for (let k = 0; k < o.paths; k++) {
      priceRng.reset(key, k, STREAM.price);
      networkRng.reset(key, k, STREAM.network);
      feesRng.reset(key, k, STREAM.fees);
      priceRecord.fill(price, at, target, priceRecord.fixed(price) ? null : priceRng);
      feesRecord.fill(fees, at, target, feesRecord.fixed(fees) ? null : feesRng);
      r.fill(plan, at, target, r.fixed(plan) ? null : networkRng);
      const path = target.path.networkHashrateHs;
      let week = 0;
      for (let d = days - START_HASHRATE_DAYS; d < days; d++) week += path[d];
      xs[k] = Math.log(week / START_HASHRATE_DAYS / startHs);
    }
    return sampleCrps(xs, outcome);
  };
}

/** The by-score weights of a network mixture: NETWORK_SCORE_OPTIONS, inverse mean CRPS. */
export function networkScorer<W extends { type: string }, P extends { type: string }>(
  record: (type: string) => MarketModel<z.ZodType, P>,
) {
  return (written: W[], ctx: ResolveContext, out: Assumption[]): number[] => {
    const { scores, origins } = scoreNetworkModels(written, ctx, record, NETWORK_SCORE_OPTIONS);
    return inverseScoreWeights(
      written.map((m) => m.type),
      scores,
      origins,
      NETWORK_SCORE_OPTIONS,
      out,
      { label: 'Network', quantity: 'log network hashrate' },
      ctx,
    );
  };
}
