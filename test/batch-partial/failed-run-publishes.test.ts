// A batch one of whose runs fails with an internal error (a bug). Before, it published nothing:
// --out kept the earlier batch's folders and index, and the runs that worked were lost with the
// staging. Now the scenarios that ran are moved into --out as usual; the index (index.md,
// index.html, --json) names the failed run apart with its error's first line, and says its folders
// in --out are an earlier run's, left as they were, not this batch's; the exit code stays 1 and the
// stack is still printed. A batch none of whose runs worked still replaces nothing.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { batch } from '../../src/cli/commands/batch.js';
import { batchMessages } from '../../src/messages/batch.js';
import { cliMessages } from '../../src/messages/cli.js';
import { snapshot, tempsBeside } from '../batch-staged/snapshot.js';
import { ONE_CHART } from '../fixtures/one-chart.js';
import { quiet, recorder, twoScenarioBatch } from '../fixtures/two-scenario-batch.js';

const failing = { names: new Set<string>() };
vi.mock('../../src/engine/run/run.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/engine/run/run.js')>();
  return {
    ...original,
    runMonteCarlo: (...args: Parameters<typeof original.runMonteCarlo>) => {
      if (failing.names.has(args[0].name))
        throw new Error('the kernel met a NaN on day 12\nsecond line of the detail');
      return original.runMonteCarlo(...args);
    },
  };
});

// Each scenario draws one chart: what is published is folders, whatever they hold.
const scenarios = twoScenarioBatch('minesim-batch-partial-', ONE_CHART);
const FIRST_LINE = 'the Monte Carlo run failed: the kernel met a NaN on day 12';

/** index.md's Scenarios table's rows' first cells, and its sections by title. */
async function indexOf(out: string): Promise<{ md: string; html: string; rows: string[] }> {
  const md = await readFile(join(out, 'index.md'), 'utf8');
  const html = await readFile(join(out, 'index.html'), 'utf8');
  const table = md.split('## Scenarios')[1].split('\n## ')[0];
  const rows = table
    .split('\n')
    .filter((l) => l.startsWith('| ['))
    .map((l) => l.split('|')[1].trim());
  return { md, html, rows };
}

/** batch() with --json: its code and the document it printed. */
async function batchJson(
  args: Parameters<typeof batch>[0],
): Promise<{ code: number; json: Record<string, unknown> & { scenarios: unknown[] } }> {
  let printed = '';
  const print = vi.spyOn(process.stdout, 'write').mockImplementation((s) => {
    printed += String(s);
    return true;
  });
  try {
    const code = await batch({ ...args, json: true }, { stderr: quiet });
    return { code, json: JSON.parse(printed) };
  } finally {
    print.mockRestore();
  }
}

describe('a batch with a failed run publishes the runs that worked', { timeout: 120_000 }, () => {
  it('batch() over an earlier batch, b.yaml failing: a/ is the new run, other/ the earlier one untouched, exit 1', async () => {
    const out = join(scenarios.dir, 'out');
    expect(await batch(scenarios.args(out, '1'), { stdout: quiet, stderr: quiet })).toBe(0);
    const before = await snapshot(out);
    const earlierA = await readFile(join(out, 'hostile-base', 'manifest.json'), 'utf8');
    failing.names = new Set(['other']);
    const stdout = recorder();
    const stderr = recorder();
    expect(await batch(scenarios.args(out, '9'), { stdout: stdout.stream, stderr: stderr.stream })).toBe(1);
    const after = await snapshot(out);
    // The run that worked is published: its folder is this batch's.
    expect(await readFile(join(out, 'hostile-base', 'manifest.json'), 'utf8')).not.toBe(earlierA);
    // The failed scenario's earlier folders are byte for byte as they were.
    for (const [path, bytes] of before)
      if (path.startsWith('other/') || path.startsWith('other-backtest/'))
        expect(after.get(path)).toBe(bytes);
    expect([...after.keys()].filter((p) => p.startsWith('other'))).toEqual(
      [...before.keys()].filter((p) => p.startsWith('other')),
    );
    // The index compares only this batch's runs, and names the failed one apart.
    const index = await indexOf(out);
    expect(index.rows).toEqual(['[hostile-base](hostile-base/report.html)']);
    const failedAt = index.md.indexOf(`## ${batchMessages.failedTitle}`);
    expect(failedAt).toBeGreaterThan(0);
    const failed = index.md.slice(failedAt).split('\n## ')[0];
    expect(failed).toContain(FIRST_LINE);
    expect(failed).not.toContain('second line of the detail');
    expect(failed).toContain(batchMessages.earlierFolders(['other', 'other-backtest']));
    expect(failed).toContain('(other/report.html)');
    // Not among the other outputs as if unrelated, nor in a table as this batch's.
    expect(index.md).not.toContain(`## ${batchMessages.othersTitle}`);
    expect(index.md).toContain(batchMessages.failedIntro(1));
    expect(index.html).toContain(batchMessages.failedTitle);
    expect(index.html).toContain(FIRST_LINE);
    expect(index.html).not.toContain('second line of the detail');
    // The terminal: what was published and what failed; the stack, and the plea to report it.
    const printed = stdout.text();
    expect(printed).toContain(batchMessages.totals(1, 0, 1));
    expect(printed).toContain(
      batchMessages.failedNotPublished(`${join(scenarios.dir, 'b.yaml')}: ${FIRST_LINE}`, [
        'other',
        'other-backtest',
      ]),
    );
    expect(printed).toContain(batchMessages.wroteIndex(out, 1));
    expect(printed).not.toContain('nothing in');
    const logged = stderr.text();
    expect(logged).toMatch(/Error: the kernel met a NaN on day 12\n[\s\S]*\n +at /);
    expect(logged).toContain(cliMessages.internal());
    expect(await tempsBeside(scenarios.dir, 'out')).toEqual([]);
  });

  it('batch --json with b.yaml failing: written, the failed scenario with its first line and earlier folders', async () => {
    const out = join(scenarios.dir, 'out');
    failing.names = new Set(['other']);
    const { code, json } = await batchJson(scenarios.args(out, '5'));
    expect(code).toBe(1);
    expect(json.ok).toBe(false);
    expect(json.written).toBe(true);
    expect(json.scenarios[0]).toMatchObject({ status: 'ok', folder: join(out, 'hostile-base') });
    expect(json.scenarios[1]).toMatchObject({
      status: 'failed',
      file: join(scenarios.dir, 'b.yaml'),
      error: `${join(scenarios.dir, 'b.yaml')}: ${FIRST_LINE}`,
      folder: null,
      backtestFolder: null,
      earlierFolders: ['other', 'other-backtest'],
    });
    expect(json.otherOutputs).toEqual([]);
  });

  it('batch() into a new folder, b.yaml failing: a/ published, the index says b has no folder there', async () => {
    const out = join(scenarios.dir, 'fresh');
    failing.names = new Set(['other']);
    const stdout = recorder();
    expect(await batch(scenarios.args(out, '2'), { stdout: stdout.stream, stderr: quiet })).toBe(1);
    const index = await indexOf(out);
    expect(index.rows).toEqual(['[hostile-base](hostile-base/report.html)']);
    expect(index.md).toContain(batchMessages.earlierFolders([]));
    expect(stdout.text()).toContain(
      batchMessages.failedNotPublished(`${join(scenarios.dir, 'b.yaml')}: ${FIRST_LINE}`, []),
    );
    expect(await tempsBeside(scenarios.dir, 'fresh')).toEqual([]);
  });

  it('batch() whose every run fails, over an earlier index: nothing in --out replaced, exit 1', async () => {
    const out = join(scenarios.dir, 'out');
    const before = await snapshot(out);
    failing.names = new Set(['other', 'hostile-base']);
    const stdout = recorder();
    expect(await batch(scenarios.args(out, '3'), { stdout: stdout.stream, stderr: quiet })).toBe(1);
    expect(stdout.text()).toContain(batchMessages.nothingWritten(out, true));
    expect(await snapshot(out)).toEqual(before);
    expect(await tempsBeside(scenarios.dir, 'out')).toEqual([]);
  });
});
