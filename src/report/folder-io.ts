// The file operations an output folder's write uses, behind an interface so that tests can fail or
// pause a write at a chosen step.

import { copyFile, link, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

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
