import { readFileSync, rmSync } from 'node:fs';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { addDays } from '../../src/data/dates.js';
import {
  dataFolderInUse,
  historyData,
  loadHistory,
  shippedHistory,
  useDataFolder,
} from '../../src/data/history.js';
import { importDailyText } from '../../src/data/import/import.js';
import { storedHistoryPath } from '../../src/data/import/stored.js';
import { sha256Hex } from '../../src/data/provenance.js';
import { dataStatus } from '../../src/data/status.js';
import { dataMessages as m } from '../../src/messages/data.js';
import { historicalHashprice } from '../../src/model/hashprice.js';
import { TAIL_EMISSION_XMR, tailStartHeight } from '../../src/model/monero.js';
import { dataStatusLines } from '../../src/report/data-status.js';
import { btc, series, simpleCsv, tempFolder, xmr } from '../fixtures/daily-files.js';

const folders: string[] = [];
function folder(): string {
  const dir = tempFolder();
  folders.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});
afterEach(() => useDataFolder(null));

const HALVING = 1_050_000;

describe('loadHistory() with imported days', () => {
  it('continues heights and supply, and gives a day that crosses block 1,050,000 both subsidies', async () => {
    const dir = folder();
    const shipped = btc();
    const last = shipped.days - 1;
    const start = shipped.height[last] + shipped.blocks[last];
    const days = Math.ceil((HALVING - start) / 144) + 30;
    await importDailyText(simpleCsv(series(shipped, '2025-11-08', days)), 'f.csv', { folder: dir });
    const h = loadHistory('bitcoin', dir);
    expect(h.days).toBe(shipped.days + days);
    for (let i = last; i < h.days - 1; i++) {
      expect(h.height[i + 1]).toBe(h.height[i] + h.blocks[i]);
      expect(h.supply[i + 1]).toBeCloseTo(h.supply[i] + h.issuance[i], 6);
    }
    const k = Math.floor((HALVING - start) / 144);
    const day = shipped.days + k;
    const before = HALVING - h.height[day];
    expect(before).toBeGreaterThan(0);
    expect(h.issuance[day]).toBe(before * 3.125 + (144 - before) * 1.5625);
    expect(h.issuance[day - 1]).toBe(144 * 3.125);
    expect(h.issuance[day + 1]).toBe(144 * 1.5625);
    expect(h.dateAt(day)).toBe(addDays(shipped.lastDate, k + 1));
  });

  it('derives Monero emission from the supply, reaching the tail where the rule puts it', async () => {
    const dir = folder();
    const shipped = xmr();
    const last = shipped.days - 1;
    const days = 900; // 2020-02-10 .. 2022-07: past the tail emission of June 2022
    await importDailyText(simpleCsv(series(shipped, '2020-02-03', days, 720)), 'x.csv', {
      folder: dir,
      coin: 'monero',
    });
    const h = loadHistory('monero', dir);
    const first = shipped.days;
    const perBlock = h.issuance[first] / h.blocks[first];
    expect(Math.abs(perBlock / (shipped.issuance[last] / shipped.blocks[last]) - 1)).toBeLessThan(0.002);
    const generated = BigInt(Math.round(h.supply[first])) * 1_000_000_000_000n;
    const tail = tailStartHeight(h.height[first], generated);
    const tailDay = h.height.findIndex(
      (start, i) => i >= first && start <= tail && tail < start + h.blocks[i],
    );
    expect(tailDay).toBeGreaterThan(first);
    expect(h.issuance[tailDay - 1] / 720).toBeGreaterThan(TAIL_EMISSION_XMR);
    expect(h.issuance[tailDay + 1]).toBeCloseTo(720 * TAIL_EMISSION_XMR, 9);
  });

  it('loadHistory() is cached per folder: each folder its own history, re-read after an import', async () => {
    const a = folder();
    const b = folder();
    await importDailyText(simpleCsv(series(btc(), '2025-11-14', 5)), 'a.csv', { folder: a });
    await importDailyText(simpleCsv(series(btc(), '2025-11-14', 9)), 'b.csv', { folder: b });
    const ha = loadHistory('bitcoin', a);
    expect(loadHistory('bitcoin', a)).toBe(ha);
    expect(loadHistory('bitcoin', b).lastDate).toBe('2025-11-23');
    expect(ha.lastDate).toBe('2025-11-19');
    expect(loadHistory('bitcoin', null)).toBe(shippedHistory('bitcoin'));
    expect(loadHistory('bitcoin', folder())).toBe(shippedHistory('bitcoin'));
    await importDailyText(simpleCsv(series(btc(), '2025-11-19', 7)), 'a2.csv', { folder: a });
    expect(loadHistory('bitcoin', a).lastDate).toBe('2025-11-21');
  });

  it('History.files names each file with its SHA-256, dates and sources', async () => {
    const dir = folder();
    await importDailyText(simpleCsv(series(btc(), '2025-11-14', 5)), 'a.csv', { folder: dir });
    const path = storedHistoryPath(dir, 'bitcoin');
    const h = loadHistory('bitcoin', dir);
    expect(h.files.map((f) => [f.kind, f.path, f.firstDate, f.lastDate, f.days])).toEqual([
      ['shipped', 'data/btc-daily.csv', '2010-07-18', '2025-11-14', 5_599],
      ['imported', path, '2025-11-15', '2025-11-19', 5],
    ]);
    expect(h.files[1].sha256).toBe(sha256Hex(readFileSync(path)));
    expect(h.files[1].sources).toEqual([
      {
        source: 'user file a.csv',
        licence: 'not stated (give --licence)',
        firstDate: '2025-11-15',
        lastDate: '2025-11-19',
        days: 5,
      },
    ]);
  });

  it('useDataFolder() makes every caller of loadHistory(coin) see the imported days', async () => {
    const dir = folder();
    await importDailyText(simpleCsv(series(btc(), '2025-11-14', 5)), 'a.csv', { folder: dir });
    expect(historicalHashprice(loadHistory('bitcoin'), '2025-11-17')).toMatchObject({
      error: 'date-out-of-range',
    });
    useDataFolder(dir);
    expect(dataFolderInUse()).toBe(dir);
    expect(historicalHashprice(loadHistory('bitcoin'), '2025-11-17')).toMatchObject({
      date: '2025-11-17',
      subsidyPerBlock: 3.125,
    });
    expect(historyData('bitcoin').map((d) => [d.kind, d.lastDate])).toEqual([
      ['shipped', '2025-11-14'],
      ['imported', '2025-11-19'],
    ]);
  });
});

describe('dataStatus()', () => {
  it('dataStatus() shows the shipped range, the extension with its file, and where none is', async () => {
    const dir = folder();
    await importDailyText(simpleCsv(series(btc(), '2025-11-14', 5)), 'a.csv', {
      folder: dir,
      source: { source: 'my node', licence: 'CC0' },
    });
    const status = dataStatus({ dir, from: '--data' });
    expect(status.coins.map((c) => [c.coin, c.lastDate, c.extended])).toEqual([
      ['bitcoin', '2025-11-19', true],
      ['monero', '2020-02-09', false],
    ]);
    const lines = dataStatusLines(status);
    const file = status.coins[0].files[1];
    expect(lines).toContain(m.fileLine('imported', file.path, '2025-11-15', '2025-11-19', 5, file.sha256));
    expect(lines).toContain(m.sourceLine('my node', 'CC0', '2025-11-15', '2025-11-19'));
    expect(lines).toContain(m.notExtended(storedHistoryPath(dir, 'monero')));
    expect(lines[0]).toBe(m.folderLine(dir, '--data'));
  });
});
