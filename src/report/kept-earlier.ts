// The earlier files a replacement could not put back, or that a write killed among its renames had
// replaced: moved beside the folder as `<name>-earlier-<time>`, which no write removes.

import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { outputMessages as m } from '../messages/output.js';
import type { FolderIo } from './folder-io.js';
import { OutputError } from './output-error.js';
import { earlierName, orphanTemps } from './temp-names.js';

const MANIFEST = 'manifest.json';

/**
 * For a replacement that could not put the folder back (`error` has `notPutBack`): moves the
 * earlier files not put back from `old`, a temporary folder the next write would remove, to
 * `kept`, which no write removes, and says so. Any other error, or should that move fail (the
 * message then names `old`), is returned as it is.
 */
export async function keepNotPutBack(
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
export async function keepKilledEarlier(parent: string, name: string, io: FolderIo): Promise<string[]> {
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
