// A batch over an earlier batch's --out whose final move fails part-way: the disk full as the
// third folder goes in, a folder replaced by a file meanwhile, a folder named as another's
// `-old`. Before, the first folders were the new batch's, the rest the earlier batch's, and no
// index at all (the earlier one removed, the new one never moved in). Now every folder moved in is
// put back, the earlier index with them: --out is byte for byte as it was, the message says so and
// why, and nothing is left beside it.
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { batch } from '../../src/cli/commands/batch.js';
import { OutputError } from '../../src/report/output-error.js';
import { snapshot, tempsBeside } from '../batch-staged/snapshot.js';
import { ONE_CHART, oneChart } from '../fixtures/one-chart.js';
import { BASE, quiet, recorder, twoScenarioBatch } from '../fixtures/two-scenario-batch.js';
import { failWith, fault } from './fault.js';

vi.mock('node:fs/promises', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:fs/promises')>();
  const { faultyRename } = await import('./fault.js');
  const rename = faultyRename(original.rename);
  return { ...original, default: { ...original, rename }, rename };
});

// Each scenario draws one chart: the moves are of its folders, whatever they hold.
const scenarios = twoScenarioBatch('minesim-final-move-', {
  ...ONE_CHART,
  'c.yaml': oneChart(BASE.replace('name: hostile-base', 'name: other-old')),
});
const { args } = scenarios;

/** The earlier batch (seed 1) most tests start from: run once, then copied into each test's --out. */
let seed1 = '';
beforeAll(async () => {
  seed1 = join(scenarios.dir, 'seed-1-batch');
  expect(await batch(args(seed1, '1'), { stdout: quiet, stderr: quiet })).toBe(0);
});

/** `out` holding the earlier batch of seed 1, as a batch of seed 1 into it writes it. */
async function earlierBatch(out: string): Promise<void> {
  await cp(seed1, out, { recursive: true });
}

/** Runs the batch, expecting it to refuse; returns the message. */
async function refused(run: Promise<number>): Promise<string> {
  const error = await run.then(
    () => null,
    (e: unknown) => e,
  );
  fault.check = () => null;
  expect(error).toBeInstanceOf(OutputError);
  return (error as Error).message;
}

describe('a batch whose final move fails leaves --out as it was', { timeout: 120_000 }, () => {
  it('the disk full as the third folder goes in: the first two and the index put back', async () => {
    const { dir } = scenarios;
    const out = join(dir, 'full');
    await earlierBatch(out);
    await writeFile(join(out, 'notes.txt'), 'mine\n');
    await writeFile(join(out, 'other', 'mine.txt'), 'mine too\n');
    const before = await snapshot(out);
    const into = join(out, 'other');
    fault.check = (_from, to) => (to === into || to.startsWith(`${into}${sep}`) ? failWith('ENOSPC') : null);
    const message = await refused(batch(args(out, '9'), { stdout: quiet, stderr: quiet }));
    expect(message).toContain('ENOSPC');
    expect(message).toContain(`${out} is as it was`);
    const now = await snapshot(out);
    expect([...now.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [file, bytes] of before) expect(now.get(file) === bytes, file).toBe(true);
    expect(await tempsBeside(dir, 'full')).toEqual([]);
  });

  it('into a new --out: nothing of the batch stays, not even the folder', async () => {
    const { dir } = scenarios;
    const out = join(dir, 'fresh');
    const into = join(out, 'other');
    fault.check = (_from, to) => (to === into ? failWith('EACCES') : null);
    const message = await refused(batch(args(out, '1'), { stdout: quiet, stderr: quiet }));
    expect(message).toContain('EACCES');
    expect(await readdir(dir)).not.toContain('fresh');
    expect(await tempsBeside(dir, 'fresh')).toEqual([]);
  });

  it('a folder replaced by a file meanwhile: the others put back, the file kept as it is', async () => {
    const { dir } = scenarios;
    const out = join(dir, 'swapped');
    await earlierBatch(out);
    const before = await snapshot(out);
    let swapped = false;
    fault.check = (_from, to) => {
      if (!swapped && to.startsWith(join(out, 'hostile-base'))) {
        swapped = true;
        return async () => {
          await rm(join(out, 'other'), { recursive: true });
          await writeFile(join(out, 'other'), 'a file of mine\n');
        };
      }
      return null;
    };
    const message = await refused(batch(args(out, '9'), { stdout: quiet, stderr: quiet }));
    expect(message).toContain(`${join(out, 'other')}`);
    const now = await snapshot(out);
    expect(now.get('other')).toBe(Buffer.from('a file of mine\n').toString('base64'));
    for (const [file, bytes] of before)
      if (!file.startsWith(`other${sep}`)) expect(now.get(file) === bytes, file).toBe(true);
    expect(await tempsBeside(dir, 'swapped')).toEqual([]);
  });

  it('a folder that cannot be put back: named, its earlier files and the earlier index kept, no index', async () => {
    const { dir } = scenarios;
    const out = join(dir, 'stuck');
    await earlierBatch(out);
    const before = await snapshot(out);
    const into = join(out, 'other');
    const first = join(out, 'hostile-base');
    let full = false;
    fault.check = (_from, to) => {
      if (to === into || to.startsWith(`${into}${sep}`)) {
        full = true;
        return failWith('ENOSPC');
      }
      return full && to.startsWith(`${first}${sep}`) ? failWith('EIO') : null;
    };
    const message = await refused(batch(args(out, '9'), { stdout: quiet, stderr: quiet }));
    const kept = (await readdir(dir)).filter((e) => e.startsWith('stuck-earlier-'));
    expect(kept).toHaveLength(1);
    expect(message).toContain('ENOSPC');
    expect(message).toContain('hostile-base/ could not be put back');
    expect(message).toContain(join(dir, kept[0]));
    const now = await snapshot(out);
    expect(now.has('index.md')).toBe(false);
    expect(now.has('index.html')).toBe(false);
    // The folders put back are as before; the earlier files of the one that was not are kept.
    for (const [file, bytes] of before)
      if (!file.startsWith(`hostile-base${sep}`) && !file.startsWith('index.'))
        expect(now.get(file) === bytes, file).toBe(true);
    const keptFiles = await snapshot(join(dir, kept[0]));
    for (const [file, bytes] of before)
      if (file.startsWith(`hostile-base${sep}`) || file.startsWith('index.'))
        expect(keptFiles.get(file) === bytes, file).toBe(true);
    expect(await tempsBeside(dir, 'stuck')).toEqual([]);
    // The next batch takes --out as it is and leaves the kept files alone.
    expect(await batch(args(out, '9'), { stdout: quiet, stderr: quiet })).toBe(0);
    expect(await readdir(dir)).toContain(kept[0]);
  });

  it('the folder that failed cannot be put back itself: named, its earlier files kept', async () => {
    const { dir } = scenarios;
    const out = join(dir, 'stuck3');
    await earlierBatch(out);
    const before = await snapshot(out);
    const into = join(out, 'other');
    let renames = 0;
    fault.check = (_from, to) => {
      if (to !== into && !to.startsWith(`${into}${sep}`)) return null;
      renames++;
      // The second file's rename in fails, and so does putting the first back.
      return renames >= 2 ? failWith(renames === 2 ? 'ENOSPC' : 'EIO') : null;
    };
    const message = await refused(batch(args(out, '9'), { stdout: quiet, stderr: quiet }));
    const kept = (await readdir(dir)).filter((e) => e.startsWith('stuck3-earlier-'));
    expect(kept).toHaveLength(1);
    expect(message).toContain('ENOSPC');
    expect(message).toContain('other/ could not be put back');
    expect(message).not.toContain('.tmp-');
    const keptFiles = await snapshot(join(dir, kept[0]));
    const now = await snapshot(out);
    // Every earlier file of other/ is in it or in the kept folder; the other folders are as before.
    for (const [file, bytes] of before) {
      if (file.startsWith(`other${sep}`))
        expect(now.get(file) === bytes || keptFiles.get(file) === bytes, file).toBe(true);
      else if (!file.startsWith('index.')) expect(now.get(file) === bytes, file).toBe(true);
    }
  });

  it('and when even the kept folder cannot be made: the earlier files stay in the staging, named', async () => {
    const { dir } = scenarios;
    const out = join(dir, 'stuck2');
    await earlierBatch(out);
    const into = join(out, 'other');
    const first = join(out, 'hostile-base');
    let full = false;
    fault.check = (_from, to) => {
      if (to === into || to.startsWith(`${into}${sep}`)) {
        full = true;
        return failWith('ENOSPC');
      }
      if (to.startsWith(join(dir, 'stuck2-earlier-'))) return failWith('EACCES');
      return full && to.startsWith(`${first}${sep}`) ? failWith('EIO') : null;
    };
    const message = await refused(batch(args(out, '9'), { stdout: quiet, stderr: quiet }));
    const at = /are in (\S+) \(/.exec(message)?.[1] ?? '';
    expect(at.endsWith(`${sep}.earlier`)).toBe(true);
    expect(await readFile(join(at, 'hostile-base', 'manifest.json'), 'utf8')).toContain('"seed": 1');
    // The next batch into --out keeps them beside it, and says so.
    const stderr = recorder();
    // (Its process is this one, still running: the next batch is run as if from another.)
    const { spawnSync } = await import('node:child_process');
    const dead = String(spawnSync(process.execPath, ['-e', '']).pid);
    const staging = join(at, '..');
    const renamed = staging.replace(`-${process.pid}-`, `-${dead}-`);
    await (await import('node:fs/promises')).rename(staging, renamed);
    expect(await batch(args(out, '9'), { stdout: quiet, stderr: stderr.stream })).toBe(0);
    const kept = (await readdir(dir)).filter((e) => e.startsWith('stuck2-earlier-'));
    expect(kept).toHaveLength(1);
    expect(stderr.text()).toContain(join(dir, kept[0]));
    expect(await readFile(join(dir, kept[0], 'hostile-base', 'manifest.json'), 'utf8')).toContain(
      '"seed": 1',
    );
  });

  it('a folder made the user’s while the batch ran: refused before anything moves, and said so', async () => {
    const { dir } = scenarios;
    const out = join(dir, 'taken');
    await earlierBatch(out);
    const mine = join(out, 'other');
    let taken = false;
    fault.check = (_from, to) => {
      // As the index is staged (after each run's folders were staged and found replaceable: one
      // found otherwise then is that scenario's failure alone), the user makes a folder theirs.
      if (!taken && to.endsWith(`${sep}index.md`) && !to.startsWith(out)) {
        taken = true;
        return async () => {
          await rm(join(mine, 'manifest.json'));
        };
      }
      return null;
    };
    const before = await snapshot(out);
    const message = await refused(batch(args(out, '9'), { stdout: quiet, stderr: quiet }));
    expect(taken).toBe(true);
    expect(message).toContain(`${out} is as it was`);
    const now = await snapshot(out);
    expect([...now.keys()].sort()).toEqual(
      [...before.keys()].filter((f) => f !== join('other', 'manifest.json')).sort(),
    );
    for (const [file, bytes] of now) expect(before.get(file) === bytes, file).toBe(true);
    expect(await tempsBeside(dir, 'taken')).toEqual([]);
  });

  it('folders named x and x-old: each moved in whole, neither taken for the other’s earlier files', async () => {
    const { dir } = scenarios;
    const out = join(dir, 'old-names');
    const files = ['b.yaml', 'c.yaml'];
    expect(await batch(args(out, '1', files), { stdout: quiet, stderr: quiet })).toBe(0);
    expect(await batch(args(out, '9', files), { stdout: quiet, stderr: quiet })).toBe(0);
    for (const folder of ['other', 'other-old', 'other-backtest', 'other-old-backtest']) {
      const manifest = JSON.parse(await readFile(join(out, folder, 'manifest.json'), 'utf8'));
      expect(manifest.files.length, folder).toBeGreaterThan(3);
      if (!folder.endsWith('backtest')) expect(manifest.seed, folder).toBe(9);
    }
    expect(await tempsBeside(dir, 'old-names')).toEqual([]);
  });
});
