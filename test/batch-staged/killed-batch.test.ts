// A batch over an earlier batch's --out writes every folder and its index into staging beside
// --out, and moves them in only once every run has ended. Before, it replaced each folder as its run
// ended and removed the earlier index as it replaced the first: Ctrl-C or SIGTERM after the first
// scenario left the first folder the new batch's, the second the earlier one's, and no index (and
// the `.tmp-<out>.lock` until the next write). Now the earlier folders and index are byte for byte
// as they were, and nothing is left beside --out.
import { spawn } from 'node:child_process';
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { batch, stagingParent } from '../../src/cli/commands/batch.js';
import { thisHost } from '../../src/report/temp-names.js';
import { ONE_CHART } from '../fixtures/one-chart.js';
import { quiet, twoScenarioBatch } from '../fixtures/two-scenario-batch.js';
import { snapshot, tempsBeside } from './snapshot.js';

const CLI = fileURLToPath(new URL('../../bin/minesim.mjs', import.meta.url));
// Each scenario draws one chart, and b.yaml's own path count (used where a batch is given none)
// is large: a spawned batch writes a's folders quickly, and is still running b when it is stopped.
const scenarios = twoScenarioBatch('minesim-batch-staged-', {
  ...ONE_CHART,
  'b.yaml': ONE_CHART['b.yaml'].replace('paths: 200', 'paths: 6000'),
});
const streams = { stdout: quiet, stderr: quiet };

/** The earlier batch (seed 1) every test starts from: run once, then copied into each test's --out. */
let seed1 = '';
beforeAll(async () => {
  seed1 = join(scenarios.dir, 'seed-1-batch');
  expect(await batch(scenarios.args(seed1, '1'), streams)).toBe(0);
});

/** An earlier batch of seed 1 in `name`, with a file of the user's beside its folders. */
async function earlierBatch(name: string): Promise<string> {
  const out = join(scenarios.dir, name);
  await cp(seed1, out, { recursive: true });
  await writeFile(join(out, 'notes.txt'), 'mine\n');
  return out;
}

/**
 * Waits until a batch of seed 9 into `name` has written its first scenario's run folder: in its
 * staging beside --out, or (as minesim did before staging) into --out itself.
 */
async function firstFolderWritten(name: string): Promise<void> {
  const seed9 = async (folder: string) =>
    (await readFile(join(folder, 'hostile-base', 'manifest.json'), 'utf8').catch(() => '')).includes(
      '"seed": 9',
    );
  const { dir } = scenarios;
  for (;;) {
    if (await seed9(join(dir, name))) return;
    for (const e of await readdir(dir))
      if (e.startsWith(`.tmp-${name}-`) && (await seed9(join(dir, e)))) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('a batch stopped before its end leaves the earlier batch as it was', { timeout: 120_000 }, () => {
  // The two signals' batches run side by side, each into its own --out.
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)
    it.concurrent(`minesim batch stopped by ${signal} after its first scenario: earlier folders and index byte for byte, exit ${code}, nothing beside --out`, async ({
      expect,
    }) => {
      const name = `out-${signal}`;
      const out = await earlierBatch(name);
      const before = await snapshot(out);
      const child = spawn(
        process.execPath,
        [CLI, 'batch', ...scenarios.args(out, '9').patterns, '--out', out, '--seed', '9', '--workers', '1'],
        { stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let stderr = '';
      child.stderr.on('data', (d) => {
        stderr += d;
      });
      const exited = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
      await firstFolderWritten(name);
      child.kill(signal);
      expect(await exited).toBe(code);
      expect(await snapshot(out)).toEqual(before);
      expect(stderr).toContain(`interrupted: nothing was written, and ${out} is as it was`);
      expect(await tempsBeside(scenarios.dir, name)).toEqual([]);
    });

  it('batch() that completes over an earlier batch: its folders and index in place, the user’s file kept, nothing beside --out', async () => {
    const out = await earlierBatch('out-done');
    await writeFile(join(out, 'other', 'my-chart.svg'), '<svg/>');
    expect(await batch({ ...scenarios.args(out, '9'), paths: 60 }, streams)).toBe(0);
    for (const folder of ['hostile-base', 'other', 'hostile-base-backtest', 'other-backtest']) {
      const manifest = JSON.parse(await readFile(join(out, folder, 'manifest.json'), 'utf8'));
      expect(manifest.paths).toBe(folder.endsWith('-backtest') ? 1 : 60);
    }
    expect(await readFile(join(out, 'index.md'), 'utf8')).toContain('| 60 |');
    expect(await readFile(join(out, 'notes.txt'), 'utf8')).toBe('mine\n');
    expect(await readFile(join(out, 'other', 'my-chart.svg'), 'utf8')).toBe('<svg/>');
    expect(await tempsBeside(scenarios.dir, 'out-done')).toEqual([]);
  });

  it('batch() takes over the staging a killed batch left (its process gone) and removes it', async () => {
    const out = await earlierBatch('out-orphan');
    // No process has this id (Linux's largest is 4,194,304).
    await writeFile(join(scenarios.dir, `.tmp-out-orphan-${thisHost()}-99999999-abc-0`), 'staged');
    expect(await batch(scenarios.args(out, '3'), streams)).toBe(0);
    expect(await tempsBeside(scenarios.dir, 'out-orphan')).toEqual([]);
  });
});

describe('stagingParent(): where a batch stages', () => {
  it('beside --out on one file system, inside it where --out is a mount of its own (a rename cannot cross)', async () => {
    const place = { path: '/data/out', exists: true };
    expect(await stagingParent(place, async () => 1)).toBe('/data');
    expect(await stagingParent(place, async (p) => (p === '/data/out' ? 2 : 1))).toBe('/data/out');
    expect(await stagingParent({ path: '/data/new', exists: false }, async () => 1)).toBe('/data');
  });
});
