// Options shared by several commands: the checks of the commands that run simulations (counts
// must be whole and positive), and `--catalog` for every command that reads a scenario.

import { cliMessages } from '../messages/cli.js';
import type { CatalogOption } from '../scenario/catalog-input.js';
import { LIMITS } from '../scenario/schema/limits.js';
import { UsageError } from './exit.js';
import { writtenNumber } from './repeated-options.js';

export const catalogOption = {
  type: 'string',
  describe:
    'A user hardware catalog (CSV with the columns of data/asic-models.csv or data/hardware-extra.csv), in place of the scenario’s catalog key',
} as const;

/** `--catalog FILE` as validation takes it. */
export function catalogArg(file: string | undefined): CatalogOption | undefined {
  return file === undefined ? undefined : { file };
}

/** `--allow-long`: start a command whose estimate is beyond a day or this machine's memory. */
export const allowLongOption = {
  type: 'boolean',
  default: false,
  describe:
    'Start even when the estimate (path-days at the engine’s measured speed) is more than a day or more memory than this machine has; without it such a command is refused before any work',
} as const;

/** `--allow-long` of a command that only writes (merge, calibrate's folder): past the free space. */
export const allowFullOption = {
  type: 'boolean',
  default: false,
  describe:
    'Write even when the estimate of the bytes written is more than the free space where they go; without it such a command is refused before any work',
} as const;

export function checkRunOptions(args: { paths?: number; workers?: number }): void {
  if (
    args.paths !== undefined &&
    (!Number.isInteger(args.paths) || args.paths < 1 || args.paths > LIMITS.paths)
  )
    throw new UsageError(cliMessages.badPaths(writtenNumber(args, 'paths') ?? args.paths, LIMITS.paths));
  // Infinity (`--workers 1e400`, too large for a double) is above the bound like 1e308: capped.
  const whole = (n: number) => Number.isInteger(n) || n === Number.POSITIVE_INFINITY;
  if (args.workers !== undefined && (!whole(args.workers) || args.workers < 1))
    throw new UsageError(cliMessages.badWorkers(writtenNumber(args, 'workers') ?? args.workers));
  if (args.workers !== undefined && args.workers > LIMITS.workers)
    process.stderr.write(
      `${cliMessages.workersCapped(writtenNumber(args, 'workers') ?? args.workers, LIMITS.workers)}\n`,
    );
}
