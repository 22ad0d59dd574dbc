// The Slurm example on a real Slurm: a single-node cluster (test/fixtures/slurm-node.ts) runs
// deploy/slurm/minesim-array.sh exactly as docs/cluster.md tells a user to, and the merged
// summary.json must equal a single-machine run's byte for byte; a killed task must keep the merge
// from running, and the task submitted again must complete the run.
// It needs root and Debian's slurm-wlm and munge; .ci/run installs them and runs this file with
// MINESIM_SLURM_TEST=1 after the other tests (`npm run build` first when running it alone).
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPart } from '../../src/engine/run/part-check.js';
import { openPart } from '../../src/engine/run/part-file.js';
import { PART_VERSION } from '../../src/engine/run/shard.js';
import { ROOT, runNode } from '../fixtures/node-process.js';
import { type SlurmNode, SlurmUnavailable, sleep, startSlurmNode } from '../fixtures/slurm-node.js';

const ENABLED = process.env.MINESIM_SLURM_TEST === '1';
const JOB_TIMEOUT_MS = 240_000;
const TEST_TIMEOUT_MS = 2 * JOB_TIMEOUT_MS;

/** The commands of docs/cluster.md's single-node section: the submission and the re-submission. */
function documentedCommands() {
  const docs = readFileSync(join(ROOT, 'docs/cluster.md'), 'utf8');
  const section = /^## Tried on a single-node Slurm\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(docs)?.[1] ?? '';
  const lines = section.match(/^(?:MINESIM_\w+=\S+ )+deploy\/slurm\/minesim-array\.sh$/gm) ?? [];
  const submit = lines.find((l) => !l.includes('MINESIM_TASKS='));
  const again = lines.find((l) => l.includes('MINESIM_TASKS='));
  if (!submit || !again) throw new Error('docs/cluster.md lost the commands of its single-node section');
  const settings = Object.fromEntries([...submit.matchAll(/(MINESIM_\w+)=(\S+)/g)].map((m) => [m[1], m[2]]));
  return { section, submit, again, settings, task: /MINESIM_TASKS=(\d+)/.exec(again)![1] };
}

const jobId = (output: string, kind: 'array' | 'merge') =>
  new RegExp(`^${kind} job (\\d+)`, 'm').exec(output)?.[1] ?? '';

const TITLE = 'deploy/slurm/minesim-array.sh on a single-node Slurm';
const SKIPPED = 'skipped: set MINESIM_SLURM_TEST=1, as root with slurm-wlm and munge installed, to run it';

describe.skipIf(!ENABLED)(ENABLED ? TITLE : `${TITLE} (${SKIPPED})`, () => {
  const docs = documentedCommands();
  let node: SlurmNode | undefined;
  let unavailable = '';
  let work: string;
  let single: Buffer;

  /** A job's (or array task's) state and reason; UNKNOWN while scontrol does not list it. */
  async function job(id: string): Promise<{ state: string; reason: string }> {
    const line = await node!.slurm('scontrol', 'show', 'job', '--oneliner', id).catch(() => '');
    const field = (name: string) => new RegExp(`\\b${name}=(\\S+)`).exec(line)?.[1];
    return { state: field('JobState') ?? 'UNKNOWN', reason: field('Reason') ?? '' };
  }

  /** Waits until the job has ended, or reached the state `until`; gives the state it is in. */
  async function wait(id: string, until?: string): Promise<string> {
    const deadline = Date.now() + JOB_TIMEOUT_MS;
    for (;;) {
      const { state } = await job(id);
      if (state === until || !/^(UNKNOWN|PENDING|CONFIGURING|RUNNING|COMPLETING)$/.test(state)) return state;
      if (Date.now() > deadline) throw new Error(`job ${id} still ${state}\n${await node!.logs()}`);
      await sleep(250);
    }
  }

  /**
   * One of the documented commands, run by bash from the repository, writing its run to `out`;
   * `extra` adds settings (the held task's MINESIM_COMMAND).
   */
  function submit(
    command: string,
    out: string,
    extra: NodeJS.ProcessEnv = {},
  ): Promise<{ array: string; merge: string }> {
    const env = { ...node!.env, MINESIM_OUT: out, ...extra };
    return new Promise((done, fail) =>
      execFile('bash', ['-c', command], { cwd: ROOT, env }, (error, stdout, stderr) =>
        error
          ? fail(new Error(`${command}\n${stderr}`))
          : done({ array: jobId(stdout, 'array'), merge: jobId(stdout, 'merge') }),
      ),
    );
  }

  beforeAll(async () => {
    try {
      node = await startSlurmNode();
    } catch (error) {
      if (!(error instanceof SlurmUnavailable)) throw error;
      unavailable = `Slurm test skipped: ${error.message}`;
      console.warn(unavailable);
      return;
    }
    work = mkdtempSync(join(tmpdir(), 'minesim-slurm-runs-'));
    const scenario = docs.settings.MINESIM_SCENARIO ?? 'scenarios/north-korea-2017-s9.yaml';
    const { MINESIM_PATHS: paths, MINESIM_SEED: seed } = docs.settings;
    expect(docs.section).toContain(`minesim run ${scenario} --paths ${paths} --seed ${seed}`);
    const started = Date.now();
    const run = await runNode([
      'bin/minesim.mjs',
      'run',
      scenario,
      '--paths',
      paths,
      '--seed',
      seed,
      '--out',
      join(work, 'single'),
    ]);
    expect(run.stderr).toBe('');
    single = readFileSync(join(work, 'single', 'summary.json'));
    console.log(`single machine: ${paths} paths in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }, TEST_TIMEOUT_MS);

  afterAll(async () => {
    await node?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  }, 60_000);

  it(
    'the array submitted as docs/cluster.md says merges into the single-machine summary.json, byte for byte',
    async (ctx) => {
      if (!node) return ctx.skip(unavailable);
      const out = join(work, 'run');
      const started = Date.now();
      const { array, merge } = await submit(docs.submit, out);
      expect(await wait(merge)).toBe('COMPLETED');
      const seconds = (Date.now() - started) / 1000;
      console.log(
        `Slurm: ${docs.submit} -> merged in ${seconds.toFixed(1)} s of wall time (array job ${array})`,
      );
      expect(readFileSync(join(out, 'summary.json')).equals(single)).toBe(true);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'a killed task keeps the merge from running (afterok), and the task submitted again completes the run',
    async (ctx) => {
      if (!node) return ctx.skip(unavailable);
      expect(docs.again.replace(/MINESIM_TASKS=\d+ /, '')).toBe(docs.submit);
      const out = join(work, 'killed');
      // The task to cancel is held running after its minesim ends (test/fixtures/slurm-held-task.sh):
      // on a loaded machine its 500 paths may be done before the scancel, and it must not complete.
      const held = join(ROOT, 'test/fixtures/slurm-held-task.sh');
      const { array, merge } = await submit(docs.submit, out, {
        MINESIM_COMMAND: `bash ${held} node ${join(ROOT, 'bin/minesim.mjs')}`,
        MINESIM_HELD_TASK: docs.task,
      });
      const killed = `${array}_${docs.task}`;
      expect(await wait(killed, 'RUNNING')).toBe('RUNNING');
      await node.slurm('scancel', killed);
      expect(await wait(killed)).toBe('CANCELLED');
      expect(await wait(merge)).toBe('CANCELLED');
      expect((await job(merge)).reason).toBe('DependencyNeverSatisfied');
      // Neither the output folder nor the merge job's log: the merge never started.
      expect(existsSync(out)).toBe(false);
      expect(existsSync(join(`${out}-logs`, `merge.${merge}.out`))).toBe(false);
      // The cancelled task's part: none when the cancel stopped its minesim, a whole one (never a
      // half-written file) when its minesim had written it before the cancel arrived.
      const name = `part-${docs.task}-of-${docs.settings.MINESIM_SHARDS}.json`;
      const part = join(`${out}-parts`, name);
      if (existsSync(part)) {
        const opened = openPart(readFileSync(part), part, () => PART_VERSION);
        if (!opened.ok) throw new Error(opened.message);
        const checked = checkPart(part, opened.body);
        if (!checked.ok) throw new Error(checked.message);
        expect(checked.part.shard).toEqual({ k: Number(docs.task), n: Number(docs.settings.MINESIM_SHARDS) });
        expect(checked.acc.paths).toBe(Number(docs.settings.MINESIM_PATHS));
      }
      console.log(
        `cancelled task ${killed}: ${existsSync(part) ? 'its whole part written before the cancel' : 'no part'}`,
      );

      const again = await submit(docs.again, out);
      expect(await wait(again.merge)).toBe('COMPLETED');
      expect(readFileSync(join(out, 'summary.json')).equals(single)).toBe(true);
    },
    TEST_TIMEOUT_MS,
  );
});
