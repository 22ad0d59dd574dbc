// A run whose paths are all the same (nothing in the scenario is random: the flagship replaying the
// history's price, difficulty and fees, with no machine failures) has one outcome: its report and
// `minesim run` give that outcome ("payback (every path the same) day 212", a claim "does not
// hold"), never odds. The batch index gave its shares a 95 % interval as if the 20 copies of one
// path were 20 independent draws: "1.000 (95 % ≥ 0.839)" (Wilson lower end for 20 of 20 paths:
// 20 / (20 + 1.96²) = 0.8389), "0.000 (95 % ≤ 0.161)", and the interval shrank with --paths
// (≥ 0.998 at 2,000) though no path more was learnt. The share is exact: 1, 0.
import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { indexTables } from '../../src/report/batch-tables.js';
import type { RunSummary } from '../../src/stats/summary.js';
import type { BatchEntry } from '../../src/study/batch.js';
import { loadScenario } from '../fixtures/scenarios.js';

const replay = async (paths: number) => {
  const s = await loadScenario('north-korea-2017-s9', (d) => {
    delete d.sweep;
    d.horizon = '2 years';
    delete d.fleet[0].failureRate;
    d.price = { model: { type: 'historical' } };
    d.network = { model: { type: 'historical' } };
    d.fees = { model: { type: 'historical' } };
  });
  return (await runMonteCarlo(s, { paths, workers: 1, breakEvenPaths: 0, withBacktest: false })).summary;
};
const entry = (summary: RunSummary): BatchEntry => ({
  status: 'ok',
  file: 'scenarios/replay.yaml',
  folder: 'replay',
  backtestFolder: null,
  run: summary,
  backtest: null,
  seconds: 1,
});
const column =
  (name: string, title = 'Scenarios') =>
  (summary: RunSummary) => {
    const table = indexTables([entry(summary)]).find((t) => t.title === title)!;
    return table.rows.map((row) => row[table.header.indexOf(name)].text);
  };

describe('the batch index of a run whose paths are all the same', () => {
  it('indexTables() gives P(payback ≤ 1 y), ≤ 2 y and P(no payback) as the one outcome, with no interval over copies of one path', async () => {
    const summary = await replay(20);
    // The replay pays back on day 212 (2017-12-15; the flagship's back-test, with its failures, on 214).
    expect(summary.headline.paybackDays.quantiles.p50).toBe(212);
    expect(summary.headline.paybackWithin1y).toEqual({ p: 1, se: 0 });
    // Before: '1.000 (95 % ≥ 0.839)', '1.000 (95 % ≥ 0.839)', '0.000 (95 % ≤ 0.161)'.
    expect(column('P(payback ≤ 1 y)')(summary)).toEqual(['1.000 (every path the same)']);
    expect(column('P(payback ≤ 2 y)')(summary)).toEqual(['1.000 (every path the same)']);
    expect(column('P(no payback)')(summary)).toEqual(['0.000 (every path the same)']);
    expect(column('Median payback, 95 % interval')(summary)).toEqual(['—']);
  });

  it('indexTables() gives each claim’s share as the run’s report does: holds on every path or on none', async () => {
    const summary = await replay(20);
    // 'payback > 1 year' holds on no path (each pays back on day 212); before: '0.000 (95 % ≤ 0.162)',
    // the claim's own interval.
    expect(column('Share of paths', 'Claims')(summary)).toEqual([
      '0.000 (every path the same)',
      '0.000 (every path the same)',
    ]);
  });
});
