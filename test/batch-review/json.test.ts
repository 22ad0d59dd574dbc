// `minesim batch --json` gave each scenario's shares, median payback and median NPV, but neither the
// median payback's 95 % interval the index prints beside it ('382 d to 463 d', summary.json's
// headline.paybackDays.intervals.p50) nor where a run was cut at the end of the history: a 3-year
// scenario from 2024-05-01 replaying the history's fees stops at 2025-11-14, and its
// paybackWithin2y: null, medianPaybackDays: null and noPayback (no payback by 2025-11-14) read as
// 'past the horizon' and 'none within the horizon', where the index says 'past 2025-11-14, the end
// of the history'.
import { describe, expect, it } from 'vitest';
import { batchJson } from '../../src/cli/batch-output.js';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import type { RunSummary } from '../../src/stats/summary.js';
import type { BatchEntry } from '../../src/study/batch.js';
import { loadScenario } from '../fixtures/scenarios.js';

const run = async (cut: boolean) => {
  const s = await loadScenario('north-korea-2017-s9', (d) => {
    delete d.sweep;
    if (cut) {
      d.start = '2024-05-01';
      d.horizon = '3 years';
      d.fees = { model: { type: 'historical' } };
    }
  });
  return (await runMonteCarlo(s, { paths: 100, workers: 1, breakEvenPaths: 0, withBacktest: false })).summary;
};
const entry = (summary: RunSummary): BatchEntry => ({
  status: 'ok',
  file: 'scenarios/s.yaml',
  folder: 's',
  backtestFolder: null,
  run: summary,
  backtest: null,
  seconds: 1,
});

describe('batchJson()', () => {
  it('gives each run’s median payback interval as summary.json does, and where a run was cut', async () => {
    const flagship = await run(false);
    const cut = await run(true);
    const [a, b] = batchJson([entry(flagship), entry(cut)], '/tmp/out', 0).scenarios as Record<
      string,
      unknown
    >[];
    const p50 = flagship.headline.paybackDays.intervals!.p50!;
    expect(p50.low).not.toBeNull();
    expect(a.medianPaybackDaysInterval).toEqual({ low: p50.low, high: p50.high });
    expect(a.cutAt).toBeNull();
    expect(cut.scenario.cutAt).toBe('2025-11-14');
    expect(b.cutAt).toBe('2025-11-14');
  });
});
