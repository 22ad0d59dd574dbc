// Whether an output folder is a scenario's folder of a batch: the batch's index beside it (in its
// parent) links its report. An output written there by another command (run, backtest, sweep, ...)
// replaces the batch's, and the index, written by the batch, still states the batch's figures for it.

import { basename, dirname, join } from 'node:path';
import { head } from './out-folder.js';

/** Whether the batch index in `dir`'s parent (`place`: its real path) links `dir`'s report. */
export async function listedByBatchIndex(place: string): Promise<boolean> {
  // Read only as a regular file (a FIFO there would hold the write for ever); an index of a
  // thousand scenarios is well under 16 MB.
  const text = await head(join(dirname(place), 'index.md'), 1 << 24).catch(() => '');
  if (!text.startsWith('# minesim batch')) return false;
  const name = basename(place);
  // The tables link it encoded (encodeURI), the fan charts' list as written.
  return [name, encodeURI(name)].some((n) => text.includes(`](${n}/report.html)`));
}
