// SIGHUP: the terminal a command runs in is closed (a window shut, an ssh connection lost). Ctrl-C
// and SIGTERM were held or discarded the staging; SIGHUP was not listened to, so a batch ended at
// once, leaving its staging (4.2 MB for two small scenarios) and its lock beside --out until a
// later batch into the same folder, and a run's write, among its renames, left a mix of earlier
// and new files. Now SIGHUP is handled as SIGTERM is: a batch removes its staging and its lock
// and exits 129 (--out byte for byte as it was); a write under way finishes or is discarded.
import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { batch } from '../../src/cli/commands/batch.js';
import { snapshot, tempsBeside } from '../batch-staged/snapshot.js';
import { quiet, twoScenarioBatch } from '../fixtures/two-scenario-batch.js';

const CLI = fileURLToPath(new URL('../../bin/minesim.mjs', import.meta.url));
const scenarios = twoScenarioBatch('minesim-hangup-');

let out = '';
beforeAll(async () => {
  out = join(scenarios.dir, 'out');
  expect(await batch(scenarios.args(out, '1'), { stdout: quiet, stderr: quiet })).toBe(0);
});

/** Waits until the batch's staging beside `out` holds its first scenario's run folder. */
async function firstFolderStaged(): Promise<void> {
  for (;;) {
    for (const e of await readdir(scenarios.dir))
      if (
        e.startsWith('.tmp-out-') &&
        (await readFile(join(scenarios.dir, e, 'hostile-base', 'manifest.json'), 'utf8').catch(() => '')) !==
          ''
      )
        return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('a batch whose terminal is closed', { timeout: 120_000 }, () => {
  it('SIGHUP after its first scenario: exit 129, --out byte for byte, no staging nor lock beside it', async () => {
    const before = await snapshot(out);
    const child = spawn(
      process.execPath,
      [CLI, 'batch', ...scenarios.args(out, '9').patterns, '--out', out, '--paths', '6000', '--workers', '1'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const exited = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    await firstFolderStaged();
    child.kill('SIGHUP');
    expect(await exited).toBe(129);
    expect(await snapshot(out)).toEqual(before);
    expect(await tempsBeside(scenarios.dir, 'out')).toEqual([]);
  });
});
