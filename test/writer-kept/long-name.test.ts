// A folder whose name is long (a name may have 255 bytes) and that cannot be put back. Before, its
// kept folder was named `<name>-earlier-<time>` whole: past 255 bytes, that rename failed
// (ENAMETOOLONG) and the message named the hidden `-old` folder, which the next write removes.
// Now the kept folder's name keeps the start of the name and a hash of the whole, and fits.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFolderAtomic } from '../../src/report/folder.js';
import { type FolderIo, NODE_FOLDER_IO } from '../../src/report/folder-io.js';
import { OutputError } from '../../src/report/output-error.js';
import { earlierName } from '../../src/report/temp-names.js';

const root = mkdtempSync(join(tmpdir(), 'minesim-long-kept-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function output(version: string): Map<string, string> {
  const manifest = { minesimVersion: '0.1.0', scenario: { path: 'a.yaml', sha256: 'ab' }, version };
  return new Map([
    ['a.csv', `a ${version}\n`],
    ['b.csv', `b ${version}\n`],
    ['manifest.json', JSON.stringify(manifest)],
  ]);
}

const failWith = (code: string) => Object.assign(new Error(`${code}: injected failure`), { code });

/** Renames into `dir`: the second fails (ENOSPC), and so does every rename back into it (EIO). */
function faulty(dir: string): FolderIo {
  let into = 0;
  return {
    ...NODE_FOLDER_IO,
    async rename(from, to) {
      if (to.startsWith(`${dir}${sep}`)) {
        if (from.includes('-old')) throw failWith('EIO');
        if (++into === 2) throw failWith('ENOSPC');
      }
      return NODE_FOLDER_IO.rename(from, to);
    },
  };
}

describe('the kept folder of a long name', () => {
  it('fits in 255 bytes, stays apart from another long name, and short names stay whole', () => {
    const long = 'é'.repeat(120); // 240 bytes
    const kept = earlierName(long);
    expect(Buffer.byteLength(kept)).toBeLessThanOrEqual(251);
    expect(kept.startsWith('é'.repeat(80))).toBe(true);
    expect(earlierName(`${'é'.repeat(119)}e`).slice(0, 180)).not.toBe(kept.slice(0, 180));
    expect(earlierName('run')).toMatch(/^run-earlier-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z$/);
  });

  it('is where the earlier files go, and the message names it, not the hidden -old folder', async () => {
    const name = 'r'.repeat(240);
    const dir = join(root, name);
    await writeFolderAtomic(dir, output('earlier'));
    const error = await writeFolderAtomic(dir, output('later'), faulty(dir)).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(OutputError);
    const message = (error as Error).message;
    const kept = readdirSync(root).filter((e) => e.includes('-earlier-'));
    expect(kept).toHaveLength(1);
    expect(message).toContain(join(root, kept[0]));
    expect(message).not.toContain('.tmp-');
    expect(readFileSync(join(root, kept[0], 'a.csv'), 'utf8')).toBe('a earlier\n');
  });
});
