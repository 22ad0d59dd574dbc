import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { syncFolder, writeFileAtomic } from '../../src/report/atomic.js';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'minesim-durable-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  vi.restoreAllMocks();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The prototype of fs/promises' file handles, whose sync() the writes call. */
async function handlePrototype(dir: string): Promise<{ sync(): Promise<void> }> {
  const handle = await open(join(dir, 'probe'), 'w');
  const proto = Object.getPrototypeOf(handle);
  await handle.close();
  rmSync(join(dir, 'probe'));
  return proto;
}

describe('writeFileAtomic({ durable })', () => {
  it('writeFileAtomic(durable) syncs the data and then the folder, and leaves only the file', async () => {
    const dir = tempDir();
    const sync = vi.spyOn(await handlePrototype(dir), 'sync');
    await writeFileAtomic(join(dir, 'days.csv'), 'a,b\n1,2\n', { durable: true });
    expect(readFileSync(join(dir, 'days.csv'), 'utf8')).toBe('a,b\n1,2\n');
    expect(readdirSync(dir)).toEqual(['days.csv']);
    // The temporary file's data before the rename, the folder's entry after it.
    expect(sync).toHaveBeenCalledTimes(2);
  });

  it('writeFileAtomic() without durable does not sync (outputs a run can make again)', async () => {
    const dir = tempDir();
    const sync = vi.spyOn(await handlePrototype(dir), 'sync');
    await writeFileAtomic(join(dir, 'index.md'), 'x');
    expect(sync).not.toHaveBeenCalled();
  });

  it('writeFileAtomic(durable) that fails to sync leaves the previous file and no temporary one', async () => {
    const dir = tempDir();
    await writeFileAtomic(join(dir, 'days.csv'), 'old\n');
    vi.spyOn(await handlePrototype(dir), 'sync').mockRejectedValue(
      Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO' }),
    );
    await expect(writeFileAtomic(join(dir, 'days.csv'), 'new\n', { durable: true })).rejects.toThrow(/EIO/);
    expect(readFileSync(join(dir, 'days.csv'), 'utf8')).toBe('old\n');
    expect(readdirSync(dir)).toEqual(['days.csv']);
  });

  it('syncFolder() passes over a system that cannot sync a folder, and reports an I/O error', async () => {
    const dir = tempDir();
    const proto = await handlePrototype(dir);
    vi.spyOn(proto, 'sync').mockRejectedValueOnce(Object.assign(new Error('EINVAL'), { code: 'EINVAL' }));
    await expect(syncFolder(dir)).resolves.toBeUndefined();
    vi.spyOn(proto, 'sync').mockRejectedValueOnce(Object.assign(new Error('EIO'), { code: 'EIO' }));
    await expect(syncFolder(dir)).rejects.toThrow(/EIO/);
  });
});
