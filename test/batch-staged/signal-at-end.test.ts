// Ctrl-C as a batch moves its staged folders into --out: the renames finish (a batch stopped among
// them would leave some folders of each batch and no index), every folder and the index are the new
// batch's, the message says minesim finished before stopping, nothing is left beside --out, and the
// process exits 130.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { batch } from '../../src/cli/commands/batch.js';
import { outputMessages } from '../../src/messages/output.js';
import { tempsBeside } from './snapshot.js';

const signal = { armed: false };
vi.mock('../../src/report/folder.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/report/folder.js')>();
  return {
    ...original,
    moveStagedFolder: (...args: Parameters<typeof original.moveStagedFolder>) => {
      if (signal.armed) {
        signal.armed = false;
        process.emit('SIGINT', 'SIGINT');
      }
      return original.moveStagedFolder(...args);
    },
  };
});

let dir: string;
const base = await readFile(new URL('../hostile/base.yaml', import.meta.url), 'utf8');
const quiet = { isTTY: false, write: () => true } as unknown as NodeJS.WriteStream;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'minesim-batch-end-'));
  await writeFile(join(dir, 'a.yaml'), base);
  await writeFile(join(dir, 'b.yaml'), base.replace('name: hostile-base', 'name: other'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('Ctrl-C among a batch’s last renames', { timeout: 60_000 }, () => {
  it('batch() finishes moving every folder and the index in, says so, and exits 130', async () => {
    const out = join(dir, 'out');
    const args = (seed: string) => ({
      patterns: [join(dir, 'a.yaml'), join(dir, 'b.yaml')],
      out,
      paths: 40,
      seed,
      workers: 1,
      json: false,
    });
    expect(await batch(args('1'), { stdout: quiet, stderr: quiet })).toBe(0);
    const folders = ['hostile-base', 'other', 'hostile-base-backtest', 'other-backtest'];
    const files = [...folders.map((f) => join(f, 'manifest.json')), 'index.md', 'index.html'];
    const earlier = await Promise.all(files.map((f) => readFile(join(out, f), 'utf8')));
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    let logged = '';
    const stderr = {
      isTTY: false,
      write: (s: string) => {
        logged += s;
        return true;
      },
    } as unknown as NodeJS.WriteStream;
    try {
      signal.armed = true;
      await batch(args('9'), { stdout: quiet, stderr });
      expect(exit).toHaveBeenCalledWith(130);
    } finally {
      exit.mockRestore();
    }
    expect(logged).toContain(outputMessages.interrupted(out, true));
    // Every folder and the index are the new batch's: each manifest and index differs from before.
    const now = await Promise.all(files.map((f) => readFile(join(out, f), 'utf8')));
    for (const [i, text] of now.entries()) expect(text, files[i]).not.toBe(earlier[i]);
    expect(JSON.parse(now[0]).seed).toBe(9);
    expect(await tempsBeside(dir, 'out')).toEqual([]);
  });
});
