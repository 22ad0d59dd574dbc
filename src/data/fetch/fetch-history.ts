// `minesim data fetch`: the days after the history in use, downloaded from the Coin Metrics
// community API and passed through exactly the checks and storage of `data import`. By default
// the download starts a week before the history ends, so the overlap check compares seven days.

import { dataMessages as m } from '../../messages/data.js';
import { type Coin, coinProtocol } from '../../model/coins/index.js';
import { InputError } from '../../scenario/problem.js';
import type { History } from '../daily-history.js';
import { addDays, isIsoDate } from '../dates.js';
import { type ImportReport, importDailyText } from '../import/import.js';
import { COIN_METRICS_API_SOURCE } from '../sources.js';
import { COIN_METRICS_API, type Download, downloadSeries } from './coinmetrics.js';
import { type HttpGet, OfflineError } from './http.js';

/** Days of overlap a default download starts with. */
export const DEFAULT_OVERLAP_DAYS = 7;

export type Start = { ok: true; since: string } | { ok: false; message: string };

/** The first day to download: --since, checked, or a week before the history ends. */
export function fetchStart(history: History, since: string | undefined): Start {
  if (since === undefined) return { ok: true, since: addDays(history.lastDate, 1 - DEFAULT_OVERLAP_DAYS) };
  if (!isIsoDate(since)) return { ok: false, message: m.badSince(since) };
  const next = addDays(history.lastDate, 1);
  if (since > next)
    return { ok: false, message: m.sinceLeavesGap(history.coin, history.lastDate, next, since) };
  return { ok: true, since };
}

export interface FetchOptions {
  coin: Coin;
  since: string;
  folder: string;
  get: HttpGet;
  /** The API's root; tests keep the default and answer from recordings. */
  api?: string;
}

export interface FetchResult {
  download: Download;
  /** Null when the API had no day from `since`. */
  report: ImportReport | null;
}

/** Downloads and imports; an unreachable API is an input error that says how to import a file instead. */
export async function fetchHistory(options: FetchOptions): Promise<FetchResult> {
  const api = options.api ?? COIN_METRICS_API;
  let download: Download;
  try {
    download = await downloadSeries(options.coin, options.since, options.get, api);
  } catch (error) {
    if (!(error instanceof OfflineError)) throw error;
    const message = m.offline(error.host, error.reason, options.coin);
    throw new InputError([{ file: error.host, line: 0, col: 0, path: '', message }]);
  }
  if (download.rows === 0) return { download, report: null };
  // Positions in problems count the downloaded rows as the lines of a CSV with a header.
  const label = `${new URL(api).host}/${coinProtocol(options.coin).assetId}`;
  const report = await importDailyText(download.csv, label, {
    folder: options.folder,
    coin: options.coin,
    source: COIN_METRICS_API_SOURCE,
  });
  return { download, report };
}
