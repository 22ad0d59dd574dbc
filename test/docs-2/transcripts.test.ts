// The README shows what a few quick commands print: a block that starts `$ npx minesim ...` and
// the lines after it, and sentences of the form "`minesim quote ...` pays back in N days held
// fixed, and adds "..."". test/docs/as-typed.test.ts parses every command line the pages show;
// these run the quick ones (quote and hashprice, well under a second each) as typed and check that
// what they print is what the page says: each line a block shows, in its order (a block may leave
// lines out, never change one), and each sentence's payback and note.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runNode } from '../fixtures/node-process.js';

const PAGES = ['README.md', 'docs/cluster.md', 'docs/scenario-reference.md'];
const text = (page: string) => readFileSync(new URL(`../../${page}`, import.meta.url), 'utf8');

/** Shell words of a command line, quotes removed. */
function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]);
}

interface Transcript {
  where: string;
  argv: string[];
  shown: string[];
}

/** Each fenced block of a page whose first line is `$ npx minesim ...` or `$ minesim ...`. */
function transcripts(page: string): Transcript[] {
  const out: Transcript[] = [];
  const lines = text(page).split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*```/.test(lines[i])) continue;
    let end = i + 1;
    while (end < lines.length && !/^\s*```/.test(lines[end])) end++;
    const command = /^\s*\$ (?:npx )?minesim (.+)$/.exec(lines[i + 1] ?? '');
    if (command && end > i + 1)
      out.push({
        where: `${page}:${i + 2}`,
        argv: words(command[1]),
        shown: lines.slice(i + 2, end).map((l) => l.trimEnd()),
      });
    i = end;
  }
  return out;
}

const blocks = PAGES.flatMap(transcripts);
const minesim = (argv: string[]) => runNode(['bin/minesim.mjs', ...argv]);

describe('the commands the pages show with their output', () => {
  it('are there', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(4);
  });

  it.each(blocks)('$where minesim $argv.0 prints the lines shown, in order', async ({ argv, shown }) => {
    const run = await minesim(argv);
    expect(run.code, run.stderr).toBe(0);
    const printed = run.stdout.split('\n').map((l) => l.trimEnd());
    let at = 0;
    for (const line of shown) {
      const found = printed.indexOf(line, at);
      expect(
        found,
        `not printed (after line ${at}):\n${line}\nprinted:\n${run.stdout}`,
      ).toBeGreaterThanOrEqual(at);
      at = found + 1;
    }
  });
});

/** README's sentences: "`minesim quote ...` pays back in N days held fixed, and adds "..."". */
const sentences = [
  ...text('README.md')
    .replace(/\s*\n\s*/g, ' ')
    .matchAll(/`minesim (quote [^`]+)` pays back in ([\d,]+) days held fixed, and adds "([^"]+)"/g),
].map((m) => ({ argv: words(m[1]), days: m[2], note: m[3] }));

describe("the quotes README's prose runs", () => {
  it('are there', () => {
    expect(sentences.length).toBeGreaterThanOrEqual(2);
  });

  it.each(sentences)(
    'minesim $argv.0 ... pays back in $days days held fixed, with the note quoted',
    async ({ argv, days, note }) => {
      const run = await minesim(argv);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toMatch(new RegExp(`Days to payback, held fixed +${days} d\\n`));
      expect(run.stdout.replace(/\s+/g, ' ')).toContain(note);
    },
  );
});
