// The bench's start-up part: `minesim validate` and a 10-path `minesim run` of the flagship, each
// a whole process (Node's own start included), best of three.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const root = new URL('..', import.meta.url).pathname;

/** Best wall seconds of `runs` runs of `minesim ...args`; throws when one fails. */
function bestOf(runs, args) {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, [join(root, 'bin/minesim.mjs'), ...args], { stdio: 'ignore' });
    if (r.status !== 0) throw new Error(`minesim ${args.join(' ')} exited ${r.status}`);
    best = Math.min(best, (performance.now() - t) / 1000);
  }
  return best;
}

export function benchStartup({ report, scenario }) {
  const out = mkdtempSync(join(tmpdir(), 'minesim-startup-'));
  try {
    report(
      'minesim validate (whole process)',
      bestOf(3, ['validate', scenario]).toFixed(2),
      's wall',
      'goal: < 0.3 s',
    );
    const run = bestOf(3, ['run', scenario, '--paths=10', `--out=${join(out, 'run')}`]);
    report(
      'minesim run --paths=10 (whole process)',
      run.toFixed(2),
      's wall',
      'goal: < 0.8 s; every output, charts included',
    );
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
