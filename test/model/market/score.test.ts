// weights: by-score: the CRPS of a sample, the scores of models re-run as of starts before the
// scenario's, and weights that ignore everything at and after the start.
import { describe, expect, it } from 'vitest';
import { loadHistory } from '../../../src/data/history.js';
import { Rng, runKey } from '../../../src/engine/random/rng.js';
import type { ResolveContext } from '../../../src/model/market/model.js';
import { priceModel } from '../../../src/model/market/price/registry.js';
import { sampleCrps, scoreModels, scoreOrigins } from '../../../src/model/market/price/score.js';

const OPTIONS = { windowDays: 365, horizonDays: 90, stepDays: 30, paths: 100 };

/** What a price model's resolve reads: the start, the history and the start price. */
function context(history: ReturnType<typeof loadHistory>, start: string): ResolveContext {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: a price model reads only these fields
    s: { start } as any,
    history,
    // biome-ignore lint/suspicious/noExplicitAny: a price model reads only these fields
    plan: { days: 91, initial: { priceUsd: history.priceUsd[history.indexOf(start)] } } as any,
    subsidy: new Float64Array(91),
    slice: () => null,
    catalog: [],
    streams: { create: () => new Rng(), key: runKey },
  };
}

const MODELS = [
  { type: 'gbm', calibrate: 365, partial: 'refused' },
  { type: 'gbm', drift: 0, volatility: 0.05, partial: 'refused' },
  { type: 'bootstrap', window: 730, blockLength: 30, partial: 'refused', demean: false },
  { type: 'gbm', calibrate: 365, drift: { prior: 0, shrink: 1 }, partial: 'refused' },
];

describe('by-score weights', () => {
  it('sampleCrps() of 100,000 standard normals at 0 is 2 phi(0) - 1 / sqrt(pi) = 0.2337 within 0.005', () => {
    const rng = new Rng();
    rng.reset(runKey(1), 0, 1);
    const xs = new Float64Array(100_000);
    for (let i = 0; i < xs.length; i++) xs[i] = rng.normal();
    expect(sampleCrps(xs, 0)).toBeCloseTo(2 / Math.sqrt(2 * Math.PI) - 1 / Math.sqrt(Math.PI), 2);
    // A point forecast's CRPS is its absolute error.
    expect(sampleCrps(new Float64Array([1, 1, 1]), 3)).toBe(2);
  });

  it("scoreOrigins() puts every origin's outcome day before the start, on the 30-day grid within the window", () => {
    const origins = scoreOrigins(1000, OPTIONS);
    // The last day whose outcome (90 days later) lies before day 1000 is 909; the grid's is 900.
    expect(origins.at(-1)).toBe(900);
    expect(origins.every((t) => t % 30 === 0 && t + 90 < 1000)).toBe(true);
    expect(origins[0]).toBeGreaterThanOrEqual(1000 - 365);
    expect(origins.every((t, i) => i === 0 || t - origins[i - 1] === 30)).toBe(true);
    expect(scoreOrigins(50, OPTIONS)).toEqual([]);
  });

  it('scoreModels() gives the same scores when the history at and after the start is scrambled', () => {
    const h = loadHistory('bitcoin');
    const start = '2021-11-10';
    const at = h.indexOf(start);
    const scrambled = { ...h, priceUsd: h.priceUsd.slice() };
    for (let i = at; i < h.days; i++) scrambled.priceUsd[i] = 1 + ((i * 7919) % 100_000);
    const a = scoreModels(MODELS, context(h, start), priceModel, OPTIONS);
    const b = scoreModels(MODELS, context(scrambled, start), priceModel, OPTIONS);
    expect(b.scores).toEqual(a.scores);
    expect(a.origins).toBe(scoreOrigins(at, OPTIONS).length);
  });

  it('scoreModels() on 2018 scores a zero-drift GBM better than the same GBM carrying the 2017 drift, and better than a 5 % volatility', () => {
    const h = loadHistory('bitcoin');
    const { scores } = scoreModels(MODELS, context(h, '2019-01-01'), priceModel, OPTIONS);
    expect(scores.every((s) => s > 0 && Number.isFinite(s))).toBe(true);
    expect(scores[3]).toBeLessThan(scores[0]);
    expect(scores[3]).toBeLessThan(scores[1]);
  });
});
