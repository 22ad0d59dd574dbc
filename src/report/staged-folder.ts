// A folder staged whole (a batch's run, in the batch's staging beside its --out) checked against,
// then moved into, its place, as writeFolderAtomic (folder.ts) would have written it there.

import { readFile } from 'node:fs/promises';
import { basename, dirname, join, sep } from 'node:path';
import { makeFolders } from './atomic.js';
import { earlierFiles, filesRenamedIn } from './earlier-files.js';
import { type FolderIo, NODE_FOLDER_IO } from './folder-io.js';
import { lockFolder } from './folder-lock.js';
import { writtenFiles } from './manifest.js';
import { checkOutFolder } from './out-folder.js';
import { asOutputError } from './output-error.js';
import { type PendingReplacement, replaceFilesUndoable } from './replace-files.js';
import { cleanOrphans } from './temp-names.js';

const MANIFEST = 'manifest.json';

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
