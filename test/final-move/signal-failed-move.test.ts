// Ctrl-C as a batch's final move fails and is put back. Before, the process exited 130 as the
// batch let go of the signals, before the message saying what had happened was printed, and said
// instead that minesim had finished replacing --out: the opposite of what it had done. Now the
// message of the failed move is printed, and nothing claims the replacement finished.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { batch } from '../../src/cli/commands/batch.js';
import { outputMessages } from '../../src/messages/output.js';
import { snapshot } from '../batch-staged/snapshot.js';
import { failWith, fault } from './fault.js';

vi.mock('node:fs/promises', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:fs/promises')>();
  const { faultyRename } = await import('./fault.js');
  const rename = faultyRename(original.rename);
  return { ...original, default: { ...original, rename }, rename };
});

let dir: string;
const base = await readFile(new URL('../hostile/base.yaml', import.meta.url), 'utf8');
const quiet = { isTTY: false, write: () => true } as unknown as NodeJS.WriteStream;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'minesim-signal-failed-'));
  await writeFile(join(dir, 'a.yaml'), base);
  await writeFile(join(dir, 'b.yaml'), base.replace('name: hostile-base', 'name: other'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('Ctrl-C as a batch’s final move fails', { timeout: 60_000 }, () => {
  it('prints what happened to --out before exiting 130', async () => {
    const out = join(dir, 'out');
    const args = (seed: string) => ({
      patterns: [join(dir, 'a.yaml'), join(dir, 'b.yaml')],
      out,
      paths: 40,
      seed,
      workers: 1,
      json: false,
    });
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
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    let logged = '';
    const stderr = {
      isTTY: false,
      write: (s: string) => {
        logged += s;
        return true;
      },
    } as unknown as NodeJS.WriteStream;
    try {
      await batch(args('9'), { stdout: quiet, stderr }).catch(() => {});
      expect(exit).toHaveBeenCalledWith(130);
    } finally {
      exit.mockRestore();
      fault.check = () => null;
    }
    expect(logged).toContain(`${out} is as it was before the batch`);
    expect(logged).not.toContain(outputMessages.interrupted(out, true));
    const now = await snapshot(out);
    for (const [file, bytes] of before) expect(now.get(file) === bytes, file).toBe(true);
  });
});
