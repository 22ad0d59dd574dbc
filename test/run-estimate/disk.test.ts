// The bytes a sweep, a sensitivity study and a shard write, in their estimates. Before, only run and
// batch counted them: a sweep, a study or a shard's part (some 44 kB a week whatever its paths: a
// 5-year shard wrote 11.6 MB) started with the disk short and failed at its end, the work lost.
// Now each says its bytes and is refused, before any work, beyond the free space of the output
// folder's file system unless --allow-long, as run is.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  partBytes,
  sensitivityFolderBytes,
  sweepFolderBytes,
  sweepPartBytes,
} from '../../src/cli/run-estimate.js';
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
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'minesim-disk-others-'));
});
afterAll(async () => {
  fake.free = undefined;
  await rm(dir, { recursive: true, force: true });
});

const bytesIn = (folder: string): number =>
  readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0);

const commands = (out: string): Record<string, { args: string[]; what: string; bytes: () => number }> => ({
  sweep: {
    args: ['sweep', S21, '--paths', '40', '--vary', 'power.price=0.02..0.12:3', '--out', out],
    what: 's21-fleet-2026 sweep: 3 runs',
    bytes: () => sweepFolderBytes(3),
  },
  'sweep shard': {
    args: [
      'sweep',
      S21,
      '--paths',
      '40',
      '--vary',
      'power.price=0.02..0.12:3',
      '--shard',
      '0/2',
      '--out',
      out,
    ],
    what: 's21-fleet-2026 sweep 0/2: one run',
    bytes: () => sweepPartBytes(1),
  },
  sensitivity: {
    args: ['sensitivity', S21, '--paths', '40', '--input', 'power.price', '--out', out],
    what: 's21-fleet-2026 sensitivity: 3 runs',
    bytes: () => sensitivityFolderBytes(3),
  },
  'run shard': {
    args: ['run', S21, '--paths', '40', '--shard', '0/2', '--out', out],
    what: 's21-fleet-2026 0/2: one run',
    bytes: () => partBytes(1096, 20, 20),
  },
});

describe('sweep, sensitivity and shards count the bytes they write', () => {
  for (const [name, make] of Object.entries(commands(''))) {
    it(`${name}: refused beyond the free space, before any work; within it, written within the estimate`, {
      timeout: 120_000,
    }, async () => {
      const out = join(dir, name.replace(' ', '-'));
      const c = commands(out)[name];
      fake.free = 1e5;
      try {
        const r = await runCommand(c.args);
        expect(r.exit).toBe(2);
        expect(r.output).toContain(`minesim: ${make.what}`);
        expect(r.output).toMatch(/writing [\d,.]+ [MG]B/);
        expect(r.output).toContain(`more than the 1 MB free on the file system of ${out}`);
        expect(existsSync(out)).toBe(false);
      } finally {
        fake.free = undefined;
      }
      const r = await runCommand(c.args);
      expect(r.exit).toBe(0);
      const written = bytesIn(out);
      expect(c.bytes()).toBeGreaterThanOrEqual(written);
    });
  }
});
