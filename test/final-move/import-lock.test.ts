// The import lock of a data folder. Before, a lock naming no process was taken over at once: the
// lock of an import that had just made it (its id written a moment after) was removed, and two
// imports ran at once, the later one's write dropping the days the earlier had printed as stored;
// and an import removed, at its end, whatever lock was there, another's too. Now such a lock is
// taken over only once 10 seconds old, and an import removes only its own.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LOCK_FILE, lockImports } from '../../src/data/import/lock.js';
import { dataMessages as m } from '../../src/messages/data.js';
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
    expect(readFileSync(lock, 'utf8')).toBe(`${process.pid} ${hostname()}\n`);
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

  // Before, a lock held the process id alone: on a data folder shared by two machines, another
  // machine's live import looked, here, like a killed one (its process id is not running here) and
  // was taken over, or like a live one of this machine's (its id taken here by another process).
  // Now the lock names its machine, and only this machine's processes are judged.
  const gone = () => spawnSync(process.execPath, ['-e', '']).pid as number;
  const refusal = (folder: string) => {
    try {
      lockImports(folder);
    } catch (error) {
      return (error as InputError).problems.map((p) => p.message);
    }
    return null;
  };

  it('never takes over another machine’s lock, however old, and says whose it is', () => {
    const lock = join(root, LOCK_FILE);
    const pid = gone();
    writeFileSync(lock, `${pid} other-machine\n`);
    const old = (Date.now() - 3_600_000) / 1000;
    utimesSync(lock, old, old);
    expect(refusal(root)).toEqual([m.importElsewhere(pid, 'other-machine')]);
    expect(readFileSync(lock, 'utf8')).toBe(`${pid} other-machine\n`);
    rmSync(lock);
  });

  it('does not take another machine’s lock for a live import of this machine’s', () => {
    const lock = join(root, LOCK_FILE);
    writeFileSync(lock, `${process.pid} other-machine\n`);
    expect(refusal(root)).toEqual([m.importElsewhere(process.pid, 'other-machine')]);
    rmSync(lock);
  });

  it('judges this machine’s lock by its process: a live one refused, naming it, a gone one taken over', () => {
    const lock = join(root, LOCK_FILE);
    writeFileSync(lock, `${process.pid} ${hostname()}\n`);
    expect(refusal(root)).toEqual([m.importRunning(process.pid, hostname())]);
    writeFileSync(lock, `${gone()} ${hostname()}\n`);
    lockImports(root)();
    // A lock of an earlier minesim, the process id alone, is taken for this machine's.
    writeFileSync(lock, `${gone()}\n`);
    lockImports(root)();
  });
});
