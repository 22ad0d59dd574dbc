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
// the folder as `<name>-earlier-<time>` (kept-earlier.ts). Orphaned staging folders of killed
// runs are removed by the next write to the same name (temp-names.ts). Two writes to one folder
// take turns by its lock (folder-lock.ts); a folder a batch staged whole goes in by
// staged-folder.ts. Ctrl-C and SIGTERM wait (signals.ts): before the first rename, the staged
// files are removed and the folder stays as it was; after it, the replacement finishes.

import { basename, dirname, isAbsolute, join, normalize, sep } from 'node:path';
import { outputMessages as m } from '../messages/output.js';
import { makeFolders, removeMadeFolders } from './atomic.js';
import { listedByBatchIndex } from './batch-listed.js';
import { earlierFiles, filesRenamedIn } from './earlier-files.js';
import { type FolderIo, NODE_FOLDER_IO } from './folder-io.js';
import { lockFolder } from './folder-lock.js';
import { keepKilledEarlier, keepNotPutBack } from './kept-earlier.js';
import { withFileList } from './manifest.js';
import { checkOutFolder, isManifestText, type OutFolder } from './out-folder.js';
import { asOutputError, OutputError } from './output-error.js';
import { replaceFiles } from './replace-files.js';
import { holdSignals, type SignalHold } from './signals.js';
import { cleanOrphans, earlierName, tempName } from './temp-names.js';

const MANIFEST = 'manifest.json';

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
      // Written: a batch's index beside it no longer describes it.
      if (await listedByBatchIndex(place.path))
        process.stderr.write(`minesim: ${m.batchIndexBehind(dir, join(dirname(dir), 'index.md'))}\n`);
    } finally {
      await unlock();
    }
  } catch (error) {
    // The folders made above the output go with it; any that holds something stays.
    await removeMadeFolders(made);
    throw error;
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
