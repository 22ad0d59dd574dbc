// Downloads a coin's daily series from the Coin Metrics community API v4
// (GET /timeseries/asset-metrics, no key, CC BY-NC 4.0) and turns it into the Coin Metrics CSV
// that `data import` reads, so a download passes exactly the checks and storage of an import.
// The API pages its answer: each page is {"data": [{"asset", "time", metric: "value", ...}],
// "next_page_token", "next_page_url"}, and the next page is fetched from next_page_url as given
// until a page has none. Errors come as {"error": {"type", "message"}} with an HTTP status
// (403 "forbidden" for a metric the community tier does not serve, 429 past its rate limit of
// 10 requests in 6 seconds). DiffMean is not in the community tier, so difficulty is rebuilt
// from HashRate and BlkCnt (derive.ts), as data/btc-daily.csv was.

import { dataMessages as m } from '../../messages/data.js';
import { type Coin, coinProtocol } from '../../model/coins/index.js';
import { InputError } from '../../scenario/problem.js';
import { writeCsv } from '../import/csv-table.js';
import type { HttpGet } from './http.js';

export const COIN_METRICS_API = 'https://community-api.coinmetrics.io/v4';
export const METRICS = ['PriceUSD', 'HashRate', 'BlkCnt', 'IssTotNtv', 'FeeTotNtv'] as const;
/** Rows a page: at most 10,000 are allowed; 1,000 keeps each answer small. */
export const PAGE_SIZE = 1000;
/** A download stops past this many pages (about 27 years of days at PAGE_SIZE). */
export const MAX_PAGES = 10;
/** Bytes allowed in one page's answer. */
export const MAX_PAGE_BYTES = 16 * 1024 * 1024;

/** The first page's address: daily values of METRICS for the coin from `since` (UTC). */
export function seriesUrl(coin: Coin, since: string, api: string = COIN_METRICS_API): string {
  const query = new URLSearchParams({
    assets: coinProtocol(coin).assetId,
    metrics: METRICS.join(','),
    frequency: '1d',
    start_time: since,
    page_size: String(PAGE_SIZE),
  });
  // URLSearchParams writes the commas as %2C, which the API accepts; plain commas read better in logs.
  return `${api}/timeseries/asset-metrics?${query.toString().replaceAll('%2C', ',')}`;
}

export interface Download {
  /** The series as a Coin Metrics CSV: time, then METRICS. */
  csv: string;
  rows: number;
  pages: number;
  url: string;
  /** First and last day downloaded (empty when none). */
  firstDate: string;
  lastDate: string;
}

interface Page {
  data?: unknown;
  next_page_url?: unknown;
  error?: { type?: unknown; message?: unknown };
}

function fail(label: string, message: string): InputError {
  return new InputError([{ file: label, line: 0, col: 0, path: '', message }]);
}

function parsePage(label: string, url: string, status: number, body: string): Page {
  let page: Page;
  try {
    page = JSON.parse(body) as Page;
  } catch {
    throw fail(label, status === 200 ? m.notJson(url) : m.httpError(status, body.slice(0, 200)));
  }
  if (status !== 200 || page?.error) {
    const error = page?.error;
    const detail = error
      ? `${String(error.type ?? 'error')}: ${String(error.message ?? '')}`
      : body.slice(0, 200);
    throw fail(label, m.httpError(status, detail));
  }
  if (!Array.isArray(page?.data)) throw fail(label, m.notJson(url));
  return page;
}

/** A control character (a line break above all) in a value would split or forge a CSV row. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds.
const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * One day of an answer as the CSV row `data import` reads: time, then METRICS. A metric the API
 * has not published yet is absent (its cell empty: the import leaves such a trailing day out); a
 * value of another type, a day of another asset, or text that would break the CSV is refused,
 * not read as missing.
 */
function rowOf(label: string, assetId: string, index: number, item: unknown): string[] {
  const bad = (field: string, expected: string, got: unknown) =>
    fail(label, m.badAnswerDay(index + 1, field, expected, got));
  if (item === null || typeof item !== 'object' || Array.isArray(item))
    throw bad('the day', 'an object', item);
  const day = item as Record<string, unknown>;
  if (day.asset !== assetId) throw bad('asset', JSON.stringify(assetId), day.asset);
  if (typeof day.time !== 'string' || CONTROL.test(day.time)) throw bad('time', 'a timestamp', day.time);
  const cells = [day.time];
  for (const metric of METRICS) {
    const value = day[metric];
    if (value === undefined || value === null) cells.push('');
    else if (typeof value === 'number') cells.push(String(value));
    else if (typeof value === 'string' && !CONTROL.test(value)) cells.push(value);
    else throw bad(metric, 'a number, as text', value);
  }
  return cells;
}

/**
 * Every page of the coin's series from `since`. Throws OfflineError when the API cannot be
 * reached and InputError for an answer that is an error or not the documented JSON.
 */
export async function downloadSeries(
  coin: Coin,
  since: string,
  get: HttpGet,
  api = COIN_METRICS_API,
): Promise<Download> {
  const label = new URL(api).host;
  const { assetId } = coinProtocol(coin);
  const first = seriesUrl(coin, since, api);
  const rows: string[][] = [];
  let url: string | null = first;
  let pages = 0;
  while (url !== null) {
    if (pages === MAX_PAGES) throw fail(label, m.tooManyPages(MAX_PAGES));
    const response = await get(url);
    const page = parsePage(label, url, response.status, response.body);
    pages++;
    for (const item of page.data as unknown[]) rows.push(rowOf(label, assetId, rows.length, item));
    const next = page.next_page_url;
    if (typeof next !== 'string' || next === '') url = null;
    else if (!next.startsWith(`${api}/`)) throw fail(label, m.badNextPage(next));
    else url = next;
  }
  const day = (row: string[] | undefined) => (row ? row[0].slice(0, 10) : '');
  return {
    csv: writeCsv(['time', ...METRICS], rows),
    rows: rows.length,
    pages,
    url: first,
    firstDate: day(rows[0]),
    lastDate: day(rows[rows.length - 1]),
  };
}
