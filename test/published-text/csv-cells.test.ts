// Every CSV minesim writes goes through toCsv(): RFC 4180 quoting, and text a spreadsheet would run
// as a formula (OWASP's CSV injection: a cell starting with =, +, -, @, a tab or a carriage return)
// written after a single quote, while numbers, negative ones among them, stay numbers.
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/report/tables.js';

/** The cells of an RFC 4180 document, read back as a spreadsheet reads them. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  return rows;
}

describe('toCsv()', () => {
  it('writes text that starts a formula after a single quote, and leaves numbers as numbers', () => {
    const csv = toCsv(
      ['label', 'value'],
      [
        ['=HYPERLINK("http://evil","x")', -5],
        ['+cmd', '-12.5'],
        ['-cohort', '@SUM(A1)'],
        ['\tx', '\rx'],
        ['-0.25', '+3'],
        ['1e-7', '-2E+5'],
      ],
    );
    expect(readCsv(csv)).toEqual([
      ['label', 'value'],
      ['\'=HYPERLINK("http://evil","x")', '-5'],
      ["'+cmd", '-12.5'],
      ["'-cohort", "'@SUM(A1)"],
      ["'\tx", "'\rx"],
      ['-0.25', '+3'],
      ['1e-7', '-2E+5'],
    ]);
  });

  it('quotes commas, quotes and line breaks (RFC 4180), so a cell reads back whole', () => {
    const cells = ['a, b', 'say "hi"', 'two\nlines', 'cr\r\nlf', 'plain'];
    const csv = toCsv(
      ['x'],
      cells.map((c) => [c]),
    );
    expect(csv).toBe('x\n"a, b"\n"say ""hi"""\n"two\nlines"\n"cr\r\nlf"\nplain\n');
    expect(readCsv(csv.replaceAll('\r', '')).slice(1)).toEqual(cells.map((c) => [c.replaceAll('\r', '')]));
  });
});
