// CSV files a user gives (a hardware catalog, a daily history to import) saved with CR alone at
// each line's end (old Mac OS). The readers split lines at LF (and CR LF) only, so such a file was
// one line: a catalog of one machine was refused as "the header ... has unknown columns
// confidenceMy Miner, Bitmain, ...", a header and its row run together.
import { describe, expect, it } from 'vitest';
import { readCsvText } from '../../src/data/csv.js';
import { readCsvTable } from '../../src/data/import/csv-table.js';

const LF = 'model,power_w\nMy Miner,1323\n\nOther,1400\n';

describe('CSV readers with CR line ends', () => {
  it('readCsvText() reads CR, LF and CR LF alike, with the line numbers an editor shows', () => {
    const expected = readCsvText(LF);
    expect(expected.rows.map((r) => r.line)).toEqual([2, 4]);
    for (const text of [
      LF.replaceAll('\n', '\r'),
      LF.replaceAll('\n', '\r\n'),
      'model,power_w\rMy Miner,1323\n\r\nOther,1400',
    ])
      expect(readCsvText(text)).toEqual(expected);
  });

  it('readCsvTable() (data import) reads CR, LF and CR LF alike, with the same line numbers', () => {
    const expected = readCsvTable(LF);
    expect(expected.rows.map((r) => r.line)).toEqual([2, 4]);
    expect(readCsvTable(LF.replaceAll('\n', '\r'))).toEqual(expected);
  });
});
