// `data fetch` against recorded Coin Metrics answers (test/fixtures/coinmetrics/); the only
// sockets opened are on the loopback interface, to check the real HTTP client's offline path.
import { readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { COIN_METRICS_API, seriesUrl } from '../../src/data/fetch/coinmetrics.js';
import { DEFAULT_OVERLAP_DAYS, fetchHistory, fetchStart } from '../../src/data/fetch/fetch-history.js';
import { createHttpGet, type HttpGet, OfflineError } from '../../src/data/fetch/http.js';
import { loadHistory } from '../../src/data/history.js';
import { COIN_METRICS_API_SOURCE } from '../../src/data/sources.js';
import { dataMessages as m } from '../../src/messages/data.js';
import { formatProblem, InputError } from '../../src/scenario/problem.js';
import { btc, tempFolder } from '../fixtures/daily-files.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/coinmetrics/${name}`, import.meta.url), 'utf8');
const PAGE_1 = fixture('btc-page-1.json');
const PAGE_2 = fixture('btc-page-2.json');
const NEXT = (JSON.parse(PAGE_1) as { next_page_url: string }).next_page_url;
const SINCE = '2025-11-08';

const folders: string[] = [];
function folder(): string {
  const dir = tempFolder();
  folders.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

/** An HttpGet that answers from a table of recorded bodies and logs what was asked. */
function recorded(answers: Record<string, { status: number; body: string }>, asked: string[] = []): HttpGet {
  return async (url) => {
    asked.push(url);
    const answer = answers[url];
    if (!answer) throw new Error(`no recording for ${url}`);
    return answer;
  };
}

async function problemsOf(work: Promise<unknown>): Promise<string[]> {
  try {
    await work;
  } catch (error) {
    if (error instanceof InputError) return error.problems.map(formatProblem);
    throw error;
  }
  throw new Error('no problem was raised');
}

describe('fetchHistory()', () => {
  it('fetchHistory() follows next_page_url, leaves out the unfinished day and imports like a file', async () => {
    const dir = folder();
    const asked: string[] = [];
    const get = recorded(
      { [seriesUrl('bitcoin', SINCE)]: { status: 200, body: PAGE_1 }, [NEXT]: { status: 200, body: PAGE_2 } },
      asked,
    );
    const result = await fetchHistory({ coin: 'bitcoin', since: SINCE, folder: dir, get });
    expect(asked).toEqual([seriesUrl('bitcoin', SINCE), NEXT]);
    expect(result.download).toMatchObject({ pages: 2, rows: 24, firstDate: SINCE, lastDate: '2025-12-01' });
    expect(result.report).toMatchObject({
      format: 'coinmetrics',
      added: { firstDate: '2025-11-15', lastDate: '2025-11-30', days: 16 },
      overlap: { firstDate: SINCE, lastDate: '2025-11-14', days: 7 },
      droppedTrailing: ['2025-12-01'],
    });
    const h = loadHistory('bitcoin', dir);
    expect(h.lastDate).toBe('2025-11-30');
    expect(h.files[1].sources).toEqual([
      { ...COIN_METRICS_API_SOURCE, firstDate: '2025-11-15', lastDate: '2025-11-30', days: 16 },
    ]);
    const first = (JSON.parse(PAGE_1) as { data: Record<string, string>[] }).data[7];
    expect(h.priceUsd[h.indexOf('2025-11-15')]).toBe(Number(first.PriceUSD));
    expect(h.issuance[h.indexOf('2025-11-15')]).toBe(Number(first.IssTotNtv));
  });

  it('fetchHistory() reports a downloaded day that disagrees with the history at its row', async () => {
    const page = JSON.parse(PAGE_1) as { data: Record<string, string>[] };
    page.data[2].PriceUSD = '1';
    const get = recorded({
      [seriesUrl('bitcoin', SINCE)]: { status: 200, body: JSON.stringify(page) },
      [NEXT]: { status: 200, body: PAGE_2 },
    });
    const h = btc();
    const i = h.indexOf('2025-11-10');
    const diff = Math.abs(1 / h.priceUsd[i] - 1);
    expect(await problemsOf(fetchHistory({ coin: 'bitcoin', since: SINCE, folder: folder(), get }))).toEqual([
      `community-api.coinmetrics.io/btc:4:32 PriceUSD: ${m.disagrees('bitcoin', 'the price', '2025-11-10', h.priceUsd[i], diff, 0.01, 1)}`,
    ]);
  });

  it('fetchHistory() turns an API error answer into its message, and stores nothing', async () => {
    const dir = folder();
    const get = recorded({ [seriesUrl('monero', SINCE)]: { status: 403, body: fixture('error-403.json') } });
    expect(await problemsOf(fetchHistory({ coin: 'monero', since: SINCE, folder: dir, get }))).toEqual([
      `community-api.coinmetrics.io: ${m.httpError(403, "forbidden: Requested metric 'HashRate' with frequency '1d' for asset 'xmr' is not available with supplied credentials.")}`,
    ]);
    expect(loadHistory('monero', dir)).toBe(loadHistory('monero', null));
  });

  it('fetchHistory() refuses an answer that is not the documented JSON, and a next page elsewhere', async () => {
    const url = seriesUrl('bitcoin', SINCE);
    const html = recorded({ [url]: { status: 200, body: '<html>captive portal</html>' } });
    expect(
      await problemsOf(fetchHistory({ coin: 'bitcoin', since: SINCE, folder: folder(), get: html })),
    ).toEqual([`community-api.coinmetrics.io: ${m.notJson(url)}`]);
    const elsewhere = PAGE_1.replace(NEXT, 'https://example.com/steal');
    const foreign = recorded({ [url]: { status: 200, body: elsewhere } });
    expect(
      await problemsOf(fetchHistory({ coin: 'bitcoin', since: SINCE, folder: folder(), get: foreign })),
    ).toEqual([`community-api.coinmetrics.io: ${m.badNextPage('https://example.com/steal')}`]);
  });

  it('fetchHistory() offline says so and how to import a file instead', async () => {
    const get: HttpGet = async (url) => {
      throw new OfflineError(new URL(url).host, 'ENOTFOUND');
    };
    expect(await problemsOf(fetchHistory({ coin: 'bitcoin', since: SINCE, folder: folder(), get }))).toEqual([
      `community-api.coinmetrics.io: ${m.offline('community-api.coinmetrics.io', 'ENOTFOUND', 'bitcoin')}`,
    ]);
  });
});

describe('createHttpGet()', () => {
  const servers: Server[] = [];
  afterAll(() => {
    for (const server of servers) server.close();
  });
  async function listen(handler: Parameters<typeof createServer>[1]): Promise<number> {
    const server = createServer(handler);
    servers.push(server);
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    return (server.address() as AddressInfo).port;
  }

  it('createHttpGet() fails within seconds with OfflineError when nothing answers', async () => {
    const port = await listen(() => {});
    servers.pop()?.close();
    await new Promise((done) => setTimeout(done, 50));
    const started = Date.now();
    const api = `http://127.0.0.1:${port}/v4`;
    const get = createHttpGet(1024, () => new Error('too large'));
    await expect(get(`${api}/x`)).rejects.toBeInstanceOf(OfflineError);
    const got = await problemsOf(fetchHistory({ coin: 'bitcoin', since: SINCE, folder: folder(), get, api }));
    expect(got).toEqual([`127.0.0.1: ${m.offline('127.0.0.1', 'ECONNREFUSED', 'bitcoin')}`]);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('createHttpGet() returns status and body, and refuses a body over its limit', async () => {
    const port = await listen((_, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(PAGE_2);
    });
    const url = `http://127.0.0.1:${port}/v4/timeseries/asset-metrics`;
    expect(await createHttpGet(1 << 20, () => new Error('too large'))(url)).toEqual({
      status: 200,
      body: PAGE_2,
    });
    await expect(createHttpGet(100, () => new Error('too large'))(url)).rejects.toThrow('too large');
  });
});

describe('fetchStart()', () => {
  it('fetchStart() starts a week before the history ends unless --since says otherwise', () => {
    const h = btc();
    expect(fetchStart(h, undefined)).toEqual({ ok: true, since: SINCE });
    expect(DEFAULT_OVERLAP_DAYS).toBe(7);
    expect(fetchStart(h, '2025-11-15')).toEqual({ ok: true, since: '2025-11-15' });
    expect(fetchStart(h, '2025-11-16')).toEqual({
      ok: false,
      message: m.sinceLeavesGap('bitcoin', '2025-11-14', '2025-11-15', '2025-11-16'),
    });
    expect(fetchStart(h, '16.11.2025')).toEqual({ ok: false, message: m.badSince('16.11.2025') });
    expect(COIN_METRICS_API).toBe('https://community-api.coinmetrics.io/v4');
  });
});
