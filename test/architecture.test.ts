// docs/architecture.md tells a newcomer which files each kind of change touches: every path it
// names must exist, so the page cannot drift from the code unnoticed. The import graph of src/ must
// hold no circle and run down the flow the page draws.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type Import, importCircles, importGraph } from './fixtures/imports.js';

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
      'engine/compile',
      'engine/kernel',
      'engine/random',
      'engine/run',
      'engine/backtest',
    ])
      expect(page).toContain(`\`src/${folder}/\``);
  });
});

const { files, imports } = importGraph(fileURLToPath(root));
const roomOf = (path: string) => path.split('/')[1];
/** The imports from files of `from` rooms into files of `to` rooms, as `a -> b` lines. */
function crossing(from: string[], to: string[], keep: (i: Import) => boolean = () => true): string[] {
  return imports
    .filter((i) => from.includes(roomOf(i.from)) && to.includes(roomOf(i.to)) && keep(i))
    .map((i) => `${i.from} -> ${i.to}`);
}

describe('the import graph of src/', () => {
  it('reads the imports of every file', () => {
    expect(files.length).toBeGreaterThan(200);
    expect(imports.length).toBeGreaterThan(4 * files.length);
    const unknown = imports.filter((i) => !files.includes(i.to)).map((i) => `${i.from} -> ${i.to}`);
    expect(unknown).toEqual([]);
  });

  it('has no circle: no two files import each other, directly or around a loop', () => {
    expect(importCircles(files, imports)).toEqual([]);
  });

  it('finds a circle when there is one', () => {
    const loop = [
      { from: 'a.ts', to: 'b.ts', typeOnly: true },
      { from: 'b.ts', to: 'c.ts', typeOnly: false },
      { from: 'c.ts', to: 'a.ts', typeOnly: false },
      { from: 'c.ts', to: 'd.ts', typeOnly: false },
    ];
    expect(importCircles(['a.ts', 'b.ts', 'c.ts', 'd.ts'], loop)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
  });

  it('runs down the flow: only cli imports cli', () => {
    expect(
      crossing(['data', 'engine', 'messages', 'model', 'report', 'scenario', 'stats', 'study'], ['cli']),
    ).toEqual([]);
  });

  it('runs down the flow: the rooms below study and report import neither', () => {
    // The one exception: the data import stores the days it read with the atomic file writer.
    const atomic = (i: Import) =>
      !(i.from === 'src/data/import/stored.ts' && i.to === 'src/report/atomic.ts');
    expect(
      crossing(['engine', 'model', 'stats', 'scenario', 'data', 'messages'], ['report', 'study'], atomic),
    ).toEqual([]);
  });

  it('runs down the flow: the rooms below the engine run none of its code, and stats imports none of it', () => {
    const runs = (i: Import) => !i.typeOnly;
    expect(crossing(['stats', 'scenario', 'model', 'data', 'messages'], ['engine'], runs)).toEqual([]);
    expect(crossing(['stats'], ['engine'])).toEqual([]);
  });

  it('keeps I/O at the edges: model, stats and compile read no file', () => {
    const pure = files.filter(
      (f) => ['model', 'stats'].includes(roomOf(f)) || f.startsWith('src/engine/compile/'),
    );
    const edge = 'src/engine/compile/inputs.ts';
    const fs = pure.filter((f) => f !== edge && /from 'node:fs/.test(readFileSync(new URL(f, root), 'utf8')));
    expect(fs).toEqual([]);
    // Of data/, only the date arithmetic runs in them; the history comes in as an argument.
    const runs = (i: Import) => !i.typeOnly && i.from !== edge && i.to !== 'src/data/dates.ts';
    expect(imports.filter((i) => pure.includes(i.from) && roomOf(i.to) === 'data' && runs(i))).toEqual([]);
  });

  it('runs down the flow: model runs no engine or scenario code, bar the schema vocabulary', () => {
    // A model record writes its own zod branch from the schema's quantities and bounds; types
    // (the plan it fills, the stream it draws from) are not code that runs.
    const vocabulary = [
      'src/scenario/schema/quantity.ts',
      'src/scenario/schema/date.ts',
      'src/scenario/schema/limits.ts',
    ];
    const runs = (i: Import) => !i.typeOnly && !vocabulary.includes(i.to);
    expect(crossing(['model'], ['engine', 'scenario'], runs)).toEqual([]);
  });
});
