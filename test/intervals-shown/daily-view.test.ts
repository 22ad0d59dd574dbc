// The calculator's comparison (the first table of the report, and the terminal's line under it)
// said "the median path on day 315; 73.6 % of paths had paid back by then" with no Monte Carlo
// error on either figure. The median's 95 % interval is summary.json's headline.paybackDays's; the
// share's standard error is computed with it (summary.json dailyView.monteCarlo.paidBackByThenSe,
// over the pairs with antithetic pairs), and a share of 0 or 1 gets its 95 % bound, as the
// Payback table's shares do. A run of one outcome has neither.
import { describe, expect, it } from 'vitest';
import { headlineTable } from '../../src/cli/headline.js';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { formatEstimate, formatInteger, sharePercent } from '../../src/report/format.js';
import { headlineTables } from '../../src/report/headline.js';
import { loadScenario } from '../fixtures/scenarios.js';

const run = async (paths: number, antithetic = false) => {
  const s = await loadScenario('top-of-market-2021-11-10-loan', (d) => {
    delete d.sweep;
    if (antithetic) d.monteCarlo = { ...(d.monteCarlo ?? {}), antithetic: true };
  });
  return (await runMonteCarlo(s, { paths, workers: 1, breakEvenPaths: 0, withBacktest: false })).summary;
};

describe('the calculator’s comparison with its Monte Carlo error', () => {
  it('dailyViewComparison() at 400 paths: the median path’s day with its interval, the share paid back by then ± its error', async () => {
    for (const antithetic of [false, true]) {
      const s = await run(400, antithetic);
      const mc = s.dailyView!.monteCarlo;
      const p = mc.paidBackByThen!;
      const se = mc.paidBackByThenSe!;
      // The share's error as proportion() gives it: binomial without pairs.
      if (!antithetic) expect(se).toBeCloseTo(Math.sqrt((p * (1 - p)) / 400), 12);
      const i = s.headline.paybackDays.intervals!.p50!;
      const text = `the median path on day ${formatInteger(mc.paybackDaysP50!)} (95 % interval: ${formatInteger(i.low!)} to ${formatInteger(i.high!)})`;
      const share = `${sharePercent(p)} % of paths had paid back by then (${formatEstimate({ p, se }, [], undefined, 400, antithetic)})`;
      expect(headlineTable(s)).toContain(text);
      expect(headlineTable(s)).toContain(share);
      const note = headlineTables(s)[0].note!;
      expect(note).toContain(text);
      expect(note).toContain(share);
    }
  });

  it('dailyViewComparison() of a run of one path: no interval, no error', async () => {
    const s = await run(1);
    expect(headlineTables(s)[0].note).not.toMatch(/95 %|±/);
  });
});
