// Replacing the files of an existing output folder in place. The new files are complete in a
// staging folder beside it; each is renamed over its old version (an atomic step: a reader sees
// the old file or the new, never part of one), manifest.json last; just before it, the files the
// new output does not have are moved out, if the earlier output's manifest lists them as
// minesim's (any other file was put there by someone else, and stays). Every change is recorded with a way back: the old version
// of each replaced file is kept as a hard link in a second folder beside (`...-old`), so an error
// at any step puts the folder back as it was. Only when all is done are both folders removed.
import type { Stats } from 'node:fs';
import { lstat, mkdir, readdir } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import { outputMessages as m } from '../messages/output.js';
import { environmentFailure, OutputError } from './output-error.js';

/** The operations the replacement uses (folder-io.ts's FolderIo). */
export interface ReplaceIo {
  rename(from: string, to: string): Promise<void>;
  mkdir(dir: string): Promise<void>;
  link(existing: string, copy: string): Promise<void>;
  remove(path: string): Promise<void>;
}

const MANIFEST = 'manifest.json';

async function lstatOrNull(path: string): Promise<Stats | null> {
  return lstat(path).catch(() => null);
}

/** Every folder the files live in, relative, parents before children. */
export function foldersOf(files: readonly string[]): string[] {
  const folders = new Set<string>();
  for (const file of files) {
    const parts = file.split(/[\\/]/);
    for (let i = 1; i < parts.length; i++) folders.add(parts.slice(0, i).join(sep));
  }
  return [...folders].sort((a, b) => a.split(sep).length - b.split(sep).length);
}

/**
 * Replaces the files of `target` with `files` (relative names) staged in `staging`. `earlier` is
 * the earlier output's own files (Manifest.files, `/` between folders): of the files the new
 * output no longer has, only those are removed; null (a manifest without the list) removes none.
 * Throws after putting the folder back when a step fails; `label` names the folder in messages,
 * `old` is where the earlier files wait meanwhile (left there when they cannot be put back).
 */
export async function replaceFiles(
  target: string,
  staging: string,
  files: readonly string[],
  earlier: ReadonlySet<string> | null,
  io: ReplaceIo,
  label: string,
  old = `${staging}-old`,
): Promise<void> {
  await (await replaceFilesUndoable(target, staging, files, earlier, io, label, old)).finish();
}

/** A replacement done but not yet final: the earlier files are still kept aside. */
export interface PendingReplacement {
  /** Removes the earlier files kept aside: the replacement is final. */
  finish(): Promise<void>;
  /**
   * Puts the folder back as it was; throws (an OutputError naming `old`, where the earlier files
   * not put back are, left for the user) when a step of it fails.
   */
  undo(): Promise<void>;
}

/**
 * replaceFiles, stopping short of its end: the earlier version of every file replaced or moved
 * out stays in `old` (by default beside `staging`), so that a command replacing several folders
 * (a batch) can put every one back should a later one fail.
 */
export async function replaceFilesUndoable(
  target: string,
  staging: string,
  files: readonly string[],
  earlier: ReadonlySet<string> | null,
  io: ReplaceIo,
  label: string,
  old = `${staging}-old`,
): Promise<PendingReplacement> {
  const undo: (() => Promise<void>)[] = [];
  const keepFor = async (rel: string) => {
    await mkdir(dirname(join(old, rel)), { recursive: true });
    return join(old, rel);
  };
  /** Moves an entry of the folder out of the way, into `old`. */
  const moveAside = async (rel: string) => {
    const kept = await keepFor(rel);
    await io.rename(join(target, rel), kept);
    undo.push(() => io.rename(kept, join(target, rel)));
  };
  const normal = files.map((f) => f.split(/[\\/]/).join(sep));
  const order = [...normal.filter((f) => f !== MANIFEST), ...normal.filter((f) => f === MANIFEST)];
  const folders = foldersOf(normal);
  try {
    for (const rel of folders) {
      const s = await lstatOrNull(join(target, rel));
      if (s?.isDirectory()) continue;
      if (s) await moveAside(rel);
      await io.mkdir(join(target, rel));
      undo.push(() => io.remove(join(target, rel)));
    }
    const ours = (rel: string) => earlier?.has(rel.split(sep).join('/')) ?? false;
    for (const rel of order) {
      // The earlier output's files the new one has not go before the manifest that stops listing
      // them: a kill in between leaves them listed, for the next write to remove.
      if (rel === MANIFEST) await moveStale(target, '', new Set(normal), new Set(folders), ours, moveAside);
      const at = join(target, rel);
      const s = await lstatOrNull(at);
      if (s?.isDirectory()) await moveAside(rel);
      else if (s) {
        // A second name for the old file: the rename below replaces the old name atomically.
        const kept = await keepFor(rel);
        await io.link(at, kept);
        await io.rename(join(staging, rel), at);
        undo.push(() => io.rename(kept, at));
        continue;
      }
      await io.rename(join(staging, rel), at);
      undo.push(() => io.remove(at));
    }
  } catch (error) {
    await putBack(undo, old, label, error);
    await io.remove(staging).catch(() => {});
    await io.remove(old).catch(() => {});
    throw error;
  }
  return {
    // Done: what remains in both folders is no longer needed. Should removing them fail, they are
    // orphans the next write removes.
    async finish() {
      await io.remove(staging).catch(() => {});
      await io.remove(old).catch(() => {});
    },
    async undo() {
      await putBack(undo, old, label, null);
      await io.remove(old).catch(() => {});
    },
  };
}

/** Runs the steps back, last first; throws when one fails (the earlier files then stay in `old`). */
async function putBack(
  undo: (() => Promise<void>)[],
  old: string,
  label: string,
  cause: unknown,
): Promise<void> {
  const failed: unknown[] = [];
  for (const step of [...undo].reverse()) await step().catch((e: unknown) => failed.push(e));
  undo.length = 0;
  if (failed.length > 0) {
    // The earlier files are in `old` now; it is left for the user rather than removed.
    // The system's failure in its words and code, not Node's message, which names the hidden
    // staging's paths.
    const first = cause ?? failed[0];
    const system = environmentFailure(first);
    const reason =
      system === null ? String((first as Error)?.message ?? first) : `${system.reason} (${system.code})`;
    // What a caller moving several folders (a batch) needs to say it in its own words.
    throw Object.defineProperty(new OutputError(m.rollbackFailed(label, old, reason)), 'notPutBack', {
      value: { reason },
      enumerable: false,
    });
  }
}

/**
 * Moves out every entry of `target/rel` that the earlier output wrote (`ours`) and the new one has
 * not: a folder the new output has not goes whole when everything in it is such a file (looked at
 * before anything in it moves: moved file by file first, the folder itself could not then go
 * where its files already are), else only those files in it do.
 */
async function moveStale(
  target: string,
  rel: string,
  files: ReadonlySet<string>,
  folders: ReadonlySet<string>,
  ours: (rel: string) => boolean,
  moveAside: (rel: string) => Promise<void>,
): Promise<void> {
  const entries = await readdir(join(target, rel), { withFileTypes: true });
  for (const entry of entries) {
    const path = rel ? join(rel, entry.name) : entry.name;
    if (entry.isDirectory()) {
      if (!folders.has(path) && (await allStale(target, path, files, ours))) await moveAside(path);
      else await moveStale(target, path, files, folders, ours, moveAside);
    } else if (!files.has(path) && ours(path)) await moveAside(path);
  }
}

/**
 * Whether everything in the folder `target/rel`, at any depth, is the earlier output's and not the
 * new one's. An empty folder is not: the earlier output wrote files in every folder it made.
 */
async function allStale(
  target: string,
  rel: string,
  files: ReadonlySet<string>,
  ours: (rel: string) => boolean,
): Promise<boolean> {
  const entries = await readdir(join(target, rel), { withFileTypes: true });
  if (entries.length === 0) return false;
  for (const entry of entries) {
    const path = join(rel, entry.name);
    const stale = entry.isDirectory()
      ? await allStale(target, path, files, ours)
      : !files.has(path) && ours(path);
    if (!stale) return false;
  }
  return true;
}
