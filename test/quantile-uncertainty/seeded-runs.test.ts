// The median NPV's 95 % interval over repeated seeded runs of the flagship cut to a 180-day
// horizon (the run's own kernel and summary, not a stand-in): 200 seeds of 100 paths. The interval
// is read off the ranks of the paths, so its coverage holds at any horizon; half a year costs half
// the days of a year. The long-run median is taken from a run of 20,000 paths of another seed (its
// own interval about a seventh as wide as a 100-path run's). Tolerances from the binomial standard
// error of a coverage over 200 runs, sqrt(0.95 x 0.05 / 200) = 0.0154:
// - independent paths: the exact coverage of ranks [40, 61] at n = 100 is 0.9648 (ranks.test.ts);
//   the observed share must be within 4 standard errors of it (measured: 189 of 200, 0.945; 190 of
//   200 on a one-year horizon);
// - antithetic pairs (50 pairs: pair ranks [18, 33], read as the 35th and 66th paths): the pair is
//   the unit, conservative, so the coverage must not fall below 0.95 by more than 3 standard errors
//   (measured: 200 of 200, as on a one-year horizon; the interval is about 1.5 times as wide as the
//   independent rule's over the same paths: the NPV, nearly monotone in the draws, puts a pair's
//   two paths on either side of the median).
import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { loadScenario } from '../fixtures/scenarios.js';

const SEEDS = 200;
const se = (c: number) => Math.sqrt((c * (1 - c)) / SEEDS);

describe('the median NPV’s interval over seeded runs', () => {
  it('runMonteCarlo() of 200 seeds x 100 paths: the stated interval covers the 20,000-path median about 96.5 % of the time, and at least that with antithetic pairs', async () => {
    const s = await loadScenario('north-korea-2017-s9', (d) => {
      d.horizon = '180 days';
      delete d.sweep;
      delete d.claims;
    });
    const run = async (paths: number, seed: number, antithetic: boolean) =>
      (
        await runMonteCarlo(s, {
          paths,
          seed,
          antithetic,
          workers: 1,
          breakEvenPaths: 0,
          withBacktest: false,
        })
      ).summary.headline.npvUsd;
    const truth = (await run(20_000, 999_999, true)).quantiles.p50 as number;
    const coverage = async (antithetic: boolean) => {
      let covered = 0;
      for (let seed = 1; seed <= SEEDS; seed++) {
        const i = (await run(100, seed, antithetic)).intervals?.p50;
        if (!i || i.low === null || i.high === null) throw new Error('no interval at 100 paths');
        if (i.low <= truth && truth <= i.high) covered++;
      }
      return covered / SEEDS;
    };
    expect(Math.abs((await coverage(false)) - 0.9648)).toBeLessThan(4 * se(0.9648));
    expect(await coverage(true)).toBeGreaterThanOrEqual(0.95 - 3 * se(0.95));
  }, 120_000);
});
