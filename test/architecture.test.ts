// docs/architecture.md tells a newcomer which files each kind of change touches: every path it
// names must exist, so the page cannot drift from the code unnoticed.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../', import.meta.url);
const page = readFileSync(new URL('docs/architecture.md', root), 'utf8');

/** Paths the page names in backticks or in its flow, with `<name>` placeholders left out. */
function namedPaths(text: string): string[] {
  const paths = new Set<string>();
  for (const match of text.matchAll(/(?:src|test|data|docs)\/[\w./-]*[\w/]/g)) {
    if (!match[0].includes('<')) paths.add(match[0]);
  }
  return [...paths];
}

describe('docs/architecture.md', () => {
  it('names only files and folders that exist', () => {
    const named = namedPaths(page);
    expect(named.length).toBeGreaterThan(40);
    const missing = named.filter((path) => !existsSync(new URL(path, root)));
    expect(missing).toEqual([]);
  });

  it('describes every folder of src/', () => {
    for (const folder of [
      'cli',
      'scenario',
      'messages',
      'model',
      'engine',
      'stats',
      'study',
      'report',
      'data',
    ])
      expect(page).toContain(`\`src/${folder}/\``);
  });
});
