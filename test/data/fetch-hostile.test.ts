// `data fetch` handed answers that are JSON but not what the Coin Metrics API documents: values of
// the wrong type, a day of another asset, text that would forge a CSV row. Each is refused with a
// message that names the day and the field, and nothing is stored.
import { readdirSync, rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { seriesUrl } from '../../src/data/fetch/coinmetrics.js';
import { fetchHistory } from '../../src/data/fetch/fetch-history.js';
import type { HttpGet } from '../../src/data/fetch/http.js';
import { dataMessages as m } from '../../src/messages/data.js';
import { formatProblem, InputError } from '../../src/scenario/problem.js';
import { tempFolder } from '../fixtures/daily-files.js';

const folders: string[] = [];
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

const SINCE = '2025-11-14';
/** A day as the API writes it: every value a string. */
const day = (date: string, values: Record<string, unknown> = {}) => ({
  asset: 'btc',
  time: `${date}T00:00:00.000000000Z`,
  BlkCnt: '144',
  FeeTotNtv: '3.44757513',
  HashRate: '1090001178',
  IssTotNtv: '450',
  PriceUSD: '94502.5476',
  ...values,
});

/** The problems a one-page answer of `data` raises; the folder stays empty. */
async function problems(data: unknown[]): Promise<string[]> {
  const dir = tempFolder();
  folders.push(dir);
  const body = JSON.stringify({ data });
  const get: HttpGet = async (url) => {
    expect(url).toBe(seriesUrl('bitcoin', SINCE));
    return { status: 200, body };
  };
  try {
    await fetchHistory({ coin: 'bitcoin', since: SINCE, folder: dir, get });
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    expect(readdirSync(dir)).toEqual([]);
    return error.problems.map(formatProblem);
  }
  throw new Error('the answer was accepted');
}

const at = (text: string) => `community-api.coinmetrics.io: ${text}`;

describe('fetchHistory() refuses a day of the answer that is not the documented JSON', () => {
  it('fetchHistory() refuses a price of another type, rather than leave the day out as unpublished', async () => {
    for (const price of [true, { usd: 95000 }, [95000]])
      expect(await problems([day('2025-11-14'), day('2025-11-15', { PriceUSD: price })])).toEqual([
        at(m.badAnswerDay(2, 'PriceUSD', 'a number, as text', price)),
      ]);
  });

  it('fetchHistory() refuses a value with a line break, which would forge a row of the CSV it imports', async () => {
    const forged = '95000\n2025-11-16,94000,1090001178,144,450,3.4';
    expect(await problems([day('2025-11-14'), day('2025-11-15', { PriceUSD: forged })])).toEqual([
      at(m.badAnswerDay(2, 'PriceUSD', 'a number, as text', forged)),
    ]);
  });

  it('fetchHistory() refuses a day of another asset, a day that is not an object, and a time that is not text', async () => {
    expect(await problems([day('2025-11-14'), day('2025-11-15', { asset: 'eth' })])).toEqual([
      at(m.badAnswerDay(2, 'asset', '"btc"', 'eth')),
    ]);
    expect(await problems([day('2025-11-14'), null])).toEqual([
      at(m.badAnswerDay(2, 'the day', 'an object', null)),
    ]);
    expect(await problems([day('2025-11-14', { time: 20251114 })])).toEqual([
      at(m.badAnswerDay(1, 'time', 'a timestamp', 20251114)),
    ]);
  });

  it('fetchHistory() still reads values given as JSON numbers, and leaves out a last day not yet published', async () => {
    const dir = tempFolder();
    folders.push(dir);
    const body = JSON.stringify({
      data: [
        day('2025-11-14', { PriceUSD: 94502.5476, BlkCnt: 144 }),
        day('2025-11-15', { PriceUSD: 95000 }),
        day('2025-11-16', { BlkCnt: undefined, FeeTotNtv: null }),
      ],
    });
    const result = await fetchHistory({
      coin: 'bitcoin',
      since: SINCE,
      folder: dir,
      get: async () => ({ status: 200, body }),
    });
    expect(result.report?.added?.days).toBe(1);
    expect(result.report?.droppedTrailing).toEqual(['2025-11-16']);
  });
});
