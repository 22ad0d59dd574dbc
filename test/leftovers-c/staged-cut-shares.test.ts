// A fleet bought in stages whose last purchase (2025-12-01) falls after the cut at 2025-11-14: its
// payback is not decidable (stats/staged-cut.ts), and its quantiles' and intervals' cells said so,
// but P(payback ≤ 1 year) and ≤ 2 years read "— (past 2025-11-14, the end of the history)" beside
// them, in the terminal, the report, the batch index and the explorer, as if a longer history
// would decide them: the purchase after the cut is why. One rule now: not decidable.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { headlineTable } from '../../src/cli/headline.js';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { HEADLINE_ROWS } from '../../src/explorer/headline-rows.js';
import { explorerView, rowText } from '../../src/explorer/view.js';
import { paybackMessages } from '../../src/messages/payback.js';
import { indexTables } from '../../src/report/batch-tables.js';
import { headlineTables } from '../../src/report/headline.js';
import type { RunSummary } from '../../src/stats/summary.js';
import type { BatchEntry } from '../../src/study/batch.js';
import { scenarioOf } from '../fixtures/scenarios.js';

const text = readFileSync(new URL('../staged-cut/after-cut.yaml', import.meta.url), 'utf8');
const UNDECIDED = `— (${paybackMessages.undecidedAtCut('2025-11-14', '2025-12-01')})`;

describe('P(payback ≤ 1 year) of a fleet whose last purchase falls after the cut', () => {
  let run: RunSummary;
  beforeAll(async () => {
    const s = await scenarioOf(text, 'after-cut.yaml');
    run = (await runMonteCarlo(s, { paths: 40, workers: 1, breakEvenPaths: 0 })).summary;
  });

  it('headlineTable() says not decidable, as its payback quantiles do', () => {
    expect(run.headline.paybackWithin1y).toBeNull();
    const lines = headlineTable(run).split('\n');
    for (const label of ['P(payback <= 1 year)', 'P(payback <= 2 years)']) {
      const line = lines.find((l) => l.trimStart().startsWith(label))!;
      expect(line).toContain(UNDECIDED);
      expect(line).not.toContain('(past 2025-11-14');
    }
  });

  it('the report’s Payback table says the same', () => {
    const table = headlineTables(run).find((t) => t.title === 'Payback')!;
    expect(table.rows.find((r) => r[0] === 'P(payback ≤ 1 year)')![1]).toBe(UNDECIDED);
    expect(table.rows.find((r) => r[0] === 'P(payback ≤ 2 years)')![1]).toBe(UNDECIDED);
  });

  it('the batch index says the same', () => {
    const entry: BatchEntry = {
      status: 'ok',
      file: 'after-cut.yaml',
      folder: 'after-cut',
      backtestFolder: null,
      run,
      backtest: null,
      seconds: 1,
    };
    const table = indexTables([entry]).find((t) => t.title === 'Scenarios')!;
    expect(table.rows[0][table.header.indexOf('P(payback ≤ 1 y)')].text).toBe(UNDECIDED);
    expect(table.rows[0][table.header.indexOf('P(payback ≤ 2 y)')].text).toBe(UNDECIDED);
  });

  it('the explorer says not decidable, as its median payback row does', () => {
    const view = explorerView(run);
    const row = HEADLINE_ROWS.find((r) => r.label === 'Payback within 1 year (share of paths)')!;
    expect(rowText(row, view)).toBe(UNDECIDED);
  });
});
