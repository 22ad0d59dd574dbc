// The timeline's weekly quantiles are read from histograms whose ranges the first paths fix
// (src/stats/pilot-range.ts pilotRanges): a few paths far out must not widen every bin so much that
// a week's quantile reads on the other side of zero from the paths' own. The loan scenario's equity
// has a right tail reaching about 500 M USD, and 36 % of its paths frozen near -460,000 USD by a
// default: over twice the pilot's whole range, a bin was about 0.97 M USD.
import { describe, expect, it } from 'vitest';
import { positiveSlots, seriesStart } from '../../src/engine/kernel/checkpoints.js';
import { PILOT_PATHS, runMonteCarlo } from '../../src/engine/run/run.js';
import { BINS } from '../../src/stats/histogram.js';
import { highWord } from '../../src/stats/log-bins.js';
import { pilotRanges } from '../../src/stats/pilot-range.js';
import { distribution } from '../../src/stats/quantiles.js';
import { QUANTILE_KEYS } from '../../src/stats/summary.js';
import { rawCheckpoints } from '../fixtures/raw-checkpoints.js';
import { loadScenario } from '../fixtures/scenarios.js';

const PATHS = 2000;

describe('runMonteCarlo(top-of-market-2021-11-10-loan).summary.timeline', () => {
  it('reads each week’s equity and net position on the paths’ side of zero, the equity’s 10 % within one of its week’s bins of the paths’ own (under 60,000 USD)', async () => {
    const s = await loadScenario('top-of-market-2021-11-10-loan');
    const { summary } = await runMonteCarlo(s, { paths: PATHS, workers: 1, withBacktest: false });
    // The same paths again, their checkpoint values kept raw.
    const { raw, c, slots } = await rawCheckpoints(s, PATHS);
    // The weeks' histogram ranges, as the run fixes them from its pilot (the first paths).
    const [lo, hi] = pilotRanges(raw, PILOT_PATHS, slots, positiveSlots(c));
    const wrongSide: string[] = [];
    let worstP10 = 0;
    let worstInBins = 0;
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
        if (series === 'equityNetUsd') {
          const error = Math.abs(summary.timeline.equityNetUsd!.p10[j] - exact.p10!);
          worstP10 = Math.max(worstP10, error);
          worstInBins = Math.max(worstInBins, error / ((hi[at] - lo[at]) / BINS));
        }
      }
    }
    // Before: 24 weeks' equity 25 % read above zero (2024-05-29: 2,476 USD, the paths' -462,609;
    // 2024-11-06: 79,723), and its 10 % up to 240,000 USD above the paths' -492,800. A quantile
    // read from a histogram is within a bin or two of the paths' own (the README says so); the
    // equity's bins are up to about 200,000 USD wide in the loan's last year, and its 10 % reads
    // within a fifth of one (44,258 USD at worst).
    expect(wrongSide).toEqual([]);
    expect(worstInBins).toBeLessThan(1);
    expect(worstP10).toBeLessThan(60_000);
  }, 120_000);

  it('reads every week’s quantiles of a run of 30 paths within one of its week’s bins of the paths’ own (flagship)', async () => {
    // Before: a quantile was read q x 30 values into the counts, an order statistic past the
    // paths' own (rank 29 q, linear between neighbours): the hashprice's 95 % on 2019-07-31 read
    // 2,788 USD against the paths' 2,093, 53 bins away (0.36 of the 5-95 % spread).
    const s = await loadScenario('north-korea-2017-s9');
    const paths = 30;
    const { summary } = await runMonteCarlo(s, { paths, workers: 1, withBacktest: false });
    const { raw, c, slots } = await rawCheckpoints(s, paths);
    const [lo, hi, ratio] = pilotRanges(raw, Math.min(paths, PILOT_PATHS), slots, positiveSlots(c));
    const far: string[] = [];
    for (const series of ['netUsd', 'revenueUsdPerDay', 'hashpriceUsd', 'priceUsd'] as const)
      for (let j = 0; j < c; j++) {
        const at = seriesStart(series, c) + j;
        const exact = distribution(
          Float64Array.from({ length: paths }, (_, k) => raw[k * slots + at]),
        ).quantiles;
        for (const key of QUANTILE_KEYS) {
          const read = summary.timeline[series][key][j];
          // A bin by value is a 1,024th of the range; by ratio (log-bins.ts) its share of a value
          // is at most its high words over 2^20 (one doubling).
          const bin =
            ratio[at] === 1
              ? (Math.max(read, exact[key]!) * (highWord(hi[at]) - highWord(lo[at]))) / BINS / 2 ** 20
              : (hi[at] - lo[at]) / BINS;
          if (Math.abs(read - exact[key]!) > bin)
            far.push(
              `${series} ${summary.timeline.dates[j]} ${key}: ${read} (paths ${exact[key]}, bin ${bin})`,
            );
        }
      }
    expect(far.slice(0, 5)).toEqual([]);
  }, 60_000);
});
