// A fleet bought in stages whose later cohort is paid for after the history ends: the run stops at
// 2025-11-14 and the cohort bought on 2026-01-01 is not in it, nor in summary.json's units and
// capex. The run's report says so ('Bought after the cut: S9 later on 2026-01-01 (27,000 USD): not
// in the run'); the batch index's Fleet and Capex cells gave the run's 10 units and 27,000 USD as the
// scenario's fleet, with no word of the 10 more units (2,000 USD + 30 % import premium = 2,600 USD
// each) the scenario buys.
import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { indexTables } from '../../src/report/batch-tables.js';
import type { BatchEntry } from '../../src/study/batch.js';
import { loadScenario } from '../fixtures/scenarios.js';

describe('the batch index of a run cut before a cohort’s purchase', () => {
  it('indexTables() names the cohort bought after the cut in the Fleet cell, as the report does', async () => {
    const s = await loadScenario('north-korea-2017-s9', (d) => {
      delete d.sweep;
      d.start = '2024-05-01';
      d.horizon = '3 years';
      d.fees = { model: { type: 'historical' } };
      d.fleet.push({ ...d.fleet[0], name: 'S9 later', purchased: '2026-01-01' });
    });
    const summary = (
      await runMonteCarlo(s, { paths: 20, workers: 1, breakEvenPaths: 0, withBacktest: false })
    ).summary;
    expect(summary.scenario.cutAt).toBe('2025-11-14');
    expect(summary.scenario.units).toBe(10);
    const entry: BatchEntry = {
      status: 'ok',
      file: 'scenarios/staged.yaml',
      folder: 'staged',
      backtestFolder: null,
      run: summary,
      backtest: null,
      seconds: 1,
    };
    const [table] = indexTables([entry]);
    const fleet = table.rows[0][table.header.indexOf('Fleet')].text;
    // Before: '10 units, 135 TH/s, 13.2 kW' alone.
    expect(fleet).toMatch(/^10 units, /);
    expect(fleet).toContain('bought after the cut: S9 later on 2026-01-01 (27,000 USD): not in the run');
  });
});
