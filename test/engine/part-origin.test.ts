// The fingerprint of minesim's code that a part records: the same for every copy of one build,
// wherever it is installed, and different after any change to a file that runs.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { codeFolderFingerprint, historyInUse } from '../../src/engine/run/part-origin.js';

const dir = mkdtempSync(join(tmpdir(), 'minesim-fingerprint-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A small build: two rooms, the explorer's bundle and a V8 code cache beside a bundle. */
function build(at: string): string {
  const root = join(dir, at, 'dist');
  for (const [file, text] of [
    ['engine/run/run.js', 'export const paths = 1;\n'],
    ['stats/summarize.js', 'export const mean = 2;\n'],
    ['cli/bundle/run.cjs', 'module.exports = 3;\n'],
    ['cli/bundle/run.cache', 'v8 bytes of one build'],
    ['explorer/app.js', 'the page\n'],
  ]) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  return root;
}

describe('codeFolderFingerprint()', () => {
  it('is the same for a copy of the build in another folder, and for another code cache', async () => {
    const a = build('a');
    const b = join(dir, 'elsewhere', 'deeper', 'dist');
    cpSync(a, b, { recursive: true });
    writeFileSync(join(b, 'cli/bundle/run.cache'), 'v8 bytes of another build');
    writeFileSync(join(b, 'explorer/app.js'), 'another page\n');
    expect(await codeFolderFingerprint(b)).toBe(await codeFolderFingerprint(a));
  });

  it('differs after one character of a module or a bundle changes, or a module is added', async () => {
    const a = build('c');
    const before = await codeFolderFingerprint(a);
    writeFileSync(join(a, 'stats/summarize.js'), 'export const mean = 3;\n');
    const edited = await codeFolderFingerprint(a);
    expect(edited).not.toBe(before);
    writeFileSync(join(a, 'cli/bundle/run.cjs'), 'module.exports = 4;\n');
    const bundled = await codeFolderFingerprint(a);
    expect(bundled).not.toBe(edited);
    writeFileSync(join(a, 'engine/run/extra.js'), '\n');
    expect(await codeFolderFingerprint(a)).not.toBe(bundled);
  });
});

describe('historyInUse()', () => {
  it('lists the shipped history of the coin, with its SHA-256 and dates', () => {
    expect(historyInUse('bitcoin')).toEqual([
      expect.objectContaining({
        coin: 'bitcoin',
        kind: 'shipped',
        file: 'data/btc-daily.csv',
        firstDate: '2010-07-18',
      }),
    ]);
  });
});
