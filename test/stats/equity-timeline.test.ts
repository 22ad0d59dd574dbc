// The equity's net position in the timeline (summary.json timeline.equityNetUsd, timeline.csv and
// the fan chart's equity band) ends on the horizon's figures of the paths themselves, as the
// project's net position does: its last week is the horizon, whose quantiles are each path's own
// equity position on the last day, not a histogram's read of them (a bin or more away).
import { describe, expect, it } from 'vitest';
import { seriesStart } from '../../src/engine/kernel/checkpoints.js';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { distribution } from '../../src/stats/quantiles.js';
import { QUANTILE_KEYS } from '../../src/stats/summary.js';
import { rawCheckpoints } from '../fixtures/raw-checkpoints.js';
import { loadScenario } from '../fixtures/scenarios.js';

const PATHS = 400;

describe.each(['top-of-market-2021-11-10-loan', 'hashprice-hedge-2024-05'])(
  'runMonteCarlo(%s).summary.timeline.equityNetUsd',
  (name) => {
    it('ends on every path’s own equity position at the horizon, to the digit', async () => {
      const s = await loadScenario(name);
      const { summary, outcomes } = await runMonteCarlo(s, { paths: PATHS, workers: 1, withBacktest: false });
      // The same paths run again, their checkpoint values kept raw (as a pilot keeps them): the
      // equity's position on the last checkpoint (the horizon) of each path.
      const { raw, c, slots } = await rawCheckpoints(s, PATHS);
      const last = seriesStart('equityNetUsd', c) + c - 1;
      const atHorizon = Float64Array.from({ length: PATHS }, (_, k) => raw[k * slots + last]);
      // Each path's equity position at the horizon is kept as an outcome of its own.
      expect(Array.from(outcomes.equityNetAtHorizonUsd)).toEqual(Array.from(atHorizon));
      const exact = distribution(atHorizon).quantiles;
      const equity = summary.timeline.equityNetUsd!;
      expect(summary.timeline.dates.at(-1)).toBe(s.end);
      // Before, read from the week's histogram: the loan at 400 paths gave 25 % 21,783 USD (the bin
      // spanning the gap between the defaults, near -480,000 USD, and the paths paid back) against
      // -461,498 USD of the paths' own, and the median 2,712,100 against 2,528,516 USD; the hedge
      // case's median -116,043 against -115,645 USD.
      for (const key of QUANTILE_KEYS) expect(equity[key][c - 1]).toBe(exact[key]);
    }, 120_000);
  },
);
