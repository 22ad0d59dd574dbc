// `run --watch` runs the scenario at once and then on every save. Before, the folder was watched
// only once the first run had ended: a save made while it ran (a 1,000-path preview takes seconds,
// a full run minutes) was never seen, and the terminal said "watching" over the results of the
// file as it was before the save. Now the watch begins before the first run, and a save during it
// runs the file again once the first run has ended.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { watchFile } from '../../src/cli/watch.js';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

/** Waits until `check` holds, at most `ms` (it returns as soon as it holds). */
const until = async (check: () => boolean, ms = 5000) => {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
};

describe('run --watch sees a save made during its first run', () => {
  it('watchFile() runs again after a save made while the first run was still going', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'minesim-watch-first-'));
    dirs.push(dir);
    const file = join(dir, 'scenario.yaml');
    await writeFile(file, 'name: a\n');
    const seen: string[] = [];
    let finishFirst = () => {};
    const firstHeld = new Promise<void>((r) => {
      finishFirst = r;
    });
    const controller = new AbortController();
    const watching = watchFile(
      file,
      async () => {
        seen.push((await readFile(file, 'utf8')).trim());
        // The first run reads the file, then takes its time (its simulation and its write).
        if (seen.length === 1) await firstHeld;
      },
      { signal: controller.signal, debounceMs: 20, log: () => {} },
    );
    await until(() => seen.length === 1);
    // Saved while the first run goes on; the watch must have begun for the save to be seen.
    await new Promise((r) => setTimeout(r, 50));
    await writeFile(file, 'name: b\n');
    await new Promise((r) => setTimeout(r, 200));
    finishFirst();
    await until(() => seen.length === 2);
    controller.abort();
    await watching;
    expect(seen).toEqual(['name: a', 'name: b']);
  });
});

describe('run --watch ends on an internal error', () => {
  it('watchFile() rejects on an internal error of a later run and stops watching the folder', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'minesim-watch-bug-'));
    dirs.push(dir);
    const file = join(dir, 'scenario.yaml');
    await writeFile(file, 'name: a\n');
    const watchers = () => process.getActiveResourcesInfo().filter((r) => r === 'FSEventWrap').length;
    const before = watchers();
    let runs = 0;
    const watching = watchFile(
      file,
      async () => {
        runs++;
        if (runs === 2) throw new Error('bug');
      },
      { signal: new AbortController().signal, debounceMs: 20, log: () => {} },
    );
    await until(() => runs === 1);
    await new Promise((r) => setTimeout(r, 50));
    await writeFile(file, 'name: b\n');
    await expect(watching).rejects.toThrow('bug');
    // Before, the folder's watch stayed open after the error: the process could not end.
    await new Promise((r) => setTimeout(r, 20));
    expect(watchers()).toBe(before);
  });
});
