// `minesim batch --json` whose final move into --out fails. Before, stdout stayed empty: the runs'
// figures were lost with the move, though --json promises one JSON document. Now it prints the
// batch's document, `written: false` and the error as `error`, and still ends with exit 2 and the
// message on stderr (the command line's way for an output failure). Its scenarios' `folder` then
// pointed into --out, where this batch's files were not (--out put back as it was): now null, with
// `folderNotWritten` saying why.
import { join, sep } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { batch } from '../../src/cli/commands/batch.js';
import { OutputError } from '../../src/report/output-error.js';
import { failWith, fault } from '../final-move/fault.js';
import { ONE_CHART } from '../fixtures/one-chart.js';
import { quiet, twoScenarioBatch } from '../fixtures/two-scenario-batch.js';

vi.mock('node:fs/promises', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:fs/promises')>();
  const { faultyRename } = await import('../final-move/fault.js');
  const rename = faultyRename(original.rename);
  return { ...original, default: { ...original, rename }, rename };
});

// Each scenario draws one chart: the move is of its folders, whatever they hold.
const scenarios = twoScenarioBatch('minesim-batch-json-move-', ONE_CHART);

const args = (out: string, seed: string, json: boolean) => ({ ...scenarios.args(out, seed), json });

describe('batch --json whose final move fails', { timeout: 120_000 }, () => {
  it('prints its document with written: false and the error, then fails with exit 2', async () => {
    const out = join(scenarios.dir, 'out');
    expect(await batch(args(out, '1', false), { stdout: quiet, stderr: quiet })).toBe(0);
    const into = join(out, 'other');
    fault.check = (_from, to) => (to === into || to.startsWith(`${into}${sep}`) ? failWith('ENOSPC') : null);
    let printed = '';
    const print = vi.spyOn(process.stdout, 'write').mockImplementation((s) => {
      printed += String(s);
      return true;
    });
    let error: unknown = null;
    try {
      await batch(args(out, '9', true), { stdout: quiet, stderr: quiet }).catch((e: unknown) => {
        error = e;
      });
    } finally {
      fault.check = () => null;
      print.mockRestore();
    }
    expect(error).toBeInstanceOf(OutputError);
    const doc = JSON.parse(printed);
    expect(doc.ok).toBe(false);
    expect(doc.written).toBe(false);
    expect(doc.error).toBe((error as Error).message);
    expect(doc.error).toContain('ENOSPC');
    expect(doc.scenarios.map((s: { status: string }) => s.status)).toEqual(['ok', 'ok']);
    for (const s of doc.scenarios) {
      expect(s.folder).toBeNull();
      expect(s.backtestFolder).toBeNull();
      expect(s.folderNotWritten).toBe(doc.error);
    }
  });
});
