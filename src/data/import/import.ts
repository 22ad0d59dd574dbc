// `minesim data import` and `data fetch` end here: a daily CSV is checked against the history in
// use and, when every rule holds, its days past that history's end are added to the user data
// folder's stored file, in one atomic write. A file with any problem changes nothing.

import { basename } from 'node:path';
import { dataMessages as m } from '../../messages/data.js';
import { documentMessages } from '../../messages/documents.js';
import type { Coin } from '../../model/coins/index.js';
import { InputError } from '../../scenario/problem.js';
import { readInputFile } from '../../scenario/read-input.js';
import { loadHistory, shippedHistory } from '../history.js';
import { type DataSource, userFileSource } from '../sources.js';
import { decodeUtf8 } from '../utf8-text.js';
import { checkDailyFile } from './check.js';
import type { FormatId } from './formats.js';
import { lockImports } from './lock.js';
import { makeStoreFolder, readStoredDays, removeStoreFolders, writeStoredDays } from './stored.js';

/** Larger inputs are refused unread: Coin Metrics' full btc.csv, 140 columns from 2009, is about 10 MiB. */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

export interface ImportOptions {
  /** The user data folder. */
  folder: string;
  /** --coin; the shipped format names its own. */
  coin?: Coin;
  /** Check against the shipped history alone and replace the days imported before. */
  replace?: boolean;
  /** Source and licence of every added day (--source/--licence, or the API's); one left out stays the file's. */
  source?: Partial<DataSource>;
}

export interface Range {
  firstDate: string;
  lastDate: string;
  days: number;
}

export interface ImportReport {
  file: string;
  coin: Coin;
  format: FormatId;
  /** The history the file was checked against: its first and last day. */
  historyFirst: string;
  historyLast: string;
  /** Days added past the end of the history in use; null when none. */
  added: Range | null;
  /** Days the file shares with the history in use, all agreeing with it. */
  overlap: Range | null;
  ignoredBefore: number;
  droppedTrailing: string[];
  /** The folder's stored file after the import: path, SHA-256 and range. */
  stored: (Range & { path: string; sha256: string }) | null;
}

/** Checks CSV text and stores what it adds; throws InputError with every problem. */
export async function importDailyText(
  text: string,
  file: string,
  options: ImportOptions,
): Promise<ImportReport> {
  const { folder } = options;
  if (options.source) checkLabels(options.source);
  // Checked first without the lock, so a refused file leaves no trace (not even a new folder);
  // then, when there are days to store, checked again under the lock against the store as it is.
  const unlocked = await importChecked(text, file, options, false);
  if (unlocked.added === null) return unlocked;
  // The data folder is made for the lock; history/ only under it: an import refused here (another
  // holds the lock) must not remove the history/ the other is about to write into.
  const made = await makeStoreFolder(folder, 'folder');
  try {
    const release = lockImports(folder);
    try {
      const store = await makeStoreFolder(folder, 'history');
      try {
        return await importChecked(text, file, options, true);
      } catch (error) {
        await removeStoreFolders(store);
        throw error;
      }
    } finally {
      release();
    }
  } catch (error) {
    // A failed import leaves no trace: the folders it made (a new --data folder, its history/)
    // go again, each only while empty, so nothing it did not write is ever removed (a folder
    // holding another import's lock stays).
    await removeStoreFolders(made);
    throw error;
  }
}

async function importChecked(
  text: string,
  file: string,
  options: ImportOptions,
  write: boolean,
): Promise<ImportReport> {
  const { folder } = options;
  const base = (coin: Coin) => (options.replace ? shippedHistory(coin) : loadHistory(coin, folder));
  const checked = checkDailyFile({
    text,
    file,
    coin: options.coin,
    base,
    source: options.source,
    fallbackSource: userFileSource(basename(file)),
    lineEnded: true,
  });
  if (!checked.ok) throw new InputError(checked.problems);
  const { coin, added } = checked;
  const earlier = options.replace ? null : readStoredDays(folder, coin, shippedHistory(coin));
  const report: ImportReport = {
    file,
    coin,
    format: checked.format.id,
    historyFirst: base(coin).firstDate,
    historyLast: base(coin).lastDate,
    added: null,
    overlap:
      checked.overlapDays > 0
        ? {
            firstDate: checked.overlapFirst ?? '',
            lastDate: checked.overlapLast ?? '',
            days: checked.overlapDays,
          }
        : null,
    ignoredBefore: checked.ignoredBefore,
    droppedTrailing: checked.droppedTrailing,
    stored: null,
  };
  if (added.length > 0) {
    report.added = { firstDate: added[0].date, lastDate: added[added.length - 1].date, days: added.length };
    if (!write) return report;
    const all = [...(earlier?.days ?? []), ...added];
    const stored = await writeStoredDays(folder, coin, all);
    report.stored = { path: stored.path, sha256: stored.sha256, ...rangeOf(all) };
  } else if (earlier)
    report.stored = { path: earlier.path, sha256: earlier.sha256, ...rangeOf(earlier.days) };
  return report;
}

/** Longest --source or --licence: each is stored with every day. */
export const MAX_LABEL_CHARS = 1000;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds.
const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * --source and --licence are cells of every stored row, which holds one day a line: a line
 * break would split the row and leave a store that every later command refuses.
 */
function checkLabels(source: Partial<DataSource>): void {
  const problems = (['source', 'licence'] as const).flatMap((key) => {
    const label = source[key];
    if (label === undefined) return [];
    // An empty label (`--source "$UNSET"`) would be stored as nothing in place of the file's.
    const message =
      label.trim() === ''
        ? m.emptyLabel(key, label)
        : CONTROL.test(label) || label.length > MAX_LABEL_CHARS
          ? m.badLabel(MAX_LABEL_CHARS, label)
          : null;
    return message === null ? [] : [{ file: `--${key}`, line: 0, col: 0, path: '', message }];
  });
  if (problems.length > 0) throw new InputError(problems);
}

function rangeOf(days: readonly { date: string }[]): Range {
  return { firstDate: days[0].date, lastDate: days[days.length - 1].date, days: days.length };
}

/**
 * Reads a file (refusing one over MAX_IMPORT_BYTES or not UTF-8 text) and imports it. The size is
 * capped while reading, so a device (/dev/zero) or a pipe cannot run minesim out of memory, and a
 * FIFO nobody writes to is given up after READ_TIMEOUT_MS.
 */
export async function importDailyFile(file: string, options: ImportOptions): Promise<ImportReport> {
  const refuse = (message: string) => new InputError([{ file, line: 0, col: 0, path: '', message }]);
  const input = await readInputFile(file, { maxBytes: MAX_IMPORT_BYTES });
  if (!input.ok) {
    if (input.kind === 'too-large')
      throw refuse(input.known ? m.tooLarge(input.size, MAX_IMPORT_BYTES) : m.tooLargeRead(MAX_IMPORT_BYTES));
    throw refuse(m.unreadable(input.kind === 'timeout' ? m.noInput(input.seconds) : input.reason));
  }
  const decoded = decodeUtf8(input.bytes);
  if (!decoded.ok)
    throw new InputError([
      {
        file,
        line: decoded.line,
        col: decoded.col,
        path: '',
        message: documentMessages.encoding(decoded.kind, decoded.byte),
      },
    ]);
  return importDailyText(decoded.text, file, options);
}
