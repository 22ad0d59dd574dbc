// Ctrl-C as a batch moves its staged folders into --out: the renames finish (a batch stopped among
// them would leave some folders of each batch and no index), every folder and the index are the new
// batch's, the message says minesim finished before stopping, nothing is left beside --out, and the
// process exits 130.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { batch } from '../../src/cli/commands/batch.js';
import { outputMessages } from '../../src/messages/output.js';
import { ONE_CHART } from '../fixtures/one-chart.js';
import { exitCodesOf, quiet, recorder, twoScenarioBatch } from '../fixtures/two-scenario-batch.js';
import { tempsBeside } from './snapshot.js';

const signal = { armed: false };
vi.mock('../../src/report/staged-folder.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/report/staged-folder.js')>();
  return {
    ...original,
    moveStagedFolder: (...args: Parameters<typeof original.moveStagedFolder>) => {
      if (signal.armed) {
        signal.armed = false;
        process.emit('SIGINT', 'SIGINT');
      }
      return original.moveStagedFolder(...args);
    },
  };
});

// Each scenario draws one chart: the moves are of its folders, whatever they hold.
const scenarios = twoScenarioBatch('minesim-batch-end-', ONE_CHART);

describe('Ctrl-C among a batch’s last renames', { timeout: 60_000 }, () => {
  it('batch() finishes moving every folder and the index in, says so, and exits 130', async () => {
    const out = join(scenarios.dir, 'out');
    const args = (seed: string) => scenarios.args(out, seed);
    expect(await batch(args('1'), { stdout: quiet, stderr: quiet })).toBe(0);
    const folders = ['hostile-base', 'other', 'hostile-base-backtest', 'other-backtest'];
    const files = [...folders.map((f) => join(f, 'manifest.json')), 'index.md', 'index.html'];
    const earlier = await Promise.all(files.map((f) => readFile(join(out, f), 'utf8')));
    const stderr = recorder();
    signal.armed = true;
    expect(await exitCodesOf(() => batch(args('9'), { stdout: quiet, stderr: stderr.stream }))).toContain(
      130,
    );
    const logged = stderr.text();
    expect(logged).toContain(outputMessages.interrupted(out, true));
    // Every folder and the index are the new batch's: each manifest and index differs from before.
    const now = await Promise.all(files.map((f) => readFile(join(out, f), 'utf8')));
    for (const [i, text] of now.entries()) expect(text, files[i]).not.toBe(earlier[i]);
    expect(JSON.parse(now[0]).seed).toBe(9);
    expect(await tempsBeside(scenarios.dir, 'out')).toEqual([]);
  });
});
