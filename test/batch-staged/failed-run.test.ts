// A batch over an earlier batch's --out, one of whose runs fails (a bug) after the first scenario's
// folders are written: before, the first folder was the new batch's, the failed one's the earlier
// batch's, under a new index; now nothing in --out is replaced (exit 1, saying so), the earlier
// folders and index byte for byte as they were, and the staging beside --out removed.
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

describe('a batch whose run fails leaves the earlier batch as it was', { timeout: 60_000 }, () => {
  it('batch() with a failing second run: exit 1, earlier folders and index byte for byte, nothing beside --out', async () => {
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
    // The line logged as the first scenario ended said "wrote hostile-base/ and ...": it never was.
    expect(logged).not.toContain('wrote hostile-base/');
    expect(logged).toContain(
      batchMessages.outcomeOk(['hostile-base', 'hostile-base-backtest'], 0).split('; ')[1],
    );
    expect(printed).toContain(batchMessages.keptOut(out));
    expect(await snapshot(out)).toEqual(before);
    expect(await tempsBeside(scenarios.dir, 'out')).toEqual([]);
  });
});
