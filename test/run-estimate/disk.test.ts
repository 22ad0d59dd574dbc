// The bytes a sweep, a sensitivity study and a shard write, in their estimates. Before, only run and
// batch counted them: a sweep, a study or a shard's part (some 44 kB a week whatever its paths: a
// 5-year shard wrote 11.6 MB) started with the disk short and failed at its end, the work lost.
// Now each says its bytes and is refused, before any work, beyond the free space of the output
// folder's file system unless --allow-long, as run is.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  partBytes,
  sensitivityFolderBytes,
  sweepFolderBytes,
  sweepPartBytes,
} from '../../src/cli/run-estimate.js';
import { bytesIn, useTempFolder, withFree } from '../fixtures/free-space.js';
import { runCommand } from '../hostile/in-process.js';

vi.mock('node:fs', async (original) =>
  (await import('../fixtures/free-space.js')).fakeFreeSpace(await original()),
);

const S21 = 'scenarios/s21-fleet-2026.yaml';
const tmp = useTempFolder('minesim-disk-others-');

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
      const out = join(tmp.dir, name.replace(' ', '-'));
      const c = commands(out)[name];
      await withFree(1e5, async () => {
        const r = await runCommand(c.args);
        expect(r.exit).toBe(2);
        expect(r.output).toContain(`minesim: ${make.what}`);
        expect(r.output).toMatch(/writing [\d,.]+ [MG]B/);
        expect(r.output).toContain(`more than the 1 MB free on the file system of ${out}`);
        expect(existsSync(out)).toBe(false);
      });
      const r = await runCommand(c.args);
      expect(r.exit).toBe(0);
      const written = bytesIn(out);
      expect(c.bytes()).toBeGreaterThanOrEqual(written);
    });
  }
});
