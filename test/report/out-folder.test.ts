// Where minesim may write: checkOutFolder() on every kind of place, in a temporary folder. Only
// the read-only check looks at /proc and /dev; nothing here writes outside the temporary folder.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outputMessages as m } from '../../src/messages/output.js';
import { checkOutFolder, type FolderKind } from '../../src/report/out-folder.js';
import { OutputError } from '../../src/report/output-error.js';

const root = mkdtempSync(join(tmpdir(), 'minesim-out-'));
const at = (...names: string[]) => join(root, ...names);
const MANIFEST = JSON.stringify({ minesimVersion: '0.1.0', scenario: { path: 'a.yaml', sha256: 'ab' } });
let server: Server;

beforeAll(async () => {
  mkdirSync(at('empty'));
  mkdirSync(at('output'));
  writeFileSync(at('output', 'manifest.json'), MANIFEST);
  writeFileSync(at('output', 'summary.json'), '{}');
  mkdirSync(at('project'));
  writeFileSync(at('project', 'main.c'), 'int main(void) { return 0; }\n');
  writeFileSync(at('project', 'NOTES.md'), '# notes\n');
  mkdirSync(at('fake'));
  writeFileSync(at('fake', 'manifest.json'), '{"name": "not minesim"}');
  writeFileSync(at('a-file.txt'), 'text');
  execFileSync('mkfifo', [at('fifo')]);
  symlinkSync(at('output'), at('link-to-output'));
  symlinkSync(at('nowhere'), at('dangling'));
  symlinkSync(at('loop'), at('loop'));
  mkdirSync(at('parts'));
  writeFileSync(at('parts', 'part-0-of-2.json'), '{"version":2}');
  writeFileSync(at('parts', '.hidden'), 'dot files do not count');
  mkdirSync(at('parts-plus'));
  writeFileSync(at('parts-plus', 'part-0-of-2.json'), '{"version":2}');
  writeFileSync(at('parts-plus', 'notes.txt'), 'mine');
  mkdirSync(at('batch', 'north-korea'), { recursive: true });
  writeFileSync(at('batch', 'north-korea', 'manifest.json'), MANIFEST);
  writeFileSync(at('batch', 'index.md'), '# minesim batch\n\nintro\n');
  writeFileSync(at('batch', 'bench.txt'), 'minesim bench, 2026-11-24: flagship\n');
  writeFileSync(at('batch', 'screenshot.png'), 'not minesim output, left alone');
  mkdirSync(at('batch-user'));
  writeFileSync(at('batch-user', 'index.md'), '# My index\n');
  server = createServer();
  await new Promise<void>((done) => server.listen(at('socket'), done));
});

afterAll(async () => {
  await new Promise((done) => server.close(done));
  rmSync(root, { recursive: true, force: true });
});

async function refusal(dir: string, kind: FolderKind = 'output'): Promise<string> {
  const error = await checkOutFolder(dir, kind).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(OutputError);
  return (error as OutputError).message;
}

describe('checkOutFolder()', () => {
  it.each([
    ['a new folder', ['new']],
    ['a new folder under new folders', ['new', 'deeper', 'still']],
    ['an empty folder', ['empty']],
    ['an earlier minesim output', ['output']],
  ])('accepts %s', async (_, names) => {
    const dir = at(...names);
    const place = await checkOutFolder(dir, 'output');
    expect(place.path).toBe(dir);
  });

  it('follows a symbolic link to an earlier output, to the folder it names', async () => {
    expect(await checkOutFolder(at('link-to-output'), 'output')).toEqual({
      path: at('output'),
      exists: true,
    });
  });

  it('refuses a folder of other files, and one whose manifest.json minesim did not write', async () => {
    expect(await refusal(at('project'))).toBe(m.notMinesimFolder(at('project')));
    expect(await refusal(at('fake'))).toBe(m.notMinesimFolder(at('fake')));
    expect(readdirSync(at('project')).sort()).toEqual(['NOTES.md', 'main.c']);
  });

  it.each([
    ['a regular file', 'a-file.txt', 'a file'],
    ['a FIFO (never opened, so the check cannot block)', 'fifo', 'a FIFO (named pipe)'],
    ['a socket', 'socket', 'a socket'],
  ])('refuses %s', async (_, name, kind) => {
    expect(await refusal(at(name))).toBe(m.notAFolder(at(name), kind));
  });

  it('refuses a device node (made in the temporary folder when the user may)', async () => {
    try {
      execFileSync('mknod', [at('null-device'), 'c', '1', '3'], { stdio: 'ignore' });
    } catch {
      return; // not permitted here: the device case is covered by /dev/null below
    }
    expect(await refusal(at('null-device'))).toBe(m.notAFolder(at('null-device'), 'a device'));
  });

  it('refuses an empty path rather than taking it for the current folder', async () => {
    // `--out "$OUT"` with OUT unset: it was read as the current folder, written into when that is
    // empty or a minesim output, else refused as "minesim:  is a folder minesim did not write".
    expect(await refusal('')).toBe(m.emptyPath());
    expect(await refusal('', 'collection')).toBe(m.emptyPath());
  });

  it('refuses a path through a file, a dangling link and a link loop', async () => {
    expect(await refusal(at('a-file.txt', 'sub'))).toBe(
      m.throughNonFolder(at('a-file.txt', 'sub'), at('a-file.txt')),
    );
    expect(await refusal(at('dangling'))).toBe(m.danglingLink(at('dangling')));
    expect(await refusal(at('loop'))).toMatch(/ELOOP/);
  });

  it.skipIf(process.platform !== 'linux')(
    'refuses /proc, /sys and /dev paths, new or existing, at once (read-only check)',
    async () => {
      for (const dir of ['/proc/x', '/proc', '/sys/minesim-x', '/dev/minesim-x/y'])
        expect(await refusal(dir)).toBe(m.systemFolder(dir));
      expect(await refusal('/dev/null')).toBe(m.notAFolder('/dev/null', 'a device'));
    },
  );

  it('accepts a folder of parts for parts only, and refuses one with another file', async () => {
    expect((await checkOutFolder(at('parts'), 'parts')).exists).toBe(true);
    expect(await refusal(at('parts-plus'), 'parts')).toBe(m.notPartsFolder(at('parts-plus'), 'notes.txt'));
    expect(await refusal(at('parts'), 'output')).toBe(m.notMinesimFolder(at('parts')));
  });

  it('accepts a batch folder holding outputs (other files are left alone), and refuses a user index.md', async () => {
    expect((await checkOutFolder(at('batch'), 'collection')).exists).toBe(true);
    expect((await checkOutFolder(at('new-batch'), 'collection')).exists).toBe(false);
    expect(await refusal(at('batch-user'), 'collection')).toBe(m.notOurIndex(at('batch-user'), 'index.md'));
    expect(await refusal(at('project'), 'collection')).toBe(m.notCollection(at('project')));
    expect(await refusal(at('batch'), 'output')).toBe(m.batchNotOutput(at('batch')));
  });
});

// A file system's root as --out: a batch took it for its folder whenever one entry at the top was
// a minesim output (`run --out /myrun` once), and wrote its index, its folders and its staging
// there, the staging named after an empty name. Now the root is refused for every kind, before
// anything is read (so this test reads nothing at /).
describe('a file system’s root', () => {
  it('is refused as an output, a parts or a batch folder, with what to give', async () => {
    for (const kind of ['output', 'parts', 'collection'] as FolderKind[]) {
      const error = await checkOutFolder('/', kind).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(OutputError);
      expect((error as Error).message).toBe(m.rootFolder('/'));
    }
  });

  it('is refused through a link to it (the link is followed, / only looked at)', async () => {
    symlinkSync('/', at('link-to-root'));
    await expect(checkOutFolder(at('link-to-root'), 'collection')).rejects.toThrow(
      m.rootFolder(at('link-to-root')),
    );
  });
});
