// The days imported into a user data folder: one CSV a coin, history/btc-daily.csv and
// history/xmr-daily.csv, in the columns of the shipped file plus height, source and licence per
// row. minesim writes it (atomically, replacing its own previous version) and reads it back
// through the same checks as any import, so a file changed by hand is refused with positions.

import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { dataMessages as m } from '../../messages/data.js';
import { type Coin, coinProtocol } from '../../model/coins/index.js';
import { makeFolders, removeMadeFolders, writeFileAtomic } from '../../report/atomic.js';
import { InputError } from '../../scenario/problem.js';
import type { History } from '../daily-history.js';
import { sha256Hex } from '../provenance.js';
import { checkDailyFile } from './check.js';
import { writeCsv } from './csv-table.js';
import type { Day } from './derive.js';
import { shippedHeader } from './formats.js';
import { systemReason } from './system-reason.js';

/** Where a folder keeps the imported days of a coin: under the shipped file's name. */
export function storedHistoryPath(folder: string, coin: Coin): string {
  return join(folder, 'history', coinProtocol(coin).history.file);
}

export interface StoredDays {
  path: string;
  sha256: string;
  days: Day[];
}

/**
 * Inode, size and modification time of the stored file, or null when there is none: the history
 * cache's key. Every write renames a new file into place, so the inode changes even when a
 * replacement of the same size lands within the clock's resolution.
 */
export function storedSignature(path: string): string | null {
  try {
    const stat = statSync(path);
    return `${stat.ino}:${stat.size}:${stat.mtimeMs}`;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    // A file where the store's folder should be (history/ written by something else): every
    // command reads the store, so this is the user's to fix, not a bug.
    const message = code === 'ENOTDIR' ? m.storeFolderBlocked(dirname(path)) : m.unreadable(String(error));
    throw new InputError([{ file: path, line: 0, col: 0, path: '', message }]);
  }
}

/**
 * The stored days of a coin, checked against the shipped history; null when the folder has none.
 * A stored file that fails the checks stops every command with its problems (exit 2).
 */
export function readStoredDays(folder: string, coin: Coin, shipped: History): StoredDays | null {
  const path = storedHistoryPath(folder, coin);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new InputError([{ file: path, line: 0, col: 0, path: '', message: m.unreadable(String(error)) }]);
  }
  const checked = checkDailyFile({
    text: bytes.toString('utf8'),
    file: path,
    coin,
    base: () => shipped,
    fallbackSource: { source: m.unknownSource(), licence: m.unknownSource() },
  });
  const broken = (message: string) => [{ file: path, line: 0, col: 0, path: '', message }];
  if (!checked.ok) throw new InputError([...checked.problems, ...broken(m.storedBroken())]);
  // A store may begin inside the shipped history when a newer minesim ships more days: those
  // days have just been checked to agree with it, and the history uses the shipped ones.
  if (checked.added.length === 0) throw new InputError(broken(m.storedCovered(shipped.lastDate)));
  return { path, sha256: sha256Hex(bytes), days: checked.added };
}

const text = (x: number) => String(x);

/** The stored file's text: the shipped columns, then height, source and licence. */
export function storedText(coin: Coin, days: readonly Day[]): string {
  const header = [...shippedHeader(coin), 'height', 'source', 'licence'];
  const rows = days.map((d) => {
    const revenue = text((d.issuance + d.fees) * d.priceUsd);
    const network = coinProtocol(coin).history.networkCells(d.hashrateHs, d.blocks);
    return [
      d.date,
      text(d.priceUsd),
      text(d.difficulty),
      ...network,
      text(d.issuance),
      text(d.fees),
      revenue,
      text(d.height),
      d.source,
      d.licence,
    ];
  });
  return writeCsv(header, rows);
}

/** Replaces the stored days of a coin, atomically: a failed write leaves the previous file. */
export async function writeStoredDays(folder: string, coin: Coin, days: readonly Day[]): Promise<StoredDays> {
  const path = storedHistoryPath(folder, coin);
  const content = storedText(coin, days);
  await writeFileAtomic(path, content, { durable: true });
  return { path, sha256: sha256Hex(content), days: [...days] };
}

/**
 * Creates the data folder (`upTo` 'folder': it and the folders above it, where the import lock
 * goes) or its store (`upTo` 'history': history/ in it, made under the lock, so that no other
 * import removes it while this one writes); returns the folders it made, outermost first, for
 * removeStoreFolders to take away if the import fails. A failure names the store it was for.
 */
export async function makeStoreFolder(folder: string, upTo: 'folder' | 'history'): Promise<string[]> {
  const store = dirname(storedHistoryPath(folder, 'bitcoin'));
  const dir = upTo === 'folder' ? folder : store;
  try {
    return await makeFolders(dir);
  } catch (error) {
    // The folder refused (history/, or the first of the new ones above it), in the system's words.
    const at = (error as NodeJS.ErrnoException).path ?? dir;
    const reason = systemReason(error);
    throw new InputError([
      { file: at, line: 0, col: 0, path: '', message: m.cannotMakeStore(at, store, dirname(at), reason) },
    ]);
  }
}

/** Removes the folders makeStoreFolder made (`made`) for an import that failed, each only while empty. */
export const removeStoreFolders = (made: readonly string[]): Promise<void> => removeMadeFolders(made);
