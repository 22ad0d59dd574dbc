// A `data import` (and so a `data fetch`, which ends in it) into a --data folder that does not
// exist yet makes that folder and its history/ before it writes the stored days. Before, a write
// that then failed (a full disk) left the new folders behind, empty. Now the folders the import
// made are removed again, only while empty; a folder that was there before stays, and so does
// everything in it.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { importDailyText } from '../../src/data/import/import.js';
import { storedHistoryPath } from '../../src/data/import/stored.js';
import { asOutputError } from '../../src/report/output-error.js';
import { btc, series, simpleCsv, tempFolder } from '../fixtures/daily-files.js';

const full = { on: false };
vi.mock('../../src/report/atomic.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/report/atomic.js')>();
  return {
    ...original,
    async writeFileAtomic(file: string, data: string | Uint8Array, options?: object) {
      if (full.on)
        throw asOutputError(Object.assign(new Error('ENOSPC: injected'), { code: 'ENOSPC' }), file);
      return original.writeFileAtomic(file, data, options);
    },
  };
});

const root = tempFolder();
afterAll(() => rmSync(root, { recursive: true, force: true }));
const csv = simpleCsv(series(btc(), '2025-11-08', 10));
const more = simpleCsv(series(btc(), '2025-11-08', 20));

async function failedImport(folder: string, text = csv): Promise<unknown> {
  full.on = true;
  try {
    return await importDailyText(text, 'f.csv', { folder }).then(
      () => 'accepted',
      (error) => error,
    );
  } finally {
    full.on = false;
  }
}

describe('a data import that fails removes the folders it made, and only those', () => {
  it('a new --data folder (and the new folder above it) is gone after a full disk', async () => {
    const error = await failedImport(join(root, 'a', 'new', 'data'));
    expect(String(error)).toContain('ENOSPC');
    expect(readdirSync(root)).not.toContain('a');
  });

  it('an existing empty --data folder stays; the history/ the import made is removed', async () => {
    const folder = join(root, 'empty');
    mkdirSync(folder);
    expect(String(await failedImport(folder))).toContain('ENOSPC');
    expect(readdirSync(folder)).toEqual([]);
  });

  it('a --data folder holding the analyst’s own file keeps it', async () => {
    const folder = join(root, 'theirs');
    mkdirSync(folder);
    writeFileSync(join(folder, 'notes.txt'), 'mine\n');
    expect(String(await failedImport(folder))).toContain('ENOSPC');
    expect(readdirSync(folder)).toEqual(['notes.txt']);
    expect(readFileSync(join(folder, 'notes.txt'), 'utf8')).toBe('mine\n');
  });

  it('a folder with days imported before keeps them byte for byte, history/ included', async () => {
    const folder = join(root, 'earlier', 'data');
    await importDailyText(csv, 'f.csv', { folder });
    const stored = storedHistoryPath(folder, 'bitcoin');
    const before = readFileSync(stored);
    expect(String(await failedImport(folder, more))).toContain('ENOSPC');
    expect(readFileSync(stored)).toEqual(before);
    expect(readdirSync(join(folder, 'history'))).toEqual(['btc-daily.csv']);
    expect(readdirSync(folder)).toEqual(['history']);
  });
});
