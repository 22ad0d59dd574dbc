// The endogenous network (model/market/network/endogenous.ts) reads the path's price and fees and
// steps the chain itself; its paths still depend only on (seed, k). Worker runs load
// dist/engine/worker.js: `npm test` builds it first (pretest).
import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { loadScenario, ONE_YEAR_CLAIMS } from '../fixtures/scenarios.js';

const scenario = (coin: 'bitcoin' | 'monero') =>
  loadScenario(coin === 'bitcoin' ? 'north-korea-2017-s9' : 'north-korea-2017-monero-cpu', (s) => {
    s.horizon = '1 year';
    s.claims = ONE_YEAR_CLAIMS;
    s.network = { ...s.network, model: { type: 'endogenous' } };
  });

describe('endogenous network determinism', () => {
  for (const coin of ['bitcoin', 'monero'] as const)
    it(`runMonteCarlo() of a ${coin} scenario with the endogenous network: 1 and 2 workers, and 100 of 400 paths, give the same paths`, async () => {
      const s = await scenario(coin);
      const one = await runMonteCarlo(s, { paths: 400, workers: 1, breakEvenPaths: 20 });
      const two = await runMonteCarlo(s, { paths: 400, workers: 2, breakEvenPaths: 20 });
      const few = await runMonteCarlo(s, { paths: 100, workers: 1, breakEvenPaths: 20 });
      expect(two.workers).toBe(2);
      expect(JSON.stringify(two.summary)).toBe(JSON.stringify(one.summary));
      expect(Array.from(two.outcomes.netAtHorizonUsd)).toEqual(Array.from(one.outcomes.netAtHorizonUsd));
      expect(Array.from(few.outcomes.netAtHorizonUsd)).toEqual(
        Array.from(one.outcomes.netAtHorizonUsd.subarray(0, 100)),
      );
      // The network is random: paths differ.
      expect(new Set(one.outcomes.netAtHorizonUsd).size).toBeGreaterThan(300);
    }, 60_000);
});
