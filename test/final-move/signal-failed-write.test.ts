// Ctrl-C as a folder's write fails (a full disk as `minesim run` replaces an earlier output, and
// putting it back fails too). Before, the process exited 130 as the write let go of the signals,
// before the message saying where the earlier files were had been printed: the one copy of them
// lay in a hidden folder nothing named, for the next write to remove. Now the message is printed
// before the exit.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { writeFolderAtomic } from '../../src/report/folder.js';
import { type FolderIo, NODE_FOLDER_IO } from '../../src/report/folder-io.js';
import { withFileList } from '../../src/report/manifest.js';
import { failWith } from './fault.js';

const root = mkdtempSync(join(tmpdir(), 'minesim-signal-write-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function output(version: string): Map<string, string> {
  const manifest = { minesimVersion: '0.1.0', scenario: { path: 'a.yaml', sha256: 'ab' }, version };
  return new Map([
    ['summary.json', `{"version":"${version}"}\n`],
    ['report.html', `<p>${version}</p>\n`],
    ['manifest.json', JSON.stringify(manifest)],
  ]);
}

describe('Ctrl-C as a folder’s write fails', () => {
  it('prints the failure, and where the earlier files are, before exiting 130', async () => {
    const dir = join(root, 'out');
    mkdirSync(dir);
    const earlier = output('earlier');
    earlier.set('manifest.json', withFileList(earlier.get('manifest.json') ?? '', earlier.keys()));
    for (const [file, text] of earlier) writeFileSync(join(dir, file), text);
    // The second file's rename in fails (with Ctrl-C pressed), and so does putting the first back.
    let renames = 0;
    const io: FolderIo = {
      ...NODE_FOLDER_IO,
      async rename(from, to) {
        renames++;
        if (renames === 2) {
          process.emit('SIGINT', 'SIGINT');
          throw failWith('ENOSPC');
        }
        if (renames === 3) throw failWith('EIO');
        return NODE_FOLDER_IO.rename(from, to);
      },
    };
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    let logged = '';
    const write = vi.spyOn(process.stderr, 'write').mockImplementation((s) => {
      logged += String(s);
      return true;
    });
    let error: unknown = null;
    try {
      await writeFolderAtomic(dir, output('later'), io).catch((e: unknown) => {
        error = e;
      });
      expect(exit).toHaveBeenCalledWith(130);
    } finally {
      exit.mockRestore();
      write.mockRestore();
    }
    expect(error).not.toBeNull();
    expect(logged).toContain('could not be put back as it was');
    expect(logged).toContain(`the earlier files not put back are in ${join(root, 'out-earlier-')}`);
  });
});
