// Output folders at hostile places, each in a temporary folder (none at a system path): a link to
// a folder of someone else's files, a folder inside another output, another output's own folder,
// and two writes racing for one folder. Each is refused before anything is touched, or written
// whole, and nothing of anyone else's is changed.
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFolderAtomic } from '../../src/report/folder.js';
import { OutputError } from '../../src/report/output-error.js';

const root = mkdtempSync(join(tmpdir(), 'minesim-hostile-outs-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function output(version: string, extra: Record<string, string> = {}): Map<string, string> {
  const manifest = { minesimVersion: '0.1.0', scenario: { path: 'a.yaml', sha256: 'ab' }, version };
  return new Map([
    ['a.csv', `a ${version}\n`],
    ['charts/c.svg', `c ${version}\n`],
    ...Object.entries(extra),
    ['manifest.json', JSON.stringify(manifest)],
  ]);
}

const tree = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .map(
      (e) =>
        `${join(e.parentPath, e.name).slice(dir.length)}${e.isFile() ? `=${readFileSync(join(e.parentPath, e.name), 'utf8')}` : ''}`,
    )
    .sort();

describe('output folders at hostile places', () => {
  it('a link to a folder of someone else’s files: refused, the folder and the link as they were', async () => {
    const theirs = join(root, 'theirs');
    mkdirSync(theirs);
    writeFileSync(join(theirs, 'keep.txt'), 'mine\n');
    symlinkSync(theirs, join(root, 'link'));
    const before = tree(root);
    await expect(writeFolderAtomic(join(root, 'link'), output('new'))).rejects.toThrow(OutputError);
    expect(tree(root)).toEqual(before);
  });

  it('another output’s charts folder: refused; a new folder inside another output: written, and kept by its next write', async () => {
    const outer = join(root, 'outer');
    await writeFolderAtomic(outer, output('outer'));
    const before = tree(outer);
    await expect(writeFolderAtomic(join(outer, 'charts'), output('inner'))).rejects.toThrow(OutputError);
    expect(tree(outer)).toEqual(before);
    await writeFolderAtomic(join(outer, 'inner'), output('inner'));
    await writeFolderAtomic(outer, output('outer again'));
    expect(readFileSync(join(outer, 'inner', 'a.csv'), 'utf8')).toBe('a inner\n');
    expect(readFileSync(join(outer, 'a.csv'), 'utf8')).toBe('a outer again\n');
  });

  it('two writes racing for one new folder: it holds one of them whole, and nothing is left beside it', async () => {
    const dir = join(root, 'race');
    await Promise.all(
      ['one', 'two'].map((v) => writeFolderAtomic(dir, output(v, { [`${v}.csv`]: `${v}\n` }))),
    );
    const version = readFileSync(join(dir, 'a.csv'), 'utf8').slice(2, -1);
    expect(['one', 'two']).toContain(version);
    // The later replaced the earlier: the earlier's own file is gone, listed in its manifest.
    expect(readdirSync(dir).sort()).toEqual(['a.csv', 'charts', 'manifest.json', `${version}.csv`]);
    expect(readFileSync(join(dir, 'charts', 'c.svg'), 'utf8')).toBe(`c ${version}\n`);
    expect(readdirSync(root).filter((e) => e.startsWith('.tmp-race'))).toEqual([]);
  });
});
