// One import at a time into a data folder. An import reads the stored days, checks the file
// against them and writes them back with its own added; two at once would each write what it
// read plus its own days, and the later rename would drop the earlier import's days while that
// import had already printed them as stored. The lock is a file holding the importer's process id
// and machine (`<pid> <host>`), created exclusively beside the store. A lock of this machine whose
// process is gone (a run killed mid-import) is taken over; one of another machine (a data folder on
// a shared disk) never is: its process cannot be asked from here, and a process id means nothing
// on another machine, so it is refused, naming the machine. A lock of an earlier minesim (the id
// alone) is taken for this machine's. A lock without a process id is one being made (its importer
// writes its id at once after) or one whose importer was killed as it made it: taken over only
// once 10 seconds old.

import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { dataMessages as m } from '../../messages/data.js';
import { InputError } from '../../scenario/problem.js';
import { systemReason } from './system-reason.js';

export const LOCK_FILE = '.import.lock';

/** This machine, as a lock names it (one word). */
const HOST = hostname().replace(/\s/g, '_') || 'unnamed';

/** How old a lock naming no process must be to be taken for a killed import's. */
const UNNAMED_STALE_MS = 10_000;

function running(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the import lock of a folder that exists (makeStoreFolder creates it); returns its release.
 * Refuses while another import holds it, or when the folder cannot be written.
 */
export function lockImports(folder: string): () => void {
  const path = join(folder, LOCK_FILE);
  try {
    for (;;) {
      try {
        const mine = `${process.pid} ${HOST}\n`;
        const fd = openSync(path, 'wx');
        try {
          writeSync(fd, mine);
        } finally {
          closeSync(fd);
        }
        // Only this import's lock: one taken over meanwhile is another's.
        const release = () => {
          process.off('exit', release);
          try {
            if (readFileSync(path, 'utf8') === mine) rmSync(path, { force: true });
          } catch {
            // Gone already.
          }
        };
        // A signal during the store's write lets the write finish and then exits the process
        // (report/signals.ts), past the import's own release: the lock goes with it.
        process.on('exit', release);
        return release;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      let holder = Number.NaN;
      let host = HOST;
      try {
        const owner = /^(\d+)(?: (\S+))?$/.exec(readFileSync(path, 'utf8').trim());
        if (owner) {
          holder = Number(owner[1]);
          host = owner[2] ?? host;
        }
      } catch {
        // Released between the two calls: try again.
      }
      if (!Number.isNaN(holder) && host !== HOST)
        throw new InputError([
          { file: path, line: 0, col: 0, path: '', message: m.importElsewhere(holder, host) },
        ]);
      if (running(holder))
        throw new InputError([
          { file: path, line: 0, col: 0, path: '', message: m.importRunning(holder, host) },
        ]);
      if (Number.isNaN(holder)) {
        const made = statSync(path, { throwIfNoEntry: false })?.mtimeMs;
        if (made !== undefined && Date.now() - made < UNNAMED_STALE_MS)
          throw new InputError([{ file: path, line: 0, col: 0, path: '', message: m.importStarting() }]);
      }
      rmSync(path, { force: true });
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    const reason = systemReason(error);
    throw new InputError([{ file: path, line: 0, col: 0, path: '', message: m.cannotLock(folder, reason) }]);
  }
}
