// --workers past the threads a run or a study starts (64) was taken and cut to 64 without a word;
// it is said now (a cluster's task may have more CPUs than that, so it is not refused).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliMessages } from '../../src/messages/cli.js';
import { LIMITS } from '../../src/scenario/schema/limits.js';
import { runCommand } from '../hostile/in-process.js';

const FLAGSHIP = 'scenarios/north-korea-2017-s9.yaml';
const dir = mkdtempSync(join(tmpdir(), 'minesim-workers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('--workers past the threads a run starts', () => {
  it('run --workers 65 says it runs on 64', async () => {
    const out = await runCommand([
      'run',
      FLAGSHIP,
      '--paths',
      '2',
      '--workers',
      String(LIMITS.workers + 1),
      '--no-explorer',
      '--out',
      join(dir, 'run'),
    ]);
    expect(out.exit).toBe(0);
    expect(out.output).toContain(cliMessages.workersCapped(LIMITS.workers + 1, LIMITS.workers));
  }, 60_000);

  it('--workers 0 is refused; 1e308 is said in its own words', async () => {
    expect(cliMessages.workersCapped(1e308, 64)).toContain(
      '--workers 1e+308: a run or a study starts at most 64 threads',
    );
    const zero = await runCommand(['run', FLAGSHIP, '--paths', '2', '--workers', '0']);
    expect(zero.exit).toBe(2);
    expect(zero.output).toBe(`minesim: ${cliMessages.badWorkers(0)}\n`);
  });
});
