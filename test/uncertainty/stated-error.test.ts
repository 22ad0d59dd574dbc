// The standard error a run states for P(payback <= 1 year) against the spread of that share over
// 80 seeds, with and without antithetic pairs: the flagship over 731 days, 60 paths a seed.
// Without pairs the stated error is sqrt(p (1 - p) / n) = sqrt(0.37 x 0.63 / 60) = 0.062 and the
// spread about 0.058. A stated error that ignored the pairs would be that 0.062 again, against the
// pairs' spread of about 0.038; the pairs' formula (quantiles.ts proportion) states about 0.041.
// The spread of 80 shares is known to about 1 / sqrt(2 x 79) = 8 %; the ratio is allowed 0.75 to
// 1.3 (3 of those standard errors).
import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { loadScenario } from '../fixtures/scenarios.js';

const SEEDS = 80;
const PATHS = 60;

async function spreadAndStated(antithetic: boolean): Promise<{ spread: number; stated: number }> {
  const s = await loadScenario('north-korea-2017-s9', (d) => {
    d.horizon = '731 days';
    delete d.sweep;
  });
  const shares: number[] = [];
  let squares = 0;
  for (let seed = 0; seed < SEEDS; seed++) {
    const { summary } = await runMonteCarlo(s, {
      paths: PATHS,
      seed: `spread-${seed}`,
      antithetic,
      workers: 1,
      breakEvenPaths: 0,
      withBacktest: false,
    });
    const e = summary.headline.paybackWithin1y!;
    shares.push(e.p);
    squares += e.se * e.se;
  }
  const mean = shares.reduce((a, b) => a + b, 0) / SEEDS;
  const spread = Math.sqrt(shares.reduce((a, b) => a + (b - mean) ** 2, 0) / (SEEDS - 1));
  return { spread, stated: Math.sqrt(squares / SEEDS) };
}

describe('the stated standard error of a share against its spread over seeds', () => {
  it('runMonteCarlo() P(payback <= 1 year): the stated error matches the spread over 80 seeds, with antithetic pairs and without', async () => {
    const plain = await spreadAndStated(false);
    const pairs = await spreadAndStated(true);
    for (const { spread, stated } of [plain, pairs]) {
      expect(stated / spread).toBeGreaterThan(0.75);
      expect(stated / spread).toBeLessThan(1.3);
    }
    // The pairs save variance, and the stated error says so.
    expect(pairs.stated).toBeLessThan(0.8 * plain.stated);
  });
});
