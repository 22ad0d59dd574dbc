// A batch killed (SIGKILL, a power cut of the process) as it moves its folders in leaves its
// staging, holding the earlier index and the earlier versions of the files it had replaced. Before,
// the next batch into --out removed that staging without a word: the earlier batch's figures in
// the folders already replaced were gone, and nothing said --out had held folders of two batches.
// Now the next batch keeps those files beside --out and says so before it runs.
import { spawnSync } from 'node:child_process';
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { batch } from '../../src/cli/commands/batch.js';
import { snapshot } from '../batch-staged/snapshot.js';
import { ONE_CHART } from '../fixtures/one-chart.js';
import { quiet, recorder, twoScenarioBatch } from '../fixtures/two-scenario-batch.js';

const kill = { armed: false, calls: 0, reached: () => {} };
vi.mock('../../src/report/staged-folder.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/report/staged-folder.js')>();
  return {
    ...original,
    moveStagedFolder: (...args: Parameters<typeof original.moveStagedFolder>) => {
      // Killed as the second folder is about to go in: nothing after it runs.
      if (kill.armed && ++kill.calls === 2) {
        kill.reached();
        return new Promise<never>(() => {});
      }
      return original.moveStagedFolder(...args);
    },
  };
});

// Each scenario draws one chart: the renames are of its folders, whatever they hold.
const scenarios = twoScenarioBatch('minesim-killed-renames-', ONE_CHART);

describe('the batch after one killed among its final renames', { timeout: 120_000 }, () => {
  it('keeps the earlier files the killed one had replaced, and says what is where', async () => {
    const { dir } = scenarios;
    const out = join(dir, 'out');
    const args = (seed: string) => scenarios.args(out, seed);
    expect(await batch(args('1'), { stdout: quiet, stderr: quiet })).toBe(0);
    const before = await snapshot(out);
    kill.armed = true;
    const reached = new Promise<void>((resolve) => {
      kill.reached = resolve;
    });
    void batch(args('9'), { stdout: quiet, stderr: quiet });
    await reached;
    kill.armed = false;
    // What the killed process leaves: its staging and its lock, naming a process now gone.
    const dead = String(spawnSync(process.execPath, ['-e', '']).pid);
    const mine = `-${process.pid}-`;
    for (const entry of await readdir(dir))
      if (entry.startsWith('.tmp-out-'))
        await rename(join(dir, entry), join(dir, entry.replace(mine, `-${dead}-`)));
    for (const at of [dir, out])
      for (const entry of await readdir(at))
        if (entry.startsWith('.tmp-') && entry.endsWith('.lock')) {
          const lock = join(at, entry);
          await writeFile(lock, (await readFile(lock, 'utf8')).replace(` ${process.pid} `, ` ${dead} `));
        }
    const stderr = recorder();
    expect(await batch(args('5'), { stdout: quiet, stderr: stderr.stream })).toBe(0);
    const logged = stderr.text();
    const kept = (await readdir(dir)).filter((e) => e.startsWith('out-earlier-'));
    expect(kept).toHaveLength(1);
    expect(logged).toContain(`a batch into ${out} was stopped among its final renames`);
    expect(logged).toContain(join(dir, kept[0]));
    const keptFiles = await snapshot(join(dir, kept[0]));
    for (const [file, bytes] of before)
      if (file.startsWith(`hostile-base${sep}`) || file.startsWith('index.'))
        expect(keptFiles.get(file) === bytes, file).toBe(true);
    expect((await readdir(dir)).filter((e) => e.startsWith('.tmp-out'))).toEqual([]);
  });
});
