// `backtest` counts the bytes its folder writes, as `run`, `merge` and `calibrate` do. Before, a
// back-test whose folder was larger than the free space replayed its history and failed only at
// its write. Now it is refused before the replay, with run's words for the disk, unless
// --allow-long; the earlier folder stays as it was.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { backtestFolderBytes } from '../../src/cli/run-estimate.js';
import { runCommand } from '../hostile/in-process.js';

/** The file system's free space the CLI sees: the real one unless a test sets it. */
const fake = vi.hoisted(() => ({ free: undefined as number | undefined }));
vi.mock('node:fs', async (original) => {
  const fs = await original<typeof import('node:fs')>();
  const statfsSync = ((path: string) => {
    const s = fs.statfsSync(path);
    return fake.free === undefined ? s : { ...s, bavail: fake.free / s.bsize };
  }) as typeof fs.statfsSync;
  return { ...fs, statfsSync, default: { ...fs, statfsSync } };
});

const S9 = 'scenarios/north-korea-2017-s9.yaml';
let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'minesim-disk-backtest-'));
});
afterAll(async () => {
  fake.free = undefined;
  await rm(dir, { recursive: true, force: true });
});

const bytesIn = (folder: string): number =>
  readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0);

const snapshot = (folder: string): Record<string, string> =>
  Object.fromEntries(
    readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => [join(e.parentPath, e.name), readFileSync(join(e.parentPath, e.name), 'hex')]),
  );

async function withFree<T>(free: number, action: () => Promise<T>): Promise<T> {
  fake.free = free;
  try {
    return await action();
  } finally {
    fake.free = undefined;
  }
}

describe('backtest counts the bytes it writes', () => {
  it('refused beyond the free space with run’s words, the earlier folder untouched; --allow-long writes it', {
    timeout: 120_000,
  }, async () => {
    const out = join(dir, 'backtest');
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
    const fresh = join(dir, 'fresh');
    const refused = await withFree(1e5, () => runCommand(['backtest', S9, '--out', fresh]));
    expect(refused.exit).toBe(2);
    expect(existsSync(fresh)).toBe(false);
    const allowed = await withFree(1e5, () =>
      runCommand(['backtest', S9, '--out', join(dir, 'allowed'), '--allow-long']),
    );
    expect(allowed.exit, allowed.output).toBe(0);
    expect(existsSync(join(dir, 'allowed', 'summary.json'))).toBe(true);
  });

  it('backtestFolderBytes() is above every committed back-test’s folder', () => {
    for (const name of readdirSync('output').filter((n) => n.endsWith('-backtest'))) {
      const folder = join('output', name);
      const days = readFileSync(join(folder, 'daily.csv'), 'utf8').trim().split('\n').length - 1;
      expect(backtestFolderBytes(days), name).toBeGreaterThanOrEqual(bytesIn(folder));
    }
  });
});
