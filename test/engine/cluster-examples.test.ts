// The cluster examples in deploy/ stay in step with the command line: they parse, name a
// scenario that exists, and pass shard specs that --shard accepts once the index is filled in.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { parseShard } from '../../src/engine/shard.js';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

describe('cluster examples', () => {
  it('the Kubernetes Indexed Job runs --shard JOB_COMPLETION_INDEX/completions on an existing scenario', () => {
    const [job] = parseAllDocuments(read('deploy/kubernetes/minesim-shards.yaml')).map((d) => d.toJS());
    expect(job.spec.completionMode).toBe('Indexed');
    const n = job.spec.completions as number;
    const command = (job.spec.template.spec.containers[0].args as string[]).join(' ');
    const scenario = /run (\S+\.yaml)/.exec(command)?.[1];
    expect(scenario && existsSync(new URL(scenario, root))).toBe(true);
    const shard = /--shard "\$\{JOB_COMPLETION_INDEX\}\/(\d+)"/.exec(command);
    expect(Number(shard?.[1])).toBe(n);
    for (let k = 0; k < n; k++) expect(parseShard(`${k}/${n}`)).toEqual({ k, n });
    const [merge] = parseAllDocuments(read('deploy/kubernetes/minesim-merge.yaml')).map((d) => d.toJS());
    expect((merge.spec.template.spec.containers[0].args as string[]).join(' ')).toContain(
      `part-*-of-${n}.json`,
    );
  });

  it('the Slurm array script is valid bash and shards by SLURM_ARRAY_TASK_ID over the whole array', () => {
    const script = read('deploy/slurm/minesim-array.sh');
    execFileSync('bash', ['-n', new URL('deploy/slurm/minesim-array.sh', root).pathname]);
    const last = Number(/#SBATCH --array=0-(\d+)/.exec(script)?.[1]);
    const shards = Number(/^SHARDS=(\d+)$/m.exec(script)?.[1]);
    expect(shards).toBe(last + 1);
    expect(script).toMatch(/--shard "\$\{SLURM_ARRAY_TASK_ID\}\/\$\{SHARDS\}"/);
    const scenario = /^SCENARIO=(\S+)$/m.exec(script)?.[1];
    expect(scenario && existsSync(new URL(scenario, root))).toBe(true);
  });
});
