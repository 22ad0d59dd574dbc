// Ctrl-C as a batch's final move fails and is put back. Before, the process exited 130 as the
// batch let go of the signals, before the message saying what had happened was printed, and said
// instead that minesim had finished replacing --out: the opposite of what it had done. Now the
// message of the failed move is printed, and nothing claims the replacement finished.
import { join, sep } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { batch } from '../../src/cli/commands/batch.js';
import { outputMessages } from '../../src/messages/output.js';
import { snapshot } from '../batch-staged/snapshot.js';
import { ONE_CHART } from '../fixtures/one-chart.js';
import { exitCodesOf, quiet, recorder, twoScenarioBatch } from '../fixtures/two-scenario-batch.js';
import { failWith, fault } from './fault.js';

vi.mock('node:fs/promises', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:fs/promises')>();
  const { faultyRename } = await import('./fault.js');
  const rename = faultyRename(original.rename);
  return { ...original, default: { ...original, rename }, rename };
});

// Each scenario draws one chart: the moves are of its folders, whatever they hold.
const scenarios = twoScenarioBatch('minesim-signal-failed-', ONE_CHART);

describe('Ctrl-C as a batch’s final move fails', { timeout: 60_000 }, () => {
  it('prints what happened to --out before exiting 130', async () => {
    const out = join(scenarios.dir, 'out');
    const args = (seed: string) => scenarios.args(out, seed);
    expect(await batch(args('1'), { stdout: quiet, stderr: quiet })).toBe(0);
    const before = await snapshot(out);
    const into = join(out, 'other');
    fault.check = (_from, to) => {
      if (to === into || to.startsWith(`${into}${sep}`)) {
        process.emit('SIGINT', 'SIGINT');
        return failWith('ENOSPC');
      }
      return null;
    };
    const stderr = recorder();
    try {
      const codes = await exitCodesOf(() =>
        batch(args('9'), { stdout: quiet, stderr: stderr.stream }).catch(() => {}),
      );
      expect(codes).toContain(130);
    } finally {
      fault.check = () => null;
    }
    const logged = stderr.text();
    expect(logged).toContain(`${out} is as it was before the batch`);
    expect(logged).not.toContain(outputMessages.interrupted(out, true));
    const now = await snapshot(out);
    for (const [file, bytes] of before) expect(now.get(file) === bytes, file).toBe(true);
  });
});
