// Files an analyst might hand `data import` that look like numbers to JavaScript but are not the
// days they seem: each is refused at its line and column, and nothing is stored.
import { readdirSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/data/dates.js';
import { loadHistory } from '../../src/data/history.js';
import { maxBlocksPerDay } from '../../src/data/import/bounds.js';
import {
  importDailyFile,
  importDailyText,
  MAX_IMPORT_BYTES,
  MAX_LABEL_CHARS,
} from '../../src/data/import/import.js';
import { MONERO_STEP_FACTOR, PRICE_STEP_FACTOR, RETARGET_FACTOR } from '../../src/data/import/steps.js';
import { storedHistoryPath } from '../../src/data/import/stored.js';
import { dataMessages as m } from '../../src/messages/data.js';
import { formatProblem, InputError } from '../../src/scenario/problem.js';
import { LIMITS } from '../../src/scenario/schema/limits.js';
import { byCellNumber } from '../fixtures/csv-cells.js';
import { btc, coinMetricsCsv, series, simpleCsv, tempFolder } from '../fixtures/daily-files.js';

const folders: string[] = [];
function folder(): string {
  const dir = tempFolder();
  folders.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

/** The problems an import throws, formatted as the CLI prints them; the folder stays empty. */
async function problems(text: string): Promise<string[]> {
  const dir = folder();
  try {
    await importDailyText(text, 'f.csv', { folder: dir });
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    expect(readdirSync(dir)).toEqual([]);
    return byCellNumber(text, error.problems.map(formatProblem));
  }
  throw new Error('the import was accepted');
}

// Days 2025-11-08 to 2025-11-14 from the history, then ten made-up days; day i is on line i + 2.
const days = () => series(btc(), '2025-11-08', 10);
const row = (i: number) => i + 2;
const LAST = '2025-11-14';

/** The simple file with cell `col` of day `i` replaced. */
function withCell(i: number, col: number, value: string): string {
  const lines = simpleCsv(days()).trimEnd().split('\n');
  const cells = lines[i + 1].split(',');
  cells[col] = value;
  lines[i + 1] = cells.join(',');
  return `${lines.join('\n')}\n`;
}

describe('importDailyText() reads numbers as decimals only', () => {
  it('importDailyText() refuses hexadecimal, binary and octal numbers that Number() would take', async () => {
    expect(await problems(withCell(8, 1, '0x17318'))).toEqual([
      `f.csv:${row(8)}:2 price_usd: ${m.notANumber('0x17318')}`,
    ]);
    expect(await problems(withCell(9, 3, '0b10010000'))).toEqual([
      `f.csv:${row(9)}:4 blocks: ${m.notANumber('0b10010000')}`,
    ]);
    expect(await problems(withCell(9, 4, '0o1'))).toEqual([
      `f.csv:${row(9)}:5 fees_per_block: ${m.notANumber('0o1')}`,
    ]);
  });

  it('importDailyText() still reads signs, decimals without a leading digit and exponents', async () => {
    const text = withCell(8, 4, '.02').replace(/,144,/g, ',1.44e2,');
    const report = await importDailyText(text, 'f.csv', { folder: folder() });
    expect(report.added?.days).toBe(10);
  });
});

describe('importDailyText() keeps every value inside the range minesim computes within', () => {
  it('importDailyText() refuses 1e20 blocks in a day at once, instead of stepping through them', async () => {
    const started = Date.now();
    expect(await problems(withCell(8, 3, '1e20'))).toEqual([
      `f.csv:${row(8)}:4 blocks: ${m.tooManyBlocks('bitcoin', maxBlocksPerDay('bitcoin'), 1e20)}`,
    ]);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(maxBlocksPerDay('bitcoin')).toBe(1440);
    expect(maxBlocksPerDay('monero')).toBe(7200);
  });

  it('importDailyText() refuses prices, difficulties and fees whose products would overflow a double', async () => {
    expect(await problems(withCell(8, 1, '1e308'))).toEqual([
      `f.csv:${row(8)}:2 price_usd: ${m.outOfRange(LIMITS.minCoinPriceUsd, LIMITS.moneyUsd, 1e308)}`,
    ]);
    expect(await problems(withCell(8, 1, '1e-300'))).toEqual([
      `f.csv:${row(8)}:2 price_usd: ${m.outOfRange(LIMITS.minCoinPriceUsd, LIMITS.moneyUsd, 1e-300)}`,
    ]);
    expect(await problems(withCell(9, 2, '1e308'))).toEqual([
      `f.csv:${row(9)}:3 difficulty: ${m.outOfRange(LIMITS.minDifficulty, LIMITS.maxDifficulty, 1e308)}`,
    ]);
    expect(await problems(withCell(9, 4, '1e300'))).toEqual([
      `f.csv:${row(9)}:5 fees_per_block: ${m.perBlockTooLarge('fees', LIMITS.feesPerBlockCoins, 1e300)}`,
    ]);
  });

  it('importDailyText() refuses a Coin Metrics HashRate past the range, whose derived difficulty is Infinity', async () => {
    const lines = coinMetricsCsv(days()).trimEnd().split('\n');
    const cells = lines[9].split(',');
    cells[4] = '1e308';
    lines[9] = cells.join(',');
    expect(await problems(`${lines.join('\n')}\n`)).toEqual([
      `f.csv:${row(8)}:5 HashRate: ${m.hashrateTooLarge(1e12, LIMITS.maxNetworkHashrateHs, 1e308)}`,
    ]);
  });
});

describe('importDailyText() reads a row only when its cells match the header', () => {
  it('importDailyText() refuses a row with more cells than the header, such as a price written 95,000', async () => {
    const lines = simpleCsv(days()).trimEnd().split('\n');
    // 2025-11-16 (day 8) with its price written with a thousands separator.
    lines[9] = lines[9].replace(/^(2025-11-16),(\d+)(\d{3})\.\d+,/, '$1,$2,$3,');
    expect(await problems(`${lines.join('\n')}\n`)).toEqual([`f.csv:${row(8)}:6: ${m.extraCells(5, 6)}`]);
  });

  it('importDailyText() takes a trailing comma (an empty last cell) as nothing', async () => {
    const text = simpleCsv(days()).replaceAll('\n2025', ',\n2025');
    expect((await importDailyText(text, 'f.csv', { folder: folder() })).added?.days).toBe(10);
  });
});

describe('importDailyFile() reads what it is given within its limit', () => {
  it('importDailyFile() stops reading /dev/zero at MAX_IMPORT_BYTES instead of reading forever', async () => {
    const dir = folder();
    const started = Date.now();
    await expect(importDailyFile('/dev/zero', { folder: dir })).rejects.toThrow(
      m.tooLargeRead(MAX_IMPORT_BYTES),
    );
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('importDailyFile() given a folder says it is a folder', async () => {
    const dir = folder();
    await expect(importDailyFile(dir, { folder: dir })).rejects.toThrow(
      m.unreadable('it is a folder, not a file'),
    );
  });
});

describe('importDailyText() reads each column from one place', () => {
  it('importDailyText() refuses a header that names a column it reads twice', async () => {
    const lines = simpleCsv(days()).trimEnd().split('\n');
    const text = lines.map((l, i) => `${l},${i === 0 ? 'price_usd' : '1'}`).join('\n');
    expect(await problems(`${text}\n`)).toEqual([`f.csv:1:6: ${m.duplicateColumn('price_usd', 2)}`]);
  });
});

describe("importDailyText() holds Bitcoin's difficulty to what the retarget allows", () => {
  it('importDailyText() refuses Monero days imported as Bitcoin after the history, which nothing overlaps to catch', async () => {
    // Monero in 2025: about 300 USD, difficulty about 4.5e11, 720 blocks a day.
    const lines = ['date,price_usd,difficulty,blocks,fees_per_block'];
    for (let k = 1; k <= 3; k++) lines.push(`${addDays(LAST, k)},310.5,450000000000,720,0.0001`);
    const h = btc();
    // Its price, 310.5 USD after Bitcoin's 94,502.5476, is refused beside it (steps.ts).
    expect(await problems(`${lines.join('\n')}\n`)).toEqual([
      `f.csv:2:2 price_usd: ${m.priceStep('Bitcoin', PRICE_STEP_FACTOR, LAST, h.priceUsd[h.days - 1], 310.5)}`,
      `f.csv:2:3 difficulty: ${m.difficultyStep('Bitcoin', true, RETARGET_FACTOR, LAST, h.difficulty[h.days - 1], 4.5e11)}`,
    ]);
  });

  it('importDailyText() refuses a day whose difficulty jumps within the file, such as one in trillions', async () => {
    const prev = days()[8].difficulty;
    expect(await problems(withCell(9, 2, '152.27'))).toEqual([
      `f.csv:${row(9)}:3 difficulty: ${m.difficultyStep('Bitcoin', true, RETARGET_FACTOR, '2025-11-16', prev, 152.27)}`,
      // The next day steps back from 152.27 just as far.
      `f.csv:${row(10)}:3 difficulty: ${m.difficultyStep('Bitcoin', true, RETARGET_FACTOR, '2025-11-17', 152.27, days()[10].difficulty)}`,
    ]);
  });
});

describe("importDailyText() holds Monero's difficulty to the steps its history has seen", () => {
  // Monero's history ends 2020-02-09 at difficulty 157,494,311,752 (1.57e11), 701 blocks.
  const XMR_LAST = '2020-02-09';
  const XMR_DIFFICULTY = 157_494_311_752;
  const moneroDays = (difficulty: (k: number) => number) => {
    const lines = ['date,price_usd,difficulty,blocks,fees_per_block'];
    for (let k = 1; k <= 4; k++) lines.push(`${addDays(XMR_LAST, k)},87.4,${difficulty(k)},720,0.003`);
    return `${lines.join('\n')}\n`;
  };
  async function moneroProblems(text: string): Promise<string[]> {
    const dir = folder();
    try {
      await importDailyText(text, 'f.csv', { folder: dir, coin: 'monero' });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      return byCellNumber(text, error.problems.map(formatProblem));
    }
    return [];
  }

  it('importDailyText() refuses a Monero day whose difficulty is a thousand times the day before (other units), where it stored it and hashprice read 0.0001 USD/kH/s/day for 0.0888', async () => {
    // Day 2 (2020-02-11, line 3) at 1.57e14: hashrate 1.3 TH/s for 1.3 GH/s the day before.
    const big = XMR_DIFFICULTY * 1000;
    expect(await moneroProblems(moneroDays((k) => (k === 2 ? big : XMR_DIFFICULTY)))).toEqual([
      `f.csv:3:3 difficulty: ${m.difficultyStep('Monero', false, MONERO_STEP_FACTOR, '2020-02-10', XMR_DIFFICULTY, big)}`,
      `f.csv:4:3 difficulty: ${m.difficultyStep('Monero', false, MONERO_STEP_FACTOR, '2020-02-11', big, XMR_DIFFICULTY)}`,
    ]);
    // The first day is checked against the history's last.
    expect(await moneroProblems(moneroDays(() => big))).toEqual([
      `f.csv:2:3 difficulty: ${m.difficultyStep('Monero', false, MONERO_STEP_FACTOR, XMR_LAST, XMR_DIFFICULTY, big)}`,
    ]);
  });

  it("importDailyText() takes Monero days that step as far as its history's largest step (x 0.366 on 2018-04-08, the ASICs gone at the fork)", async () => {
    expect(await moneroProblems(moneroDays((k) => XMR_DIFFICULTY * 0.366 ** (k - 1)))).toEqual([]);
  });
});

describe('the user data folder as the user left it', () => {
  it('loadHistory() and importDailyText() refuse a file named history in the data folder as an input error, not a bug', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'history'), 'notes\n');
    const path = storedHistoryPath(dir, 'bitcoin');
    const expected = `${path}: ${m.storeFolderBlocked(join(dir, 'history'))}`;
    const thrown = (() => {
      try {
        loadHistory('bitcoin', dir);
      } catch (error) {
        return error;
      }
    })();
    expect(thrown).toBeInstanceOf(InputError);
    expect((thrown as InputError).problems.map(formatProblem)).toEqual([expected]);
    await expect(importDailyText(simpleCsv(days()), 'f.csv', { folder: dir })).rejects.toThrow(InputError);
    expect(readFileSync(join(dir, 'history'), 'utf8')).toBe('notes\n');
  });
});

describe('loadHistory() sees every write of the store', () => {
  it('loadHistory() re-reads a store replaced by one of the same size and modification time', async () => {
    const dir = folder();
    const path = storedHistoryPath(dir, 'bitcoin');
    const a = series(btc(), LAST, 3);
    await importDailyText(simpleCsv(a), 'a.csv', { folder: dir });
    const mtime = new Date('2026-01-01T00:00:00Z');
    utimesSync(path, mtime, mtime);
    expect(loadHistory('bitcoin', dir).priceUsd.at(-1)).toBe(a[3].price);
    // The last price with its last two digits swapped: the same bytes long, and still valid.
    const last = String(a[3].price);
    const swapped = `${last.slice(0, -2)}${last.at(-1)}${last.at(-2)}`;
    expect(swapped).not.toBe(last);
    const text = readFileSync(path, 'utf8').replace(`\n${a[3].date},${last},`, `\n${a[3].date},${swapped},`);
    // Written as minesim writes it: a new file renamed into place.
    writeFileSync(`${path}.new`, text);
    renameSync(`${path}.new`, path);
    utimesSync(path, mtime, mtime);
    expect(loadHistory('bitcoin', dir).priceUsd.at(-1)).toBe(Number(swapped));
  });
});

describe('importDailyText() stores --source and --licence as one cell of every row', () => {
  it('importDailyText() refuses a source with a line break, which would leave a store every command refuses', async () => {
    const dir = folder();
    const source = { source: 'my\nsource', licence: 'CC, "BY"' };
    await expect(importDailyText(simpleCsv(days()), 'f.csv', { folder: dir, source })).rejects.toThrow(
      `--source: ${m.badLabel(MAX_LABEL_CHARS, 'my\nsource')}`,
    );
    expect(readdirSync(dir)).toEqual([]);
    // A comma and quotes are quoted in the store and read back as given.
    const fine = { source: 'my source', licence: 'CC, "BY"' };
    await importDailyText(simpleCsv(days()), 'f.csv', { folder: dir, source: fine });
    const sources = loadHistory('bitcoin', dir).files[1].sources;
    expect(sources).toEqual([expect.objectContaining(fine)]);
  });
});
