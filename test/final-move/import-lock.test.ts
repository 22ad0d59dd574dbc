// The import lock of a data folder. Before, a lock naming no process was taken over at once: the
// lock of an import that had just made it (its id written a moment after) was removed, and two
// imports ran at once, the later one's write dropping the days the earlier had printed as stored;
// and an import removed, at its end, whatever lock was there, another's too. Now such a lock is
// taken over only once 10 seconds old, and an import removes only its own.
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LOCK_FILE, lockImports } from '../../src/data/import/lock.js';
import { InputError } from '../../src/scenario/problem.js';

const root = mkdtempSync(join(tmpdir(), 'minesim-import-lock-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the import lock', () => {
  it('refuses while a lock naming no process is fresh, and takes it over once 10 s old', () => {
    const lock = join(root, LOCK_FILE);
    writeFileSync(lock, '');
    expect(() => lockImports(root)).toThrow(InputError);
    expect(readFileSync(lock, 'utf8')).toBe('');
    const old = (Date.now() - 20_000) / 1000;
    utimesSync(lock, old, old);
    const release = lockImports(root);
    expect(readFileSync(lock, 'utf8')).toBe(`${process.pid}\n`);
    release();
  });

  it('removes only its own lock', () => {
    const lock = join(root, LOCK_FILE);
    const release = lockImports(root);
    // Taken over meanwhile (this import was taken for a killed one).
    writeFileSync(lock, '999999999\n');
    release();
    expect(readFileSync(lock, 'utf8')).toBe('999999999\n');
    rmSync(lock);
  });
});
