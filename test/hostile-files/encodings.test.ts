// Input files that are not UTF-8, as careless tools save them: UTF-16 (PowerShell's `>`, Notepad's
// "Unicode"), one byte of Latin-1 or Windows-1252 (an "é" as 0xE9), with a byte-order mark and
// CR LF line ends. A scenario, a --catalog and a `data import` CSV are each refused the same way,
// at the first wrong byte, with what to do. Before, each was "not UTF-8 text (it holds binary
// data)" without a position, and a --catalog read the wrong byte as U+FFFD and went on.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeUtf8 } from '../../src/data/utf8-text.js';
import { documentMessages as m } from '../../src/messages/documents.js';
import { runCommand } from '../hostile/in-process.js';

const dir = mkdtempSync(join(tmpdir(), 'minesim-encodings-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const base = readFileSync(new URL('../hostile/base.yaml', import.meta.url), 'utf8');

const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();
const latin1 = (text: string) => Buffer.from(text, 'latin1');
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

function fileOf(name: string, bytes: Uint8Array): string {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

describe('decodeUtf8() says what the bytes are instead, and where', () => {
  it.each([
    ['UTF-16 LE with its mark', utf16le('name: a\n'), 'utf16', 1, 1],
    ['UTF-16 BE without a mark', utf16be('name: a\n'), 'utf16', 1, 1],
    ['an é of Latin-1 on line 3', latin1('a: 1\r\nb: 2\r\nname: café\r\n'), 'not-utf8', 3, 10],
    ['an é of Latin-1 after a byte-order mark', Buffer.concat([BOM, latin1('name: é')]), 'not-utf8', 1, 7],
    ['a lone continuation byte after a CR', Buffer.from([0x61, 0x0d, 0x62, 0x80]), 'not-utf8', 2, 2],
    ['an overlong slash', Buffer.from([0x61, 0xc0, 0xaf]), 'not-utf8', 1, 2],
    ['a surrogate written as UTF-8', Buffer.from([0x61, 0x62, 0xed, 0xa0, 0x80]), 'not-utf8', 1, 3],
    ['a cut character at the end', Buffer.from([0x61, 0xe2, 0x82]), 'not-utf8', 1, 2],
    [
      'a NUL in text (binary data: the whole file, no position)',
      Buffer.from('name: a\u0000b\n'),
      'binary',
      0,
      0,
    ],
  ] as const)('%s', (_, bytes, kind, line, col) => {
    const decoded = decodeUtf8(bytes);
    expect(decoded).toMatchObject({ ok: false, kind, line, col });
  });

  it('counts columns as an editor does after characters of several bytes (é, 😀)', () => {
    const bytes = Buffer.concat([Buffer.from('name: é😀x', 'utf8'), Buffer.from([0xe9])]);
    expect(decodeUtf8(bytes)).toMatchObject({ ok: false, kind: 'not-utf8', line: 1, col: 11, byte: 0xe9 });
  });

  it('reads UTF-8 with a byte-order mark, CR LF and tabs as its text', () => {
    const decoded = decodeUtf8(Buffer.concat([BOM, Buffer.from('name:\té\r\n', 'utf8')]));
    expect(decoded).toEqual({ ok: true, text: 'name:\té\r\n' });
  });
});

describe('every input file that is not UTF-8 is refused at its first wrong byte', () => {
  it('`minesim validate` of a scenario saved as UTF-16 says UTF-16, not binary data', async () => {
    const file = fileOf('utf16.yaml', utf16le(base));
    const out = await runCommand(['validate', file]);
    expect(out.exit).toBe(2);
    expect(out.output).toContain(`${file}:1:1: ${m.encoding('utf16')}`);
  });

  it('`minesim validate` of a scenario with a Latin-1 é names its line and column', async () => {
    const file = fileOf(
      'latin1.yaml',
      Buffer.concat([BOM, latin1(base.replace('name: hostile-base', 'name: café').replaceAll('\n', '\r\n'))]),
    );
    const out = await runCommand(['validate', file]);
    expect(out.exit).toBe(2);
    expect(out.output).toContain(`${file}:3:10: ${m.encoding('not-utf8', 0xe9)}`);
    expect(out.output).toContain('(got byte 0xE9)');
  });

  it('`--catalog` of a Latin-1 CSV is refused at the é (it read it as U+FFFD and went on)', async () => {
    const header =
      'model,manufacturer,release_month,release_note,hashrate_ths,power_w,efficiency_j_per_th,launch_price_usd,price_note,source,confidence';
    const catalog = fileOf('catalog.csv', latin1(`${header}\nMy Rig é,Me,2016-06,,14,1300,,,,me,high\n`));
    const scenario = fileOf('scenario.yaml', Buffer.from(base));
    const out = await runCommand(['validate', scenario, '--catalog', catalog]);
    expect(out.exit).toBe(2);
    expect(out.output).toContain(`${catalog}:2:8: ${m.encoding('not-utf8', 0xe9)}`);
  });

  it('`--catalog` saved as UTF-16 says UTF-16, not that its header lacks the columns', async () => {
    const header =
      'model,manufacturer,release_month,hashrate_hs,power_w,launch_price_usd,hardware_class,algorithm,source,confidence';
    const catalog = fileOf('catalog16.csv', utf16le(`${header}\n`));
    const scenario = fileOf('scenario16.yaml', Buffer.from(base));
    const out = await runCommand(['validate', scenario, '--catalog', catalog]);
    expect(out.exit).toBe(2);
    expect(out.output).toContain(`${catalog}:1:1: ${m.encoding('utf16')}`);
    expect(out.output).not.toContain('header');
  });

  it('`minesim data import` of a UTF-16 CSV says UTF-16, at line 1', async () => {
    const csv = fileOf('daily.csv', utf16le('date,price_usd\n2030-01-01,1\n'));
    const out = await runCommand(['data', 'import', csv, '--data', join(dir, 'data')]);
    expect(out.exit).toBe(2);
    expect(out.output).toContain(`${csv}:1:1: ${m.encoding('utf16')}`);
  });
});
