// `minesim batch --json` whose final move into --out fails. Before, stdout stayed empty: the runs'
// figures were lost with the move, though --json promises one JSON document. Now it prints the
// batch's document, `written: false` and the error as `error`, and still ends with exit 2 and the
// message on stderr (the command line's way for an output failure). Its scenarios' `folder` then
// pointed into --out, where this batch's files were not (--out put back as it was): now null, with
// `folderNotWritten` saying why.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { batch } from '../../src/cli/commands/batch.js';
import { OutputError } from '../../src/report/output-error.js';
import { failWith, fault } from '../final-move/fault.js';

vi.mock('node:fs/promises', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:fs/promises')>();
  const { faultyRename } = await import('../final-move/fault.js');
  const rename = faultyRename(original.rename);
  return { ...original, default: { ...original, rename }, rename };
});

let dir: string;
const base = await readFile(new URL('../hostile/base.yaml', import.meta.url), 'utf8');
const quiet = { isTTY: false, write: () => true } as unknown as NodeJS.WriteStream;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'minesim-batch-json-move-'));
  await writeFile(join(dir, 'a.yaml'), base);
  await writeFile(join(dir, 'b.yaml'), base.replace('name: hostile-base', 'name: other'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const args = (out: string, seed: string, json: boolean) => ({
  patterns: [join(dir, 'a.yaml'), join(dir, 'b.yaml')],
  out,
  paths: 40,
  seed,
  workers: 1,
  json,
});

describe('batch --json whose final move fails', { timeout: 120_000 }, () => {
  it('prints its document with written: false and the error, then fails with exit 2', async () => {
    const out = join(dir, 'out');
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
