// A single output folder (run, sweep, sensitivity, calibrate, backtest, merge) whose replacement
// fails and cannot be put back as it was. Before, the earlier files not put back were left in the
// hidden `.tmp-<name>-…-old` folder beside it, which the next write to that folder removed: the
// message said so, but the files were then lost. Now they are kept beside the folder as
// `<name>-earlier-<time>`, a name no write of minesim's removes, and the message names it.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFolderAtomic } from '../../src/report/folder.js';
import { type FolderIo, NODE_FOLDER_IO } from '../../src/report/folder-io.js';
import { OutputError } from '../../src/report/output-error.js';

const root = mkdtempSync(join(tmpdir(), 'minesim-writer-kept-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function output(version: string): Map<string, string> {
  const manifest = { minesimVersion: '0.1.0', scenario: { path: 'a.yaml', sha256: 'ab' }, version };
  return new Map([
    ['a.csv', `a ${version}\n`],
    ['b.csv', `b ${version}\n`],
    ['summary.json', `{"version":"${version}"}\n`],
    ['manifest.json', JSON.stringify(manifest)],
  ]);
}

function failWith(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected failure`), { code });
}

/** Renames into `dir`: the second fails (ENOSPC), and so does every rename back into it (EIO). */
function faulty(dir: string, keptFails = false): FolderIo {
  let into = 0;
  return {
    ...NODE_FOLDER_IO,
    async rename(from, to) {
      if (keptFails && to.includes('-earlier-')) throw failWith('EACCES');
      if (to.startsWith(`${dir}${sep}`)) {
        if (from.includes('-old')) throw failWith('EIO');
        into++;
        if (into === 2) throw failWith('ENOSPC');
      }
      return NODE_FOLDER_IO.rename(from, to);
    },
  };
}

describe('a folder that cannot be put back keeps its earlier files where no write removes them', () => {
  it('moves them to <name>-earlier-<time> beside it, names it, and the next write leaves it', async () => {
    const dir = join(root, 'run');
    await writeFolderAtomic(dir, output('earlier'));
    const error = await writeFolderAtomic(dir, output('later'), faulty(dir)).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(OutputError);
    const message = (error as Error).message;
    const kept = readdirSync(root).filter((e) => e.startsWith('run-earlier-'));
    expect(kept).toHaveLength(1);
    expect(message).toContain('ENOSPC');
    expect(message).toContain(join(root, kept[0]));
    expect(message).not.toContain('.tmp-');
    expect(message).not.toContain('next write there removes');
    // The file replaced before the failure, not put back: its earlier version is kept.
    expect(readFileSync(join(root, kept[0], 'a.csv'), 'utf8')).toBe('a earlier\n');
    // No `-old` folder is left for the next write to remove (the staging stays: it tells the next
    // write which files this one renamed in).
    expect(readdirSync(root).filter((e) => e.endsWith('-old'))).toEqual([]);
    // The next write replaces the folder and leaves the kept files alone.
    await writeFolderAtomic(dir, output('next'));
    expect(readFileSync(join(dir, 'a.csv'), 'utf8')).toBe('a next\n');
    expect(readFileSync(join(root, kept[0], 'a.csv'), 'utf8')).toBe('a earlier\n');
  });

  it('says the system’s failure as the system words it, without the hidden staging path', async () => {
    const dir = join(root, 'run3');
    await writeFolderAtomic(dir, output('earlier'));
    let into = 0;
    const io: FolderIo = {
      ...NODE_FOLDER_IO,
      async rename(from, to) {
        if (to.startsWith(`${dir}${sep}`)) {
          if (from.includes('-old')) throw failWith('EIO');
          if (++into === 2)
            // As Node words it: the code, the system's words, the call and both paths.
            throw Object.assign(new Error(`ENOSPC: no space left on device, rename '${from}' -> '${to}'`), {
              code: 'ENOSPC',
            });
        }
        return NODE_FOLDER_IO.rename(from, to);
      },
    };
    const error = await writeFolderAtomic(dir, output('later'), io).then(
      () => null,
      (e: unknown) => e,
    );
    const message = (error as Error).message;
    expect(message).toContain(`writing ${dir} failed (no space left on device (ENOSPC))`);
    expect(message).not.toContain('.tmp-');
  });

  it('where even that move fails, says where they are and that the next write removes them', async () => {
    const dir = join(root, 'run2');
    await writeFolderAtomic(dir, output('earlier'));
    const error = await writeFolderAtomic(dir, output('later'), faulty(dir, true)).then(
      () => null,
      (e: unknown) => e,
    );
    const message = (error as Error).message;
    const at = /are in (\S+) \(/.exec(message)?.[1] ?? '';
    expect(at).toContain('.tmp-run2-');
    expect(readFileSync(join(at, 'a.csv'), 'utf8')).toBe('a earlier\n');
    expect(message).toContain('the next write there removes that folder');
  });
});
