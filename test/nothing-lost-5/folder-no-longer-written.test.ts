// A run written over an earlier output that had a folder the new one has not (its charts/, once
// the scenario draws none: `outputs.charts: []`) stopped with "cannot write ...: directory not
// empty (ENOTEMPTY)": each of the folder's files was moved aside, then the folder itself onto the
// place its files had just taken. Now a folder wholly the earlier output's goes aside whole, and
// one holding someone else's file keeps it, with only minesim's files moved out.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFolderAtomic } from '../../src/report/folder.js';
import { withFileList } from '../../src/report/manifest.js';

const root = mkdtempSync(join(tmpdir(), 'minesim-folder-gone-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const manifest = (version: string) =>
  JSON.stringify({ minesimVersion: '0.1.0', scenario: { path: 'a.yaml', sha256: 'ab' }, version });

/** An output with charts (two levels of folders) and one without. */
const withCharts = new Map([
  ['summary.json', '{"charts":true}\n'],
  ['charts/fan.svg', '<svg/>'],
  ['charts/fan.png', 'png'],
  ['charts/data/fan.csv', 'a,b\n'],
  ['manifest.json', manifest('with')],
]);
const withoutCharts = new Map([
  ['summary.json', '{"charts":false}\n'],
  ['manifest.json', manifest('without')],
]);

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => [
        relative(dir, join(e.parentPath, e.name)),
        readFileSync(join(e.parentPath, e.name), 'utf8'),
      ]),
  );
}
const written = (files: Map<string, string>) =>
  Object.fromEntries(
    new Map(files).set('manifest.json', withFileList(files.get('manifest.json')!, files.keys())),
  );

describe('an output written over one with a folder it no longer has', () => {
  it('removes the earlier output’s folder whole, and writes it again when the next output has it', async () => {
    const dir = join(root, 'plain', 'run');
    await writeFolderAtomic(dir, withCharts);
    await writeFolderAtomic(dir, withoutCharts);
    expect(snapshot(dir)).toEqual(written(withoutCharts));
    expect(readdirSync(dir).sort()).toEqual(['manifest.json', 'summary.json']);
    await writeFolderAtomic(dir, withCharts);
    expect(snapshot(dir)).toEqual(written(withCharts));
    expect(readdirSync(join(root, 'plain'))).toEqual(['run']);
  });

  it('keeps a file someone else put in that folder, and the folders on its way', async () => {
    const dir = join(root, 'user', 'run');
    await writeFolderAtomic(dir, withCharts);
    writeFileSync(join(dir, 'charts', 'data', 'mine.txt'), 'mine\n');
    await writeFolderAtomic(dir, withoutCharts);
    expect(snapshot(dir)).toEqual({
      ...written(withoutCharts),
      [join('charts', 'data', 'mine.txt')]: 'mine\n',
    });
    expect(readdirSync(join(root, 'user'))).toEqual(['run']);
  });
});
