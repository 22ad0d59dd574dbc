// The cluster examples in deploy/ stay in step with the command line: run with stand-ins for the
// scheduler and for minesim, they call `minesim run --shard k/n` for every k on an existing
// scenario and `minesim merge` on all the parts, with the settings of their environment variables,
// and by default write nowhere near the repository's output/. (The validation step of the Slurm
// script runs the built command: `npm run build` before running this file alone.)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { parseShard } from '../../src/engine/run/shard.js';
import { createFakeCluster, type FakeCluster, sbatchOption } from '../fixtures/fake-cluster.js';
import { ROOT } from '../fixtures/node-process.js';

const SLURM_SCRIPT = join(ROOT, 'deploy/slurm/minesim-array.sh');
const FLAGSHIP = join(ROOT, 'scenarios/north-korea-2017-s9.yaml');
const yamlDocs = (path: string) =>
  parseAllDocuments(readFileSync(join(ROOT, path), 'utf8')).map((d) => d.toJS());

/** Runs a command with only the given environment on top of PATH and HOME. */
function run(command: string, args: string[], cwd: string, env: Record<string, string>) {
  const base = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1' };
  return spawnSync(command, args, { cwd, env: { ...base, ...env }, encoding: 'utf8' });
}

let fake: FakeCluster;
beforeEach(() => {
  fake = createFakeCluster(2);
});
afterEach(() => fake.remove());

describe('deploy/slurm/minesim-array.sh', () => {
  it('is valid bash', () => {
    execFileSync('bash', ['-n', SLURM_SCRIPT]);
  });

  it('submits, with its defaults, 8 one-CPU tasks and a merge afterok, writing under ./minesim-runs', () => {
    const submit = run(SLURM_SCRIPT, [], fake.dir, { PATH: fake.path });
    expect(submit.stderr).toBe('');
    expect(submit.status).toBe(0);
    const [array, merge] = fake.sbatchCalls();
    expect(sbatchOption(array, 'array')).toBe('0-7');
    expect(sbatchOption(array, 'cpus-per-task')).toBe('1');
    expect(array.argv.slice(-2)).toEqual([SLURM_SCRIPT, 'shard']);
    expect(sbatchOption(merge, 'dependency')).toBe('afterok:101');
    expect(sbatchOption(merge, 'kill-on-invalid-dep')).toBe('yes');
    expect(merge.argv.slice(-2)).toEqual([SLURM_SCRIPT, 'merge']);
    const out = join(fake.dir, 'minesim-runs/north-korea-2017-s9');
    expect(array.env).toMatchObject({
      MINESIM_SCENARIO: FLAGSHIP,
      MINESIM_PATHS: '1000000',
      MINESIM_SHARDS: '8',
      MINESIM_OUT: out,
      MINESIM_PARTS: `${out}-parts`,
      MINESIM_LOGS: `${out}-logs`,
    });
    expect(existsSync(`${out}-parts`) && existsSync(`${out}-logs`)).toBe(true);
    expect(submit.stdout).toMatch(/^array job 101: .*\nmerge job 102: /);
  });

  it('runs task k as --shard k/n with --workers of its CPUs, and the merge on every part, as its settings say', () => {
    const settings = {
      MINESIM_PATHS: '2000',
      MINESIM_SHARDS: '4',
      MINESIM_SEED: '7',
      MINESIM_CPUS_PER_TASK: '2',
      MINESIM_MEM: '1G',
      MINESIM_OUT: join(fake.dir, 'run'),
      MINESIM_TASKS: '1',
    };
    const submit = run(SLURM_SCRIPT, [], fake.dir, { PATH: fake.path, ...settings });
    expect(submit.status).toBe(0);
    const [array] = fake.sbatchCalls();
    expect([sbatchOption(array, 'array'), sbatchOption(array, 'mem')]).toEqual(['1', '1G']);
    const job: Record<string, string> = { ...array.env, MINESIM_COMMAND: fake.minesim };
    for (let k = 0; k < 4; k++) {
      const env = { ...job, SLURM_ARRAY_TASK_ID: String(k), SLURM_CPUS_PER_TASK: '2' };
      expect(run(SLURM_SCRIPT, ['shard'], fake.dir, env).status).toBe(0);
    }
    expect(run(SLURM_SCRIPT, ['merge'], fake.dir, job).status).toBe(0);
    const parts = job.MINESIM_PARTS;
    const calls = fake.minesimCalls();
    calls.slice(0, 4).forEach((argv, k) => {
      const shard = ['--shard', `${k}/4`, '--out', parts];
      expect(argv).toEqual(['run', FLAGSHIP, '--paths', '2000', '--seed', '7', '--workers', '2', ...shard]);
      expect(parseShard(argv[9])).toEqual({ k, n: 4 });
    });
    expect(calls[4]).toEqual([
      'merge',
      ...[0, 1, 2, 3].map((k) => `${parts}/part-${k}-of-4.json`),
      '--out',
      settings.MINESIM_OUT,
    ]);
  });

  it('refuses more CPUs per task than the largest node has, before submitting anything', () => {
    const submit = run(SLURM_SCRIPT, [], fake.dir, { PATH: fake.path, MINESIM_CPUS_PER_TASK: '4' });
    expect(submit.status).toBe(2);
    expect(submit.stderr).toMatch(/MINESIM_CPUS_PER_TASK=4, but the largest node has 2 CPUs/);
    expect(fake.sbatchCalls()).toEqual([]);
  });

  it('refuses to run as a batch job itself, since it submits the jobs', () => {
    const submit = run(SLURM_SCRIPT, [], fake.dir, { PATH: fake.path, SLURM_JOB_ID: '7' });
    expect(submit.status).toBe(2);
    expect(fake.sbatchCalls()).toEqual([]);
  });
});

describe('deploy/kubernetes', () => {
  const [config] = yamlDocs('deploy/kubernetes/minesim-config.yaml');
  const [shards] = yamlDocs('deploy/kubernetes/minesim-shards.yaml');
  const [merge] = yamlDocs('deploy/kubernetes/minesim-merge.yaml');
  const settings = config.data as Record<string, string>;
  const container = (job: typeof shards) => job.spec.template.spec.containers[0];

  it('the ConfigMap names an existing scenario and the command, and writes to the volume, not output/', () => {
    expect(existsSync(join(ROOT, settings.MINESIM_SCENARIO))).toBe(true);
    expect(settings.MINESIM_COMMAND).toBe('node bin/minesim.mjs');
    expect(container(shards).workingDir).toBe('/app');
    for (const folder of [settings.MINESIM_PARTS, settings.MINESIM_OUT])
      expect(folder).toMatch(/^\/results\//);
    for (const job of [shards, merge])
      expect(container(job).envFrom).toEqual([{ configMapRef: { name: config.metadata.name } }]);
  });

  it('the Indexed Job has MINESIM_SHARDS pods, each running --workers of its CPU request', () => {
    expect(shards.spec.completionMode).toBe('Indexed');
    expect(String(shards.spec.completions)).toBe(settings.MINESIM_SHARDS);
    const workers = container(shards).env.find((e: { name: string }) => e.name === 'MINESIM_WORKERS');
    expect(workers.valueFrom.resourceFieldRef).toMatchObject({
      containerName: container(shards).name,
      resource: 'requests.cpu',
    });
  });

  it('pod k runs --shard k/n and the merge Job merges every part, as the ConfigMap says', () => {
    const n = Number(settings.MINESIM_SHARDS);
    const env = { ...settings, MINESIM_COMMAND: fake.minesim, MINESIM_WORKERS: '4' };
    const sh = (job: typeof shards, more: Record<string, string>) =>
      expect(run('sh', ['-c', container(job).args.join(' ')], fake.dir, { ...env, ...more }).status).toBe(0);
    for (let k = 0; k < n; k++) sh(shards, { JOB_COMPLETION_INDEX: String(k) });
    sh(merge, {});
    const calls = fake.minesimCalls();
    const { MINESIM_SCENARIO, MINESIM_PATHS, MINESIM_PARTS, MINESIM_OUT } = settings;
    for (let k = 0; k < n; k++) {
      const shard = ['--shard', `${k}/${n}`, '--out', MINESIM_PARTS];
      expect(calls[k]).toEqual([
        'run',
        MINESIM_SCENARIO,
        '--paths',
        MINESIM_PATHS,
        '--workers',
        '4',
        ...shard,
      ]);
      expect(parseShard(`${k}/${n}`)).toEqual({ k, n });
    }
    // The glob finds no files here, so sh hands it on as written.
    expect(calls[n]).toEqual(['merge', `${MINESIM_PARTS}/part-*-of-${n}.json`, '--out', MINESIM_OUT]);
  });
});
