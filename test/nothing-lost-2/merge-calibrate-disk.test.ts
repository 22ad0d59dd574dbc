// `merge` and `calibrate` count the bytes their folder writes, as `run` does. Before, a merge of
// parts whose folder was larger than the free space, or a calibration study (some 100 s of work,
// 29 MB of folder) started with the disk short, failed only at its write. Now each is refused
// before any work, with run's words for the disk, unless --allow-long; within the free space the
// merged folder stays within its estimate.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { calibrateFolderBytes, runFolderBytes } from '../../src/cli/run-estimate.js';
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

const S21 = 'scenarios/s21-fleet-2026.yaml';
let dir = '';
const parts: string[] = [];
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'minesim-disk-merge-'));
  for (const k of ['0/2', '1/2']) {
    const r = await runCommand([
      'run',
      S21,
      '--paths',
      '40',
      '--workers',
      '1',
      '--shard',
      k,
      '--out',
      join(dir, 'parts'),
    ]);
    expect(r.exit, r.output).toBe(0);
  }
  parts.push(join(dir, 'parts', 'part-0-of-2.json'), join(dir, 'parts', 'part-1-of-2.json'));
}, 120_000);
afterAll(async () => {
  fake.free = undefined;
  await rm(dir, { recursive: true, force: true });
});

const bytesIn = (folder: string): number =>
  readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0);

/** Every file under a folder with its bytes. */
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

describe('merge and calibrate count the bytes they write', () => {
  it('merge: refused beyond the free space with run’s words, the earlier folder untouched; --allow-long writes it; within it, within the estimate', {
    timeout: 120_000,
  }, async () => {
    const out = join(dir, 'merged');
    const first = await runCommand(['merge', ...parts, '--out', out, '--no-explorer']);
    expect(first.exit, first.output).toBe(0);
    expect(runFolderBytes(1096, 20, 40)).toBeGreaterThanOrEqual(bytesIn(out));
    const before = snapshot(out);
    const r = await withFree(1e5, () => runCommand(['merge', ...parts, '--out', out]));
    expect(r.exit).toBe(2);
    expect(r.output).toMatch(/minesim: s21-fleet-2026 \(merge of 2 parts\): writing [\d,.]+ MB/);
    expect(r.output).toContain(`more than the 1 MB free on the file system of ${out}`);
    expect(r.output).toContain('or --allow-long to write it anyway');
    expect(snapshot(out)).toEqual(before);
    const allowed = await withFree(1e5, () =>
      runCommand(['merge', ...parts, '--out', join(dir, 'allowed'), '--allow-long']),
    );
    expect(allowed.exit, allowed.output).toBe(0);
    expect(existsSync(join(dir, 'allowed', 'summary.json'))).toBe(true);
  });

  it('calibrate: refused beyond the free space before the study starts', { timeout: 60_000 }, async () => {
    const out = join(dir, 'calibration');
    const started = Date.now();
    const r = await withFree(1e5, () => runCommand(['calibrate', '--paths', '100', '--out', out]));
    expect(r.exit).toBe(2);
    expect(r.output).toMatch(/minesim: calibrate: writing [\d,.]+ MB/);
    expect(r.output).toContain(`more than the 1 MB free on the file system of ${out}`);
    expect(existsSync(out)).toBe(false);
    // Before any of the study's 2,500 forecasts.
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('calibrateFolderBytes() is above the committed study’s folder (28.8 MB, 10,380 forecasts a horizon)', () => {
    expect(calibrateFolderBytes(10_380)).toBeGreaterThanOrEqual(bytesIn('output/calibration'));
    expect(calibrateFolderBytes(10_380)).toBeLessThan(2 * bytesIn('output/calibration'));
  });
});
