// `backtest` counts the bytes its folder writes, as `run`, `merge` and `calibrate` do. Before, a
// back-test whose folder was larger than the free space replayed its history and failed only at
// its write. Now it is refused before the replay, with run's words for the disk, unless
// --allow-long; the earlier folder stays as it was.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { backtestFolderBytes } from '../../src/cli/run-estimate.js';
import { bytesIn, snapshot, useTempFolder, withFree } from '../fixtures/free-space.js';
import { runCommand } from '../hostile/in-process.js';

vi.mock('node:fs', async (original) =>
  (await import('../fixtures/free-space.js')).fakeFreeSpace(await original()),
);

const S9 = 'scenarios/north-korea-2017-s9.yaml';
const tmp = useTempFolder('minesim-disk-backtest-');

describe('backtest counts the bytes it writes', () => {
  it('refused beyond the free space with run’s words, the earlier folder untouched; --allow-long writes it', {
    timeout: 120_000,
  }, async () => {
    const out = join(tmp.dir, 'backtest');
    const first = await runCommand(['backtest', S9, '--out', out]);
    expect(first.exit, first.output).toBe(0);
    const before = snapshot(out);
    const r = await withFree(1e5, () => runCommand(['backtest', S9, '--out', out]));
    expect(r.exit, r.output).toBe(2);
    expect(r.output).toMatch(/minesim: north-korea-2017-s9 back-test: writing [\d,.]+ MB/);
    expect(r.output).toContain(`more than the 1 MB free on the file system of ${out}`);
    expect(r.output).toContain('or --allow-long to write it anyway');
    expect(r.output).not.toMatch(/\n\s+at /);
    expect(snapshot(out)).toEqual(before);
    const fresh = join(tmp.dir, 'fresh');
    const refused = await withFree(1e5, () => runCommand(['backtest', S9, '--out', fresh]));
    expect(refused.exit).toBe(2);
    expect(existsSync(fresh)).toBe(false);
    const allowed = await withFree(1e5, () =>
      runCommand(['backtest', S9, '--out', join(tmp.dir, 'allowed'), '--allow-long']),
    );
    expect(allowed.exit, allowed.output).toBe(0);
    expect(existsSync(join(tmp.dir, 'allowed', 'summary.json'))).toBe(true);
  });

  it('backtestFolderBytes() is above every committed back-test’s folder', () => {
    for (const name of readdirSync('output').filter((n) => n.endsWith('-backtest'))) {
      const folder = join('output', name);
      const days = readFileSync(join(folder, 'daily.csv'), 'utf8').trim().split('\n').length - 1;
      expect(backtestFolderBytes(days), name).toBeGreaterThanOrEqual(bytesIn(folder));
    }
  });
});
