// `minesim merge` writes explore.html as `run` does, and takes `--no-explorer` as `run` does to
// skip it (it refused the option as unknown). The commands run in-process through main(): their
// exit codes and the files they write are the spawned command's, without starting Node four times.
// The parts ask for no charts (the scenario's outputs, which the merge follows): drawing them took
// most of each merge, and explore.html is written, or not, either way.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runMain } from '../fixtures/main-in-process.js';

const dir = mkdtempSync(join(tmpdir(), 'minesim-merge-explorer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const cli = (...args: string[]) => runMain(args);

describe('minesim merge --no-explorer', () => {
  it('writes explore.html by default and none with --no-explorer, as run does', async () => {
    const parts = join(dir, 'parts');
    for (const k of ['0/2', '1/2']) {
      const shard = await cli(
        'run',
        'scenarios/north-korea-2017-s9.yaml',
        '--paths',
        '20',
        '--workers',
        '1',
        '--set',
        'outputs.charts=[]',
        '--shard',
        k,
        '--out',
        parts,
      );
      expect(shard.code, shard.stderr).toBe(0);
    }
    const files = [join(parts, 'part-0-of-2.json'), join(parts, 'part-1-of-2.json')];
    const withIt = await cli('merge', ...files, '--out', join(dir, 'with'));
    expect(withIt.code, withIt.stderr).toBe(0);
    expect(existsSync(join(dir, 'with', 'explore.html'))).toBe(true);
    const without = await cli('merge', ...files, '--no-explorer', '--out', join(dir, 'without'));
    expect(without.code, without.stderr).toBe(0);
    expect(existsSync(join(dir, 'without', 'summary.json'))).toBe(true);
    expect(existsSync(join(dir, 'without', 'explore.html'))).toBe(false);
  }, 120_000);
});
