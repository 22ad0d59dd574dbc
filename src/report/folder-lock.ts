// The lock of writes to an output folder (a run's or a sweep's), and of a batch's --out for as long
// as the batch runs: a file beside the folder naming its owner (temp-names.ts), renewed while held,
// taken over once its owner is gone.

import { readFileSync, rmdirSync, rmSync } from 'node:fs';
import { readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { outputMessages as m } from '../messages/output.js';
import { makeFolders, removeMadeFolders } from './atomic.js';
import { NODE_FOLDER_IO } from './folder-io.js';
import { checkOutFolder } from './out-folder.js';
import { asOutputError, OutputError } from './output-error.js';
import type { SignalHold } from './signals.js';
import { isStaleLock, lockName, lockOwner, parseLockOwner } from './temp-names.js';

/** The release of a lock: `now()` releases it at once, for a process about to exit on a signal. */
export type Unlock = (() => Promise<void>) & { now(): void };

/**
 * Takes, for a command that fills `dir` with several output folders and an index (a batch), the
 * lock of writes to `dir` for as long as it runs: two at once would each replace some of the
 * other's folders, and the index written last would state figures its folders do not hold. It does
 * not wait (a batch takes minutes): while another live minesim holds it, this one is refused at
 * once. A killed batch's lock is taken over as a killed write's is. Returns its release, which
 * also removes the folders made above `dir` for it where they are empty (`dir` never made).
 */
export async function lockCollection(dir: string): Promise<Unlock> {
  const place = await checkOutFolder(dir, 'collection');
  const parent = dirname(place.path);
  let made: string[] = [];
  let unlock: Unlock;
  try {
    made = await makeFolders(parent, NODE_FOLDER_IO.mkdir);
    unlock = await lockFolder(parent, basename(place.path), dir, null, 0, true);
  } catch (error) {
    await removeMadeFolders(made);
    // A --out that cannot be written (a read-only file system, no permission) is said as every
    // write says it ("cannot write <dir>: ..."), exit 2, not as an internal error.
    throw asOutputError(error, dir);
  }
  return Object.assign(
    async () => {
      await unlock();
      await removeMadeFolders(made);
    },
    {
      now() {
        unlock.now();
        removeMadeFoldersNow(made);
      },
    },
  );
}

/** removeMadeFolders for a process about to exit: synchronous, and never throws. */
function removeMadeFoldersNow(made: readonly string[]): void {
  for (const folder of [...made].reverse()) {
    try {
      rmdirSync(folder);
    } catch {
      return;
    }
  }
}

/** How often a held lock's time is renewed; another machine's lock is stale once ten minutes old. */
const LOCK_RENEW_MS = 60_000;

/** Renews the time of the lock at `path` if it is still `mine`; a failure is left to the next beat. */
async function renewLock(path: string, mine: string): Promise<void> {
  if ((await readFile(path, 'utf8').catch(() => '')) !== mine) return;
  const now = new Date();
  await utimes(path, now, now).catch(() => {});
}

/** How long a write waits for another one to the same folder before it gives up. */
const LOCK_WAIT_MS = 60_000;

/**
 * Takes the lock of writes to `parent/name`, waiting while another write holds it: two writes at
 * once would rename their files in over each other's, and leave a mix of both. A lock whose
 * process has ended (a killed write, on this machine) is taken over. `batch`: the lock is a batch's
 * of its --out, held for all its runs (its text says so: an output's command, which could never
 * write there, is refused at once, before its work). Returns its release.
 */
export async function lockFolder(
  parent: string,
  name: string,
  dir: string,
  hold: SignalHold | null,
  waitMs = LOCK_WAIT_MS,
  batch = false,
): Promise<Unlock> {
  const path = join(parent, lockName(name));
  const mine = lockOwner(name, batch);
  // Renewed while held: another machine, which cannot ask this one's processes, judges the lock
  // by its age (a batch holds its --out's for as long as it runs).
  let beat: ReturnType<typeof setInterval> | undefined;
  const release: Unlock = Object.assign(
    async () => {
      clearInterval(beat);
      if ((await readFile(path, 'utf8').catch(() => '')) === mine) await rm(path, { force: true });
    },
    {
      now() {
        clearInterval(beat);
        try {
          if (readFileSync(path, 'utf8') === mine) rmSync(path, { force: true });
        } catch {
          // Gone already, or unreadable: nothing of this process to remove.
        }
      },
    },
  );
  const since = Date.now();
  for (;;) {
    try {
      await writeFile(path, mine, { flag: 'wx' });
      beat = setInterval(() => void renewLock(path, mine), LOCK_RENEW_MS);
      beat.unref?.();
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const text = await readFile(path, 'utf8').catch(() => '');
    const owner = parseLockOwner(text);
    if (await isStaleLock(path, owner)) {
      if ((await readFile(path, 'utf8').catch(() => '')) === text) await rm(path, { force: true });
      continue;
    }
    if (hold?.pending) {
      process.stderr.write(`minesim: ${m.interrupted(dir, false)}\n`);
      throw hold.interrupted();
    }
    if (waitMs === 0) throw new OutputError(m.busyNow(dir, path, owner?.pid ?? 0));
    if (Date.now() - since >= waitMs) throw new OutputError(m.busy(dir, path, owner?.pid ?? 0));
    await sleep(50);
  }
}
