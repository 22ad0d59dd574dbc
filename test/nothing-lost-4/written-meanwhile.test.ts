// A scenario's folder in a batch's --out that another command writes while the batch runs
// (`minesim run --out <out>/other`). Before, the batch moved its own run over it at its end: the
// run's output, newer, was replaced without a word, though the run had said "wrote <out>/other/".
// Now the batch leaves it as the run wrote it and does not write that scenario (exit 2, said at
// its line and in the index, which lists the folder apart as an output it did not write); the
// other scenario's folders are the batch's.
import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { batchMessages } from '../../src/messages/batch.js';
import { twoScenarioBatch } from '../fixtures/two-scenario-batch.js';
import { runCommand } from '../hostile/in-process.js';

const CLI = fileURLToPath(new URL('../../bin/minesim.mjs', import.meta.url));
const scenarios = twoScenarioBatch('minesim-written-meanwhile-');

const seed = async (folder: string) => JSON.parse(await readFile(join(folder, 'manifest.json'), 'utf8')).seed;

describe('a scenario folder written while the batch runs is left as written', { timeout: 120_000 }, () => {
  it('run --out <out>/other during the batch: other stays the run’s, hostile-base is the batch’s', async () => {
    const out = join(scenarios.dir, 'out');
    const child = spawn(
      process.execPath,
      [CLI, 'batch', ...scenarios.args(out, '9').patterns, '--out', out, '--paths', '4000', '--workers', '1'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    // Once the batch holds its lock (it has checked its folders), the run writes one of them.
    for (;;) {
      if ((await readdir(scenarios.dir)).includes('.tmp-out.lock')) break;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const other = join(out, 'other');
    const run = await runCommand([
      'run',
      join(scenarios.dir, 'b.yaml'),
      '--paths',
      '40',
      '--workers',
      '1',
      '--seed',
      '77',
      '--out',
      other,
    ]);
    expect(run.exit, run.output).toBe(0);
    const written = await readFile(join(other, 'summary.json'), 'utf8');
    expect(await exited).toBe(2);
    expect(await seed(other)).toBe(77);
    expect(await readFile(join(other, 'summary.json'), 'utf8')).toBe(written);
    expect(JSON.parse(await readFile(join(out, 'hostile-base', 'manifest.json'), 'utf8')).command[1]).toBe(
      'batch',
    );
    expect(stderr).toContain(batchMessages.writtenMeanwhile(other));
    expect(stdout).toContain('1 scenario ran; 1 more ran but could not be written');
    const index = await readFile(join(out, 'index.md'), 'utf8');
    expect(index).toContain(batchMessages.othersTitle);
    expect(index).toContain('| [other/](other/report.html) |');
  });
});
