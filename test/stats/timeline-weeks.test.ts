// The timeline's weekly quantiles are read from histograms whose ranges the first paths fix
// (src/stats/histogram.ts pilotRanges): a few paths far out must not widen every bin so much that
// a week's quantile reads on the other side of zero from the paths' own. The loan scenario's equity
// has a right tail reaching about 500 M USD, and 36 % of its paths frozen near -460,000 USD by a
// default: over twice the pilot's whole range, a bin was about 0.97 M USD.
import { describe, expect, it } from 'vitest';
import { seriesStart } from '../../src/engine/kernel/checkpoints.js';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { distribution } from '../../src/stats/quantiles.js';
import { QUANTILE_KEYS } from '../../src/stats/summary.js';
import { rawCheckpoints } from '../fixtures/raw-checkpoints.js';
import { loadScenario } from '../fixtures/scenarios.js';

const PATHS = 2000;

describe('runMonteCarlo(top-of-market-2021-11-10-loan).summary.timeline', () => {
  it('reads each week’s equity and net position on the paths’ side of zero, the equity’s 10 % within 40,000 USD of the paths’ own', async () => {
    const s = await loadScenario('top-of-market-2021-11-10-loan');
    const { summary } = await runMonteCarlo(s, { paths: PATHS, workers: 1, withBacktest: false });
    // The same paths again, their checkpoint values kept raw.
    const { raw, c, slots } = await rawCheckpoints(s, PATHS);
    const wrongSide: string[] = [];
    let worstP10 = 0;
    for (const series of ['equityNetUsd', 'netUsd'] as const) {
      for (let j = 0; j < c; j++) {
        const at = seriesStart(series, c) + j;
        const exact = distribution(
          Float64Array.from({ length: PATHS }, (_, k) => raw[k * slots + at]),
        ).quantiles;
        for (const key of QUANTILE_KEYS) {
          const read = summary.timeline[series]![key][j];
          // A quantile within 1,000 USD of zero may read on either side of it.
          if (Math.abs(exact[key]!) > 1000 && Math.sign(read) !== Math.sign(exact[key]!))
            wrongSide.push(
              `${series} ${summary.timeline.dates[j]} ${key}: ${Math.round(read)} (paths ${Math.round(exact[key]!)})`,
            );
        }
        if (series === 'equityNetUsd')
          worstP10 = Math.max(worstP10, Math.abs(summary.timeline.equityNetUsd!.p10[j] - exact.p10!));
      }
    }
    // Before: 24 weeks' equity 25 % read above zero (2024-05-29: 2,476 USD, the paths' -462,609;
    // 2024-11-06: 79,723), and its 10 % up to 240,000 USD above the paths' -492,800.
    expect(wrongSide).toEqual([]);
    expect(worstP10).toBeLessThan(40_000);
  }, 120_000);
});
