// The bench (bench/*.mjs) loads the compiled engine by path and takes names out of each module
// (`const { a, b } = await load('stats/histogram.js')`). Nothing else runs it on every change, so
// a module split or a renamed export broke `npm run bench` at its first part, unseen: this reads
// each such line and checks the module in dist/ exports every name it takes.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const BENCH = join(ROOT, 'bench');

/** Each `const { names } = await load('module')` of the bench's scripts. */
function loads(): { file: string; module: string; names: string[] }[] {
  return readdirSync(BENCH)
    .filter((f) => f.endsWith('.mjs'))
    .flatMap((file) =>
      [
        ...readFileSync(join(BENCH, file), 'utf8').matchAll(
          /const \{([^}]*)\}\s*=\s*await load\('([^']+)'\)/g,
        ),
      ].map((m) => ({
        file,
        module: m[2],
        names: m[1]
          .split(',')
          .map((n) => n.trim().split(':')[0].trim())
          .filter((n) => n !== ''),
      })),
    );
}

describe("the bench's imports", () => {
  it("bench/*.mjs takes from the engine's compiled modules only names they export", async () => {
    const found = loads();
    expect(found.length).toBeGreaterThan(10);
    const missing: string[] = [];
    for (const { file, module, names } of found) {
      const exports = await import(join(ROOT, 'dist', module));
      for (const name of names) if (!(name in exports)) missing.push(`${file}: ${name} from ${module}`);
    }
    expect(missing).toEqual([]);
  });
});
