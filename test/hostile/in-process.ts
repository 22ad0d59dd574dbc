// Runs minesim in this process, as the hostile corpus and the fuzzer need it: a command line
// through main() with its output captured, or a scenario through validation and the engine (few
// paths, one thread), and a check that nothing reached a built-in prototype. No process is
// spawned: starting Node costs about a second a case.
import { main } from '../../src/cli/main.js';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { formatProblem, type Problem } from '../../src/scenario/problem.js';
import { type Validation, validateScenarioFile } from '../../src/scenario/validate.js';
import type { RunSummary } from '../../src/stats/summary.js';
import { summarySchema } from '../../src/stats/summary-schema.js';

export interface Outcome {
  exit: number;
  /** What a user would see: stderr, then stdout. */
  output: string;
}

/** `minesim ...args` in this process: its exit code and everything it wrote. */
export async function runCommand(args: string[]): Promise<Outcome> {
  const written: string[] = [];
  const capture = (chunk: unknown) => {
    written.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'));
    return true;
  };
  const stderr = process.stderr.write;
  const stdout = process.stdout.write;
  const previous = process.exitCode;
  process.exitCode = undefined;
  process.stderr.write = capture as typeof process.stderr.write;
  process.stdout.write = capture as typeof process.stdout.write;
  try {
    await main(args);
    return { exit: Number(process.exitCode ?? 0), output: written.join('') };
  } finally {
    process.stderr.write = stderr;
    process.stdout.write = stdout;
    process.exitCode = previous;
  }
}

/** Paths, break-even paths and threads of an in-process run: enough to meet every code path. */
export const SIMULATE = { paths: 8, breakEvenPaths: 2, workers: 1 } as const;

export { cpuMs } from '../fixtures/cpu-time.js';

/**
 * Validates a scenario and, when it is valid, runs it: exit 2 with the problems for bad input,
 * 0 with a summary that passed the summary schema, 1 (with the error) for anything else.
 */
export async function simulate(v: Validation): Promise<Outcome & { summary?: RunSummary }> {
  if (!v.ok) return { exit: 2, output: problemsText(v.problems) };
  try {
    const { summary } = await runMonteCarlo(v.scenario, SIMULATE);
    // summarize() checks the summary already; this states the promise where the test can see it.
    const parsed = summarySchema.safeParse(summary);
    if (!parsed.success) return { exit: 1, output: `summary fails its schema: ${parsed.error.message}` };
    return { exit: 0, output: 'ran', summary };
  } catch (error) {
    return { exit: 1, output: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

export async function simulateFile(file: string): Promise<Outcome> {
  return simulate(await validateScenarioFile(file));
}

export function problemsText(problems: readonly Problem[]): string {
  return problems.map(formatProblem).join('\n');
}

const BUILT_INS = [Object.prototype, Array.prototype, Function.prototype, String.prototype, Number.prototype];

/** The own property names of the built-in prototypes, to compare before and after a hostile input. */
export function prototypeSnapshot(): string {
  return BUILT_INS.map((p) => Reflect.ownKeys(p).map(String).sort().join(',')).join('|');
}

/** Whether a plain object now inherits something it should not. */
export function looksPolluted(): boolean {
  const probe: Record<string, unknown> = {};
  return 'polluted' in probe || 'x' in probe || Object.getPrototypeOf(probe) !== Object.prototype;
}
