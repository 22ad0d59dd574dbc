// What `run` and `backtest` make of one scenario, shared with `batch`, which makes the same for
// many: the seed option, the back-test's folder name, and the back-test's folder.
import type { Backtest } from '../engine/backtest/backtest.js';
import { cliMessages } from '../messages/cli.js';
import { backtestCsv } from '../report/daily-csv.js';
import type { Scenario } from '../scenario/normalize.js';
import { LIMITS } from '../scenario/schema/limits.js';
import type { RunSummary } from '../stats/summary.js';
import { UsageError } from './exit.js';
import { outputName } from './scenario-input.js';
import { writeOutputFolder } from './write-output.js';

/**
 * --seed as given: digits are a number seed (as in a scenario file), anything else a string seed.
 * Digits past 2^53 stay a string: as a number they would round to a neighbour's seed
 * (99999999999999999999999 and 99999999999999999999998 both to 1e23, the same paths).
 */
export function seedOption<T>(text: string | undefined, fallback: T): string | number | T {
  if (text === undefined) return fallback;
  if (text.length === 0 || text.length > LIMITS.nameChars)
    throw new UsageError(cliMessages.badSeed(text, LIMITS.nameChars));
  return /^-?\d+$/.test(text) && Number.isSafeInteger(Number(text)) ? Number(text) : text;
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
  record: { scenarioPath: string; scenarioSource?: string | Uint8Array; startedAt: Date },
): Promise<void> {
  const daily = new Map([['daily.csv', backtestCsv(s, backtest)]]);
  await writeOutputFolder(
    summary,
    dir,
    { ...record, seed: 0, paths: 1, workers: 1, outputs: s.outputs },
    daily,
  );
}
