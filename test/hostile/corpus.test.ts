// The hostile-input corpus: scenario files and command lines that once crashed, hung, polluted a
// prototype or printed a wrong number, each with the exit code and the message fragment it must
// give now (manifest.json). Every case runs in this process; a case may not take more than its
// time limit, and no case may leave anything on a built-in prototype.
//
// A manifest entry is one of
//   { case: "<group>/<file>.yaml", exit, message }               minesim validate <file>
//   { case: "<group>/<file>.yaml", simulate: true, exit }         validation, then the engine
//                                                                   (exit 0 = a summary that passed its schema)
//   { case: "<group>/<name>", args: [...], exit, message }        a command line; {base} is base.yaml,
//                                                                   {dir} the cases folder
// and says `why` it is there.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadUnits } from '../../src/scenario/mathjs-units.js';
import { cpuMs, looksPolluted, prototypeSnapshot, runCommand, simulateFile } from './in-process.js';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const CASES = join(HERE, 'cases');

interface Case {
  case: string;
  args?: string[];
  simulate?: boolean;
  exit: number;
  message?: string;
  why: string;
}

const manifest = JSON.parse(readFileSync(join(HERE, 'manifest.json'), 'utf8')) as Case[];
/** Most CPU time a case may take: checking a file, or running it through the engine (a century at most). */
const VALIDATE_MS = 2000;
const SIMULATE_MS = 10_000;

function argsOf(c: Case): string[] {
  const args = c.args ?? ['validate', '{file}'];
  return args.map((a) =>
    a
      .replace('{file}', join(CASES, c.case))
      .replace('{base}', join(HERE, 'base.yaml'))
      .replace('{dir}', CASES),
  );
}

describe('hostile corpus', () => {
  const before = prototypeSnapshot();
  beforeAll(async () => {
    // mathjs loads once (about a second); no case should pay for it.
    await loadUnits();
    await runCommand(['validate', join(HERE, 'base.yaml')]);
  }, 60_000);

  it('manifest.json lists at least 150 cases, each with an exit code and a reason', () => {
    expect(manifest.length).toBeGreaterThanOrEqual(150);
    for (const c of manifest) {
      expect(typeof c.why, c.case).toBe('string');
      expect([0, 1, 2], c.case).toContain(c.exit);
      if (c.exit !== 0) expect(c.message, `${c.case} states the message it gives`).toBeTruthy();
    }
  });

  for (const c of manifest) {
    it(`${c.case}: ${c.why}`, async () => {
      const started = cpuMs();
      const wallStarted = performance.now();
      const outcome = c.simulate ? await simulateFile(join(CASES, c.case)) : await runCommand(argsOf(c));
      const ms = cpuMs() - started;
      const wall = performance.now() - wallStarted;
      expect(outcome.exit, outcome.output.slice(0, 2000)).toBe(c.exit);
      if (c.message) expect(outcome.output).toContain(c.message);
      // A stack trace is for internal errors only.
      if (c.exit !== 1) expect(outcome.output).not.toMatch(/\n\s+at .*:\d+:\d+/);
      const limit = c.simulate ? SIMULATE_MS : VALIDATE_MS;
      expect(ms, 'CPU time taken, ms').toBeLessThan(limit);
      // A case blocked on a read spends no CPU: a wall-clock bound ten times as long catches it.
      expect(wall, 'wall time taken, ms').toBeLessThan(10 * limit);
      expect(prototypeSnapshot()).toBe(before);
      expect(looksPolluted()).toBe(false);
    }, 60_000);
  }
});
