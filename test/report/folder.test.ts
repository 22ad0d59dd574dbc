// writeFolderAtomic(): refusals, faults injected at every step of a replacement (each must leave
// the earlier output as it was), the environment's errors as exit-2 messages, and the clean-up of
// what killed runs left. Everything happens in a temporary folder.
import { execFile } from 'node:child_process';
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { outputMessages as m } from '../../src/messages/output.js';
import { writeFolderAtomic } from '../../src/report/folder.js';
import { type FolderIo, NODE_FOLDER_IO } from '../../src/report/folder-io.js';
import { withFileList } from '../../src/report/manifest.js';
import { OutputError } from '../../src/report/output-error.js';
import { tempName } from '../../src/report/temp-names.js';

const root = mkdtempSync(join(tmpdir(), 'minesim-folder-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A small output: the earlier one has a file and a chart the later one no longer writes. */
function output(version: 'earlier' | 'later'): Map<string, string> {
  const manifest = { minesimVersion: '0.1.0', scenario: { path: 'a.yaml', sha256: 'ab' }, version };
  const files = new Map<string, string>([
    ['summary.json', `{"version":"${version}"}\n`],
    ['report.html', `<p>${version}</p>\n`.repeat(2000)],
    ['charts/fan.svg', `<svg>${version}</svg>`],
    [version === 'earlier' ? 'charts/old.svg' : 'charts/new.svg', version],
    [version === 'earlier' ? 'stale.csv' : 'fresh.csv', version],
    ['manifest.json', JSON.stringify(manifest)],
  ]);
  return files;
}

/** Every file under `dir`, relative path -> text. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (at: string) => {
    for (const e of readdirSync(at, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(at, e.name));
      else out[relative(dir, join(at, e.name))] = readFileSync(join(at, e.name), 'utf8');
    }
  };
  walk(dir);
  return out;
}

/** The folder `files` make: its manifest lists them (Manifest.files). */
const asObject = (files: Map<string, string>) =>
  Object.fromEntries(
    new Map(files).set('manifest.json', withFileList(files.get('manifest.json') ?? '', files.keys())),
  );
const temps = (parent: string) => readdirSync(parent).filter((n) => n.startsWith('.tmp-'));

function errno(code: string, reason: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${reason}, write`), { code });
}

/** NODE_FOLDER_IO counting its calls, failing the `failAt`-th one with `error`. */
function faultyIo(failAt: number, error: Error): FolderIo & { calls: number } {
  const io = { calls: 0 } as FolderIo & { calls: number };
  for (const op of Object.keys(NODE_FOLDER_IO) as (keyof FolderIo)[]) {
    const real = NODE_FOLDER_IO[op] as (...args: unknown[]) => Promise<void>;
    (io as unknown as Record<string, unknown>)[op] = async (...args: unknown[]) => {
      if (++io.calls === failAt) throw error;
      return real(...args);
    };
  }
  return io;
}

let serial = 0;
async function earlierOutput(): Promise<{ parent: string; dir: string }> {
  const parent = join(root, `case-${serial++}`);
  const dir = join(parent, 'run');
  await writeFolderAtomic(dir, output('earlier'));
  return { parent, dir };
}

describe('writeFolderAtomic()', () => {
  it('writes a new folder, then replaces it, dropping files the new output has not', async () => {
    const { parent, dir } = await earlierOutput();
    expect(snapshot(dir)).toEqual(asObject(output('earlier')));
    await writeFolderAtomic(dir, output('later'));
    expect(snapshot(dir)).toEqual(asObject(output('later')));
    expect(temps(parent)).toEqual([]);
  });

  it('keeps the files someone else put in an earlier output when it replaces that output', async () => {
    const { dir } = await earlierOutput();
    writeFileSync(join(dir, 'notes.txt'), 'mine\n');
    writeFileSync(join(dir, 'charts', 'sketch.svg'), '<svg>mine</svg>');
    mkdirSync(join(dir, 'drafts'));
    writeFileSync(join(dir, 'drafts', 'a.md'), 'draft\n');
    await writeFolderAtomic(dir, output('later'));
    expect(snapshot(dir)).toEqual({
      ...asObject(output('later')),
      'notes.txt': 'mine\n',
      'charts/sketch.svg': '<svg>mine</svg>',
      'drafts/a.md': 'draft\n',
    });
  });

  it('refuses to write over a file of an earlier output that minesim did not write, and touches nothing', async () => {
    const { dir } = await earlierOutput();
    writeFileSync(join(dir, 'fresh.csv'), 'mine\n');
    const before = snapshot(dir);
    const error = await writeFolderAtomic(dir, output('later')).catch((e: unknown) => e);
    expect(error).toEqual(new OutputError(m.notOurFile(dir, 'fresh.csv')));
    expect(snapshot(dir)).toEqual(before);
  });

  it('refuses to replace a file of the user’s where the new output needs a folder, and touches nothing', async () => {
    // An earlier output without charts/, then a file of the user's named charts: it was moved
    // aside for the new charts/ folder and deleted with the earlier files, without a word.
    const parent = join(root, `case-${serial++}`);
    const dir = join(parent, 'run');
    const earlier = output('earlier');
    for (const file of [...earlier.keys()]) if (file.startsWith('charts/')) earlier.delete(file);
    await writeFolderAtomic(dir, earlier);
    writeFileSync(join(dir, 'charts'), 'my notes on the charts\n');
    const before = snapshot(dir);
    const error = await writeFolderAtomic(dir, output('later')).catch((e: unknown) => e);
    expect(error).toEqual(new OutputError(m.notOurFile(dir, 'charts')));
    expect(snapshot(dir)).toEqual(before);
  });

  it('refuses to replace a folder of the user’s at the name of a file minesim wrote, and touches nothing', async () => {
    // summary.json, listed by the earlier manifest, is now a folder the user made there: its
    // files were moved aside and deleted with the earlier output's, without a word.
    const { dir } = await earlierOutput();
    rmSync(join(dir, 'summary.json'));
    mkdirSync(join(dir, 'summary.json'));
    writeFileSync(join(dir, 'summary.json', 'mine.txt'), 'mine\n');
    const before = snapshot(dir);
    const error = await writeFolderAtomic(dir, output('later')).catch((e: unknown) => e);
    expect(error).toEqual(new OutputError(m.notOurFile(dir, 'summary.json')));
    expect(snapshot(dir)).toEqual(before);
  });

  it('refuses a folder of the user’s at a file’s name in an output whose manifest lists no files (minesim 0.1.0)', async () => {
    const parent = join(root, `case-${serial++}`);
    const dir = join(parent, 'run');
    mkdirSync(join(dir, 'charts'), { recursive: true });
    for (const [file, text] of output('earlier')) writeFileSync(join(dir, file), text);
    mkdirSync(join(dir, 'fresh.csv'));
    writeFileSync(join(dir, 'fresh.csv', 'mine.txt'), 'mine\n');
    const before = snapshot(dir);
    const error = await writeFolderAtomic(dir, output('later')).catch((e: unknown) => e);
    expect(error).toEqual(new OutputError(m.notOurFile(dir, 'fresh.csv')));
    expect(snapshot(dir)).toEqual(before);
  });

  it('refuses to replace a link of the user’s at the name of a file minesim wrote, and leaves both ends', async () => {
    // summary.json made a link to a file elsewhere (to publish it there): the link was replaced
    // by a file without a word, and what it pointed to went stale.
    const { parent, dir } = await earlierOutput();
    writeFileSync(join(parent, 'published.json'), 'published\n');
    rmSync(join(dir, 'summary.json'));
    symlinkSync(join(parent, 'published.json'), join(dir, 'summary.json'));
    const error = await writeFolderAtomic(dir, output('later')).catch((e: unknown) => e);
    expect(error).toEqual(new OutputError(m.notOurFile(dir, 'summary.json')));
    expect(lstatSync(join(dir, 'summary.json')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(parent, 'published.json'), 'utf8')).toBe('published\n');
  });

  it('removes no file the new output lacks from an output whose manifest lists none (minesim 0.1.0)', async () => {
    const parent = join(root, `case-${serial++}`);
    const dir = join(parent, 'run');
    mkdirSync(join(dir, 'charts'), { recursive: true });
    for (const [file, text] of output('earlier')) writeFileSync(join(dir, file), text);
    await writeFolderAtomic(dir, output('later'));
    expect(snapshot(dir)).toEqual({
      ...asObject(output('later')),
      'charts/old.svg': 'earlier',
      'stale.csv': 'earlier',
    });
  });

  it('refuses a folder minesim did not write and touches nothing in it', async () => {
    const dir = join(root, 'project');
    mkdirSync(dir);
    writeFileSync(join(dir, 'main.c'), 'int main;\n');
    const error = await writeFolderAtomic(dir, output('later')).catch((e: unknown) => e);
    expect(error).toEqual(new OutputError(m.notMinesimFolder(dir)));
    expect(snapshot(dir)).toEqual({ 'main.c': 'int main;\n' });
    expect(temps(root)).toEqual([]);
  });

  it('leaves the earlier output exactly as it was when any step of the replacement fails', async () => {
    const { dir: probe } = await earlierOutput();
    const counting = faultyIo(0, new Error('unused'));
    await writeFolderAtomic(probe, output('later'), counting);
    // The last two calls remove the emptied staging folder and the kept old files: after them the
    // new output is complete, and a failure there only leaves a temporary folder behind.
    const steps = counting.calls - 2;
    expect(steps).toBeGreaterThan(15);
    for (let failAt = 1; failAt <= steps; failAt++) {
      const { parent, dir } = await earlierOutput();
      const io = faultyIo(failAt, errno('ENOSPC', 'no space left on device'));
      const error = await writeFolderAtomic(dir, output('later'), io).catch((e: unknown) => e);
      expect(error, `step ${failAt}`).toEqual(
        new OutputError(m.cannotWrite(dir, 'no space left on device', 'ENOSPC')),
      );
      expect(snapshot(dir), `step ${failAt}`).toEqual(asObject(output('earlier')));
      expect(temps(parent), `step ${failAt}`).toEqual([]);
    }
  });

  it.each([
    ['EFBIG', 'file too large'],
    ['EROFS', 'read-only file system'],
    ['EACCES', 'permission denied'],
    ['EPERM', 'operation not permitted'],
    ['EDQUOT', 'disk quota exceeded'],
  ])('reports %s as an OutputError naming the folder and the reason', async (code, reason) => {
    const { dir } = await earlierOutput();
    for (const failAt of [1, 3]) {
      const error = await writeFolderAtomic(
        dir,
        output('later'),
        faultyIo(failAt, errno(code, reason)),
      ).catch((e: unknown) => e);
      expect(error).toEqual(new OutputError(m.cannotWrite(dir, reason, code)));
      expect(snapshot(dir)).toEqual(asObject(output('earlier')));
    }
  });

  it.skipIf(process.getuid?.() === 0)('reports a read-only folder as an OutputError', async () => {
    const parent = join(root, 'read-only');
    mkdirSync(parent, { mode: 0o555 });
    const error = await writeFolderAtomic(join(parent, 'run'), output('later')).catch((e: unknown) => e);
    expect(error).toEqual(new OutputError(m.cannotWrite(join(parent, 'run'), 'permission denied', 'EACCES')));
  });

  it('writes two outputs into the same folder at once one after the other, never a mix of both', async () => {
    // Two writes at once used to rename their files in turn over each other's: in about 1 pair
    // in 14 the folder ended with summary.json of one and the CSVs or manifest of the other,
    // both writes done without a word; into a new folder, one failed with ENOTEMPTY or left
    // the other's files in, unlisted. Now the second waits for the first, then replaces it.
    const { parent, dir } = await earlierOutput();
    const fresh = join(parent, 'fresh');
    const earlier = asObject(output('earlier'));
    const later = asObject(output('later'));
    for (let round = 0; round < 25; round++) {
      for (const at of [dir, fresh]) {
        if (at === fresh) rmSync(fresh, { recursive: true, force: true });
        await Promise.all([writeFolderAtomic(at, output('earlier')), writeFolderAtomic(at, output('later'))]);
        const now = snapshot(at);
        expect([earlier, later], `round ${round}, ${at}`).toContainEqual(now);
      }
    }
    expect(temps(parent)).toEqual([]);
  });

  it('writes and replaces a folder whose name is as long as a name can be (255 bytes)', async () => {
    // Its staging folder's name adds about 40 characters to the folder's: every name from 226 to
    // 255 characters was refused with "name too long (ENAMETOOLONG)", a name the system takes.
    const parent = join(root, `case-${serial++}`);
    for (const length of [226, 250, 255]) {
      const dir = join(parent, 'x'.repeat(length));
      await writeFolderAtomic(dir, output('earlier'));
      await writeFolderAtomic(dir, output('later'));
      expect(snapshot(dir)).toEqual(asObject(output('later')));
    }
    expect(temps(parent)).toEqual([]);
  });

  it('takes over an empty lock left by a write killed as it made it', async () => {
    // A kill between creating the lock and writing its owner leaves it empty: no process to ask,
    // so every later write waited a minute and gave up, naming "process 0".
    const { parent, dir } = await earlierOutput();
    const lock = join(parent, '.tmp-run.lock');
    writeFileSync(lock, '');
    const minuteAgo = new Date(Date.now() - 60_000);
    utimesSync(lock, minuteAgo, minuteAgo);
    const started = Date.now();
    await writeFolderAtomic(dir, output('later'));
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(snapshot(dir)).toEqual(asObject(output('later')));
    expect(temps(parent)).toEqual([]);
  });

  it('takes over a lock of another machine once it is ten minutes old, and waits for a newer one', async () => {
    // On a shared folder a lock of another machine cannot be asked whether its process lives: a
    // write killed there (a pod restarted on another node) left every later write waiting a
    // minute and giving up. No write takes ten minutes.
    const { parent, dir } = await earlierOutput();
    const lock = join(parent, '.tmp-run.lock');
    writeFileSync(lock, `0badc0de 12345 .tmp-run-0badc0de-12345-mx0-0\n`);
    const old = new Date(Date.now() - 11 * 60_000);
    utimesSync(lock, old, old);
    const started = Date.now();
    await writeFolderAtomic(dir, output('later'));
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(snapshot(dir)).toEqual(asObject(output('later')));
    expect(temps(parent)).toEqual([]);
  });

  it('refuses, as a bug, to write an output without the manifest that marks it as minesim’s', async () => {
    const files = output('later');
    files.delete('manifest.json');
    await expect(writeFolderAtomic(join(root, 'no-manifest'), files)).rejects.toThrow('manifest.json');
    expect(readdirSync(root)).not.toContain('no-manifest');
  });

  it('keeps an internal error (not the environment) as it is', async () => {
    const { dir } = await earlierOutput();
    const bug = new TypeError('a bug');
    await expect(writeFolderAtomic(dir, output('later'), faultyIo(2, bug))).rejects.toBe(bug);
  });
});

/** The pid of a process that has ended. */
async function deadPid(): Promise<number> {
  const child = execFile(process.execPath, ['-e', '']);
  await new Promise((done) => child.on('exit', done));
  return child.pid!;
}

describe('writeFolderAtomic() and what killed runs left', () => {
  it('removes orphaned staging folders of the same name, and only those', async () => {
    const { parent, dir } = await earlierOutput();
    const pid = await deadPid();
    const mine = tempName('run').split('-');
    const host = mine.at(-4);
    const orphan = `.tmp-run-${host}-${pid}-mx0-0`;
    const kept = [
      `.tmp-run-${host}-${process.pid}-mx0-1`, // a write still running here
      `.tmp-run-0badc0de-${pid}-mx0-2`, // another machine's, writing into a shared folder
      `.tmp-other-${host}-${pid}-mx0-3`, // another output's
      '.tmp-run-made-by-someone-else',
    ];
    for (const name of [orphan, `${orphan}-old`, `.tmp-run-${pid}-mx0-4`, ...kept])
      mkdirSync(join(parent, name));
    await writeFolderAtomic(dir, output('later'));
    expect(temps(parent).sort()).toEqual(kept.sort());
    expect(snapshot(dir)).toEqual(asObject(output('later')));
  });

  it('still refuses to write over a file minesim did not write when a killed run left its staging folder', async () => {
    // A run killed (SIGKILL) while it staged its files leaves `.tmp-run-…` and renamed nothing in:
    // the folder is exactly the earlier output. The user then puts fresh.csv of their own there.
    // The next write used to take every file for minesim's once it saw the orphan, and replaced
    // the user's fresh.csv without a word.
    const { parent, dir } = await earlierOutput();
    const host = tempName('run').split('-').at(-4);
    const orphan = join(parent, `.tmp-run-${host}-${await deadPid()}-mx0-0`);
    mkdirSync(orphan);
    writeFileSync(join(orphan, 'summary.json'), '{"version":"lat');
    writeFileSync(join(dir, 'fresh.csv'), 'mine\n');
    const before = snapshot(dir);
    const error = await writeFolderAtomic(dir, output('later')).catch((e: unknown) => e);
    expect(error).toEqual(new OutputError(m.notOurFile(dir, 'fresh.csv')));
    expect(snapshot(dir)).toEqual(before);
  });

  it('replaces the files a killed run had renamed in, which its staged manifest lists', async () => {
    // Killed among its renames: fresh.csv is in the folder (not yet listed by the folder's
    // manifest), gone from the staging folder, whose manifest, renamed last, lists it.
    const { parent, dir } = await earlierOutput();
    const host = tempName('run').split('-').at(-4);
    const orphan = join(parent, `.tmp-run-${host}-${await deadPid()}-mx0-0`);
    mkdirSync(orphan);
    const later = asObject(output('later'));
    writeFileSync(join(orphan, 'manifest.json'), later['manifest.json']);
    writeFileSync(join(orphan, 'summary.json'), later['summary.json']);
    writeFileSync(join(dir, 'fresh.csv'), 'later');
    await writeFolderAtomic(dir, output('later'));
    expect(snapshot(dir)).toEqual(later);
    expect(temps(parent)).toEqual([]);
  });

  it('moves an earlier version’s -previous folder back when a kill left the name empty', async () => {
    const { parent, dir } = await earlierOutput();
    // minesim 0.1 moved the earlier output aside for an instant; a kill then left it there.
    renameSync(dir, join(parent, `.tmp-run-${await deadPid()}-mx0-0-previous`));
    const io = faultyIo(3, errno('ENOSPC', 'no space left on device'));
    await expect(writeFolderAtomic(dir, output('later'), io)).rejects.toThrow(OutputError);
    expect(snapshot(dir)).toEqual(asObject(output('earlier')));
    expect(temps(parent)).toEqual([]);
  });
});
