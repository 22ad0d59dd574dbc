// The end of `minesim batch`: its staged folders and index moved into --out in one short step
// (publish), every step with its way back, so that a step that fails puts --out back as it was;
// and the earlier files a batch stopped among those renames leaves, kept beside --out rather than
// removed with its staging (keepEarlier, keepEarlierNow).
import { readdirSync, renameSync } from 'node:fs';
import { mkdir, readdir, rename, rm, rmdir } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { batchMessages } from '../messages/batch.js';
import { makeFolders } from '../report/atomic.js';
import { okEntries } from '../report/batch-cells.js';
import { batchIndexFiles } from '../report/batch-index.js';
import { checkOutFolder } from '../report/out-folder.js';
import { asOutputError, OutputError } from '../report/output-error.js';
import type { PendingReplacement } from '../report/replace-files.js';
import { checkStagedFolder, moveStagedFolder } from '../report/staged-folder.js';
import { earlierName } from '../report/temp-names.js';
import { type BatchEntry, INDEX_FILES } from '../study/batch.js';

/** Where a batch staged in `staging` keeps the earlier files while it moves its folders in. */
const earlierIn = (staging: string) => join(staging, '.earlier');

/**
 * Where the earlier files a batch could not put back go, beside its staging: named after --out
 * and the time, a name no write of minesim's removes.
 */
function keptPath(staging: string, out: string): string {
  return join(dirname(staging), earlierName(out));
}

/**
 * Moves the earlier files of a batch's staging (a batch killed among its final renames: the
 * earlier index and the earlier versions of the files it had replaced) to a kept folder; its
 * path, or null where the staging holds none.
 */
export async function keepEarlier(staging: string, out: string): Promise<string | null> {
  const earlier = earlierIn(staging);
  const entries = await readdir(earlier).catch(() => []);
  if (entries.length === 0) return null;
  const kept = keptPath(staging, out);
  await rename(earlier, kept);
  return kept;
}

/**
 * keepEarlier for a process about to exit: synchronous, and never throws. Should the rename fail,
 * the earlier files stay in the staging, whose taker-over (the next batch) keeps them.
 */
export function keepEarlierNow(staging: string, out: string): string | null {
  const earlier = earlierIn(staging);
  let entries: string[];
  try {
    entries = readdirSync(earlier);
  } catch {
    return null;
  }
  if (entries.length === 0) return null;
  try {
    const kept = keptPath(staging, out);
    renameSync(earlier, kept);
    return kept;
  } catch {
    return earlier;
  }
}

/**
 * Moves the staged folders and index into --out, in one short step once every run has ended: each
 * folder by rename (moveStagedFolder), after every one is checked. The earlier index goes aside
 * first, so a kill among the renames leaves no index stating figures some folders no longer hold;
 * the new one comes last, each file by one rename. Should a step fail (a full disk, a folder
 * replaced meanwhile), every folder moved in is put back and the earlier index with it: --out is
 * as it was, and the message says why. Only when a folder cannot be put back does --out keep a
 * mix; the message then names each such folder, and the earlier files not put back are kept.
 */
export async function publish(staging: string, out: string, entries: readonly BatchEntry[]): Promise<void> {
  const folders = publishedFolders(entries);
  // The earlier files, kept until every folder and the index are in (folder names never start
  // with a dot, so none is this).
  const earlier = earlierIn(staging);
  // The folder is checked again, as its index files are replaced.
  const place = await checkOutFolder(out, 'collection');
  const moved: Moved[] = [];
  const pending: PendingReplacement[] = [];
  let current: string | null = null;
  try {
    // A folder made the user's while the batch ran is refused here, before anything moves.
    for (const folder of folders) await checkStagedFolder(join(staging, folder), join(out, folder));
    await makeFolders(resolve(out));
    await mkdir(earlier);
    for (const file of await batchIndexFiles(out)) {
      await rename(join(out, file), join(earlier, file));
      moved.push({
        kind: 'earlier index',
        name: file,
        undo: () => rename(join(earlier, file), join(out, file)),
      });
    }
    for (const folder of folders) {
      current = folder;
      const move = await moveStagedFolder(join(staging, folder), join(out, folder), join(earlier, folder));
      pending.push(move);
      moved.push({ kind: 'folder', name: folder, undo: () => move.undo() });
    }
    for (const file of INDEX_FILES) {
      try {
        await rename(join(staging, file), join(out, file));
      } catch (error) {
        throw asOutputError(error, join(out, file));
      }
      moved.push({ kind: 'index', name: file, undo: () => rm(join(out, file), { force: true }) });
    }
  } catch (error) {
    const failure = asOutputError(error, out);
    // The folder under way could not be put back itself: its earlier files are in `earlier` too.
    const stuck = (failure as { notPutBack?: { reason: string } }).notPutBack;
    const reason = stuck?.reason ?? (failure instanceof Error ? failure.message : String(failure));
    await putBack(moved, earlier, out, place.exists, reason, stuck && current !== null ? [current] : []);
    throw new OutputError(batchMessages.moveFailed(out, reason));
  }
  for (const move of pending) await move.finish();
}

/** The folders a batch moves into --out: each run's that ran, and its back-test's. */
export function publishedFolders(entries: readonly BatchEntry[]): string[] {
  return okEntries(entries).flatMap((e) =>
    e.backtestFolder === null ? [e.folder] : [e.folder, e.backtestFolder],
  );
}

/** A step of publish, with its way back. */
interface Moved {
  kind: 'earlier index' | 'folder' | 'index';
  name: string;
  undo: () => Promise<void>;
}

/**
 * Undoes the steps of a failed publish, last first. Every one undone: --out is as it was (a --out
 * the batch made is removed again). A folder that cannot be put back: the earlier index stays out
 * (it would state figures that folder no longer holds), the earlier files not put back and that
 * index are kept beside the staging under a name no later write removes, and the error says what
 * is where.
 */
async function putBack(
  moved: readonly Moved[],
  earlier: string,
  out: string,
  existed: boolean,
  reason: string,
  stuck: readonly string[],
): Promise<void> {
  const notBack: string[] = [...stuck];
  for (const step of [...moved].reverse()) {
    if (step.kind === 'earlier index' && notBack.length > 0) continue;
    try {
      await step.undo();
    } catch {
      if (step.kind === 'folder') notBack.unshift(step.name);
    }
  }
  if (notBack.length === 0) {
    // Only if empty: anything else in it is not this batch's.
    if (!existed) await rmdir(out).catch(() => {});
    return;
  }
  const kept = keptPath(dirname(earlier), basename(resolve(out)));
  const keptAside = await rename(earlier, kept).then(
    () => true,
    () => false,
  );
  // Should even that rename fail, the earlier files stay in the staging, which is then kept: the
  // next batch into --out, taking it over, keeps them as a killed batch's.
  throw Object.assign(
    new OutputError(batchMessages.notPutBack(out, reason, notBack, keptAside ? kept : earlier)),
    {
      keepStaging: !keptAside,
    },
  );
}
