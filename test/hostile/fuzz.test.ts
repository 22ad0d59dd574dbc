// A seeded fuzzer over scenarios: mutants of the committed scenarios/ files and of the hostile
// corpus (mutate.ts), and hostile --set and --vary paths, run in this process. It fails on
//   - a crash: any exception from validation or from the engine (an input error is a result, not an exception);
//   - a case slower than MINESIM_FUZZ_CASE_MS (2 s of this process's CPU time, not wall time: other
//     work on the machine cannot make it fail), or blocked ten times that on the wall clock;
//   - a valid input whose run gives a summary with a non-finite number or otherwise off its schema
//     (run with 8 paths on one thread, the horizon capped at MINESIM_FUZZ_HORIZON_DAYS for time);
//   - a problem without a message or a position;
//   - anything left on a built-in prototype.
// Case i depends only on (MINESIM_FUZZ_SEED, i). A longer run:
//   MINESIM_FUZZ_CASES=20000 npx vitest run test/hostile/fuzz.test.ts
// and one case again: MINESIM_FUZZ_ONLY=1234 (with the same seed). Failing inputs are written to
// a temporary folder named in the failure.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { Rng, runKey } from '../../src/engine/random/rng.js';
import { parseVaries } from '../../src/scenario/axes.js';
import { loadUnits } from '../../src/scenario/mathjs-units.js';
import { parseOverrides } from '../../src/scenario/overrides.js';
import type { Problem } from '../../src/scenario/problem.js';
import { type Validation, validateScenarioText } from '../../src/scenario/validate.js';
import { cpuMs, looksPolluted, prototypeSnapshot, simulate } from './in-process.js';
import { hostileAxis, hostileOverride, mutate, type Value } from './mutate.js';

const env = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};
const CASES = env('MINESIM_FUZZ_CASES', 3000);
const SEED = process.env.MINESIM_FUZZ_SEED ?? 'issue-13';
const CASE_MS = env('MINESIM_FUZZ_CASE_MS', 2000);
const HORIZON_DAYS = env('MINESIM_FUZZ_HORIZON_DAYS', 366);
const ONLY = process.env.MINESIM_FUZZ_ONLY === undefined ? undefined : Number(process.env.MINESIM_FUZZ_ONLY);
/** Seeds above this size (the corpus's 1000-cohort fleets, 20,000-key files) would make every case slow. */
const MAX_SEED_BYTES = 20_000;

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const HOSTILE = join(ROOT, 'test/hostile');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => join(dir, f))
    .sort();
}

/**
 * The scenarios and the corpus files that read as mappings: the material mutants are made of,
 * split into valid ones (most mutants start there, so that many stay valid and reach the engine)
 * and invalid ones.
 */
async function loadSeeds(): Promise<{ valid: Value[]; invalid: Value[] }> {
  const files = [
    ...yamlFiles(join(ROOT, 'scenarios')),
    join(HOSTILE, 'base.yaml'),
    ...yamlFiles(join(HOSTILE, 'cases')),
  ];
  const seeds = { valid: [] as Value[], invalid: [] as Value[] };
  for (const file of files) {
    if (statSync(file).size > MAX_SEED_BYTES) continue;
    let value: Value;
    try {
      value = parse(readFileSync(file, 'utf8'), { maxAliasCount: 100, logLevel: 'error' });
    } catch {
      continue; // A corpus file that is not YAML at all seeds nothing.
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) continue;
    const v = await validateScenarioText(JSON.stringify(value), file);
    (v.ok ? seeds.valid : seeds.invalid).push(value);
  }
  return seeds;
}

interface Failure {
  index: number;
  kind: 'crash' | 'slow' | 'non-finite' | 'bad problem' | 'pollution';
  detail: string;
  notes: string[];
  text: string;
}

function badProblem(p: Problem): string | undefined {
  if (typeof p.message !== 'string' || p.message.trim() === '') return 'a problem without a message';
  if (!Number.isInteger(p.line) || !Number.isInteger(p.col) || p.line < 0 || p.col < 0)
    return 'a problem without a position';
  if (/\bundefined\b|\[object Object\]/.test(p.message))
    return `a message that shows an internal value: ${p.message}`;
  return undefined;
}

const errorText = (error: unknown) =>
  error instanceof Error ? (error.stack ?? error.message) : String(error);

describe('fuzz', () => {
  it(
    `validation and the engine survive ${ONLY ?? CASES} mutated scenarios and hostile paths (seed ${SEED})`,
    async () => {
      await loadUnits();
      const seeds = await loadSeeds();
      const everySeed = [...seeds.valid, ...seeds.invalid];
      expect(seeds.valid.length).toBeGreaterThan(50);
      expect(everySeed.length).toBeGreaterThan(150);
      const key = runKey(`fuzz:${SEED}`);
      const rng = new Rng();
      const before = prototypeSnapshot();
      const failures: Failure[] = [];
      const tally = { valid: 0, ran: 0, refused: 0, overrides: 0 };
      const started = performance.now();
      const [first, end] = ONLY === undefined ? [0, CASES] : [ONLY, ONLY + 1];
      for (let index = first; index < end; index++) {
        rng.reset(key, index, 1);
        const caseStarted = cpuMs();
        const caseWall = performance.now();
        const pool = rng.below(5) === 0 ? seeds.invalid : seeds.valid;
        const { text, notes } = mutate(rng, pool[rng.below(pool.length)], everySeed);
        const fail = (kind: Failure['kind'], detail: string) =>
          failures.push({ index, kind, detail, notes, text });
        try {
          // One case in ten also carries hostile --set and --vary paths.
          const sets = rng.below(10) === 0 ? [hostileOverride(rng), hostileOverride(rng)] : [];
          if (sets.length > 0) {
            tally.overrides++;
            parseVaries([hostileAxis(rng), hostileAxis(rng)]);
          }
          const parsed = parseOverrides(sets);
          const overrides = parsed.ok ? parsed.overrides : [];
          if (!parsed.ok)
            for (const p of parsed.problems) {
              const bad = badProblem(p);
              if (bad) fail('bad problem', bad);
            }
          const v = await validateScenarioText(text, 'fuzz.yaml', overrides);
          if (!v.ok) {
            tally.refused++;
            for (const p of v.problems) {
              const bad = badProblem(p);
              if (bad) fail('bad problem', bad);
            }
          } else {
            tally.valid++;
            const runnable = await capped(v, text, overrides);
            if (runnable) {
              const outcome = await simulate(runnable);
              tally.ran++;
              if (outcome.exit !== 0)
                fail(outcome.output.includes('summary') ? 'non-finite' : 'crash', outcome.output);
            }
          }
        } catch (error) {
          fail('crash', errorText(error));
        }
        const ms = cpuMs() - caseStarted;
        if (ms > CASE_MS) fail('slow', `${ms.toFixed(0)} ms of CPU time`);
        // A case blocked on a read spends no CPU: a wall-clock bound ten times as long catches it.
        else if (performance.now() - caseWall > 10 * CASE_MS) fail('slow', 'blocked (wall time)');
        if (prototypeSnapshot() !== before || looksPolluted()) {
          fail('pollution', 'a built-in prototype changed');
          break;
        }
      }
      const seconds = (performance.now() - started) / 1000;
      process.stdout.write(
        `fuzz: ${ONLY === undefined ? CASES : 1} cases in ${seconds.toFixed(1)} s (seed ${SEED}): ${tally.refused} refused, ${tally.valid} valid, ${tally.ran} run through the engine, ${tally.overrides} with hostile paths; ${failures.length} failures\n`,
      );
      if (failures.length > 0) {
        const dir = join(tmpdir(), `minesim-fuzz-${process.pid}`);
        mkdirSync(dir, { recursive: true });
        for (const f of failures) writeFileSync(join(dir, `case-${f.index}.yaml`), f.text);
        const shown = failures
          .slice(0, 5)
          .map(
            (f) =>
              `case ${f.index} (${f.kind}; ${f.notes.join('; ')}): ${f.detail.split('\n').slice(0, 6).join('\n')}`,
          );
        expect.fail(`${failures.length} failing cases (inputs in ${dir}):\n${shown.join('\n\n')}`);
      }
    },
    30 * 60_000,
  );
});

/**
 * The valid scenario as the engine will run it: with the horizon cut to HORIZON_DAYS (for time),
 * validated again; null when the cut makes it invalid (a purchase after the new end, say).
 */
async function capped(
  v: Extract<Validation, { ok: true }>,
  text: string,
  overrides: Parameters<typeof validateScenarioText>[2],
) {
  if (v.scenario.days <= HORIZON_DAYS) return v;
  const cut = { text: `horizon=${HORIZON_DAYS} days`, path: ['horizon'], value: `${HORIZON_DAYS} days` };
  const again = await validateScenarioText(text, 'fuzz.yaml', [...(overrides ?? []), cut]);
  return again.ok ? again : null;
}
