// The up-front estimate counts the bytes a run or a batch writes: a run folder is about 2 MB, 20 kB
// a week and 230 B a sample path a week (1,000 sample paths of 3 years wrote 38 MB), and a batch
// adds its files' folders. It says them with the estimate and refuses, before any work, what is
// beyond the free space of the output folder's file system unless --allow-long.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { UsageError } from '../../src/cli/exit.js';
import { checkEstimate, estimateWork, freeSpace, runFolderBytes } from '../../src/cli/run-estimate.js';
import { bytesIn, useTempFolder, withFree } from '../fixtures/free-space.js';
import { runCommand } from '../hostile/in-process.js';

vi.mock('node:fs', async (original) =>
  (await import('../fixtures/free-space.js')).fakeFreeSpace(await original()),
);

const S21 = 'scenarios/s21-fleet-2026.yaml';
const tmp = useTempFolder('minesim-disk-');

const sink = () => {
  let text = '';
  return {
    stream: {
      write: (s: string) => {
        text += s;
        return true;
      },
    } as unknown as NodeJS.WritableStream,
    text: () => text,
  };
};

describe('the bytes a run writes, in its estimate', () => {
  it('a 3-year run: 158 weeks, 2 MB + 20 kB and 230 B a sample path a week, by hand', () => {
    expect(runFolderBytes(1096, 20, 10_000)).toBe(2e6 + 20e3 * 158 + 230 * 20 * 158);
    expect(runFolderBytes(1096, 1000, 1000)).toBe(2e6 + 20e3 * 158 + 230 * 1000 * 158);
    // A run of 50 paths keeps 50 sample paths, not 1,000.
    expect(runFolderBytes(1096, 1000, 50)).toBe(runFolderBytes(1096, 50, 50));
  });

  it('is at least what a run writes, and within a third above it', { timeout: 120_000 }, async () => {
    for (const samples of [20, 1000]) {
      const out = join(tmp.dir, `run-${samples}`);
      const r = await runCommand([
        'run',
        S21,
        '--paths',
        '1000',
        '--workers',
        '1',
        '--set',
        `outputs.samplePaths=${samples}`,
        '--out',
        out,
      ]);
      expect(r.exit).toBe(0);
      const written = bytesIn(out);
      const estimate = runFolderBytes(1096, samples, 1000);
      expect(estimate).toBeGreaterThanOrEqual(written);
      expect(estimate).toBeLessThan(written * 1.5);
    }
  });

  it('the free space of a folder not yet made is its nearest parent’s', () => {
    const df = execFileSync('df', ['-B1', '--output=avail', tmp.dir], { encoding: 'utf8' })
      .trim()
      .split('\n')[1];
    const free = freeSpace(join(tmp.dir, 'not', 'yet'))!;
    expect(Math.abs(free - Number(df)) / Number(df)).toBeLessThan(0.01);
  });

  it('more than the free space is refused, with both; --allow-long starts it and says it', () => {
    const e = estimateWork([{ paths: 1000, days: 1096, cohorts: 1, diskBytes: 41.5e6 }], 1, {
      folder: 'runs/x',
      freeBytes: 30e6,
    });
    expect(() => checkEstimate('x', 'fewer --paths', e, false, sink().stream)).toThrow(UsageError);
    try {
      checkEstimate('x', 'fewer --paths', e, false, sink().stream);
    } catch (error) {
      expect((error as Error).message).toContain(
        'writing 42 MB (at 50 ns a path-day a worker, above the 29.7-37.6 ns the bench measured on a 2-core Xeon, and 3.5 ns a cohort-day, as it measured (README, Performance); a slower machine takes longer): more than the 30 MB free on the file system of runs/x',
      );
    }
    const out = sink();
    checkEstimate('x', 'fewer --paths', e, true, out.stream);
    expect(out.text()).toMatch(
      /^estimate: x: one run, 1,096,000 path-days, about 1 s on 1 worker and 0\.5 GB of memory, writing 42 MB\n$/,
    );
  });

  it('a small run within the free space says nothing, as before', () => {
    const out = sink();
    const e = estimateWork([{ paths: 1000, days: 1096, cohorts: 1, diskBytes: 6e6 }], 1, {
      folder: 'runs/x',
      freeBytes: 1e12,
    });
    checkEstimate('x', 'fewer --paths', e, false, out.stream);
    expect(out.text()).toBe('');
  });

  it('a batch beyond the free space of --out is refused before any run', { timeout: 60_000 }, async () => {
    const out = join(tmp.dir, 'batch');
    // Four shipped scenarios' folders (and their back-tests') are more than 10 MB.
    await withFree(10e6, async () => {
      const r = await runCommand(['batch', 'scenarios/north-korea-2017-s9*.yaml', '--out', out]);
      expect(r.exit).toBe(2);
      expect(r.output).toMatch(
        /minesim: batch: \d+ runs, .* writing \d+ MB .*more than the 10 MB free on the file system of /,
      );
      expect(existsSync(out)).toBe(false);
    });
  });

  it('a run keeping 1,000 sample paths beyond the free space is refused; --allow-long writes it', {
    timeout: 60_000,
  }, async () => {
    const out = join(tmp.dir, 'samples');
    const args = [
      'run',
      S21,
      '--paths',
      '1000',
      '--workers',
      '1',
      '--set',
      'outputs.samplePaths=1000',
      '--out',
      out,
    ];
    await withFree(30e6, async () => {
      const r = await runCommand(args);
      expect(r.exit).toBe(2);
      // 2 MB + 158 weeks x (20 kB + 1,000 x 230 B): 41.5 MB.
      expect(r.output).toContain('writing 42 MB');
      expect(r.output).toContain(`more than the 30 MB free on the file system of ${out}`);
      expect(existsSync(out)).toBe(false);
      const allowed = await runCommand([...args, '--allow-long']);
      expect(allowed.exit).toBe(0);
      expect(allowed.output).toContain('estimate: s21-fleet-2026: one run, 1,096,000 path-days');
    });
  });
});
