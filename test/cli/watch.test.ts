import { mkdtemp, readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { watchFile } from '../../src/cli/watch.js';
import { InputError } from '../../src/scenario/problem.js';

const until = async (check: () => boolean, ms = 5000) => {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
};

describe('watchFile', () => {
  it('watchFile() runs now and again after each save (in place or by rename), shows bad input without stopping, and ends on abort', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'minesim-watch-'));
    const file = join(dir, 'scenario.yaml');
    await writeFile(file, 'name: a\n');
    const seen: string[] = [];
    const logged: string[] = [];
    const controller = new AbortController();
    const watching = watchFile(
      file,
      async () => {
        const content = await readFile(file, 'utf8');
        seen.push(content.trim());
        if (content.includes('bad'))
          throw new InputError([{ file, line: 1, col: 1, path: 'name', message: 'bad' }]);
      },
      { signal: controller.signal, debounceMs: 20, log: (line) => logged.push(line) },
    );
    await until(() => seen.length === 1);
    await writeFile(file, 'name: bad\n');
    await until(() => seen.length === 2);
    // Saved as many editors do: a new file renamed over the old one.
    await writeFile(`${file}.tmp`, 'name: c\n');
    await rename(`${file}.tmp`, file);
    await until(() => seen.length === 3);
    controller.abort();
    await watching;
    expect(seen).toEqual(['name: a', 'name: bad', 'name: c']);
    // Three watching lines, and the bad save's problem before the second, all through `log`.
    expect(logged).toHaveLength(4);
    expect(logged[1]).toBe(`${file}:1:1 name: bad`);
  });

  it('watchFile() stops on an internal error instead of hiding it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'minesim-watch-'));
    const file = join(dir, 'scenario.yaml');
    await writeFile(file, 'name: a\n');
    const controller = new AbortController();
    await expect(
      watchFile(
        file,
        async () => {
          throw new Error('bug');
        },
        { signal: controller.signal, log: () => {} },
      ),
    ).rejects.toThrow('bug');
  });
});
