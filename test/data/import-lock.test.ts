// Two imports into one data folder at once: the second is refused while the first holds the
// folder's lock, so neither can drop the other's days; a lock left by a killed import is taken over.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadHistory } from '../../src/data/history.js';
import { importDailyText } from '../../src/data/import/import.js';
import { LOCK_FILE } from '../../src/data/import/lock.js';
import { storedHistoryPath } from '../../src/data/import/stored.js';
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

describe('importDailyText() takes the data folder one import at a time', () => {
  it('importDailyText() refuses an import while a running process holds the lock, and stores nothing', async () => {
    const dir = folder();
    writeFileSync(join(dir, LOCK_FILE), `${process.pid}\n`);
    const refused = await importDailyText(simpleCsv(series(btc(), '2025-11-10', 3)), 'a.csv', {
      folder: dir,
    }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(InputError);
    expect((refused as InputError).problems.map(formatProblem)).toEqual([
      `${join(dir, LOCK_FILE)}: ${m.importRunning(process.pid, hostname())}`,
    ]);
    expect(existsSync(storedHistoryPath(dir, 'bitcoin'))).toBe(false);
    expect(existsSync(join(dir, LOCK_FILE))).toBe(true);
  });

  it('importDailyText() run twice at once keeps every day either run reports as stored', async () => {
    const dir = folder();
    const settled = await Promise.allSettled([
      importDailyText(simpleCsv(series(btc(), '2025-11-10', 10)), 'a.csv', { folder: dir }),
      importDailyText(simpleCsv(series(btc(), '2025-11-10', 3)), 'b.csv', { folder: dir }),
    ]);
    // Which takes the lock first is up to the scheduler: the other is refused, or runs after it.
    const last = loadHistory('bitcoin', dir).lastDate;
    for (const s of settled) {
      if (s.status === 'fulfilled') expect(last >= (s.value.stored?.lastDate ?? '')).toBe(true);
      else expect(String(s.reason)).toContain(m.importRunning(process.pid, hostname()));
    }
    expect(settled.some((s) => s.status === 'fulfilled')).toBe(true);
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  it('importDailyText() takes over a lock whose process is gone, as a killed import leaves it', async () => {
    const dir = folder();
    const gone = spawnSync(process.execPath, ['-e', '']).pid as number;
    writeFileSync(join(dir, LOCK_FILE), `${gone}\n`);
    const report = await importDailyText(simpleCsv(series(btc(), '2025-11-10', 3)), 'a.csv', { folder: dir });
    expect(report.stored?.lastDate).toBe('2025-11-17');
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  it('importDailyText() releases the lock when the file is refused', async () => {
    const dir = folder();
    await expect(importDailyText('a,b\n1,2\n', 'f.csv', { folder: dir })).rejects.toThrow(InputError);
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });
});
