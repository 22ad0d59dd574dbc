// Atomic writes of single files (a part, the batch index): a file is written to a temporary name
// beside its target, then renamed, so a crash or an error never leaves a half-written file or
// destroys the previous one. Ctrl-C waits for the rename (signals.ts); temporary files of killed
// runs are removed by the next write of the same file (temp-names.ts).
import { lstat, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { asOutputError } from './output-error.js';
import { holdSignals } from './signals.js';
import { cleanOrphans, tempName } from './temp-names.js';

const remove = (path: string) => rm(path, { recursive: true, force: true });

/**
 * Creates `dir` and any missing folders above it, one level at a time (a recursive mkdir can
 * spin forever on a file system such as /proc that reports every missing parent as missing).
 */
export async function makeFolders(
  dir: string,
  mkdirOne: (dir: string) => Promise<void> = async (d) => {
    await mkdir(d);
  },
): Promise<void> {
  const missing: string[] = [];
  for (let at = resolve(dir); ; at = dirname(at)) {
    const there = await lstat(at).then(
      () => true,
      () => false,
    );
    if (there || dirname(at) === at) break;
    missing.push(at);
  }
  for (const folder of missing.reverse()) {
    try {
      await mkdirOne(folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const dir = dirname(file);
  const hold = holdSignals();
  try {
    await makeFolders(dir);
    await cleanOrphans(dir, basename(file), true, { remove, rename });
    const temp = join(dir, tempName(basename(file)));
    try {
      await writeFile(temp, data, { flag: 'wx' });
      await rename(temp, file);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  } catch (error) {
    throw asOutputError(error, file);
  } finally {
    hold.release();
  }
}
