// The batch index's Scenarios table gives each run's median payback with its 95 % interval in a
// column of its own ('Median payback, 95 % interval': '382 d to 463 d'), beside the median's cell
// that already holds its day and date: index.md and index.html render the same cells.
import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { batchIndexMarkdown } from '../../src/report/batch-index.js';
import { indexTables } from '../../src/report/batch-tables.js';
import { formatInteger } from '../../src/report/format.js';
import type { RunSummary } from '../../src/stats/summary.js';
import type { BatchEntry } from '../../src/study/batch.js';
import { loadScenario } from '../fixtures/scenarios.js';

const run = async (paths: number, edit?: (d: Record<string, unknown>) => void) => {
  const s = await loadScenario('north-korea-2017-s9', (d) => {
    delete d.sweep;
    edit?.(d);
  });
  return (await runMonteCarlo(s, { paths, workers: 1, breakEvenPaths: 0, withBacktest: false })).summary;
};
const entry = (summary: RunSummary): BatchEntry => ({
  status: 'ok',
  file: 'scenarios/s9.yaml',
  folder: 'north-korea-2017-s9',
  backtestFolder: null,
  run: summary,
  backtest: null,
  seconds: 1,
});
const COLUMN = 'Median payback, 95 % interval';
const cell = (summary: RunSummary) => {
  const [table] = indexTables([entry(summary)]);
  return table.rows[0][table.header.indexOf(COLUMN)].text;
};

describe('the batch index’s median payback with its 95 % interval', () => {
  it('indexTables() of a run of 200 paths: the column holds summary.json’s intervals.p50, in the terminal’s words; index.md prints it', async () => {
    const summary = await run(200);
    const i = summary.headline.paybackDays.intervals!.p50!;
    // Before: 'Median payback 421 d (2018-07-12)' alone; now beside it '382 d to 463 d'.
    const text = `${formatInteger(i.low!)} d to ${formatInteger(i.high!)} d`;
    expect(cell(summary)).toBe(text);
    const [table] = indexTables([entry(summary)]);
    expect(table.header.indexOf(COLUMN)).toBe(table.header.indexOf('Median payback') + 1);
    expect(table.align).toHaveLength(table.header.length);
    expect(table.note).toContain('The median payback’s 95 % interval is its Monte Carlo error');
    const md = batchIndexMarkdown(
      [entry(summary)],
      { minesimVersion: '0.1.0', finishedAt: '2026-01-05T09:00:00.000Z' },
      new Set(),
    );
    expect(md).toContain(`| ${COLUMN} |`);
    expect(md).toMatch(new RegExp(`\\| ${text} \\|`));
  });

  it('indexTables() where the median is past the horizon, or too few paths give one, says so as the terminal does', async () => {
    expect(
      cell(
        await run(50, (d) => {
          (d.power as Record<string, unknown>).price = '0.50 USD/kWh';
        }),
      ),
    ).toBe('past the horizon');
    expect(cell(await run(5))).toBe('too few paths for one');
  });

  it('indexTables() of a run of one path: no interval, as its report gives none', async () => {
    expect(cell(await run(1))).toBe('—');
  });
});
