// The bench's start-up part: `minesim validate` and a 10-path `minesim run` of the flagship, each
// a whole process (Node's own start included): the median of five runs, with the fastest beside
// it. On a shared machine one run can be slowed by anything else running; the median of five is
// what a user sees, the fastest what the command costs on an idle machine.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const root = new URL('..', import.meta.url).pathname;
const RUNS = 5;

/** Wall seconds of `runs` runs of `minesim ...args`, sorted; throws when one fails. */
function timed(runs, args) {
  const seconds = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, [join(root, 'bin/minesim.mjs'), ...args], { stdio: 'ignore' });
    if (r.status !== 0) throw new Error(`minesim ${args.join(' ')} exited ${r.status}`);
    seconds.push((performance.now() - t) / 1000);
  }
  return seconds.sort((a, b) => a - b);
}

/** The median, and the fastest in a note. */
function figures(seconds) {
  return { median: seconds[Math.floor(seconds.length / 2)].toFixed(2), fastest: seconds[0].toFixed(2) };
}

export function benchStartup({ report, scenario }) {
  const out = mkdtempSync(join(tmpdir(), 'minesim-startup-'));
  try {
    const validate = figures(timed(RUNS, ['validate', scenario]));
    report(
      'minesim validate (whole process)',
      validate.median,
      's wall',
      `median of ${RUNS}, fastest ${validate.fastest} s; goal: < 0.3 s`,
    );
    const run = figures(timed(RUNS, ['run', scenario, '--paths=10', `--out=${join(out, 'run')}`]));
    report(
      'minesim run --paths=10 (whole process)',
      run.median,
      's wall',
      `median of ${RUNS}, fastest ${run.fastest} s; goal: < 0.8 s; every output, charts included`,
    );
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
