// A batch over an earlier batch's --out, one of whose runs fails (a bug) as its folders are
// written into the staging, after the first scenario's are. Once, the first folder was the new
// batch's and the failed one's the earlier batch's, under a new index that did not say so; then
// nothing in --out was replaced, and the run that worked was lost. Now the first scenario's folders
// are published, the failed one's earlier folders stay byte for byte as they were (its half-staged
// folder never reaches --out), the index says so (test/batch-partial), and the staging beside
// --out is removed.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { batch } from '../../src/cli/commands/batch.js';
import { batchMessages } from '../../src/messages/batch.js';
import { quiet, recorder, twoScenarioBatch } from '../fixtures/two-scenario-batch.js';
import { snapshot, tempsBeside } from './snapshot.js';

const failing = { on: false };
vi.mock('../../src/cli/write-output.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/cli/write-output.js')>();
  return {
    ...original,
    writeOutputFolder: (...args: Parameters<typeof original.writeOutputFolder>) => {
      if (failing.on && args[1].includes('other')) throw new Error('the disk caught fire');
      return original.writeOutputFolder(...args);
    },
  };
});

const scenarios = twoScenarioBatch('minesim-batch-failed-');

describe('a batch whose run fails as it is written publishes the others, the failed one’s folders as they were', {
  timeout: 60_000,
}, () => {
  it('batch() with a failing second write: exit 1, hostile-base/ replaced, other/ and notes.txt byte for byte, nothing beside --out', async () => {
    const out = join(scenarios.dir, 'out');
    const args = (seed: string) => scenarios.args(out, seed);
    expect(await batch(args('1'), { stdout: quiet, stderr: quiet })).toBe(0);
    await writeFile(join(out, 'notes.txt'), 'mine\n');
    const before = await snapshot(out);
    failing.on = true;
    const stdout = recorder();
    const stderr = recorder();
    expect(await batch(args('9'), { stdout: stdout.stream, stderr: stderr.stream })).toBe(1);
    const [printed, logged] = [stdout.text(), stderr.text()];
    expect(logged).toContain(
      batchMessages.outcomeOk(['hostile-base', 'hostile-base-backtest'], 0).split('; ')[1],
    );
    expect(printed).toContain(batchMessages.wroteIndex(out, 1));
    const after = await snapshot(out);
    const kept = (files: Map<string, string>) =>
      [...files].filter(([path]) => !path.startsWith('hostile-base') && !path.startsWith('index.'));
    expect(kept(after)).toEqual(kept(before));
    expect(after.get('hostile-base/manifest.json')).not.toBe(before.get('hostile-base/manifest.json'));
    expect(await tempsBeside(scenarios.dir, 'out')).toEqual([]);
  });
});
