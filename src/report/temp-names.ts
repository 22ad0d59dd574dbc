// minesim's temporary entries, and the clean-up of those a killed run left behind. A temporary
// file or folder sits hidden beside its target: `.tmp-<target>-<host>-<pid>-<time>-<n>`, where
// host is a short hash of the machine's name. Host and pid say whose it is, so a later write
// removes only entries of this machine whose process is gone: a shard still writing into a
// shared folder from another machine, or another minesim still running here, is never disturbed.
import { createHash } from 'node:crypto';
import { readdir, stat } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';

const HOST = createHash('sha256').update(hostname()).digest('hex').slice(0, 8);
let counter = 0;

/** The longest target (in UTF-8 bytes) that its temporary names spell out whole. */
const WHOLE_TARGET_BYTES = 200;

/**
 * `target` as its temporary names give it: whole, or for a long name (a name may have 255 bytes,
 * and a temporary name adds about 40) its first 160 bytes and a hash of the whole.
 */
function inName(target: string): string {
  return Buffer.byteLength(target) <= WHOLE_TARGET_BYTES ? target : shortened(target);
}

/** A long name's first 160 bytes (whole characters) and a hash of the whole, which keeps it apart. */
function shortened(target: string): string {
  let start = '';
  for (const char of target) {
    if (Buffer.byteLength(start + char) > 160) break;
    start += char;
  }
  return `${start}~${createHash('sha256').update(target).digest('hex').slice(0, 16)}`;
}

/** A fresh temporary name for `target` (a base name), beside it. */
export function tempName(target: string): string {
  return `.tmp-${inName(target)}-${HOST}-${process.pid}-${Date.now().toString(36)}-${counter++}`;
}

export interface TempEntry {
  name: string;
  /** Null for entries of minesim 0.1, which named no host. */
  host: string | null;
  pid: number;
  /**
   * A 0.1 swap's `-previous` folder: the earlier output, moved aside for the instant between two
   * renames. If the target is missing, it is the only copy of that output.
   */
  previous: boolean;
}

const CURRENT = /^([0-9a-f]{8})-(\d+)-([0-9a-z]+)-(\d+)(-old)?$/;
const VERSION_0_1 = /^(\d+)-([0-9a-z]+)-(\d+)(-previous)?$/;

/** The owner of `name` if it is one of minesim's temporary entries for `target`, else null. */
export function parseTempName(name: string, target: string): TempEntry | null {
  const prefix = `.tmp-${inName(target)}-`;
  if (!name.startsWith(prefix)) return null;
  const rest = name.slice(prefix.length);
  const current = CURRENT.exec(rest);
  if (current) return { name, host: current[1], pid: Number(current[2]), previous: false };
  const old = VERSION_0_1.exec(rest);
  if (old) return { name, host: null, pid: Number(old[1]), previous: old[4] !== undefined };
  return null;
}

/**
 * The lock of the writes to `target`, beside it: made while one is under way, holding its owner
 * (`<host> <pid> <write>`), so a second write to the same folder waits for the first (folder.ts).
 * No temporary name starts so (they have `-` after the target).
 */
export function lockName(target: string): string {
  return `.tmp-${inName(target)}.lock`;
}

/**
 * The name, beside `target`, where the earlier files of a write that could not put `target` back
 * are kept: after it and the time, a name no write of minesim's removes (it is no temporary name).
 */
export function earlierName(target: string): string {
  return `${keptStem(target)}-earlier-${new Date().toISOString().replace(/[:.]/g, '-')}`;
}

/**
 * The longest target a kept name spells out whole: a name may have 255 bytes, and `-earlier-`, the
 * time (33 bytes) and a count (`-2`, keepKilledEarlier) follow it.
 */
const WHOLE_KEPT_BYTES = 218;

/** `target` as its kept name gives it: whole, or its first 160 bytes and a hash of the whole. */
function keptStem(target: string): string {
  return Buffer.byteLength(target) <= WHOLE_KEPT_BYTES ? target : shortened(target);
}

/** What marks a batch's lock: held for as long as the batch runs, not for one write. */
const BATCH_MARK = 'batch:';

/**
 * This write's entry for a lock: the machine, the process and a name no other write has; a
 * batch's (`batch`, held for all its runs) says so before the name.
 */
export function lockOwner(target: string, batch = false): string {
  return `${HOST} ${process.pid} ${batch ? BATCH_MARK : ''}${tempName(target)}\n`;
}

/** A lock's owner: whose it is, and whether a batch holds it (for all its runs) or one write. */
export type LockOwner = TempEntry & { batch: boolean };

/**
 * The owner a lock's text names, or null for a text that is not a lock's (being written, or not
 * minesim's). The name is the target's, which may hold spaces and line breaks.
 */
export function parseLockOwner(text: string): LockOwner | null {
  const owner = /^([0-9a-f]{8}) (\d+) ([\s\S]+)\n$/.exec(text);
  if (!owner) return null;
  const batch = owner[3].startsWith(BATCH_MARK);
  const name = batch ? owner[3].slice(BATCH_MARK.length) : owner[3];
  return { name, host: owner[1], pid: Number(owner[2]), previous: false, batch };
}

/** This machine, as temporary names and locks give it. */
export function thisHost(): string {
  return HOST;
}

/** Whether the process that made `entry` has ended (a live process, or another machine's, has not). */
export function isOrphan(entry: TempEntry): boolean {
  if (entry.host !== null && entry.host !== HOST) return false;
  if (entry.pid === process.pid) return false;
  try {
    process.kill(entry.pid, 0);
    return false;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Whether the lock at `path`, of `owner` (as read from it), is stale: one naming no owner for 10
 * seconds (a write killed as it made it: it writes its owner at once after); one of another
 * machine, whose process cannot be asked, once not renewed for ten minutes (a live write renews it
 * every minute); one of this machine whose process has ended.
 */
export async function isStaleLock(path: string, owner: LockOwner | null): Promise<boolean> {
  if (owner !== null && owner.host === HOST) return isOrphan(owner);
  const made = (await stat(path).catch(() => null))?.mtimeMs;
  const age = made === undefined ? 0 : Date.now() - made;
  return owner === null ? age > 10_000 : age > 600_000;
}

/** minesim's temporary entries for `target` in `parent` whose process is gone. */
export async function orphanTemps(parent: string, target: string): Promise<TempEntry[]> {
  let names: string[];
  try {
    names = await readdir(parent);
  } catch {
    return [];
  }
  return names
    .map((name) => parseTempName(name, target))
    .filter((entry): entry is TempEntry => entry !== null && isOrphan(entry));
}

export interface TempCleaner {
  remove(path: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
}

/**
 * Removes the orphans of `target` in `parent`. A 0.1 `-previous` folder is moved back to the
 * target's name when the target is missing (a kill between that version's two renames), and
 * removed otherwise; `exists` says whether the target is there. True when it moved one back.
 */
export async function cleanOrphans(
  parent: string,
  target: string,
  exists: boolean,
  io: TempCleaner,
): Promise<boolean> {
  let present = exists;
  for (const entry of await orphanTemps(parent, target)) {
    const path = join(parent, entry.name);
    if (entry.previous && !present) {
      await io.rename(path, join(parent, target));
      present = true;
    } else await io.remove(path);
  }
  return present !== exists;
}
