// The lock of writes to a folder, as another machine sees it on a shared disk: it cannot ask this
// machine's processes, so it takes a lock of another machine for a killed one's once it is ten
// minutes old. Before, the lock's time was its making: a batch, which holds its --out's lock for
// as long as it runs, was taken for a killed one after ten minutes, and a second batch from
// another machine wrote into the same --out. Now the lock's time is renewed every minute while it
// is held, so only a lock no live write renews grows old.
import { mkdtempSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { lockCollection } from '../../src/report/folder-lock.js';
import { lockName } from '../../src/report/temp-names.js';

const root = mkdtempSync(join(tmpdir(), 'minesim-lock-beat-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a held lock stays young', () => {
  it('is renewed every minute while held, and no longer once released', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const release = await lockCollection(join(root, 'out'));
      const lock = join(root, lockName('out'));
      const old = (Date.now() - 20 * 60_000) / 1000;
      utimesSync(lock, old, old);
      await vi.advanceTimersByTimeAsync(60_000);
      await vi.waitFor(() => expect(Date.now() - statSync(lock).mtimeMs).toBeLessThan(60_000));
      await release();
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});
