// Every writing command checks its --out before any work (checkOutFolder), but that check only
// read: a folder on a read-only file system, or one the user may not write to, was found only at
// the write, after the work. `calibrate --out` on a read-only mount ran its whole study (2 min 10 s
// on this machine at --paths 100) before "cannot write ...: read-only file system (EROFS)"; a run,
// sweep, study or merge likewise. Now the check asks the system whether the folder, or the nearest
// one above it that exists, may be written, and refuses at once with the same words.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { checkOutFolder } from '../../src/report/out-folder.js';
import { OutputError } from '../../src/report/output-error.js';
import { runCommand } from '../hostile/in-process.js';

const root = mkdtempSync(join(tmpdir(), 'minesim-unwritable-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Folders under `readOnly` answer a write-access check as a read-only mount does. */
const fault = vi.hoisted(() => ({ readOnly: null as string | null }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:fs/promises')>();
  const access = (async (path: unknown, mode?: number) => {
    if (fault.readOnly !== null && String(path).startsWith(fault.readOnly) && mode !== undefined && mode & 2)
      throw Object.assign(new Error(`EROFS: read-only file system, access '${String(path)}'`), {
        code: 'EROFS',
      });
    return original.access(path as string, mode);
  }) as typeof original.access;
  return { ...original, default: { ...original, access }, access };
});

async function readOnly<T>(folder: string, action: () => Promise<T>): Promise<T> {
  fault.readOnly = folder;
  try {
    return await action();
  } finally {
    fault.readOnly = null;
  }
}

describe('a --out that cannot be written is refused before any work', () => {
  it('checkOutFolder() refuses a new folder under a read-only one, and an existing one in it', async () => {
    const ro = join(root, 'ro');
    mkdirSync(join(ro, 'empty'), { recursive: true });
    for (const [dir, kind] of [
      [join(ro, 'new', 'out'), 'output'],
      [join(ro, 'empty'), 'output'],
      [join(ro, 'empty'), 'parts'],
      [join(ro, 'empty'), 'collection'],
    ] as const) {
      const error = await readOnly(ro, () => checkOutFolder(dir, kind).catch((e) => e));
      expect(error).toBeInstanceOf(OutputError);
      expect(String(error)).toContain(`cannot write ${dir}: read-only file system (EROFS)`);
    }
    // A writable place is accepted as before.
    await expect(checkOutFolder(join(ro, 'new', 'out'), 'output')).resolves.toMatchObject({ exists: false });
  });

  it('calibrate --out on a read-only file system is refused at once, not after its study', {
    timeout: 60_000,
  }, async () => {
    const ro = join(root, 'cal');
    mkdirSync(ro);
    const started = Date.now();
    const r = await readOnly(ro, () => runCommand(['calibrate', '--paths', '100', '--out', join(ro, 'out')]));
    expect(r.exit).toBe(2);
    expect(r.output).toContain(`minesim: cannot write ${join(ro, 'out')}: read-only file system (EROFS)`);
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});
