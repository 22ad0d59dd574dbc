// How minesim ends: 0 success, 2 bad input or usage (message only), 1 internal failure (stack).

import { cliMessages } from '../messages/cli.js';
import { OutputError } from '../report/output-error.js';
import { InterruptedError } from '../report/signals.js';
import { formatProblem, InputError, type Problem } from '../scenario/problem.js';

export const EXIT_OK = 0;
export const EXIT_INTERNAL = 1;
export const EXIT_INPUT = 2;

export class UsageError extends Error {
  override name = 'UsageError';
}

export function printProblems(problems: readonly Problem[]): void {
  for (const p of problems) process.stderr.write(`${formatProblem(p)}\n`);
}

/** Maps any error that escaped a command to its exit code and message. */
export function reportError(error: unknown): number {
  if (error instanceof InputError) {
    printProblems(error.problems);
    return EXIT_INPUT;
  }
  // A refused output folder or a failing disk is the user's to fix, like bad input.
  if (error instanceof UsageError || error instanceof OutputError) {
    process.stderr.write(`minesim: ${error.message}\n`);
    return EXIT_INPUT;
  }
  // The write that saw the signal has said what it did.
  if (error instanceof InterruptedError) return error.code;
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.stderr.write(`${cliMessages.internal()}\n`);
  return EXIT_INTERNAL;
}

/** Writes one JSON document on stdout (for --json) and nothing else. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
