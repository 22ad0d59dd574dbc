// `minesim data import` said a bad cell at its cell number (`d.csv:5:3` for the third cell), while
// every other `file:line:col` minesim prints, a --catalog's included, is the character column an
// editor goes to. A cell is now said where its text begins, after a byte-order mark, in CR LF
// files, after spaces, and at its comma when it is empty.
import { describe, expect, it } from 'vitest';
import { importDailyText } from '../../src/data/import/import.js';
import { formatProblem, InputError } from '../../src/scenario/problem.js';

async function problems(text: string): Promise<string[]> {
  try {
    await importDailyText(text, 'd.csv', { folder: '/tmp/minesim-import-columns-never-written' });
  } catch (error) {
    if (error instanceof InputError) return error.problems.map(formatProblem);
    throw error;
  }
  throw new Error('the import was accepted');
}

describe('a data import’s problems are at the character column of their cell', () => {
  it('importDailyText() says 1e400, -0, 0x10, 1_000 and .nan at the column each begins (it said their cell numbers)', async () => {
    const text = [
      '\uFEFFdate,price_usd,difficulty,blocks,fees_per_block',
      '2025-11-15,1e400,2,144,0.1',
      '2025-11-16, -0,2,144,0.1',
      '2025-11-17,0x10,1_000,144,.nan',
      '2025-11-18,,2,144,0.1',
      '',
    ].join('\r\n');
    const got = await problems(text);
    expect(got).toContain(
      'd.csv:2:12 price_usd: is past 1.8e308, the largest number minesim computes with (got "1e400")',
    );
    expect(got).toContain('d.csv:3:13 price_usd: must be more than 0 (got "-0")');
    expect(got).toContain('d.csv:4:12 price_usd: expected a number (got "0x10")');
    expect(got).toContain('d.csv:4:17 difficulty: expected a number (got "1_000")');
    expect(got).toContain('d.csv:4:27 fees_per_block: expected a number (got ".nan")');
    expect(got.some((p) => p.startsWith('d.csv:5:12 price_usd: is empty'))).toBe(true);
  });

  it('importDailyText() says a header problem on the header’s line, below blank lines', async () => {
    expect(await problems('\n\nfoo,bar\n2025-11-15,1\n')).toEqual([
      expect.stringMatching(/^d\.csv:3:1: the header matches none of the formats/),
    ]);
  });
});
