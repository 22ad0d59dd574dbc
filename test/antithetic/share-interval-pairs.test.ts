// A share of 0 or 1 has a standard error of 0, so its 95 % interval is Wilson's from a sample
// size (stats/quantiles.ts shareInterval). Under antithetic pairs the two paths of a pair share
// their market draws, and an event can hold on both or on neither: a mixture's model is one pick
// for the pair (model/market/mixture.ts). n paths are then only n / 2 independent draws of the
// event, but the interval at a share of 0 took n, half the width it should have.
//
// Here the price is a mixture: weight 1 a flat price that pays the fleet back within a year,
// weight 1/49 (a share of w = 0.02) a price that falls 99 % a year and never pays it back, both
// without volatility, and no failures: the claim `payback > 11 months` holds on a path exactly
// when its pair picked the falling price, so its true share is 0.02. Over 200 paths (100 pairs)
// no pair picks it with probability 0.98^100 = 0.133; then the share is 0 and the stated interval
// [0, 3.8416 / (200 + 3.8416)] = [0, 0.0188] misses 0.02. By hand (python, the binomial over the
// 100 pairs, Wilson from the effective size p (1 - p) / se^2 elsewhere): the intervals covered
// 0.02 with probability 0.8165; with the pair count at a share of 0 or 1, [0, 3.8416 / 103.84] =
// [0, 0.037], 0.9492.
import { describe, expect, it } from 'vitest';
import { headlineTable } from '../../src/cli/headline.js';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { formatEstimate } from '../../src/report/format.js';
import { summaryMarkdown } from '../../src/report/markdown.js';
import { parseClaim } from '../../src/scenario/claims.js';
import { evaluateClaim } from '../../src/stats/claims.js';
import { proportion, shareInterval } from '../../src/stats/shares.js';
import { loadScenario } from '../fixtures/scenarios.js';

const PATHS = 200;
const RUNS = 300;
const SHARE = 1 / 50;

describe('the 95 % interval of a share under antithetic pairs', () => {
  it('evaluateClaim() with pairs of 200 paths: 300 runs cover the true share 0.02 about 95 % of the time (0.82 with the path count at a share of 0)', async () => {
    const s = await loadScenario('north-korea-2017-s9', (d) => {
      d.horizon = '400 days';
      d.claims = ['payback > 11 months'];
      delete d.sweep;
      d.power.price = '0.02 USD/kWh';
      d.fleet[0].failureRate = '0 %';
      d.monteCarlo.antithetic = true;
      d.price = {
        start: '4000 USD',
        model: {
          type: 'mixture',
          of: [
            { weight: 49, model: { type: 'gbm', drift: '0 %', volatility: '0 %' } },
            { weight: 1, model: { type: 'gbm', drift: '-460 %', volatility: '0 %' } },
          ],
        },
      };
    });
    // Path k depends only on (seed, k): paths [200 i, 200 i + 200) are a run of 200 paths, pairs
    // aligned, independent of the other runs.
    const { outcomes } = await runMonteCarlo(s, {
      paths: PATHS * RUNS,
      workers: 1,
      breakEvenPaths: 0,
      withBacktest: false,
    });
    const parsed = parseClaim('payback > 11 months');
    if (!parsed.ok) throw new Error(parsed.message);
    const claim = parsed.claim;
    let held = 0;
    let covered = 0;
    let zero = 0;
    for (let r = 0; r < RUNS; r++) {
      const slice = Object.fromEntries(
        Object.entries(outcomes).map(([k, v]) => [k, v.subarray(r * PATHS, (r + 1) * PATHS)]),
      ) as typeof outcomes;
      for (let j = 0; j < PATHS / 2; j++) expect(slice.paybackDay[2 * j + 1]).toBe(slice.paybackDay[2 * j]); // NaN is NaN here
      const c = evaluateClaim(claim, slice, true);
      held += c.share * PATHS;
      if (c.share === 0) zero++;
      if (c.low <= SHARE && SHARE <= c.high) covered++;
    }
    // The design: a share of 0.02 (1 sd over 60,000 paths in pairs: sqrt(0.02 x 0.98 / 30,000) = 0.0008).
    expect(Math.abs(held / (PATHS * RUNS) - SHARE)).toBeLessThan(4 * 0.0008);
    // About 0.133 of the runs see no pair pick it (1 sd over 300 runs: 0.02).
    expect(Math.abs(zero / RUNS - 0.133)).toBeLessThan(4 * 0.02);
    // 0.9492 expected; 1 sd over 300 runs: sqrt(0.95 x 0.05 / 300) = 0.0126. The path count's
    // 0.8165 is 10 sd below 0.95 and 6 sd below 0.90.
    expect(covered / RUNS).toBeGreaterThan(0.9);
  }, 120_000);

  it('shareInterval() of a share of 0 over 200 paths in pairs takes the 100 pairs: [0, 0.037], not [0, 0.0188]', () => {
    const holds = new Uint8Array(200);
    const e = proportion(holds, true);
    expect(e).toEqual({ p: 0, se: 0 });
    // 3.8416 / (100 + 3.8416) = 0.036995; 3.8416 / 203.8416 = 0.018846.
    expect(shareInterval(e, 200, true)[1]).toBeCloseTo(0.036995, 5);
    expect(shareInterval(e, 200, false)[1]).toBeCloseTo(0.018846, 5);
    // 199 paths: 99 pairs and one path alone, 100 draws.
    expect(shareInterval(e, 199, true)[1]).toBeCloseTo(0.036995, 5);
  });
});

describe('a share of 0 or 1 printed under antithetic pairs', () => {
  it('formatEstimate() of 0 or 1 over 50 paths in pairs gives the Wilson bound over 25 draws: ≤ 0.134, ≥ 0.866 (not 0.072 and 0.928)', () => {
    // 3.8416 / (25 + 3.8416) = 0.13320, rounded outwards 0.134; 25 / 28.8416 = 0.86680, 0.866.
    expect(formatEstimate({ p: 0, se: 0 }, [], undefined, 50, true)).toBe('0.000 (95 % ≤ 0.134)');
    expect(formatEstimate({ p: 1, se: 0 }, [], undefined, 50, true)).toBe('1.000 (95 % ≥ 0.866)');
    expect(formatEstimate({ p: 0, se: 0 }, [], undefined, 50)).toBe('0.000 (95 % ≤ 0.072)');
  });

  it('minesim run of 50 paths in pairs at 0.50 USD/kWh: no path pays back within a year, and the headline says 95 % ≤ 0.134', async () => {
    const s = await loadScenario('north-korea-2017-s9', (d) => {
      d.horizon = '731 days';
      d.power.price = '0.50 USD/kWh';
      delete d.sweep;
    });
    const { summary } = await runMonteCarlo(s, {
      paths: 50,
      workers: 1,
      antithetic: true,
      breakEvenPaths: 0,
      withBacktest: false,
    });
    expect(summary.headline.paybackWithin1y).toEqual({ p: 0, se: 0 });
    for (const text of [headlineTable(summary), summaryMarkdown(summary)]) {
      expect(text).not.toContain('0.000 (95 % ≤ 0.072)');
      expect(text).toContain('0.000 (95 % ≤ 0.134)');
    }
  });
});
