// The endogenous network's fitted entry rate was printed without its error. Its note now gives
// the standard error of the least squares at the lag and margins the fit chose, serial correlation
// counted (endogenous-fit-error.ts). Checked here against refits of series the model simulated.
import { describe, expect, it } from 'vitest';
import type { MarketPath } from '../../src/engine/compile/plan.js';
import { Rng, runKey, STREAM_NETWORK, STREAM_PRICE } from '../../src/engine/random/rng.js';
import { fitEndogenous } from '../../src/model/market/network/endogenous-fit.js';
import {
  type EndogenousNetworkPlan,
  fillEndogenous,
} from '../../src/model/market/network/endogenous-path.js';
import { createNetworkState } from '../../src/model/network-state.js';

// A chain whose difficulty follows hashrate within the day and whose blocks pay a tail emission
// (as test/model/market/network/endogenous.test.ts simulates it).
const TAIL = 0.6;
const rules = {
  protocol: {
    coin: 'monero',
    blockIntervalS: 120,
    hashesPerDifficulty: 1,
    retargetBlocks: 0,
    tailEmission: TAIL,
  },
  initial: {
    height: 3_000_000,
    difficulty: 1e9 * 120,
    networkHashrateHs: 1e9,
    priceUsd: 100,
    epochStartHeight: 0,
    epochElapsedS: 0,
    supply: 18.4e6,
  },
} as EndogenousNetworkPlan['rules'];

const truth: EndogenousNetworkPlan = {
  type: 'endogenous',
  startHs: 1e9,
  rules,
  lagDays: 28,
  entryPerDay: 0.01,
  entryMargin: Math.log(1.5),
  shutdownMargin: Math.log(1.3),
  shutdown: 0.4,
  volPerSqrtDay: 0.01,
  powerPriceUsdPerKwh: 0.05,
  lnCostStart: Math.log((100 * TAIL * 86_400) / (1e9 * 120) / 2),
  efficiencyLogPerDay: 0,
  pastMargin: new Float64Array(28).fill(Math.log(2)),
};

/**
 * A fit on the last `window` days of a 2,400-day series simulated with seed `k` (its price cycle
 * shifted by the seed), the lag and margins held at the truth unless `free`.
 */
function refit(k: number, window: number, free: boolean) {
  const days = 2400;
  const rng = new Rng();
  const key = runKey(`entry-error-${k}`);
  rng.reset(key, 0, STREAM_PRICE);
  const z = new Float64Array(days);
  rng.fillNormals(z, 0, days);
  const phase = (k * 97) % 500;
  const price = Float64Array.from(
    { length: days },
    (_, d) =>
      100 *
      Math.exp(
        0.0005 * d +
          Math.sin((2 * Math.PI * (d + phase)) / 500) +
          0.3 * Math.sin((2 * Math.PI * d) / 170) +
          0.01 * z[d],
      ),
  );
  const path: MarketPath = {
    priceUsd: price,
    networkHashrateHs: new Float64Array(days),
    feesPerBlock: new Float64Array(days),
  };
  const margin = new Float64Array(days);
  rng.reset(key, 0, STREAM_NETWORK);
  fillEndogenous(truth, days, path, createNetworkState(), margin, new Float64Array(days), rng);
  rng.reset(key, 1, STREAM_NETWORK);
  const luck = new Float64Array(days);
  rng.fillNormals(luck, 0, days);
  const logHashrate = Float64Array.from(
    path.networkHashrateHs,
    (h, d) => Math.log(h) + luck[d] / Math.sqrt(720),
  );
  return fitEndogenous(
    { logHashrate, margin, blocks: new Float64Array(days).fill(720) },
    { from: days - window, to: days },
    free ? {} : { lagDays: 28, entryMargin: truth.entryMargin, shutdownMargin: truth.shutdownMargin },
  );
}

/** The refits' spread of kappa and the root mean square of the errors they state. */
function spread(window: number, free: boolean) {
  const kappas: number[] = [];
  const errors: number[] = [];
  for (let k = 0; k < 60; k++) {
    const f = refit(k, window, free);
    if (f === null) continue;
    kappas.push(f.entryPerDay);
    if (f.entryErrorPerDay !== null) errors.push(f.entryErrorPerDay);
  }
  const mean = kappas.reduce((a, b) => a + b, 0) / kappas.length;
  const sd = Math.sqrt(kappas.reduce((a, b) => a + (b - mean) ** 2, 0) / (kappas.length - 1));
  const rms = Math.sqrt(errors.reduce((a, b) => a + b * b, 0) / errors.length);
  return { sd, rms, stated: errors.length };
}

describe("the endogenous network's entry rate standard error", () => {
  // Held at the truth, the lag and margins leave kappa's least squares alone: its error is the
  // refits' spread (measured: 1.00 of it on 730 days, 0.83 on 1,800).
  for (const window of [730, 1800])
    it(`with the lag and margins held at the truth, on ${window} days, it is the refits' spread`, () => {
      const { sd, rms, stated } = spread(window, false);
      expect(stated).toBeGreaterThan(50);
      expect(rms / sd).toBeGreaterThan(0.7);
      expect(rms / sd).toBeLessThan(1.3);
    });

  // Fitted, they spread kappa 4 to 7 times as far (measured: 0.26, 0.14 and 0.28 of the spread on
  // 365, 730 and 1,800 days), as the note says: the stated error is a least one.
  for (const window of [365, 730, 1800])
    it(`with everything fitted, on ${window} days, it is less than a third of the refits' spread`, () => {
      const { sd, rms } = spread(window, true);
      expect(rms / sd).toBeGreaterThan(0.1);
      expect(rms / sd).toBeLessThan(1 / 3);
    });
});
