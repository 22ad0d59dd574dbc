// Which files a history was read from: each file's path, SHA-256 and dates, and the source and
// licence of its rows. `data status` prints it and every output's manifest records it, so a
// result can always be traced to the exact data behind it.

import { createHash } from 'node:crypto';
import type { Coin } from '../model/coins/index.js';
import type { DataSource } from './sources.js';

/** A stretch of consecutive days from one source. */
export interface SourceRange extends DataSource {
  firstDate: string;
  lastDate: string;
  days: number;
}

export interface HistoryFile {
  /** `shipped`: data/ of minesim; `imported`: the days `minesim data import` or `fetch` stored. */
  kind: 'shipped' | 'imported';
  /** `data/btc-daily.csv` for a shipped file; the absolute path of a stored file. */
  path: string;
  /** SHA-256 of the file's bytes as read, lowercase hex. */
  sha256: string;
  /** The days this file gives the history. */
  firstDate: string;
  lastDate: string;
  days: number;
  sources: readonly SourceRange[];
}

/** One line of a manifest's `data` list. */
export interface DataRecord {
  coin: Coin;
  kind: HistoryFile['kind'];
  file: string;
  sha256: string;
  firstDate: string;
  lastDate: string;
}

/** SHA-256 of text (as UTF-8) or bytes, lowercase hex. */
export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Runs of equal source and licence over dated rows in order. */
export function sourceRanges(rows: readonly (DataSource & { date: string })[]): SourceRange[] {
  const out: SourceRange[] = [];
  for (const row of rows) {
    const last = out[out.length - 1];
    if (last && last.source === row.source && last.licence === row.licence) {
      last.lastDate = row.date;
      last.days++;
    } else
      out.push({
        source: row.source,
        licence: row.licence,
        firstDate: row.date,
        lastDate: row.date,
        days: 1,
      });
  }
  return out;
}

/** The manifest's record of the files behind a coin's history. */
export function dataRecords(coin: Coin, files: readonly HistoryFile[]): DataRecord[] {
  return files.map((f) => ({
    coin,
    kind: f.kind,
    file: f.path,
    sha256: f.sha256,
    firstDate: f.firstDate,
    lastDate: f.lastDate,
  }));
}
