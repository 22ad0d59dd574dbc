// Two batches into one --out at once: each replaced some of the other's folders, and the index
// written last stated figures its folders did not hold (a batch of seed 9 left `other/` of seed 1
// under an index giving seed 9's P(no payback) 0.201 for it, where other/summary.json said 0.197;
// both exited 0). A batch now holds its --out for as long as it runs, and a second one is refused
// at once; a killed batch's lock is taken over. A batch stopped halfway left the earlier index
// over folders it had replaced; a batch now replaces nothing before its end (test/batch-staged/),
// and then removes the earlier index before it replaces the first folder.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batch } from '../../src/cli/commands/batch.js';
import { outputMessages as m } from '../../src/messages/output.js';
import { lockName, thisHost } from '../../src/report/temp-names.js';
import { oneChart } from '../fixtures/one-chart.js';

let dir: string;
// One chart a scenario: the locks and indexes are about folders, whatever they hold.
const base = oneChart(await readFile(new URL('../hostile/base.yaml', import.meta.url), 'utf8'));
const quiet = { isTTY: false, write: () => true } as unknown as NodeJS.WriteStream;
const streams = { stdout: quiet, stderr: quiet };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'minesim-batch-lock-'));
  await writeFile(join(dir, 'a.yaml'), base);
  await writeFile(join(dir, 'b.yaml'), base.replace('name: hostile-base', 'name: other'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const args = (out: string, seed: string, paths = 40) => ({
  patterns: [join(dir, 'a.yaml'), join(dir, 'b.yaml')],
  out,
  paths,
  seed,
  workers: 1,
  json: false,
});

describe('batch() into a folder another batch is filling', { timeout: 60_000 }, () => {
  it('batch() is refused at once while another batch writes the same --out, and the first one’s index and folders agree', async () => {
    const out = join(dir, 'out');
    const lock = join(dir, lockName('out'));
    const first = batch(args(out, '1'), streams);
    // The first holds the folder from its start, before it runs anything.
    while (!existsSync(lock)) await new Promise((resolve) => setTimeout(resolve, 5));
    const owner = (await readFile(lock, 'utf8')).split(' ')[1];
    await expect(batch(args(out, '9'), streams)).rejects.toThrow(m.busyNow(out, lock, Number(owner)));
    expect(await first).toBe(0);
    expect(existsSync(lock)).toBe(false);
    for (const folder of ['hostile-base', 'other']) {
      const manifest = JSON.parse(await readFile(join(out, folder, 'manifest.json'), 'utf8'));
      expect(manifest.seed).toBe(1);
    }
  });

  it('batch() takes over the lock a killed batch left (its process has ended)', async () => {
    const out = join(dir, 'after-kill');
    const lock = join(dir, lockName('after-kill'));
    // No process has this id (Linux's largest is 4,194,304).
    await writeFile(lock, `${thisHost()} 99999999 .tmp-after-kill-killed\n`);
    expect(await batch(args(out, '1'), streams)).toBe(0);
    expect(existsSync(lock)).toBe(false);
    expect(existsSync(join(out, 'index.md'))).toBe(true);
  });

  it('batch() removes the earlier index as it replaces the first folder it links, so no index outlives its folders', async () => {
    const out = join(dir, 'replaced');
    expect(await batch(args(out, '1'), streams)).toBe(0);
    expect(await readFile(join(out, 'index.md'), 'utf8')).toContain('| 40 |');
    const second = batch(args(out, '9', 60), streams);
    const manifest = join(out, 'hostile-base', 'manifest.json');
    // The moment the first folder holds the second batch's run (the second scenario still to run).
    while (!(await readFile(manifest, 'utf8')).includes('"seed": 9'))
      await new Promise((resolve) => setTimeout(resolve, 2));
    const index = await readFile(join(out, 'index.md'), 'utf8').catch(() => null);
    expect(index === null || !index.includes('| 40 |')).toBe(true);
    expect(await second).toBe(0);
    expect(await readFile(join(out, 'index.md'), 'utf8')).toContain('| 60 |');
  });
});
