// Runs the built command (run `npm run build` before running this file alone).
// `minesim merge` writes explore.html as `run` does, and takes `--no-explorer` as `run` does to
// skip it (it refused the option as unknown).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'minesim-merge-explorer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['bin/minesim.mjs', ...args], { encoding: 'utf8' });

describe('minesim merge --no-explorer', () => {
  it('writes explore.html by default and none with --no-explorer, as run does', () => {
    const parts = join(dir, 'parts');
    for (const k of ['0/2', '1/2']) {
      const shard = cli(
        'run',
        'scenarios/north-korea-2017-s9.yaml',
        '--paths',
        '20',
        '--workers',
        '1',
        '--shard',
        k,
        '--out',
        parts,
      );
      expect(shard.status, shard.stderr).toBe(0);
    }
    const files = [join(parts, 'part-0-of-2.json'), join(parts, 'part-1-of-2.json')];
    const withIt = cli('merge', ...files, '--out', join(dir, 'with'));
    expect(withIt.status, withIt.stderr).toBe(0);
    expect(existsSync(join(dir, 'with', 'explore.html'))).toBe(true);
    const without = cli('merge', ...files, '--no-explorer', '--out', join(dir, 'without'));
    expect(without.status, without.stderr).toBe(0);
    expect(existsSync(join(dir, 'without', 'summary.json'))).toBe(true);
    expect(existsSync(join(dir, 'without', 'explore.html'))).toBe(false);
  }, 120_000);
});
