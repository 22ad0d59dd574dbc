// Replacing an output folder all at once. The new folder is built complete in a hidden sibling
// (same parent, so the final rename stays on one file system and is atomic), then swapped in:
// old -> .tmp-<name>-...-previous, new -> <name>, and only then is the old one deleted. A failure
// while building or swapping removes the sibling and puts the old folder back.
//
// One window remains: a crash (power loss, SIGKILL) between the two renames leaves the previous
// output under its .tmp-...-previous name rather than at <name>; nothing is lost, and the name
// says what it is. Other leftover .tmp-* entries are from crashed runs and safe to delete.

import { mkdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, normalize, resolve, sep } from 'node:path';
import { writeFileAtomic } from './atomic.js';

/** The file operations a folder write uses; tests replace them to fail at a chosen step. */
export interface FolderIo {
  writeFile(file: string, data: string | Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
}

export const NODE_FOLDER_IO: FolderIo = { writeFile: writeFileAtomic, rename };

let counter = 0;

function isErrno(error: unknown, code: string): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === code;
}

/** Rejects paths that would land outside the folder; file names come from code, so this is a bug guard. */
function checkRelative(file: string): void {
  const clean = normalize(file);
  if (isAbsolute(clean) || clean === '..' || clean.startsWith(`..${sep}`)) {
    throw new Error(`output file must stay inside the output folder (got ${JSON.stringify(file)})`);
  }
}

/**
 * Writes `files` (path relative to the folder -> content) as the folder `dir`, replacing whatever
 * was there only once every file is written.
 */
export async function writeFolderAtomic(
  dir: string,
  files: ReadonlyMap<string, string | Uint8Array>,
  io: FolderIo = NODE_FOLDER_IO,
): Promise<void> {
  for (const file of files.keys()) checkRelative(file);
  const target = resolve(dir);
  const parent = dirname(target);
  const stamp = `${process.pid}-${Date.now().toString(36)}-${counter++}`;
  const staging = join(parent, `.tmp-${basename(target)}-${stamp}`);
  const previous = `${staging}-previous`;
  await mkdir(staging, { recursive: true });

  try {
    // allSettled, not all: cleanup must not start while other writes are still creating files.
    const results = await Promise.allSettled(
      [...files].map(([file, data]) => io.writeFile(join(staging, file), data)),
    );
    const failed = results.find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }

  let movedOld = false;
  try {
    try {
      await io.rename(target, previous);
      movedOld = true;
    } catch (error) {
      if (!isErrno(error, 'ENOENT')) throw error;
    }
    await io.rename(staging, target);
  } catch (error) {
    if (movedOld) await rename(previous, target);
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  await rm(previous, { recursive: true, force: true });
}
