// The folders minesim makes above an output folder that does not exist yet. Before, a write that
// failed removed the --out it had made (a batch) or never made it (a run), but left every folder
// it had made above it: `--out new1/new2/out` left new1/new2 behind. Now those are removed too,
// only where empty and only those minesim made: a folder that was there before stays.
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { batch } from '../../src/cli/commands/batch.js';
import { writeFileAtomic } from '../../src/report/atomic.js';
import { writeFolderAtomic } from '../../src/report/folder.js';
import { type FolderIo, NODE_FOLDER_IO } from '../../src/report/folder-io.js';
import { OutputError } from '../../src/report/output-error.js';
import { failWith, fault } from './fault.js';

vi.mock('node:fs/promises', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:fs/promises')>();
  const { faultyRename } = await import('./fault.js');
  const rename = faultyRename(original.rename);
  return { ...original, default: { ...original, rename }, rename };
});

const root = mkdtempSync(join(tmpdir(), 'minesim-made-parents-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const quiet = { isTTY: false, write: () => true } as unknown as NodeJS.WriteStream;

function output(): Map<string, string> {
  const manifest = { minesimVersion: '0.1.0', scenario: { path: 'a.yaml', sha256: 'ab' } };
  return new Map([
    ['a.csv', 'a\n'],
    ['manifest.json', JSON.stringify(manifest)],
  ]);
}

/** A file system that fills up as the staged files are written. */
const full: FolderIo = {
  ...NODE_FOLDER_IO,
  async writeFile() {
    throw failWith('ENOSPC');
  },
};

describe('a write that fails removes the folders it made above its output, and only those', () => {
  it('a run’s folder: new1/new2 made for it are removed, a folder that was there stays', async () => {
    const mine = join(root, 'mine');
    mkdirSync(mine);
    const error = await writeFolderAtomic(join(mine, 'new1', 'new2', 'run'), output(), full).catch((e) => e);
    expect(error).toBeInstanceOf(OutputError);
    expect(readdirSync(root)).toContain('mine');
    expect(readdirSync(mine)).toEqual([]);
  });

  it('a folder someone else put a file in meanwhile stays', async () => {
    const mine = join(root, 'mine2');
    mkdirSync(mine);
    const io: FolderIo = {
      ...NODE_FOLDER_IO,
      async writeFile() {
        await writeFile(join(mine, 'new1', 'theirs.txt'), 'theirs\n');
        throw failWith('ENOSPC');
      },
    };
    await expect(writeFolderAtomic(join(mine, 'new1', 'new2', 'run'), output(), io)).rejects.toThrow();
    expect(readdirSync(join(mine, 'new1'))).toEqual(['theirs.txt']);
  });

  it('a single file (a shard’s part): the folders made for it are removed', async () => {
    const mine = join(root, 'mine3');
    mkdirSync(mine);
    fault.check = () => failWith('ENOSPC');
    try {
      await expect(writeFileAtomic(join(mine, 'a', 'b', 'part.bin'), 'x')).rejects.toThrow();
    } finally {
      fault.check = () => null;
    }
    expect(readdirSync(mine)).toEqual([]);
  });

  it('a batch whose final move fails: --out and the folders made above it are removed', {
    timeout: 120_000,
  }, async () => {
    const base = await readFile(new URL('../hostile/base.yaml', import.meta.url), 'utf8');
    const scenario = join(root, 'a.yaml');
    await writeFile(scenario, base);
    const mine = join(root, 'mine4');
    mkdirSync(mine);
    const out = join(mine, 'new1', 'new2', 'out');
    fault.check = (_from, to) =>
      to === join(out, 'hostile-base') || to.startsWith(`${out}${sep}`) ? failWith('EACCES') : null;
    try {
      const error = await batch(
        { patterns: [scenario], out, paths: 20, seed: '1', workers: 1, json: false },
        { stdout: quiet, stderr: quiet },
      ).catch((e) => e);
      expect(error).toBeInstanceOf(OutputError);
    } finally {
      fault.check = () => null;
    }
    expect(readdirSync(mine)).toEqual([]);
  });
});
