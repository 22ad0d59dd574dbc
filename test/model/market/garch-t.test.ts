// GARCH(1,1)-t: simulated moments against the theory, the ML fit against known parameters and a
// hand check on the shipped history, and a fit that sees nothing at or after the start.

import { describe, expect, it } from 'vitest';
import { loadHistory } from '../../../src/data/history.js';
import { Rng, runKey, STREAM_PRICE } from '../../../src/engine/random/rng.js';
import { calibrationWindow, logReturns } from '../../../src/model/market/calibrate.js';
import { fitGarchT } from '../../../src/model/market/garch-fit.js';
import type { FillTarget } from '../../../src/model/market/model.js';
import { type GarchTPricePlan, garchTPrice } from '../../../src/model/market/price/garch-t.js';
import { createNetworkState } from '../../../src/model/network-state.js';

/** A plan with long-run daily variance `v`, starting at it. */
function plan(alpha: number, beta: number, nu: number, v: number): GarchTPricePlan {
  return {
    type: 'garch-t',
    startUsd: 100,
    driftPerDay: 0,
    omega: v * (1 - alpha - beta),
    alpha,
    beta,
    nu,
    startVariance: v,
    maxVariance: 25 * v,
  };
}

function target(days: number): FillTarget {
  return {
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
}

/** Daily log returns of path k. */
function simulate(p: GarchTPricePlan, days: number, seed: number, k: number, w = target(days)): Float64Array {
  const rng = new Rng();
  rng.reset(runKey(seed), k, STREAM_PRICE);
  garchTPrice.fill(p, { days, subsidy: new Float64Array(days) }, w, rng);
  const r = new Float64Array(days - 1);
  for (let d = 1; d < days; d++) r[d - 1] = Math.log(w.path.priceUsd[d] / w.path.priceUsd[d - 1]);
  return r;
}

describe('garch-t price model', () => {
  it('fill() gives returns whose variance and kurtosis match the unconditional GARCH-t moments within 4 Monte Carlo standard errors', () => {
    const [alpha, beta, nu, v] = [0.08, 0.85, 10, 0.0016];
    const p = plan(alpha, beta, nu, v);
    // Theory: variance omega / (1 - alpha - beta); kurtosis k (1 - q^2) / (1 - q^2 - (k - 1) alpha^2),
    // q = alpha + beta, k = 3 (nu - 2) / (nu - 4) the innovations' kurtosis.
    const q = alpha + beta;
    const kz = (3 * (nu - 2)) / (nu - 4);
    const kurtosis = (kz * (1 - q * q)) / (1 - q * q - (kz - 1) * alpha * alpha);
    // 40 batches of 100 independent paths, 300 days each after a 200-day burn-in.
    const days = 501;
    const w = target(days);
    const variances: number[] = [];
    const kurtoses: number[] = [];
    for (let b = 0; b < 40; b++) {
      let s2 = 0;
      let s4 = 0;
      let n = 0;
      for (let j = 0; j < 100; j++) {
        const r = simulate(p, days, 7, b * 100 + j, w);
        for (let d = 200; d < r.length; d++) {
          s2 += r[d] * r[d];
          s4 += r[d] ** 4;
          n++;
        }
      }
      variances.push(s2 / n);
      kurtoses.push(s4 / n / (s2 / n) ** 2);
    }
    const meanSe = (xs: number[]) => {
      const m = xs.reduce((a, b) => a + b, 0) / xs.length;
      const sd = Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1));
      return { m, se: sd / Math.sqrt(xs.length) };
    };
    const vs = meanSe(variances);
    const ks = meanSe(kurtoses);
    expect(Math.abs(vs.m - v)).toBeLessThan(4 * vs.se);
    expect(Math.abs(ks.m - kurtosis)).toBeLessThan(4 * ks.se);
    // The check has teeth: a normal walk's kurtosis (3) lies far outside.
    expect(Math.abs(ks.m - 3)).toBeGreaterThan(8 * ks.se);
  });

  it('fitGarchT() recovers alpha, beta and nu of a simulated 4,000-day series (within 0.04, 0.06 and 2)', () => {
    for (const seed of [1, 2, 3]) {
      const r = simulate(plan(0.1, 0.85, 5, 0.0016), 4001, seed, 0);
      const f = fitGarchT(r);
      expect(Math.abs(f.alpha - 0.1), `seed ${seed}`).toBeLessThan(0.04);
      expect(Math.abs(f.beta - 0.85), `seed ${seed}`).toBeLessThan(0.06);
      expect(Math.abs(f.nu - 5), `seed ${seed}`).toBeLessThan(2);
      expect(f.logLik).toBeGreaterThan(f.normalLogLik);
    }
  });

  it('fitGarchT() on the two years of Bitcoin before 2017-05-01 finds high persistence, fat tails and a likelihood well above a constant-variance normal', () => {
    const h = loadHistory('bitcoin');
    const f = fitGarchT(logReturns(h.priceUsd, calibrationWindow(h, '2017-05-01', 731)));
    // Hand estimate: daily crypto returns cluster (alpha + beta near 1) and have tails of a t with
    // 3-5 degrees of freedom; the likelihood gain over i.i.d. normal is some hundreds of nats.
    expect(f.alpha + f.beta).toBeGreaterThan(0.85);
    expect(f.alpha + f.beta).toBeLessThan(0.9999);
    expect(f.alpha).toBeGreaterThan(0.05);
    expect(f.nu).toBeGreaterThan(2.05);
    expect(f.nu).toBeLessThan(6);
    expect(f.logLik - f.normalLogLik).toBeGreaterThan(50);
    // Long-run volatility near the window's sample volatility (variance targeting): 40-80 % a year.
    expect(Math.sqrt(f.variance * 365)).toBeGreaterThan(0.4);
    expect(Math.sqrt(f.variance * 365)).toBeLessThan(0.8);
  });

  it('garchTPrice.resolve() gives the same plan when the history at and after the start is scrambled', () => {
    const h = loadHistory('bitcoin');
    const start = '2019-01-01';
    const at = h.indexOf(start);
    const scrambled = { ...h, priceUsd: h.priceUsd.slice() };
    const rng = new Rng();
    rng.reset(runKey(3), 0, 1);
    for (let i = at; i < h.days; i++) scrambled.priceUsd[i] = 1 + 1e5 * rng.uniform();
    const resolve = (history: typeof h) =>
      garchTPrice.resolve(
        { type: 'garch-t', calibrate: 731, partial: 'refused' },
        // biome-ignore lint/suspicious/noExplicitAny: resolve reads only the start, the history and the start price
        { s: { start } as any, history, plan: { initial: { priceUsd: 3800 } } as any } as any,
        [],
      );
    const a = resolve(h);
    const b = resolve(scrambled);
    expect(b).toEqual(a);
    expect(a.alpha + a.beta).toBeLessThan(1);
  });

  it('fill() path k depends only on (seed, k): the same numbers in a fresh workspace and after other paths', () => {
    const p = plan(0.1, 0.85, 4, 0.0016);
    const alone = simulate(p, 200, 5, 42);
    const w = target(200);
    for (let k = 0; k < 5; k++) simulate(p, 200, 5, k, w);
    expect(simulate(p, 200, 5, 42, w)).toEqual(alone);
  });
});
