// A daily file cut short (an interrupted download) ends inside its last line, whose last value may
// be cut with it: `...,140,0.02` cut to `...,140,0.0` was stored as a day of no fees, and a
// Coin Metrics file's PriceUSD cut from 96000 to 960 (which the price step now refuses too). A day
// to add on a last line without its line break is refused until the line is ended, which says it
// is whole; a file that ends its last line is read as before.
import { readdirSync, rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { importDailyText } from '../../src/data/import/import.js';
import { dataMessages as m } from '../../src/messages/data.js';
import { formatProblem, InputError } from '../../src/scenario/problem.js';
import { tempFolder } from '../fixtures/daily-files.js';

const folders: string[] = [];
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

async function imported(text: string): Promise<{ problems: string[]; days: number | null }> {
  const dir = tempFolder();
  folders.push(dir);
  try {
    const report = await importDailyText(text, 'f.csv', { folder: dir });
    return { problems: [], days: report.added?.days ?? null };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    expect(readdirSync(dir)).toEqual([]);
    return { problems: error.problems.map(formatProblem), days: null };
  }
}

const HEADER = 'date,price_usd,difficulty,blocks,fees_per_block';
const DAY_1 = '2025-11-15,95000,152271405447597,143,0.025';
const DAY_2 = '2025-11-16,96000,152271405447597,140,0.02';

describe('importDailyText() of a file that ends inside its last line', () => {
  it('importDailyText() refuses a day to add on a last line without its line break, naming the line and day', async () => {
    const cut = `${HEADER}\n${DAY_1}\n${DAY_2.slice(0, -1)}`;
    expect(await imported(cut)).toEqual({
      problems: [`f.csv:3:1: ${m.lastLineCut('2025-11-16')}`],
      days: null,
    });
  });

  it('importDailyText() reads the same file with its last line ended, with \\n or \\r\\n', async () => {
    expect(await imported(`${HEADER}\n${DAY_1}\n${DAY_2}\n`)).toEqual({ problems: [], days: 2 });
    expect(await imported(`${HEADER}\r\n${DAY_1}\r\n${DAY_2}\r\n`)).toEqual({ problems: [], days: 2 });
  });

  it('importDailyText() takes a last line without its break where it adds no day (the history has it: checked against it)', async () => {
    const overlap = `${HEADER}\n2025-11-14,94502.5476,152271405447597,144,0.024`;
    expect(await imported(overlap)).toEqual({ problems: [], days: null });
  });
});
