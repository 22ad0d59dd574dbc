// Two imports into one data folder at once, its history/ not yet made: one takes the lock, the
// other is refused. The refused one removed the history/ it had made (empty: the first had not
// written yet) while the first, holding the lock, was about to write into it: now and then the
// first failed with "cannot write .../history/btc-daily.csv: no such file or directory (ENOENT)",
// its days unstored. history/ is now made under the lock, so only the import that holds it makes
// or removes it; the refused one removes only the data folder it made, and only while empty.
import { rmSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadHistory } from '../../src/data/history.js';
import { importDailyText } from '../../src/data/import/import.js';
import { dataMessages as m } from '../../src/messages/data.js';
import { btc, series, simpleCsv, tempFolder } from '../fixtures/daily-files.js';

const root = tempFolder();
afterAll(() => rmSync(root, { recursive: true, force: true }));
const ten = simpleCsv(series(btc(), '2025-11-10', 10));
const three = simpleCsv(series(btc(), '2025-11-10', 3));

describe('two imports at once into a data folder without its history/', () => {
  it('the one holding the lock stores its days, every time (100 pairs)', { timeout: 60_000 }, async () => {
    for (let i = 0; i < 100; i++) {
      // Half of them into a data folder that is new too.
      const dir = join(root, String(i), ...(i % 2 === 0 ? [] : ['new']));
      if (i % 2 === 0) await import('node:fs/promises').then((fs) => fs.mkdir(dir));
      const settled = await Promise.allSettled([
        importDailyText(ten, 'a.csv', { folder: dir }),
        importDailyText(three, 'b.csv', { folder: dir }),
      ]);
      for (const s of settled)
        if (s.status === 'rejected')
          expect(String(s.reason)).toContain(m.importRunning(process.pid, hostname()));
      const stored = settled.flatMap((s) =>
        s.status === 'fulfilled' ? [s.value.stored?.lastDate ?? ''] : [],
      );
      expect(stored.length).toBeGreaterThan(0);
      expect(loadHistory('bitcoin', dir).lastDate >= stored.sort().at(-1)!).toBe(true);
    }
  });
});
