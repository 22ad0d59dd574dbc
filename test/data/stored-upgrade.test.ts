// A store written before minesim shipped more days: its first days are now in the shipped
// history too. Where they agree, the history reads on from the shipped file; where the shipped
// file covers every stored day, the message says the file adds nothing, not that it is damaged.
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { loadHistory } from '../../src/data/history.js';
import type { Day } from '../../src/data/import/derive.js';
import { importDailyText } from '../../src/data/import/import.js';
import { readStoredDays, storedHistoryPath, writeStoredDays } from '../../src/data/import/stored.js';
import { dataMessages as m } from '../../src/messages/data.js';
import { formatProblem, InputError } from '../../src/scenario/problem.js';
import { btc, series, simpleCsv, tempFolder } from '../fixtures/daily-files.js';

const folders: string[] = [];
function folder(): string {
  const dir = tempFolder();
  folders.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

/** The shipped days from `from` to its end, as a store holds them. */
function shippedDays(from: string): Day[] {
  const h = btc();
  const out: Day[] = [];
  for (let i = h.indexOf(from); i < h.days; i++)
    out.push({
      date: h.dateAt(i),
      priceUsd: h.priceUsd[i],
      difficulty: h.difficulty[i],
      hashrateHs: h.hashrateHs[i],
      blocks: h.blocks[i],
      height: h.height[i],
      issuance: h.issuance[i],
      fees: h.fees[i],
      source: 'an earlier import',
      licence: 'CC BY-NC 4.0',
    });
  return out;
}

/** Days after the history, as an import stores them. */
async function laterDays(extra: number): Promise<Day[]> {
  const dir = folder();
  await importDailyText(simpleCsv(series(btc(), '2025-11-14', extra)), 'a.csv', { folder: dir });
  return readStoredDays(dir, 'bitcoin', btc())?.days ?? [];
}

describe('readStoredDays() with a store that begins inside the shipped history', () => {
  it('loadHistory() reads on from the shipped file when the stored days it also has agree with it', async () => {
    const dir = folder();
    await writeStoredDays(dir, 'bitcoin', [...shippedDays('2025-11-10'), ...(await laterDays(3))]);
    const h = loadHistory('bitcoin', dir);
    expect(h.lastDate).toBe('2025-11-17');
    expect(h.days).toBe(btc().days + 3);
    expect(h.files[1]).toEqual(expect.objectContaining({ firstDate: '2025-11-15', days: 3 }));
  });

  it('loadHistory() says a store the shipped history covers adds nothing, not that it is damaged', async () => {
    const dir = folder();
    await writeStoredDays(dir, 'bitcoin', shippedDays('2025-11-10'));
    const path = storedHistoryPath(dir, 'bitcoin');
    let thrown: unknown;
    try {
      loadHistory('bitcoin', dir);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InputError);
    expect((thrown as InputError).problems.map(formatProblem)).toEqual([
      `${path}: ${m.storedCovered('2025-11-14')}`,
    ]);
  });
});
