import { readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/data/dates.js';
import { loadHistory } from '../../src/data/history.js';
import { MAX_PROBLEMS } from '../../src/data/import/check.js';
import { importDailyFile, importDailyText, MAX_IMPORT_BYTES } from '../../src/data/import/import.js';
import { TOLERANCE } from '../../src/data/import/overlap.js';
import { storedHistoryPath } from '../../src/data/import/stored.js';
import { COIN_METRICS_FILE_SOURCE } from '../../src/data/sources.js';
import { dataMessages as m } from '../../src/messages/data.js';
import { documentMessages } from '../../src/messages/documents.js';
import { formatProblem, InputError } from '../../src/scenario/problem.js';
import { byCellNumber } from '../fixtures/csv-cells.js';
import {
  btc,
  coinMetricsCsv,
  series,
  shippedBtcCsv,
  simpleCsv,
  tempFolder,
} from '../fixtures/daily-files.js';

const folders: string[] = [];
function folder(): string {
  const dir = tempFolder();
  folders.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

/** The problems an import throws, formatted as the CLI prints them. */
async function problems(
  text: string,
  options: { coin?: 'bitcoin' | 'monero'; folder?: string } = {},
): Promise<string[]> {
  try {
    await importDailyText(text, 'f.csv', { folder: options.folder ?? folder(), coin: options.coin });
  } catch (error) {
    if (error instanceof InputError) return byCellNumber(text, error.problems.map(formatProblem));
    throw error;
  }
  throw new Error('the import was accepted');
}

/** Every file under a folder with its bytes: what "changes nothing" compares. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile())
      out[join(entry.parentPath, entry.name)] = readFileSync(join(entry.parentPath, entry.name), 'hex');
    else out[join(entry.parentPath, entry.name)] = 'folder';
  }
  return out;
}

const LAST = '2025-11-14';
const week = () => series(btc(), '2025-11-08', 10);

describe('importDailyText() formats', () => {
  it('importDailyText() reads the simple format and adds the days after the history', async () => {
    const dir = folder();
    const report = await importDailyText(simpleCsv(week()), 'f.csv', { folder: dir });
    expect(report.format).toBe('simple');
    expect(report.added).toEqual({ firstDate: '2025-11-15', lastDate: '2025-11-24', days: 10 });
    expect(report.overlap).toEqual({ firstDate: '2025-11-08', lastDate: LAST, days: 7 });
    expect(loadHistory('bitcoin', dir).lastDate).toBe('2025-11-24');
  });

  it('importDailyText() reads Coin Metrics columns, deriving difficulty from HashRate and BlkCnt', async () => {
    const dir = folder();
    const days = week();
    const report = await importDailyText(coinMetricsCsv(days), 'btc.csv', { folder: dir });
    expect(report.format).toBe('coinmetrics');
    expect(report.added?.days).toBe(10);
    const h = loadHistory('bitcoin', dir);
    const i = h.indexOf('2025-11-15');
    // Coin Metrics' definition: HashRate x 86,400 / (BlkCnt x 2^32).
    expect(h.difficulty[i]).toBe((days[7].hashrateHs * 86_400) / (144 * 2 ** 32));
    expect(h.files[1].sources).toEqual([
      { ...COIN_METRICS_FILE_SOURCE, firstDate: '2025-11-15', lastDate: '2025-11-24', days: 10 },
    ]);
  });

  it("importDailyText() reads the shipped format and keeps the file's issuance", async () => {
    const dir = folder();
    const days = week().map((d) => (Number.isNaN(d.issuance) ? { ...d, issuance: 449.5 } : d));
    const report = await importDailyText(shippedBtcCsv(days), 'btc-daily.csv', { folder: dir });
    expect(report.format).toBe('shipped');
    const h = loadHistory('bitcoin', dir);
    expect(h.issuance[h.indexOf('2025-11-20')]).toBe(449.5);
  });

  it('importDailyText() skips rows before the history begins and drops a trailing day without blocks', async () => {
    const dir = folder();
    const early =
      'time,AdrActCnt,BlkCnt,FeeTotNtv,HashRate,IssTotNtv,PriceUSD\n2010-07-17,x,150,0,0.0015,7500,\n';
    const body = coinMetricsCsv(series(btc(), '2010-07-18', 3))
      .split('\n')
      .slice(1)
      .join('\n');
    const text = `${early}${body}${addDays(LAST, 4)},x,,,,,96000\n`;
    const report = await importDailyText(text, 'btc.csv', { folder: dir });
    expect(report.ignoredBefore).toBe(1);
    expect(report.droppedTrailing).toEqual([addDays(LAST, 4)]);
    expect(report.added?.days).toBe(3);
  });

  it('importDailyText() with replace checks against the shipped history alone and replaces the earlier days', async () => {
    const dir = folder();
    await importDailyText(simpleCsv(series(btc(), LAST, 30)), 'a.csv', { folder: dir });
    const report = await importDailyText(simpleCsv(series(btc(), LAST, 3)), 'b.csv', {
      folder: dir,
      replace: true,
    });
    expect(report.stored).toMatchObject({ firstDate: '2025-11-15', lastDate: '2025-11-17', days: 3 });
    expect(loadHistory('bitcoin', dir).lastDate).toBe('2025-11-17');
  });

  it('importDailyText() merges a later file with the days imported before', async () => {
    const dir = folder();
    await importDailyText(simpleCsv(week()), 'a.csv', { folder: dir });
    const next = series(btc(), '2025-11-14', 20).slice(7); // 2025-11-21 .. 2025-12-04
    const report = await importDailyText(simpleCsv(next), 'b.csv', { folder: dir });
    expect(report.overlap).toEqual({ firstDate: '2025-11-21', lastDate: '2025-11-24', days: 4 });
    expect(report.stored).toMatchObject({ firstDate: '2025-11-15', lastDate: '2025-12-04', days: 20 });
    const h = loadHistory('bitcoin', dir);
    expect(h.files[1].sources.map((s) => [s.source, s.days])).toEqual([
      ['user file a.csv', 10],
      ['user file b.csv', 10],
    ]);
  });
});

describe('importDailyText() refuses a bad file with every problem at its position', () => {
  const days = week();
  // Day i of `days` is on line i + 2 of the file (the header is line 1), at index i + 1 of its lines.
  const row = (i: number) => i + 2;
  const at = (i: number) => i + 1;

  it('an unknown header, a missing column, a coin mismatch and an empty file', async () => {
    expect(await problems('a,b\n1,2\n')).toEqual([`f.csv:1:1: ${m.unknownFormat('a,b')}`]);
    const noBlocks = 'date,price_usd,difficulty,fees_per_block\n2025-11-15,1,1,1\n';
    expect(await problems(noBlocks)).toEqual([
      `f.csv:1:1: ${m.missingColumns('simple', ['blocks'], 'date,price_usd,difficulty,fees_per_block')}`,
    ]);
    const shipped = shippedBtcCsv(days.slice(0, 7));
    expect((await problems(shipped, { coin: 'monero' }))[0]).toBe(
      `f.csv:1:6: ${m.coinMismatch('bitcoin', 'monero')}`,
    );
    expect(await problems('')).toEqual([`f.csv: ${m.emptyFile()}`]);
    expect(await problems('date,price_usd,difficulty,blocks,fees_per_block\n')).toEqual([
      `f.csv:1:1: ${m.noRows()}`,
    ]);
  });

  it('a shipped-format file without an issuance column, and a Coin Metrics day without difficulty', async () => {
    expect(await problems('date,price_usd,difficulty_mean,block_count\n2025-11-15,1,1,1\n')).toEqual([
      `f.csv:1:1: ${m.shippedWithoutCoin()}`,
    ]);
    const lines = coinMetricsCsv(days).trimEnd().split('\n');
    lines[at(8)] = lines[at(8)].replace(/^([^,]*,[^,]*,[^,]*,[^,]*),[^,]*/, '$1,');
    expect(await problems(`${lines.join('\n')}\n`)).toEqual([
      `f.csv:${row(8)}:5 HashRate: ${m.noDifficulty()}`,
    ]);
  });

  it('dates: not a date, a duplicate, out of order, a gap', async () => {
    const lines = simpleCsv(days).trimEnd().split('\n');
    lines[at(8)] = lines[at(8)].replace('2025-11-16', '2025-11-31');
    lines[at(10)] = lines[at(10)].replace('2025-11-18', '2025-11-17');
    lines.splice(at(13), 1); // 2025-11-21 missing
    const text = `${lines.join('\n')}\n`;
    expect(await problems(text)).toEqual([
      `f.csv:${row(8)}:1 date: ${m.badDate('2025-11-31')}`,
      `f.csv:${row(10)}:1 date: ${m.duplicateDate('2025-11-17')}`,
      // The duplicate took the place of 2025-11-18, which is now missing.
      `f.csv:${row(11)}:1 date: ${m.gap('2025-11-18', '2025-11-18', 1, '2025-11-19')}`,
      `f.csv:${row(13)}:1 date: ${m.gap('2025-11-21', '2025-11-21', 1, '2025-11-22')}`,
    ]);
    const swapped = simpleCsv([days[0], days[2], days[1]]);
    expect(await problems(swapped)).toContain(`f.csv:4:1 date: ${m.outOfOrder('2025-11-10', '2025-11-09')}`);
  });

  it('values: empty, not a number, not positive, fractional blocks, negative fees', async () => {
    const lines = simpleCsv(days).trimEnd().split('\n');
    const set = (i: number, col: number, value: string) => {
      const cells = lines[at(i)].split(',');
      cells[col] = value;
      lines[at(i)] = cells.join(',');
    };
    set(8, 1, '');
    set(9, 2, '1.5e14x');
    set(10, 1, '-3');
    set(11, 3, '143.5');
    set(12, 4, '-0.1');
    lines[at(13)] = `${lines[at(13)]},923700.5`;
    lines[0] = `${lines[0]},height`;
    expect(await problems(`${lines.join('\n')}\n`)).toEqual([
      `f.csv:${row(8)}:2 price_usd: ${m.emptyCell()}`,
      `f.csv:${row(9)}:3 difficulty: ${m.notANumber('1.5e14x')}`,
      `f.csv:${row(10)}:2 price_usd: ${m.notPositive('-3')}`,
      `f.csv:${row(11)}:4 blocks: ${m.notCount('143.5')}`,
      `f.csv:${row(12)}:5 fees_per_block: ${m.negative('-0.1')}`,
      `f.csv:${row(13)}:6 height: ${m.notHeight('923700.5')}`,
    ]);
  });

  it('values a double does not hold: 1e-400 (read as 0) and 1e400 (read as Infinity) are refused as written', async () => {
    // 1e-400 USD read as 0 was refused as "must be more than 0 (got 0)", a 0 the file never wrote.
    const lines = simpleCsv(days).trimEnd().split('\n');
    const set = (i: number, col: number, value: string) => {
      const cells = lines[at(i)].split(',');
      cells[col] = value;
      lines[at(i)] = cells.join(',');
    };
    set(8, 1, '1e-400');
    set(9, 2, '1e400');
    set(10, 4, '0.0e-400');
    expect(await problems(`${lines.join('\n')}\n`)).toEqual([
      `f.csv:${row(8)}:2 price_usd: ${m.notHeld(true, '1e-400')}`,
      `f.csv:${row(9)}:3 difficulty: ${m.notHeld(false, '1e400')}`,
    ]);
  });

  it('heights: within the file, against the history, and where the file meets its end', async () => {
    const h = btc();
    const first = h.height[h.indexOf('2025-11-08')];
    const lines = simpleCsv(days, first).trimEnd().split('\n');
    const setHeight = (i: number, value: number) => {
      lines[at(i)] = lines[at(i)].replace(/,\d+$/, `,${value}`);
    };
    const end = h.height[h.days - 1] + h.blocks[h.days - 1];
    setHeight(2, first + 1); // 2025-11-10, inside the history
    setHeight(7, end + 5); // 2025-11-15, the first day after it
    setHeight(9, end + 1000); // 2025-11-17
    const heightOf = (i: number) => Number(lines[at(i)].split(',').pop());
    expect(await problems(`${lines.join('\n')}\n`)).toEqual([
      `f.csv:${row(2)}:6 height: ${m.heightChain(heightOf(1) + days[1].blocks, days[1].date, first + 1)}`,
      `f.csv:${row(2)}:6 height: ${m.heightHistory('bitcoin', days[2].date, h.height[h.indexOf(days[2].date)], first + 1)}`,
      `f.csv:${row(3)}:6 height: ${m.heightChain(first + 1 + days[2].blocks, days[2].date, heightOf(3))}`,
      `f.csv:${row(7)}:6 height: ${m.heightChain(end, days[6].date, end + 5)}`,
      `f.csv:${row(7)}:6 height: ${m.heightJoin('bitcoin', end, LAST, end + 5)}`,
      `f.csv:${row(8)}:6 height: ${m.heightChain(end + 5 + 144, days[7].date, heightOf(8))}`,
      `f.csv:${row(9)}:6 height: ${m.heightChain(heightOf(8) + 144, days[8].date, end + 1000)}`,
      `f.csv:${row(10)}:6 height: ${m.heightChain(end + 1000 + 144, days[9].date, heightOf(10))}`,
    ]);
  });

  it('a file that starts after the day after the history ends', async () => {
    const late = series(btc(), LAST, 5).slice(3); // 2025-11-17 ..
    expect(await problems(simpleCsv(late))).toEqual([
      `f.csv:2:1 date: ${m.startsLate('bitcoin', LAST, '2025-11-15', '2025-11-17')}`,
    ]);
  });

  it('overlap: price, difficulty and blocks must agree with the history within TOLERANCE', async () => {
    const h = btc();
    const changed = days.map((d, k) => {
      if (k === 1) return { ...d, price: d.price * (1 + 2 * TOLERANCE.price) };
      if (k === 2) return { ...d, price: d.price * (1 + 0.5 * TOLERANCE.price) }; // within: no problem
      if (k === 3) return { ...d, difficulty: d.difficulty * (1 + 2 * TOLERANCE.difficulty) };
      if (k === 4) return { ...d, blocks: d.blocks + 1, fees: (d.fees / d.blocks) * (d.blocks + 1) };
      return d;
    });
    const on = (k: number) => h.indexOf(days[k].date);
    const { price, difficulty } = TOLERANCE;
    expect(await problems(simpleCsv(changed))).toEqual([
      `f.csv:${row(1)}:2 price_usd: ${m.disagrees('bitcoin', 'the price', days[1].date, h.priceUsd[on(1)], 2 * price, price, changed[1].price)}`,
      `f.csv:${row(3)}:3 difficulty: ${m.disagrees('bitcoin', 'the difficulty', days[3].date, h.difficulty[on(3)], 2 * difficulty, difficulty, changed[3].difficulty)}`,
      `f.csv:${row(4)}:4 blocks: ${m.blocksDisagree('bitcoin', days[4].date, h.blocks[on(4)], days[4].blocks + 1)}`,
    ]);
  });

  it('more than MAX_PROBLEMS problems end in one line that counts the rest', async () => {
    const wrong = series(btc(), '2025-06-01', 0).map((d) => ({ ...d, price: d.price * 2 }));
    const got = await problems(simpleCsv(wrong));
    expect(got).toHaveLength(MAX_PROBLEMS + 1);
    expect(got[MAX_PROBLEMS]).toBe(`f.csv: ${m.moreProblems(wrong.length - MAX_PROBLEMS)}`);
  });

  it('importDailyFile() refuses a file over MAX_IMPORT_BYTES unread, and binary data', async () => {
    const dir = folder();
    const big = join(dir, 'big.csv');
    writeFileSync(big, '');
    truncateSync(big, MAX_IMPORT_BYTES + 1);
    await expect(importDailyFile(big, { folder: dir })).rejects.toThrow(
      m.tooLarge(MAX_IMPORT_BYTES + 1, MAX_IMPORT_BYTES),
    );
    const binary = join(dir, 'binary.csv');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x00, 0x01]));
    await expect(importDailyFile(binary, { folder: dir })).rejects.toThrow(documentMessages.binary());
    await expect(importDailyFile(join(dir, 'none.csv'), { folder: dir })).rejects.toThrow(
      m.unreadable('no such file'),
    );
  });
});

describe('a failed import changes nothing', () => {
  it('importDailyText() with a bad row leaves an empty folder empty and an earlier import as it was', async () => {
    const dir = folder();
    const bad = simpleCsv(week()).replace('2025-11-20', '2025-11-32');
    await expect(importDailyText(bad, 'f.csv', { folder: dir })).rejects.toThrow(InputError);
    expect(snapshot(dir)).toEqual({});
    await importDailyText(simpleCsv(week()), 'a.csv', { folder: dir });
    const before = snapshot(dir);
    const badNext = simpleCsv(series(btc(), LAST, 20)).replace(/\n2025-11-30,[^,]+/, '\n2025-11-30,-1');
    await expect(importDailyText(badNext, 'b.csv', { folder: dir })).rejects.toThrow(InputError);
    expect(snapshot(dir)).toEqual(before);
    expect(loadHistory('bitcoin', dir).lastDate).toBe('2025-11-24');
  });

  it('loadHistory() refuses a stored file changed by hand, with positions and what to do', () => {
    const dir = folder();
    const path = storedHistoryPath(dir, 'bitcoin');
    return importDailyText(simpleCsv(week()), 'a.csv', { folder: dir }).then(() => {
      const text = readFileSync(path, 'utf8').replace('\n2025-11-16,', '\n2025-11-17,');
      writeFileSync(path, text);
      let thrown: unknown;
      try {
        loadHistory('bitcoin', dir);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(InputError);
      const lines = (thrown as InputError).problems.map(formatProblem);
      expect(lines[0]).toBe(`${path}:3:1 date: ${m.gap('2025-11-16', '2025-11-16', 1, '2025-11-17')}`);
      expect(lines[lines.length - 1]).toBe(`${path}: ${m.storedBroken()}`);
    });
  });
});
