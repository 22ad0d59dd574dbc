// A single-folder write killed (SIGKILL) among its renames leaves its staging and, beside it,
// `<staging>-old`: the earlier version of every file it had replaced so far. Before, the next write
// to that folder removed both: the earlier files were lost. Now it keeps them beside the folder as
// `<name>-earlier-<time>`, as a batch keeps a killed batch's, says so, and then writes as before.
// A write killed once it had renamed its manifest in (its replacement done) has nothing to keep.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { writeFolderAtomic } from '../../src/report/folder.js';
import { tempName } from '../../src/report/temp-names.js';

const root = mkdtempSync(join(tmpdir(), 'minesim-killed-old-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function output(version: string): Map<string, string> {
  const manifest = { minesimVersion: '0.1.0', scenario: { path: 'a.yaml', sha256: 'ab' }, version };
  return new Map([
    ['a.csv', `a ${version}\n`],
    ['b.csv', `b ${version}\n`],
    ['manifest.json', JSON.stringify(manifest)],
  ]);
}

async function deadPid(): Promise<number> {
  const child = execFile(process.execPath, ['-e', '']);
  await new Promise((done) => child.on('exit', done));
  return child.pid!;
}

/** The earlier output in `<root>/<name>`, and a killed write's staging and `-old` beside it. */
async function killedAmongRenames(name: string, manifestStaged: boolean) {
  const dir = join(root, name);
  await writeFolderAtomic(dir, output('earlier'));
  const host = tempName(name).split('-').at(-4);
  const staging = join(root, `.tmp-${name}-${host}-${await deadPid()}-mx0-0`);
  mkdirSync(staging);
  mkdirSync(`${staging}-old`);
  // a.csv was replaced (its earlier version linked into -old); b.csv and the manifest were not.
  writeFileSync(join(`${staging}-old`, 'a.csv'), readFileSync(join(dir, 'a.csv')));
  writeFileSync(join(dir, 'a.csv'), 'a killed\n');
  writeFileSync(join(staging, 'b.csv'), 'b killed\n');
  if (manifestStaged) writeFileSync(join(staging, 'manifest.json'), readFileSync(join(dir, 'manifest.json')));
  return dir;
}

async function writeLogged(dir: string): Promise<string> {
  let logged = '';
  const write = vi.spyOn(process.stderr, 'write').mockImplementation((s) => {
    logged += String(s);
    return true;
  });
  try {
    await writeFolderAtomic(dir, output('later'));
  } finally {
    write.mockRestore();
  }
  return logged;
}

describe('the next write after one killed among its renames', () => {
  it('keeps the earlier files it had replaced beside the folder, and says where', async () => {
    const dir = await killedAmongRenames('run', true);
    const logged = await writeLogged(dir);
    const kept = readdirSync(root).filter((e) => e.startsWith('run-earlier-'));
    expect(kept).toHaveLength(1);
    expect(readFileSync(join(root, kept[0], 'a.csv'), 'utf8')).toBe('a earlier\n');
    expect(logged).toContain(join(root, kept[0]));
    expect(readFileSync(join(dir, 'a.csv'), 'utf8')).toBe('a later\n');
    expect(readdirSync(root).filter((e) => e.startsWith('.tmp-run-'))).toEqual([]);
  });

  it('keeps nothing when the killed write had renamed its manifest in (its replacement done)', async () => {
    const dir = await killedAmongRenames('done', false);
    const logged = await writeLogged(dir);
    expect(readdirSync(root).filter((e) => e.startsWith('done-earlier-'))).toEqual([]);
    expect(logged).toBe('');
    expect(readdirSync(root).filter((e) => e.startsWith('.tmp-done-'))).toEqual([]);
  });
});
