// Making the folders above a write, one level at a time, can fail partway: the first made, the
// next refused (a read-only mount inside the new folder, a permission). Before, the folders made
// before the failure stayed behind, empty, after a `data import`, a `run` or a `run --shard` that
// ended in that error; and a data import whose history/ could not be made said "cannot create the
// import lock in this data folder (EROFS)", naming no folder it could not make. Now each folder
// made in that attempt is removed again (only while empty; nothing minesim did not make), and the
// import names the folder that could not be made, the system's reason, and what to give instead;
// one whose lock cannot be made names its data folder and the system's words, not the code alone.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { importDailyText } from '../../src/data/import/import.js';
import { InputError } from '../../src/scenario/problem.js';
import { btc, series, simpleCsv, tempFolder } from '../fixtures/daily-files.js';
import { runCommand } from '../hostile/in-process.js';

/** mkdir of `at` fails with `code`, as a read-only mount or a forbidden folder answers. */
const refuse = vi.hoisted(() => ({ at: '', code: 'EROFS' }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:fs/promises')>();
  const words: Record<string, string> = { EROFS: 'read-only file system', EACCES: 'permission denied' };
  const mkdir = (async (path: string, ...rest: unknown[]) => {
    if (refuse.at !== '' && String(path) === refuse.at)
      throw Object.assign(new Error(`${refuse.code}: ${words[refuse.code]}, mkdir '${path}'`), {
        code: refuse.code,
        path,
      });
    return (original.mkdir as (...a: unknown[]) => Promise<unknown>)(path, ...rest);
  }) as typeof original.mkdir;
  return { ...original, default: { ...original, mkdir }, mkdir };
});

/** The import lock's creation fails with EROFS while `on`: a data folder on a read-only mount. */
const lockRefused = vi.hoisted(() => ({ on: false }));
vi.mock('node:fs', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:fs')>();
  const openSync = ((path: string, ...rest: unknown[]) => {
    if (lockRefused.on && String(path).endsWith('.import.lock'))
      throw Object.assign(new Error(`EROFS: read-only file system, open '${path}'`), { code: 'EROFS' });
    return (original.openSync as (...a: unknown[]) => number)(path, ...rest);
  }) as typeof original.openSync;
  return { ...original, default: { ...original, openSync }, openSync };
});

const root = tempFolder();
afterAll(() => rmSync(root, { recursive: true, force: true }));
const csv = simpleCsv(series(btc(), '2025-11-08', 10));

async function refused<T>(at: string, code: string, action: () => Promise<T>): Promise<T> {
  refuse.at = at;
  refuse.code = code;
  try {
    return await action();
  } finally {
    refuse.at = '';
  }
}

const importInto = (folder: string) =>
  importDailyText(csv, 'f.csv', { folder }).then(
    () => null,
    (error: unknown) => error,
  );

describe('data import: a store folder that cannot be made', () => {
  it('names the folder and the reason, and removes the folders made before it', async () => {
    const folder = join(root, 'a', 'new', 'data');
    const history = join(folder, 'history');
    const error = await refused(history, 'EROFS', () => importInto(folder));
    expect(error).toBeInstanceOf(InputError);
    const text = String((error as Error).message);
    expect(text).toContain(
      `${history}: cannot make this folder (where minesim keeps the imported days): read-only file system (EROFS)`,
    );
    expect(text).toContain(
      `give --data (or MINESIM_DATA) a folder you can write to, or make ${folder} writable`,
    );
    expect(text).not.toContain('import lock');
    expect(readdirSync(root)).not.toContain('a');
  });

  it('a new folder on the way refused: named, with the store it was for', async () => {
    const folder = join(root, 'b', 'new', 'data');
    const error = await refused(join(root, 'b'), 'EROFS', () => importInto(folder));
    expect(String((error as Error).message)).toContain(
      `${join(root, 'b')}: cannot make this folder (on the way to ${join(folder, 'history')}, where minesim keeps the imported days): read-only file system (EROFS); give --data (or MINESIM_DATA) a folder you can write to, or make ${root} writable`,
    );
    expect(readdirSync(root)).not.toContain('b');
  });

  it('an existing data folder holding the analyst’s file stays as it was', async () => {
    const folder = join(root, 'theirs');
    mkdirSync(folder);
    writeFileSync(join(folder, 'notes.txt'), 'mine\n');
    const history = join(folder, 'history');
    const error = await refused(history, 'EACCES', () => importInto(folder));
    expect(String((error as Error).message)).toContain(
      `${history}: cannot make this folder (where minesim keeps the imported days): permission denied (EACCES); give --data (or MINESIM_DATA) a folder you can write to, or make ${folder} writable`,
    );
    expect(readdirSync(folder)).toEqual(['notes.txt']);
  });
});

describe('data import: a data folder where the lock cannot be made', () => {
  it('names the data folder, the reason and what to give', async () => {
    const folder = join(root, 'locked');
    mkdirSync(folder);
    lockRefused.on = true;
    const error = await importInto(folder).finally(() => {
      lockRefused.on = false;
    });
    expect(String((error as Error).message)).toContain(
      `${join(folder, '.import.lock')}: cannot create the import lock in the data folder ${folder}: read-only file system (EROFS); give --data (or MINESIM_DATA) a folder you can write to, or make ${folder} writable`,
    );
    expect(readdirSync(folder)).toEqual([]);
  });
});

describe('run: the folders above --out made, then one refused', { timeout: 120_000 }, () => {
  const S21 = 'scenarios/s21-fleet-2026.yaml';
  it('a run’s folder: exit 2, the folders made for it removed', async () => {
    const out = join(root, 'r', 'made', 'refused', 'out');
    const r = await refused(join(root, 'r', 'made', 'refused'), 'EROFS', () =>
      runCommand(['run', S21, '--paths', '20', '--workers', '1', '--no-explorer', '--out', out]),
    );
    expect(r.exit, r.output).toBe(2);
    expect(r.output).toContain('read-only file system (EROFS)');
    expect(r.output).not.toMatch(/\n\s+at /);
    expect(readdirSync(root)).not.toContain('r');
  });

  it('a shard’s part: exit 2, the folders made for it removed', async () => {
    const out = join(root, 's', 'made', 'refused', 'parts');
    const r = await refused(join(root, 's', 'made', 'refused'), 'EACCES', () =>
      runCommand(['run', S21, '--paths', '20', '--workers', '1', '--shard', '0/2', '--out', out]),
    );
    expect(r.exit, r.output).toBe(2);
    expect(r.output).toContain('permission denied (EACCES)');
    expect(readdirSync(root)).not.toContain('s');
  });
});
