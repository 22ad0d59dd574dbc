// A fleet whose last purchase falls after the cut: no path can pay back by the cut, by the rule
// (report/staged-fleet.ts), so the share not paid back is 1 whatever the paths did. The terminal,
// summary.md and report.html, the batch index and the explorer printed it "1.000 (95 % ≥ 0.912):
// none can pay back before the last purchase ...", an interval of Monte Carlo error on a share no
// path could change. It now reads "1.000: none can pay back ...", bare, as the charts print it.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { headlineTable } from '../../src/cli/headline.js';
import { runBacktest } from '../../src/engine/backtest/backtest.js';
import { backtestSummary } from '../../src/engine/backtest/backtest-summary.js';
import { loadCompileInputs } from '../../src/engine/compile/inputs.js';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { headlineRows } from '../../src/explorer/headline-rows.js';
import { explorerView, rowText } from '../../src/explorer/view.js';
import { indexTables } from '../../src/report/batch-tables.js';
import { headlineTables } from '../../src/report/headline.js';
import type { RunSummary } from '../../src/stats/summary.js';
import type { BatchEntry } from '../../src/study/batch.js';
import { scenarioOf } from '../fixtures/scenarios.js';

const text = readFileSync(new URL('../staged-cut/after-cut.yaml', import.meta.url), 'utf8');
const BARE = '1.000: none can pay back before the last purchase, on 2025-12-01, after the cut';

describe('the share not paid back by the cut, 1 by the rule, is printed bare with its reason', () => {
  let run: RunSummary;
  let backtest: RunSummary;
  beforeAll(async () => {
    const s = await scenarioOf(text, 'after-cut.yaml');
    run = (await runMonteCarlo(s, { paths: 40, workers: 1, breakEvenPaths: 0 })).summary;
    backtest = backtestSummary(s, runBacktest(s, await loadCompileInputs(s)));
  });

  it('the terminal', () => {
    const row = headlineTable(run)
      .split('\n')
      .find((l) => l.trimStart().startsWith('P(no payback by 2025-11-14)'));
    expect(row).toContain(BARE);
    expect(row).not.toContain('95 %');
  });

  it('summary.md and report.html’s Payback table', () => {
    const payback = headlineTables(run).find((t) => t.title === 'Payback')!;
    const row = payback.rows.find((r) => r[0].includes('no payback'))!;
    expect(row[1]).toBe(BARE);
  });

  it('the batch index', () => {
    const entry: BatchEntry = {
      status: 'ok',
      file: 'after-cut.yaml',
      folder: 'after-cut',
      backtestFolder: 'after-cut-backtest',
      run,
      backtest,
      seconds: 1,
    };
    const [table] = indexTables([entry]);
    const cell = table.rows[0][table.header.indexOf('P(no payback)')].text;
    expect(cell).toContain('none can pay back before the last purchase');
    expect(cell).not.toContain('95 %');
  });

  it('the explorer', () => {
    const v = explorerView(run);
    const row = headlineRows(v).find((r) => r.label.startsWith('No payback'))!;
    const shown = rowText(row, v);
    expect(shown).toContain(BARE);
    expect(shown).not.toContain('95 %');
  });
});
