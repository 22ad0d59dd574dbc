// docs/architecture.md is how a newcomer finds the file of a model, a coin, a chart or a command.
// test/architecture.test.ts checks the paths it writes out from the root (src/..., test/...); this
// file checks the bare names: a name in a row of the Rooms table must be a file in that row's
// folder (or a path from the folder above it, `kernel/market-path.ts` in the compile row), and a
// name in the flow drawing a file somewhere under src/.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const page = readFileSync(new URL('docs/architecture.md', root), 'utf8');
const sources = (readdirSync(new URL('src/', root), { recursive: true }) as string[]).map(
  (f) => `src/${f.replaceAll('\\', '/')}`,
);

/** File names in backticks or bare in `text` that are not written from the root. */
function bareNames(text: string): string[] {
  return [...text.matchAll(/(?<![\w/.-])([\w-]+(?:\/[\w-]+)*\.(?:ts|mjs))\b/g)]
    .map((m) => m[1])
    .filter((name) => !/^(src|test|scripts|bin|data|docs)\//.test(name));
}

describe('docs/architecture.md', () => {
  it('names in each row of its Rooms table only files of that row’s folder', () => {
    const missing: string[] = [];
    let rows = 0;
    for (const line of page.split('\n')) {
      const folder = /^\| `(src\/[\w/-]+\/)` \|/.exec(line)?.[1];
      if (folder === undefined) continue;
      rows++;
      const above = folder.replace(/[\w-]+\/$/, '');
      for (const name of bareNames(line))
        if (!sources.some((f) => (f.startsWith(folder) || f === above + name) && f.endsWith(`/${name}`)))
          missing.push(`${folder}: ${name}`);
    }
    expect(rows).toBeGreaterThan(10);
    expect(missing).toEqual([]);
  });

  it('names in its flow drawing only files under src/', () => {
    const flow = /```text\nscenario\.yaml\n([\s\S]*?)```/.exec(page)![1];
    const names = bareNames(flow);
    expect(names.length).toBeGreaterThan(20);
    expect(names.filter((name) => !sources.some((f) => f.endsWith(`/${name}`)))).toEqual([]);
  });
});
