// The folders of a batch's scenarios in --out as the batch found them at its start: a folder that
// another command (`minesim run --out <out>/<scenario>`, a sweep, ...) wrote while the batch ran is
// the newer output, and the batch leaves it as it is rather than move its own run over it.

import { join } from 'node:path';
import { batchMessages } from '../messages/batch.js';
import { head } from '../report/out-folder.js';
import { OutputError } from '../report/output-error.js';
import type { BatchEntry } from '../study/batch.js';

/** A scenario folder's name in --out -> its manifest.json's text when the batch began ('' for none). */
export type FoundFolders = Map<string, string>;

/** The manifest's text, read only as a regular file ('' for none, or for a link, FIFO or device there). */
const manifestOf = (out: string, folder: string) =>
  head(join(out, folder, 'manifest.json'), 1 << 20).catch(() => '');

/** Notes `folder` of --out as the batch finds it. */
export async function noteFolder(found: FoundFolders, out: string, folder: string): Promise<void> {
  found.set(folder, await manifestOf(out, folder));
}

/** Refuses `folder` if another command has written it since the batch noted it. */
export async function checkUnchanged(found: FoundFolders, out: string, folder: string): Promise<void> {
  if (!found.has(folder)) return;
  if ((await manifestOf(out, folder)) !== found.get(folder))
    throw new OutputError(batchMessages.writtenMeanwhile(join(out, folder)));
}

/**
 * The entries with each that ran but one of whose folders another command has written since
 * (checkUnchanged) made unwritten, with the message saying so: its folders are not moved in.
 */
export async function unchangedEntries(
  entries: readonly BatchEntry[],
  found: FoundFolders,
  out: string,
): Promise<BatchEntry[]> {
  const checked: BatchEntry[] = [];
  for (const e of entries) {
    if (e.status !== 'ok') {
      checked.push(e);
      continue;
    }
    try {
      for (const folder of [e.folder, e.backtestFolder])
        if (folder !== null) await checkUnchanged(found, out, folder);
      checked.push(e);
    } catch (error) {
      if (!(error instanceof OutputError)) throw error;
      checked.push({ status: 'unwritten', file: e.file, message: error.message });
    }
  }
  return checked;
}
