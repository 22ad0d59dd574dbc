// A daily file whose prices are not the coin's USD price (in thousands, in cents) or whose last row
// was cut mid-value (an interrupted download of a Coin Metrics file, whose last column is PriceUSD)
// shares no day with the history to be caught by the 1 % check: its days were stored and every run
// then read a Bitcoin at 95 USD. A day's price must stay within a factor of PRICE_STEP_FACTOR of the
// day before's, which no day of either shipped history comes near.
import { readdirSync, rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/data/dates.js';
import { shippedHistory } from '../../src/data/history.js';
import { importDailyText } from '../../src/data/import/import.js';
import { PRICE_STEP_FACTOR } from '../../src/data/import/steps.js';
import { dataMessages as m } from '../../src/messages/data.js';
import { formatProblem, InputError } from '../../src/scenario/problem.js';
import { byCellNumber } from '../fixtures/csv-cells.js';
import { tempFolder } from '../fixtures/daily-files.js';

const folders: string[] = [];
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

/** The problems an import of `text` throws, as printed (each column its cell's number); [] when it is stored. */
async function problems(text: string, coin: 'bitcoin' | 'monero' = 'bitcoin'): Promise<string[]> {
  const dir = tempFolder();
  folders.push(dir);
  try {
    await importDailyText(text, 'f.csv', { folder: dir, coin });
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    expect(readdirSync(dir)).toEqual([]);
    return byCellNumber(text, error.problems.map(formatProblem));
  }
  return [];
}

// The shipped Bitcoin history ends on 2025-11-14 at 94,502.5476 USD, difficulty 152,271,405,447,597.
const LAST = '2025-11-14';
const LAST_PRICE = 94502.5476;
const DIFFICULTY = 152271405447597;

/** Simple-format days after the history, one a price. */
function simple(prices: readonly string[]): string {
  const rows = prices.map((p, k) => `${addDays(LAST, k + 1)},${p},${DIFFICULTY},144,0.025`);
  return `${['date,price_usd,difficulty,blocks,fees_per_block', ...rows].join('\n')}\n`;
}

describe('importDailyText() holds a day’s price within reach of the day before’s', () => {
  it('importDailyText() refuses prices in thousands of USD after the history, where it stored a Bitcoin at 95 USD', async () => {
    expect(await problems(simple(['95.0', '96.0', '96.5']))).toEqual([
      `f.csv:2:2 price_usd: ${m.priceStep('Bitcoin', PRICE_STEP_FACTOR, LAST, LAST_PRICE, 95)}`,
    ]);
  });

  it('importDailyText() refuses a Coin Metrics file whose last row was cut inside its PriceUSD', async () => {
    const text =
      'time,BlkCnt,DiffMean,FeeTotNtv,PriceUSD\n' +
      `2025-11-15,143,${DIFFICULTY},3.5,95000\n` +
      `2025-11-16,140,${DIFFICULTY},3.1,9`;
    // Beside the line that ends without its line break (import-cut-last-line.test.ts).
    expect(await problems(text)).toEqual([
      `f.csv:3:1: ${m.lastLineCut('2025-11-16')}`,
      `f.csv:3:5 PriceUSD: ${m.priceStep('Bitcoin', PRICE_STEP_FACTOR, '2025-11-15', 95000, 9)}`,
    ]);
    expect(await problems(`${text}\n`)).toEqual([
      `f.csv:3:5 PriceUSD: ${m.priceStep('Bitcoin', PRICE_STEP_FACTOR, '2025-11-15', 95000, 9)}`,
    ]);
  });

  it('importDailyText() takes days that move as far as the histories’ largest day (x 1.94, Bitcoin on 2013-04-11)', async () => {
    const moved = [LAST_PRICE / 1.95, LAST_PRICE, LAST_PRICE / 1.95].map(String);
    expect(await problems(simple(moved))).toEqual([]);
  });

  it('PRICE_STEP_FACTOR is more than twice the largest day-to-day move of either shipped history', () => {
    for (const coin of ['bitcoin', 'monero'] as const) {
      const h = shippedHistory(coin);
      let largest = 1;
      for (let i = 1; i < h.days; i++) {
        const step = h.priceUsd[i] / h.priceUsd[i - 1];
        largest = Math.max(largest, step, 1 / step);
      }
      expect(largest).toBeLessThan(2);
      expect(PRICE_STEP_FACTOR).toBeGreaterThan(2 * largest);
    }
  });
});
