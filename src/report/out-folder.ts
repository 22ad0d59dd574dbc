// Where minesim may write. A folder minesim replaces must be new, empty, or a minesim output: one
// holding a manifest.json that minesim wrote (every output folder has one; it names minesim's
// version and the scenario's hash). A folder of parts (`run --shard`) must hold only part files.
// A batch's folder, where each scenario gets a folder of its own, must be new, empty or hold
// minesim outputs already, and an index.md or index.html in it must be a batch's (the batch
// replaces those; other files there it leaves alone). Anything else is refused before anything
// is touched: a file system's root, a folder with other files, a file, a device, a FIFO or socket (never opened, so
// none can block), a path through a file, and the system file systems under /proc, /sys and
// /dev. Hidden entries (dot files) are left alone in part and batch folders, so they do not count.
// A place the system says may not be written (a read-only file system, no permission) is refused
// too, before any work.
import type { Stats } from 'node:fs';
import { constants } from 'node:fs';
import { access, lstat, open, readdir, readFile, realpath, stat, statfs } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { outputMessages as m } from '../messages/output.js';
import { asOutputError, OutputError } from './output-error.js';
import { isStaleLock, lockName, parseLockOwner, thisHost } from './temp-names.js';

export type FolderKind = 'output' | 'parts' | 'collection';

export interface OutFolder {
  /** The folder's absolute path (a symbolic link to a folder is followed). */
  path: string;
  exists: boolean;
}

/** Part files as `run --shard` and `sweep --shard` name them. */
export const PART_FILE = /^(sweep-)?part-\d+-of-\d+\.json$/;

/** Files minesim writes beside output folders, each known by how it begins. */
const COLLECTION_FILES: Record<string, string> = {
  'index.md': '# minesim batch',
  'index.html': '<!doctype html>',
  'bench.txt': 'minesim bench',
};
const MARKERS: Record<string, string> = { 'index.html': '<title>minesim batch</title>' };

const SYSTEM_ROOTS = ['/proc', '/sys', '/dev'];
// statfs types of kernel file systems that may be mounted elsewhere too: proc, sysfs, cgroup,
// cgroup2, debugfs, tracefs, securityfs, devpts.
const SYSTEM_TYPES = new Set([
  0x9fa0, 0x62656572, 0x27e0eb, 0x63677270, 0x64626720, 0x74726163, 0x73636673, 0x1cd1,
]);

function refuse(message: string): never {
  throw new OutputError(message);
}

function code(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | null)?.code;
}

async function lstatOrNull(path: string): Promise<Stats | null> {
  try {
    return await lstat(path);
  } catch (error) {
    if (code(error) === 'ENOENT') return null;
    if (code(error) === 'ENOTDIR') return null;
    throw error;
  }
}

function kindOf(s: Stats): string {
  if (s.isFile()) return 'a file';
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'a device';
  if (s.isFIFO()) return 'a FIFO (named pipe)';
  if (s.isSocket()) return 'a socket';
  return 'not a folder';
}

async function checkNotSystem(dir: string, path: string): Promise<void> {
  const under = (root: string) => path === root || path.startsWith(`${root}${sep}`);
  if (process.platform === 'linux' && SYSTEM_ROOTS.some(under)) refuse(m.systemFolder(dir));
  const fs = await statfs(path).catch(() => null);
  if (fs && SYSTEM_TYPES.has(Number(fs.type))) refuse(m.systemFolder(dir));
}

/** The nearest folder that exists above `path`, refusing a file on the way. */
async function nearestFolder(dir: string, path: string): Promise<string> {
  let at = dirname(path);
  for (;;) {
    const s = await lstatOrNull(at);
    if (s) {
      const target = s.isSymbolicLink() ? await stat(at).catch(() => null) : s;
      if (!target?.isDirectory()) refuse(m.throughNonFolder(dir, at));
      return realpath(at);
    }
    if (dirname(at) === at) return at;
    at = dirname(at);
  }
}

/**
 * Reads at most `bytes` from the start of a regular file; '' for anything else (a missing file, a
 * link, a folder, a FIFO, which a plain read would wait on for ever, a device such as /dev/zero).
 */
export async function head(path: string, bytes: number): Promise<string> {
  const s = await lstatOrNull(path);
  if (!s?.isFile()) return '';
  // O_NONBLOCK: should the file have been swapped for a FIFO since lstat, opening it cannot block.
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const buffer = Buffer.alloc(Math.min(bytes, s.size));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}

/** Whether `dir` holds a manifest.json that minesim wrote. */
export async function isMinesimOutput(dir: string): Promise<boolean> {
  return isManifestText(await head(join(dir, 'manifest.json'), 1 << 20));
}

/** Whether `text` is a manifest.json as minesim writes it: its version and the scenario's hash. */
export function isManifestText(text: string): boolean {
  try {
    const manifest = JSON.parse(text) as { minesimVersion?: unknown; scenario?: { sha256?: unknown } };
    return typeof manifest.minesimVersion === 'string' && typeof manifest.scenario?.sha256 === 'string';
  } catch {
    return false;
  }
}

async function isCollectionEntry(dir: string, name: string): Promise<boolean> {
  const path = join(dir, name);
  const s = await lstatOrNull(path);
  if (s?.isDirectory()) return isMinesimOutput(path);
  const start = COLLECTION_FILES[name];
  if (start === undefined) return false;
  const text = await head(path, 4096);
  return text.startsWith(start) && text.includes(MARKERS[name] ?? start);
}

/** Whether `dir` holds a batch's index (index.md or index.html as a batch writes them). */
async function isBatchFolder(dir: string, visible: readonly string[]): Promise<boolean> {
  for (const name of ['index.md', 'index.html'])
    if (visible.includes(name) && (await isCollectionEntry(dir, name))) return true;
  return false;
}

async function isPartFile(dir: string, name: string): Promise<boolean> {
  if (!PART_FILE.test(name)) return false;
  return (await head(join(dir, name), 16)).startsWith('{"version":');
}

/**
 * Refuses, at once, a folder a live batch (another process) holds as its --out: the batch makes it
 * a batch's folder, which one output or a folder of parts never replaces, so a command writing one
 * there would do all its work and then be refused (or wait for the batch's end, then be refused).
 * (A folder inside one is not refused: the batch leaves a scenario's folder written meanwhile as it
 * is, batch-found.ts.)
 */
async function checkNoBatch(dir: string, path: string): Promise<void> {
  const own = await liveBatchLock(path);
  if (own !== null) refuse(m.batchFilling(dir, own.lock, own.pid));
}

/** The lock beside `path` if a live batch of another process holds it, with its process; else null. */
async function liveBatchLock(path: string): Promise<{ lock: string; pid: number } | null> {
  if (dirname(path) === path) return null;
  const lock = join(dirname(path), lockName(basename(path)));
  const owner = parseLockOwner(await readFile(lock, 'utf8').catch(() => ''));
  if (owner === null || !owner.batch) return null;
  if (owner.host === thisHost() && owner.pid === process.pid) return null;
  if (await isStaleLock(lock, owner)) return null;
  return { lock, pid: owner.pid };
}

/** Checks that `dir` may hold output of `kind`; throws an OutputError (exit 2) if not. Reads only. */
export async function checkOutFolder(dir: string, kind: FolderKind): Promise<OutFolder> {
  try {
    return await inspect(dir, kind);
  } catch (error) {
    throw asOutputError(error, dir);
  }
}

async function inspect(dir: string, kind: FolderKind): Promise<OutFolder> {
  // An empty path (an unset variable) is no name for the current folder.
  if (dir === '') refuse(m.emptyPath());
  let path = resolve(dir);
  // Refused before anything is read: a root has nothing beside it for the staging and the lock.
  if (dirname(path) === path) refuse(m.rootFolder(dir));
  let s = await lstatOrNull(path);
  if (s?.isSymbolicLink()) {
    s = await stat(path).catch((error: unknown) => {
      if (code(error) === 'ELOOP') throw error;
      return null;
    });
    if (!s) refuse(m.danglingLink(dir));
  }
  if (s) {
    path = await realpath(path);
    // A link to a root.
    if (dirname(path) === path) refuse(m.rootFolder(dir));
  } else {
    const above = await nearestFolder(dir, path);
    await checkNotSystem(dir, above);
    // The folders up to it are made there.
    await access(above, constants.W_OK);
    if (kind !== 'collection') await checkNoBatch(dir, path);
    return { path, exists: false };
  }
  if (!s.isDirectory()) refuse(m.notAFolder(dir, kindOf(s)));
  await checkNotSystem(dir, path);
  if (kind !== 'collection') await checkNoBatch(dir, path);
  const names = await readdir(path);
  const visible = names.filter((name) => !name.startsWith('.'));
  if (kind === 'output') {
    if (names.length > 0 && !(await isMinesimOutput(path)))
      // A batch's folder (a batch may have filled it meanwhile) is minesim's, but not one output.
      refuse((await isBatchFolder(path, visible)) ? m.batchNotOutput(dir) : m.notMinesimFolder(dir));
  } else if (kind === 'parts') {
    for (const name of visible) if (!(await isPartFile(path, name))) refuse(m.notPartsFolder(dir, name));
  } else {
    let ours = 0;
    for (const name of visible) {
      const mine = await isCollectionEntry(path, name);
      if (!mine && (name === 'index.md' || name === 'index.html')) refuse(m.notOurIndex(dir, name));
      if (mine) ours++;
    }
    if (visible.length > 0 && ours === 0)
      refuse((await isMinesimOutput(path)) ? m.outputNotCollection(dir) : m.notCollection(dir));
  }
  // Asked now, not found after the work: its staging and lock go beside it, and parts and a
  // batch's folders into it (a read-only file system, or no permission: "cannot write").
  await access(dirname(path), constants.W_OK);
  if (kind !== 'output') await access(path, constants.W_OK);
  return { path, exists: true };
}
