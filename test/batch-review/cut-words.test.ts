// A run that replays the history's fees stops where the history ends (data/btc-daily.csv's last day
// is 2025-11-14): a 3-year scenario from 2024-05-01 runs 563 days. Its report says 'Horizon: cut at
// 2025-11-14, the end of the history' and 'P(no payback by 2025-11-14, the end of the history)'.
// The batch index said 'Horizon 1.5 y' (563 / 365.25 = 1.54), as if the scenario asked 1.5 years,
// and 'P(no payback)' with no date, as if the share were of no payback within the horizon: the
// cut was stated only in cells that happened to be past it.
import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { indexTables } from '../../src/report/batch-tables.js';
import type { RunSummary } from '../../src/stats/summary.js';
import type { BatchEntry } from '../../src/study/batch.js';
import { loadScenario } from '../fixtures/scenarios.js';

const cutRun = async () => {
  const s = await loadScenario('north-korea-2017-s9', (d) => {
    delete d.sweep;
    d.start = '2024-05-01';
    d.horizon = '3 years';
    d.fees = { model: { type: 'historical' } };
  });
  return (await runMonteCarlo(s, { paths: 20, workers: 1, breakEvenPaths: 0, withBacktest: false })).summary;
};
const entry = (summary: RunSummary): BatchEntry => ({
  status: 'ok',
  file: 'scenarios/cut.yaml',
  folder: 'cut',
  backtestFolder: null,
  run: summary,
  backtest: null,
  seconds: 1,
});

describe('the batch index of a run cut at the end of the history', () => {
  it('indexTables() says where the run was cut in its Horizon cell and its P(no payback) cell', async () => {
    const summary = await cutRun();
    expect(summary.scenario.cutAt).toBe('2025-11-14');
    expect(summary.scenario.days).toBe(563);
    const [table] = indexTables([entry(summary)]);
    const cell = (name: string) => table.rows[0][table.header.indexOf(name)].text;
    // Before: '1.5 y'.
    expect(cell('Horizon')).toBe('1.5 y (cut at 2025-11-14, the end of the history)');
    // Before: the share alone, e.g. '1.000 (95 % ≥ 0.839)'.
    expect(cell('P(no payback)')).toMatch(/ by 2025-11-14$/);
  });
});
