// Replacing an output folder. What it guarantees at every instant, a kill of the process (SIGKILL)
// included:
//
// - The folder is at its name: never moved aside, never missing. It is written only if it is new,
//   empty, or a minesim output (out-folder.ts); anything else is refused before anything is done.
// - Every file in it is complete: the earlier run's or the new run's, never a part of one.
// - Until every new file is written, the folder is exactly the earlier output.
//
// Files are not flushed to the disk (fsync), so after a power loss what survives is up to the
// file system; most journalling ones keep a replaced file's old or new version whole.
//
// The new files are first written, whole, into a hidden staging folder beside the target (same
// parent, so renames stay on one file system). A new folder is then renamed into place in one
// step. An existing folder keeps its place and has its files replaced one by one by renames, then
// loses the files the new output no longer has, and gets manifest.json last (replace-files.ts); an
// error at any step puts it back as it was (should that fail too, the earlier files not put back
// are kept beside it as `<name>-earlier-<time>`, which no write removes). The manifest lists the files minesim wrote
// (Manifest.files): a later write removes only those and refuses to write over any other file, so
// what someone else put in an output folder is never lost. A kill during those renames, a few
// milliseconds, can leave a mix of earlier and new files (the manifest still the earlier one's);
// the next run replaces them all, and keeps the earlier files the killed one had replaced beside
// the folder as `<name>-earlier-<time>` (keepKilledEarlier). Orphaned staging folders of killed
// runs are removed by the next write to the same name (temp-names.ts). Ctrl-C and SIGTERM wait
// (signals.ts): before the first rename, the staged files are removed and the folder stays as it
// was; after it, the replacement finishes.

import { readFileSync, rmdirSync, rmSync } from 'node:fs';
import {
  copyFile,
  link,
  lstat,
  mkdir,
  readdir,
  readFile,
  rename,
  rm,
  stat,
  utimes,
  writeFile,
} from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, normalize, sep } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { outputMessages as m } from '../messages/output.js';
import { makeFolders, removeMadeFolders } from './atomic.js';
import { withFileList, writtenFiles } from './manifest.js';
import { checkOutFolder, isManifestText, type OutFolder } from './out-folder.js';
import { asOutputError, OutputError } from './output-error.js';
import { foldersOf, type PendingReplacement, replaceFiles, replaceFilesUndoable } from './replace-files.js';
import { holdSignals, type SignalHold } from './signals.js';
import {
  cleanOrphans,
  earlierName,
  isOrphan,
  lockName,
  lockOwner,
  orphanTemps,
  parseLockOwner,
  tempName,
  thisHost,
} from './temp-names.js';

/** The file operations a folder write uses; tests replace them to fail or pause at a chosen step. */
export interface FolderIo {
  /** Writes a file in the staging folder, creating the folders above it. */
  writeFile(file: string, data: string | Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  /** Creates one folder (its parent exists). */
  mkdir(dir: string): Promise<void>;
  /** Gives `existing` a second name (a hard link; a copy where the file system has none). */
  link(existing: string, copy: string): Promise<void>;
  /** Removes a file or folder and everything in it; nothing if it is missing. */
  remove(path: string): Promise<void>;
}

const MANIFEST = 'manifest.json';

// Where the file system cannot hard-link, the old version is copied instead.
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EMLINK', 'EXDEV', 'ENOSYS']);

export const NODE_FOLDER_IO: FolderIo = {
  async writeFile(file, data) {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, data, { flag: 'wx' });
  },
  rename,
  async mkdir(dir) {
    await mkdir(dir);
  },
  async link(existing, copy) {
    try {
      await link(existing, copy);
    } catch (error) {
      if (!NO_LINKS.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
      await copyFile(existing, copy);
    }
  },
  remove: (path) => rm(path, { recursive: true, force: true }),
};

/** Rejects paths that would land outside the folder; file names come from code, so this is a bug guard. */
function checkRelative(file: string): void {
  const clean = normalize(file);
  if (isAbsolute(clean) || clean === '..' || clean.startsWith(`..${sep}`)) {
    throw new Error(`output file must stay inside the output folder (got ${JSON.stringify(file)})`);
  }
}

/**
 * Writes `files` (path relative to the folder -> content) as the folder `dir`, replacing an earlier
 * minesim output there only once every file is written (see the top of this file).
 */
export async function writeFolderAtomic(
  dir: string,
  files: ReadonlyMap<string, string | Uint8Array>,
  io: FolderIo = NODE_FOLDER_IO,
): Promise<void> {
  for (const file of files.keys()) checkRelative(file);
  // The manifest is how a later write knows the folder for minesim's (out-folder.ts).
  const manifest = files.get('manifest.json');
  const manifestText = typeof manifest === 'string' ? manifest : new TextDecoder().decode(manifest);
  if (!isManifestText(manifestText))
    throw new Error('an output folder must hold the manifest.json of the run that made it');
  const listed = new Map(files).set('manifest.json', withFileList(manifestText, files.keys()));
  const hold = holdSignals();
  try {
    await writeFolder(dir, listed, io, hold);
  } catch (error) {
    const failure = asOutputError(error, dir);
    // A signal came: the process ends as the hold is released, before the command line could say
    // what happened to the folder, so it is said here.
    if (hold.pending && failure instanceof OutputError) process.stderr.write(`minesim: ${failure.message}\n`);
    throw failure;
  } finally {
    hold.release();
  }
}

/**
 * The files the earlier output in `path` lists as minesim's (null when its manifest predates the
 * list). Refuses, before anything is written, any of `files` that would replace an entry not on
 * it: a file not listed, a folder or link at a listed file's name (minesim writes neither), or a
 * file or link where the new output needs a folder.
 */
async function earlierFiles(
  path: string,
  dir: string,
  files: Iterable<string>,
  renamedIn: ReadonlySet<string>,
): Promise<ReadonlySet<string> | null> {
  const text = await readFile(join(path, MANIFEST), 'utf8').catch(() => '');
  const listed = writtenFiles(text);
  // Without the list (minesim 0.1.0), every file is taken for minesim's; folders and files are
  // still told apart.
  const earlier = listed === null ? null : new Set([...listed, ...renamedIn]);
  const relative = [...files].map((file) => file.split(/[\\/]/).join('/'));
  for (const folder of foldersOf(relative)) {
    const s = await lstat(join(path, folder)).catch(() => null);
    if (s && !s.isDirectory() && !earlier?.has(folder)) throw new OutputError(m.notOurFile(dir, folder));
  }
  for (const rel of relative) {
    if (rel === MANIFEST) continue;
    const s = await lstat(join(path, rel)).catch(() => null);
    if (s && (!s.isFile() || !(earlier?.has(rel) ?? true))) throw new OutputError(m.notOurFile(dir, rel));
  }
  return earlier;
}

/**
 * The files that runs killed among their renames into `parent/name` had moved in: those their
 * staged manifest lists (staged last, renamed last) that are gone from their staging folder. A
 * run killed before its renames moved none, whatever it had staged; nothing else is minesim's.
 */
async function filesRenamedIn(parent: string, name: string): Promise<ReadonlySet<string>> {
  const moved = new Set<string>();
  for (const entry of await orphanTemps(parent, name)) {
    if (entry.previous || entry.name.endsWith('-old')) continue;
    const staging = join(parent, entry.name);
    const staged = writtenFiles(await readFile(join(staging, MANIFEST), 'utf8').catch(() => ''));
    for (const rel of staged ?? []) {
      if (rel !== MANIFEST && !(await lstat(join(staging, rel)).catch(() => null))) moved.add(rel);
    }
  }
  return moved;
}

async function writeFolder(
  dir: string,
  files: ReadonlyMap<string, string | Uint8Array>,
  io: FolderIo,
  hold: SignalHold,
): Promise<void> {
  let place = await checkOutFolder(dir, 'output');
  const parent = dirname(place.path);
  const name = basename(place.path);
  const made = await makeFolders(parent, io.mkdir);
  try {
    const unlock = await lockFolder(parent, name, dir, hold);
    try {
      // Another write may have made or replaced the folder while this one waited.
      place = await checkOutFolder(dir, 'output');
      await writeLocked(dir, place, files, io, hold);
    } finally {
      await unlock();
    }
  } catch (error) {
    // The folders made above the output go with it; any that holds something stays.
    await removeMadeFolders(made);
    throw error;
  }
}

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
  const made = await makeFolders(parent, NODE_FOLDER_IO.mkdir);
  let unlock: Unlock;
  try {
    unlock = await lockFolder(parent, basename(place.path), dir, null, 0);
  } catch (error) {
    await removeMadeFolders(made);
    throw error;
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

/**
 * The files of a folder staged whole by writeFolderAtomic (a batch's run, in the batch's staging
 * beside its --out), as its manifest lists them.
 */
async function stagedFiles(staged: string): Promise<string[]> {
  const listed = writtenFiles(await readFile(join(staged, MANIFEST), 'utf8').catch(() => ''));
  if (listed === null) throw new Error(`a staged output folder must list its files (${staged})`);
  return [...listed].map((f) => f.split('/').join(sep));
}

/**
 * Refuses, before anything is moved, a folder staged whole that could not replace `dir`: `dir` is
 * not minesim's, or a file of the earlier output there that the new one would replace is not.
 */
export async function checkStagedFolder(staged: string, dir: string): Promise<void> {
  try {
    const place = await checkOutFolder(dir, 'output');
    if (!place.exists) return;
    const renamedIn = await filesRenamedIn(dirname(place.path), basename(place.path));
    await earlierFiles(place.path, dir, await stagedFiles(staged), renamedIn);
  } catch (error) {
    throw asOutputError(error, dir);
  }
}

/**
 * Moves a folder staged whole into `dir`, as writeFolderAtomic would have written it there: a new
 * folder by one rename, an earlier minesim output by renaming each file over its old version
 * (replace-files.ts, files someone else put there kept). `staged` is on the file system of `dir`.
 * The move is not final when this returns: the earlier files stay in `old` and `dir`'s lock is
 * held until `finish()` (or `undo()`, which puts `dir` back as it was), so that a batch can put
 * back every folder it moved should a later one fail. The caller holds the signals.
 */
export async function moveStagedFolder(
  staged: string,
  dir: string,
  old: string,
  io: FolderIo = NODE_FOLDER_IO,
): Promise<PendingReplacement> {
  try {
    const files = await stagedFiles(staged);
    let place = await checkOutFolder(dir, 'output');
    const parent = dirname(place.path);
    const name = basename(place.path);
    await makeFolders(parent, io.mkdir);
    const unlock = await lockFolder(parent, name, dir, null);
    try {
      place = await checkOutFolder(dir, 'output');
      const renamedIn = await filesRenamedIn(parent, name);
      if (await cleanOrphans(parent, name, place.exists, io)) place = await checkOutFolder(dir, 'output');
      let pending: PendingReplacement;
      if (!place.exists) {
        const path = place.path;
        await io.rename(staged, path);
        // Back whole to where it was staged; makeFolders made no folder above it (--out is made
        // before).
        pending = { finish: async () => {}, undo: () => io.rename(path, staged) };
      } else {
        const earlier = await earlierFiles(place.path, dir, files, renamedIn);
        pending = await replaceFilesUndoable(place.path, staged, files, earlier, io, dir, old);
      }
      return {
        async finish() {
          try {
            await pending.finish();
          } finally {
            await unlock();
          }
        },
        async undo() {
          try {
            await pending.undo();
          } catch (error) {
            throw asOutputError(error, dir);
          } finally {
            await unlock();
          }
        },
      };
    } catch (error) {
      await unlock();
      throw error;
    }
  } catch (error) {
    throw asOutputError(error, dir);
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
 * process has ended (a killed write, on this machine) is taken over. Returns its release.
 */
async function lockFolder(
  parent: string,
  name: string,
  dir: string,
  hold: SignalHold | null,
  waitMs = LOCK_WAIT_MS,
): Promise<Unlock> {
  const path = join(parent, lockName(name));
  const mine = lockOwner(name);
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
    // Stale: a lock naming no owner for 10 seconds (a write killed as it made it: it writes its
    // owner at once after); one of another machine, whose process cannot be asked, once not
    // renewed for ten minutes (a live write renews it every minute); one of this machine whose
    // process has ended.
    const made =
      owner === null || owner.host !== thisHost() ? (await stat(path).catch(() => null))?.mtimeMs : undefined;
    const age = made === undefined ? 0 : Date.now() - made;
    const stale = owner === null ? age > 10_000 : owner.host !== thisHost() ? age > 600_000 : isOrphan(owner);
    if (stale) {
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

async function writeLocked(
  dir: string,
  placeFound: OutFolder,
  files: ReadonlyMap<string, string | Uint8Array>,
  io: FolderIo,
  hold: SignalHold,
): Promise<void> {
  let place = placeFound;
  const parent = dirname(place.path);
  const name = basename(place.path);
  // A run killed while it renamed its files in leaves new files its manifest does not list yet,
  // and its staging folder: those files are minesim's, and this write replaces them.
  const renamedIn = await filesRenamedIn(parent, name);
  // The earlier files such a run had replaced are kept, not removed with its staging.
  for (const kept of await keepKilledEarlier(parent, name, io))
    process.stderr.write(`minesim: ${m.killedAmongRenames(dir, kept)}\n`);
  if (await cleanOrphans(parent, name, place.exists, io)) place = await checkOutFolder(dir, 'output');

  const earlier = place.exists ? await earlierFiles(place.path, dir, files.keys(), renamedIn) : null;
  const staging = join(parent, tempName(name));
  try {
    await io.mkdir(staging);
    // The manifest is staged last: a staging folder holding it holds every file (filesRenamedIn).
    for (const [file, data] of [...files].sort(
      ([a], [b]) => Number(a === MANIFEST) - Number(b === MANIFEST),
    )) {
      if (hold.pending) break;
      await io.writeFile(join(staging, file), data);
    }
    // The folder may have changed while the output was computed and staged.
    if (!hold.pending) place = await checkOutFolder(dir, 'output');
  } catch (error) {
    await io.remove(staging).catch(() => {});
    throw error;
  }
  if (hold.pending) {
    await io.remove(staging).catch(() => {});
    process.stderr.write(`minesim: ${m.interrupted(dir, false)}\n`);
    throw hold.interrupted();
  }

  if (!place.exists) {
    try {
      await io.rename(staging, place.path);
    } catch (error) {
      await io.remove(staging).catch(() => {});
      throw error;
    }
  } else {
    const old = `${staging}-old`;
    try {
      await replaceFiles(place.path, staging, [...files.keys()], earlier, io, dir, old);
    } catch (error) {
      throw await keepNotPutBack(error, old, join(parent, earlierName(name)), dir, io);
    }
  }
  if (hold.pending) process.stderr.write(`minesim: ${m.interrupted(dir, true)}\n`);
}

/**
 * For a replacement that could not put the folder back (`error` has `notPutBack`): moves the
 * earlier files not put back from `old`, a temporary folder the next write would remove, to
 * `kept`, which no write removes, and says so. Any other error, or should that move fail (the
 * message then names `old`), is returned as it is.
 */
async function keepNotPutBack(
  error: unknown,
  old: string,
  kept: string,
  dir: string,
  io: FolderIo,
): Promise<unknown> {
  const stuck = (error as { notPutBack?: { reason: string } } | null)?.notPutBack;
  if (stuck === undefined) return error;
  try {
    await io.rename(old, kept);
  } catch {
    return error;
  }
  return Object.defineProperty(new OutputError(m.rollbackKept(dir, kept, stuck.reason)), 'notPutBack', {
    value: stuck,
    enumerable: false,
  });
}

/** Whether `path` (a folder) holds a file, at any depth. */
async function holdsFile(path: string): Promise<boolean> {
  for (const entry of await readdir(path, { withFileTypes: true }).catch(() => [])) {
    if (!entry.isDirectory() || (await holdsFile(join(path, entry.name)))) return true;
  }
  return false;
}

/**
 * Moves the earlier files that writes to `parent/name` killed among their renames had replaced
 * (their `-old` folder, kept while the staging still holds the manifest, which is renamed in
 * last) to `<name>-earlier-<time>` beside it, which no write removes; the kept folders' paths. An
 * `-old` of a write whose manifest went in (its replacement done) or holding no file is left to
 * cleanOrphans. Should a move fail, this write fails rather than remove them.
 */
async function keepKilledEarlier(parent: string, name: string, io: FolderIo): Promise<string[]> {
  const kept: string[] = [];
  for (const entry of await orphanTemps(parent, name)) {
    if (!entry.name.endsWith('-old')) continue;
    const old = join(parent, entry.name);
    const staging = old.slice(0, -'-old'.length);
    if (!(await lstat(join(staging, MANIFEST)).catch(() => null)) || !(await holdsFile(old))) continue;
    const to = join(parent, `${earlierName(name)}${kept.length === 0 ? '' : `-${kept.length}`}`);
    await io.rename(old, to);
    kept.push(to);
  }
  return kept;
}
