// A second Ctrl-C as a batch moves its folders in ends the process at once. Before, it said
// nothing, left --out with the first folder the new batch's, the rest the earlier one's and no
// index, and the earlier versions of the files it had replaced in its staging, which the next
// batch removed: the earlier batch's figures lost without a word. Now it says what is where, and
// the earlier files replaced so far and the earlier index are kept beside --out.
import { readdir } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { batch } from '../../src/cli/commands/batch.js';
import { snapshot } from '../batch-staged/snapshot.js';
import { ONE_CHART } from '../fixtures/one-chart.js';
import { exitCodesOf, quiet, recorder, twoScenarioBatch } from '../fixtures/two-scenario-batch.js';

const signal = { armed: false, calls: 0, reached: () => {} };
vi.mock('../../src/report/staged-folder.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/report/staged-folder.js')>();
  return {
    ...original,
    moveStagedFolder: (...args: Parameters<typeof original.moveStagedFolder>) => {
      // Ctrl-C twice as the second folder is about to go in: the process ends there (nothing after
      // it runs: the move never ends).
      if (signal.armed && ++signal.calls === 2) {
        process.emit('SIGINT', 'SIGINT');
        process.emit('SIGINT', 'SIGINT');
        signal.reached();
        return new Promise<never>(() => {});
      }
      return original.moveStagedFolder(...args);
    },
  };
});

// Each scenario draws one chart: the moves are of its folders, whatever they hold.
const scenarios = twoScenarioBatch('minesim-second-signal-', ONE_CHART);

describe('a second Ctrl-C among a batch’s last renames', { timeout: 60_000 }, () => {
  it('says what is where and keeps the earlier files it had replaced and the earlier index', async () => {
    const { dir } = scenarios;
    const out = join(dir, 'out');
    const args = (seed: string) => scenarios.args(out, seed);
    expect(await batch(args('1'), { stdout: quiet, stderr: quiet })).toBe(0);
    const before = await snapshot(out);
    signal.armed = true;
    const stderr = recorder();
    const codes = await exitCodesOf(async () => {
      const reached = new Promise<void>((resolve) => {
        signal.reached = resolve;
      });
      void batch(args('9'), { stdout: quiet, stderr: stderr.stream });
      await reached;
    });
    expect(codes).toContain(130);
    const logged = stderr.text();
    const kept = (await readdir(dir)).filter((e) => e.startsWith('out-earlier-'));
    expect(kept).toHaveLength(1);
    expect(logged).toContain(`${out} may hold folders of both batches`);
    expect(logged).toContain(join(dir, kept[0]));
    // The first folder went in; its earlier files and the earlier index are kept, byte for byte.
    const keptFiles = await snapshot(join(dir, kept[0]));
    for (const [file, bytes] of before)
      if (file.startsWith(`hostile-base${sep}`) || file.startsWith('index.'))
        expect(keptFiles.get(file) === bytes, file).toBe(true);
    // The lock is gone: the next batch need not wait for it to be taken over.
    expect(await readdir(dir)).not.toContain('.tmp-out.lock');
  });
});
