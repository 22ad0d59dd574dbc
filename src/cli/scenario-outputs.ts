// What `run` and `backtest` make of one scenario, shared with `batch`, which makes the same for
// many: the seed option, the back-test's folder name, and the back-test's folder.
import { parse } from 'yaml';
import type { Backtest } from '../engine/backtest/backtest.js';
import { cliMessages } from '../messages/cli.js';
import { backtestCsv } from '../report/daily-csv.js';
import type { Scenario } from '../scenario/normalize.js';
import { LIMITS } from '../scenario/schema/limits.js';
import { numberFormProblem } from '../scenario/typed-number.js';
import type { RunSummary } from '../stats/summary.js';
import { UsageError } from './exit.js';
import { outputName } from './scenario-input.js';
import { writeOutputFolder } from './write-output.js';

/**
 * --seed as given, read as a scenario file (and --set monteCarlo.seed=) reads it: what YAML reads
 * as a whole decimal number (`2017`, `1e3`, `+7`, `2017.0`) is that number seed, `0x10` is refused
 * with the decimal to write, as the file refuses it (typed-number.ts), anything else a
 * string seed, so `--seed 1e3` runs the paths of `seed: 1e3` (1000). Digits past 2^53 stay a
 * string: as a number they would round to a neighbour's seed (99999999999999999999999 and
 * 99999999999999999999998 both to 1e23, the same paths), which a file refuses.
 */
export function seedOption<T>(text: string | undefined, fallback: T): string | number | T {
  if (text === undefined) return fallback;
  if (text.length === 0 || text.length > LIMITS.nameChars)
    throw new UsageError(cliMessages.badSeed(text, LIMITS.nameChars));
  // `0x10` is refused as a file's `seed: 0x10` is (typed-number.ts); `1_000` and `0b11` are text,
  // as YAML reads them in a file too.
  const form = /^[+-]?0[xXoO]/.test(text.trim()) ? numberFormProblem(text) : undefined;
  if (form !== undefined) throw new UsageError(cliMessages.numberForm('--seed', form));
  let read: unknown;
  try {
    read = parse(text, { maxAliasCount: 0 });
  } catch {
    read = text;
  }
  return typeof read === 'number' && Number.isSafeInteger(read) ? read : text;
}

/** The back-test's folder beside the run's: <name>-backtest. */
export function backtestFolderName(scenarioName: string): string {
  return `${outputName(scenarioName)}-backtest`;
}

/**
 * The back-test's folder as `minesim backtest` writes it: the one-path summary's files plus the
 * daily table (always written, as the back-test's own table). A back-test has no seed and one
 * path, which its manifest records; its charts and tables are those of the scenario's outputs.
 */
export async function writeBacktestFolder(
  s: Scenario,
  backtest: Backtest,
  summary: RunSummary,
  dir: string,
  record: { scenarioPath: string; scenarioSource: string | Uint8Array; startedAt: Date },
): Promise<void> {
  const daily = new Map([['daily.csv', backtestCsv(s, backtest)]]);
  await writeOutputFolder(
    summary,
    dir,
    { ...record, seed: 0, paths: 1, workers: 1, outputs: s.outputs },
    daily,
  );
}
