import { describe, expect, it } from 'vitest';
import { splitCsvLine } from '../../src/data/csv.js';
import { ASIC_COLUMNS, EXTRA_COLUMNS, parseHardwareCsv } from '../../src/data/hardware-csv.js';
import { catalogMessages as m } from '../../src/messages/catalog.js';

const ASIC_HEADER = ASIC_COLUMNS.join(',');
const EXTRA_HEADER = EXTRA_COLUMNS.join(',');

describe('splitCsvLine()', () => {
  it('splitCsvLine() gives each cell its 1-based column and honours quoted commas and quotes', () => {
    expect(splitCsvLine('a,"b, ""c""",,d')).toEqual([
      { text: 'a', col: 1 },
      { text: 'b, "c"', col: 3 },
      { text: '', col: 14 },
      { text: 'd', col: 15 },
    ]);
  });
});

describe('parseHardwareCsv()', () => {
  it('parseHardwareCsv() reads the asic-models.csv layout with hashrate in TH/s as H/s', () => {
    const parsed = parseHardwareCsv(
      `${ASIC_HEADER}\nMy S21,Bitmain,2025-01,,200,3500,17.5,2800,,own measurement,high\n`,
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.layout).toBe('asic-models');
    expect(parsed.rows).toEqual([
      {
        line: 2,
        model: {
          model: 'My S21',
          manufacturer: 'Bitmain',
          releaseMonth: '2025-01',
          hashrateHs: 2e14,
          powerW: 3500,
          launchPriceUsd: 2800,
          hardwareClass: 'sha256',
          algorithm: 'sha256',
          source: 'own measurement',
          confidence: 'high',
        },
      },
    ]);
  });

  it('parseHardwareCsv() reads the hardware-extra.csv layout, in any column order, with a BOM and CRLF', () => {
    const header = [...EXTRA_COLUMNS].reverse().join(',');
    const parsed = parseHardwareCsv(
      `\uFEFF${header}\r\nlow,bench,randomx,cpu,,180,12000,2024-11,AMD,My 9800X3D\r\n`,
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.layout).toBe('hardware-extra');
    expect(parsed.rows[0].model).toMatchObject({
      model: 'My 9800X3D',
      hashrateHs: 12000,
      hardwareClass: 'cpu',
    });
  });

  it('parseHardwareCsv() reports every bad cell of every row at once, with line, column and the value', () => {
    const text = [
      ASIC_HEADER,
      'Good,Acme,2025-01,,200,3500,17.5,,,src,high',
      'Bad,Acme,2025-13,,abc,-5,,"2,800",,,maybe',
      'Short,Acme',
      'Off,Acme,2025-01,,200,3500,18,,,src,low',
      'good,Acme,2025-01,,200,3500,,,,src,low',
    ].join('\n');
    expect(parseHardwareCsv(text).problems).toEqual([
      { line: 3, col: 10, column: 'release_month', message: m.notMonth(), got: '2025-13' },
      { line: 3, col: 19, column: 'hashrate_ths', message: m.notPositive('200'), got: 'abc' },
      { line: 3, col: 23, column: 'power_w', message: m.notPositive('3500'), got: '-5' },
      { line: 3, col: 27, column: 'launch_price_usd', message: m.notPositive('2800'), got: '2,800' },
      { line: 3, col: 36, column: 'source', message: m.required() },
      { line: 3, col: 37, column: 'confidence', message: m.notConfidence(), got: 'maybe' },
      { line: 4, col: 1, column: '', message: m.fieldCount(11, 2) },
      { line: 5, col: 28, column: 'efficiency_j_per_th', message: m.efficiency(17.5), got: '18' },
      { line: 6, col: 1, column: 'model', message: m.duplicate(2), got: 'good' },
    ]);
  });

  it('parseHardwareCsv() accepts an efficiency within the 0.1 rounding and an empty one', () => {
    const text = `${ASIC_HEADER}\nA,x,2025-01,,298,5445,18.3,,,s,low\nB,x,2025-01,,298,5445,,,,s,low\n`;
    expect(parseHardwareCsv(text).problems).toEqual([]);
  });

  it('parseHardwareCsv() refuses an empty file, an unknown header, a header with bad columns and a file without machines', () => {
    expect(parseHardwareCsv('\n').problems).toEqual([
      { line: 1, col: 1, column: '', message: m.emptyFile() },
    ]);
    expect(parseHardwareCsv('name,ths\n').problems[0].message).toBe(
      m.unknownHeader(ASIC_COLUMNS, EXTRA_COLUMNS),
    );
    expect(parseHardwareCsv(`${EXTRA_HEADER.replace(',algorithm', '')},colour\n`).problems[0].message).toBe(
      m.badColumns('hardware-extra', ['algorithm'], ['colour']),
    );
    expect(parseHardwareCsv(`${ASIC_HEADER}\n`).problems[0].message).toBe(m.noMachines());
  });

  it('parseHardwareCsv() requires hardware_class and algorithm to be simple lower-case names', () => {
    const parsed = parseHardwareCsv(`${EXTRA_HEADER}\nX,y,2025-01,1000,100,,CPU,random x,s,low\n`);
    expect(parsed.problems.map((p) => [p.column, p.message])).toEqual([
      ['hardware_class', m.notToken()],
      ['algorithm', m.notToken()],
    ]);
  });

  it('parseHardwareCsv() refuses a hardware_class minesim does not know, naming the nearest (sha265 was taken as a class of its own, stranded by no change)', () => {
    const parsed = parseHardwareCsv(
      `${EXTRA_HEADER}\nX,y,2025-01,1000,100,,sha265,sha256,s,low\nZ,y,2018-03,220000,550,,cryptonight-asci,cryptonight,s,low\nW,y,2018-03,300,100,,gpu,cryptonight,s,low\n`,
    );
    const known = ['sha256', 'cryptonight-asic', 'cpu', 'gpu'];
    expect(parsed.problems).toEqual([
      { line: 2, col: 23, column: 'hardware_class', message: m.unknownClass(known, 'sha256'), got: 'sha265' },
      {
        line: 3,
        col: 25,
        column: 'hardware_class',
        message: m.unknownClass(known, 'cryptonight-asic'),
        got: 'cryptonight-asci',
      },
    ]);
    expect(parsed.rows.map((r) => r.model.model)).toEqual(['W']);
  });
});
