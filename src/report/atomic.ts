// Atomic writes of single files (a part, the batch index): a file is written to a temporary name
// beside its target, then renamed, so a crash or an error never leaves a half-written file or
// destroys the previous one. Ctrl-C waits for the rename (signals.ts); temporary files of killed
// runs are removed by the next write of the same file (temp-names.ts).
// A durable write (the user's imported history, a shard's part: what a run cannot make again from
// the scenario alone) also reaches the disk before it counts as written: the file's data is
// synced before the rename, and its folder after it, so a power cut cannot leave an empty file
// in place of the previous one (a rename is otherwise free to reach the disk before the data).
import { link, lstat, mkdir, open, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { asOutputError } from './output-error.js';
import { holdSignals } from './signals.js';
import { cleanOrphans, tempName } from './temp-names.js';

const remove = (path: string) => rm(path, { recursive: true, force: true });

/**
 * Creates `dir` and any missing folders above it, one level at a time (a recursive mkdir can
 * spin forever on a file system such as /proc that reports every missing parent as missing).
 * Returns the folders it made, outermost first (removeMadeFolders takes them away again). Should
 * one fail, those it made before are removed (each only while empty) before the error is thrown.
 */
export async function makeFolders(
  dir: string,
  mkdirOne: (dir: string) => Promise<void> = async (d) => {
    await mkdir(d);
  },
): Promise<string[]> {
  const missing: string[] = [];
  for (let at = resolve(dir); ; at = dirname(at)) {
    const there = await lstat(at).then(
      () => true,
      () => false,
    );
    if (there || dirname(at) === at) break;
    missing.push(at);
  }
  const made: string[] = [];
  for (const folder of missing.reverse()) {
    try {
      await mkdirOne(folder);
      made.push(folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      // Refused partway (the first made, the next on a read-only mount): the ones made go again.
      await removeMadeFolders(made);
      throw error;
    }
  }
  return made;
}

/**
 * Removes, innermost first, the folders makeFolders made (`made`) for a write that failed, each
 * only while empty: one that holds anything (the output after all, a kept folder, a file someone
 * put there meanwhile) stays, and so does every folder above it. A folder minesim did not make is
 * never in `made`.
 */
export async function removeMadeFolders(made: readonly string[]): Promise<void> {
  for (const folder of [...made].reverse()) {
    if (
      !(await rmdir(folder).then(
        () => true,
        () => false,
      ))
    )
      return;
  }
}

/** Writes `data` to a new file `path` and syncs it to the disk before closing it. */
async function writeSynced(path: string, data: string | Uint8Array): Promise<void> {
  const handle = await open(path, 'wx');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** What systems that cannot open or sync a folder (Windows, some network file systems) answer. */
const FOLDER_SYNC_UNSUPPORTED = new Set(['EISDIR', 'EINVAL', 'EPERM', 'EACCES', 'ENOTSUP', 'EBADF']);

/**
 * Syncs a folder's entries (a rename into it) to the disk; where the system cannot, the rename is
 * as durable as the system makes it.
 */
export async function syncFolder(dir: string): Promise<void> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(dir, 'r');
  } catch (error) {
    if (FOLDER_SYNC_UNSUPPORTED.has((error as NodeJS.ErrnoException).code ?? '')) return;
    throw error;
  }
  try {
    await handle.sync();
  } catch (error) {
    if (!FOLDER_SYNC_UNSUPPORTED.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
  } finally {
    await handle.close();
  }
}

// Where the file system cannot hard-link, a new file is put in place by a rename after a look.
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EMLINK', 'EXDEV', 'ENOSYS']);

/**
 * Gives `temp` the name `file` only if nothing is there (a hard link fails on a name taken, even by
 * a link pointing nowhere), then drops `temp`; EEXIST when the name is taken.
 */
async function placeNew(temp: string, file: string): Promise<void> {
  try {
    await link(temp, file);
  } catch (error) {
    if (!NO_LINKS.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
    if (
      await lstat(file).then(
        () => true,
        () => false,
      )
    )
      throw Object.assign(new Error(`EEXIST: file already exists, link '${file}'`), { code: 'EEXIST' });
    await rename(temp, file);
    return;
  }
  await rm(temp, { force: true });
}

/**
 * Writes `file` atomically; `durable`: synced to the disk, its data and its name, before returning;
 * `replace: false`: only where nothing is at its name (else an OutputError whose failure is EEXIST),
 * never over what is there, whatever appears there while the file is written.
 */
export async function writeFileAtomic(
  file: string,
  data: string | Uint8Array,
  options: { durable?: boolean; replace?: boolean } = {},
): Promise<void> {
  const dir = dirname(file);
  const hold = holdSignals();
  let made: string[] = [];
  try {
    made = await makeFolders(dir);
    await cleanOrphans(dir, basename(file), true, { remove, rename });
    const temp = join(dir, tempName(basename(file)));
    try {
      if (options.durable === true) await writeSynced(temp, data);
      else await writeFile(temp, data, { flag: 'wx' });
      if (options.replace === false) await placeNew(temp, file);
      else await rename(temp, file);
      if (options.durable === true) await syncFolder(dir);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  } catch (error) {
    await removeMadeFolders(made);
    throw asOutputError(error, file);
  } finally {
    hold.release();
  }
}
