// What a batch and a write read of the files beside their own, made FIFOs (named pipes) by a
// careless or hostile user: a plain read of a FIFO waits for a writer for ever. The batch reads
// the manifests of the other folders in its --out (to list them apart in its index) and of its
// scenarios' folders (to tell one written meanwhile); a write reads the batch index beside its
// folder (to say it no longer describes it). Each reads only regular files now, so a FIFO there
// is read as no manifest or no index, and the command ends.
import { execFileSync } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { batch } from '../../src/cli/commands/batch.js';
import { quiet, twoScenarioBatch } from '../fixtures/two-scenario-batch.js';
import { runCommand } from '../hostile/in-process.js';

const scenarios = twoScenarioBatch('minesim-fifo-reads-');

describe('a FIFO where a manifest or an index is read holds no command', { timeout: 60_000 }, () => {
  it('batch: a folder in --out whose manifest.json is a FIFO is no output, and the batch ends', async () => {
    const out = join(scenarios.dir, 'out');
    expect(await batch(scenarios.args(out, '1', ['a.yaml']), { stdout: quiet, stderr: quiet })).toBe(0);
    await mkdir(join(out, 'piped'));
    execFileSync('mkfifo', [join(out, 'piped', 'manifest.json')]);
    expect(await batch(scenarios.args(out, '2', ['a.yaml']), { stdout: quiet, stderr: quiet })).toBe(0);
    expect(await readFile(join(out, 'index.md'), 'utf8')).not.toContain('piped');
  });

  it('run into a folder beside an index.md that is a FIFO: written, and no note', async () => {
    const runs = join(scenarios.dir, 'runs');
    await mkdir(runs);
    execFileSync('mkfifo', [join(runs, 'index.md')]);
    const r = await runCommand([
      'run',
      join(scenarios.dir, 'a.yaml'),
      '--paths',
      '40',
      '--workers',
      '1',
      '--out',
      join(runs, 'x'),
    ]);
    expect(r.exit, r.output).toBe(0);
    expect(r.output).not.toContain('note:');
  });
});
