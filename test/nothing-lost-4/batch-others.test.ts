// A batch into a folder an earlier batch filled, that does not write every folder there: a
// scenario left out, one whose file is now bad input. Before, its index listed only its own
// scenarios: the earlier folders still on disk (other/, other-backtest/) had no row and no word,
// as if the folder held this batch's outputs alone. Now the index names them apart, at the end,
// without their figures (they may come from other paths, seeds, files), the first line counts
// them, and the terminal's last line and --json's `otherOutputs` name them. A batch that writes
// every folder there names none.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { batch } from '../../src/cli/commands/batch.js';
import { batchMessages } from '../../src/messages/batch.js';
import { ONE_CHART } from '../fixtures/one-chart.js';
import { quiet, recorder, twoScenarioBatch } from '../fixtures/two-scenario-batch.js';

// a.yaml and b.yaml draw one chart each: the index names folders, whatever they hold.
const scenarios = twoScenarioBatch('minesim-batch-others-', {
  ...ONE_CHART,
  'broken.yaml': 'name: other\ndays: -3\n',
});

/** index.md's Scenarios table's rows' first cells, and its section of other outputs (or null). */
async function indexOf(
  out: string,
): Promise<{ md: string; html: string; rows: string[]; others: string | null }> {
  const md = await readFile(join(out, 'index.md'), 'utf8');
  const html = await readFile(join(out, 'index.html'), 'utf8');
  const table = md.split('## Scenarios')[1].split('\n## ')[0];
  const rows = table
    .split('\n')
    .filter((l) => l.startsWith('| ['))
    .map((l) => l.split('|')[1].trim());
  const at = md.indexOf(`## ${batchMessages.othersTitle}`);
  return { md, html, rows, others: at < 0 ? null : md.slice(at) };
}

describe('a batch names the outputs in its folder that it did not write', { timeout: 120_000 }, () => {
  it('a scenario left out: its earlier folders are listed apart, not as this batch’s', async () => {
    const out = join(scenarios.dir, 'out');
    expect(await batch(scenarios.args(out, '1'), { stdout: quiet, stderr: quiet })).toBe(0);
    expect((await indexOf(out)).others).toBeNull();
    const stdout = recorder();
    expect(await batch(scenarios.args(out, '2', ['a.yaml']), { stdout: stdout.stream, stderr: quiet })).toBe(
      0,
    );
    const index = await indexOf(out);
    expect(index.rows).toEqual(['[hostile-base](hostile-base/report.html)']);
    expect(index.others).toContain('| [other/](other/report.html) |');
    expect(index.others).toContain('| [other-backtest/](other-backtest/report.html) |');
    expect(index.others).toContain(join(scenarios.dir, 'b.yaml'));
    expect(index.md).toContain(batchMessages.othersIntro(2));
    expect(index.html).toContain(batchMessages.othersTitle);
    expect(index.html).toContain('<a href="other/report.html">other/</a>');
    // The earlier manifest's time, not this batch's.
    const manifest = JSON.parse(await readFile(join(out, 'other', 'manifest.json'), 'utf8'));
    expect(index.others).toContain(manifest.finishedAt);
    expect(stdout.text()).toContain(batchMessages.othersKept(['other', 'other-backtest']));
  });

  it('a scenario now bad input: its earlier folder is named apart, its problems among the files that did not run', async () => {
    const out = join(scenarios.dir, 'out');
    let printed = '';
    const print = vi.spyOn(process.stdout, 'write').mockImplementation((s) => {
      printed += String(s);
      return true;
    });
    let code: number;
    try {
      code = await batch(
        { ...scenarios.args(out, '3', ['a.yaml', 'broken.yaml']), json: true },
        { stderr: quiet },
      );
    } finally {
      print.mockRestore();
    }
    expect(code).toBe(2);
    expect(JSON.parse(printed).otherOutputs).toEqual(['other', 'other-backtest']);
    const index = await indexOf(out);
    expect(index.rows).toEqual(['[hostile-base](hostile-base/report.html)']);
    expect(index.others).toContain('| [other/](other/report.html) |');
    expect(index.md).toContain('## Files that did not run');
  });

  it('a batch that writes every folder there names none', async () => {
    const out = join(scenarios.dir, 'out');
    const stdout = recorder();
    expect(await batch(scenarios.args(out, '4'), { stdout: stdout.stream, stderr: quiet })).toBe(0);
    const index = await indexOf(out);
    expect(index.others).toBeNull();
    expect(index.html).not.toContain(batchMessages.othersTitle);
    expect(stdout.text()).toContain(`${batchMessages.wroteIndex(out)}\n`);
  });

  it('a folder that is no output of minesim’s is not named (the index lists outputs only)', async () => {
    const out = join(scenarios.dir, 'out');
    await writeFile(join(out, 'notes.txt'), 'mine\n');
    expect(await batch(scenarios.args(out, '5', ['a.yaml']), { stdout: quiet, stderr: quiet })).toBe(0);
    const index = await indexOf(out);
    expect(index.others).not.toContain('notes.txt');
    expect(index.others).toContain('other/');
  });
});
