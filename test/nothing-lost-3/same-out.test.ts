// Two minesim processes writing the same --out at once. run and run, run and sweep: the second
// waits for the first's lock, then replaces its folder whole: the folder at the end is one of
// them, every file its manifest lists and no other. batch and run: they share the lock of --out;
// the one that comes second finds a folder of the other kind and is refused (exit 2). Its words
// were "is a folder minesim did not write" (run) and "holds files and no minesim output" (batch),
// of a folder minesim wrote: now each says what the folder is and what to give.
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outputMessages as m } from '../../src/messages/output.js';
import { checkOutFolder } from '../../src/report/out-folder.js';
import { runNode } from '../fixtures/node-process.js';
import { oneChart } from '../fixtures/one-chart.js';

const CLI = 'bin/minesim.mjs';
/**
 * test/hostile/base.yaml drawing one chart (the outputs are folders, whatever they hold), and the
 * same named `other`: BASE is a.yaml.
 */
let BASE = '';
let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'minesim-same-out-'));
  const text = oneChart(readFileSync('test/hostile/base.yaml', 'utf8'));
  BASE = join(dir, 'a.yaml');
  await writeFile(BASE, text);
  await writeFile(join(dir, 'b.yaml'), text.replace('name: hostile-base', 'name: other'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const filesIn = (folder: string): string[] =>
  readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(folder, join(e.parentPath, e.name)))
    .sort();

/** The folder is one output whole: the files its manifest lists, and no other; gives its command. */
function wholeOutput(folder: string): string {
  const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8'));
  expect(filesIn(folder)).toEqual([...new Set([...manifest.files, 'manifest.json'])].sort());
  return manifest.command[1];
}

const manifestFile = JSON.stringify({ minesimVersion: '0.1.0', scenario: { path: 'x.yaml', sha256: 'ab' } });

describe('a folder of the other kind is named as what it is', () => {
  it('a batch’s folder given to an output; one output’s folder given to a batch', async () => {
    const batchFolder = join(dir, 'batch-made');
    await mkdir(join(batchFolder, 'x'), { recursive: true });
    await writeFile(join(batchFolder, 'x', 'manifest.json'), manifestFile);
    await writeFile(join(batchFolder, 'index.md'), '# minesim batch\n');
    await expect(checkOutFolder(batchFolder, 'output')).rejects.toThrow(m.batchNotOutput(batchFolder));
    const runFolder = join(dir, 'run-made');
    await mkdir(runFolder);
    await writeFile(join(runFolder, 'manifest.json'), manifestFile);
    await writeFile(join(runFolder, 'summary.json'), '{}');
    await expect(checkOutFolder(runFolder, 'collection')).rejects.toThrow(m.outputNotCollection(runFolder));
  });
});

// Each case's processes run beside the other cases', each case into its own --out.
describe.concurrent('two processes into one --out at once', { timeout: 180_000 }, () => {
  it('run and run: both finish, the folder is one of them whole', async ({ expect }) => {
    const out = join(dir, 'runs');
    const [a, b] = await Promise.all([
      runNode([CLI, 'run', BASE, '--seed', '1', '--paths', '60', '--out', out]),
      runNode([CLI, 'run', BASE, '--seed', '2', '--paths', '60', '--out', out]),
    ]);
    expect([a.code, b.code], a.stderr + b.stderr).toEqual([0, 0]);
    expect(wholeOutput(out)).toBe('run');
    const seed = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).seed;
    expect(JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')).run.seed).toBe(seed);
  });

  it('run and sweep over an earlier run: both finish, the folder is one of them whole', async ({
    expect,
  }) => {
    const out = join(dir, 'mixed');
    expect((await runNode([CLI, 'run', BASE, '--seed', '3', '--paths', '60', '--out', out])).code).toBe(0);
    const [a, b] = await Promise.all([
      runNode([CLI, 'run', BASE, '--seed', '1', '--paths', '60', '--out', out]),
      runNode([
        CLI,
        'sweep',
        BASE,
        '--set',
        'horizon=2 years',
        '--vary',
        'power.price=0.04..0.06:3',
        '--paths',
        '50',
        '--out',
        out,
      ]),
    ]);
    expect([a.code, b.code], a.stderr + b.stderr).toEqual([0, 0]);
    expect(['run', 'sweep']).toContain(wholeOutput(out));
  });

  it('batch and run: one writes, the other is refused saying what the folder is', async ({ expect }) => {
    const out = join(dir, 'batch');
    const [batch, run] = await Promise.all([
      runNode([CLI, 'batch', join(dir, '*.yaml'), '--paths', '40', '--out', out]),
      runNode([CLI, 'run', BASE, '--seed', '1', '--paths', '60', '--out', out]),
    ]);
    expect([batch.code, run.code].sort(), batch.stderr + run.stderr).toEqual([0, 2]);
    if (batch.code === 0) {
      // Refused at once while the batch runs (its lock says it is a batch's), or at its write.
      expect(run.stderr).toMatch(/is a batch's folder|is being filled by a minesim batch/);
      expect(readdirSync(out).sort()).toEqual([
        'hostile-base',
        'hostile-base-backtest',
        'index.html',
        'index.md',
        'other',
        'other-backtest',
      ]);
      for (const name of ['hostile-base', 'other']) expect(wholeOutput(join(out, name))).toBe('batch');
    } else {
      expect(batch.stderr).toMatch(new RegExp(`${m.outputNotCollection(out)}|is being written`));
      expect(wholeOutput(out)).toBe('run');
    }
    // The other cases run beside this one: their staging may be beside `dir` now. This case's own
    // staging and lock are named after its --out.
    expect(readdirSync(dir).filter((e) => e.startsWith('.tmp-batch'))).toEqual([]);
  });
});

describe('after every case', () => {
  it('nothing any of them staged is left beside their --out', () => {
    expect(readdirSync(dir).filter((e) => e.startsWith('.tmp-'))).toEqual([]);
  });
});
