// `merge` and `calibrate` count the bytes their folder writes, as `run` does. Before, a merge of
// parts whose folder was larger than the free space, or a calibration study (some 100 s of work,
// 29 MB of folder) started with the disk short, failed only at its write. Now each is refused
// before any work, with run's words for the disk, unless --allow-long; within the free space the
// merged folder stays within its estimate.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { calibrateFolderBytes, runFolderBytes } from '../../src/cli/run-estimate.js';
import { bytesIn, snapshot, useTempFolder, withFree } from '../fixtures/free-space.js';
import { runCommand } from '../hostile/in-process.js';

vi.mock('node:fs', async (original) =>
  (await import('../fixtures/free-space.js')).fakeFreeSpace(await original()),
);

const S21 = 'scenarios/s21-fleet-2026.yaml';
const tmp = useTempFolder('minesim-disk-merge-');
const parts: string[] = [];
beforeAll(async () => {
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
      join(tmp.dir, 'parts'),
    ]);
    expect(r.exit, r.output).toBe(0);
  }
  parts.push(join(tmp.dir, 'parts', 'part-0-of-2.json'), join(tmp.dir, 'parts', 'part-1-of-2.json'));
}, 120_000);
describe('merge and calibrate count the bytes they write', () => {
  it('merge: refused beyond the free space with run’s words, the earlier folder untouched; --allow-long writes it; within it, within the estimate', {
    timeout: 120_000,
  }, async () => {
    const out = join(tmp.dir, 'merged');
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
      runCommand(['merge', ...parts, '--out', join(tmp.dir, 'allowed'), '--allow-long']),
    );
    expect(allowed.exit, allowed.output).toBe(0);
    expect(existsSync(join(tmp.dir, 'allowed', 'summary.json'))).toBe(true);
  });

  it('calibrate: refused beyond the free space before the study starts', { timeout: 60_000 }, async () => {
    const out = join(tmp.dir, 'calibration');
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
