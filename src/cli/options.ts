// Checks shared by the commands that run simulations: counts must be whole and positive.
import { cliMessages } from '../scenario/messages.js';
import { LIMITS } from '../scenario/schema/limits.js';
import { UsageError } from './exit.js';

export function checkRunOptions(args: { paths?: number; workers?: number }): void {
  if (
    args.paths !== undefined &&
    (!Number.isInteger(args.paths) || args.paths < 1 || args.paths > LIMITS.paths)
  )
    throw new UsageError(cliMessages.badPaths(args.paths, LIMITS.paths));
  if (args.workers !== undefined && (!Number.isInteger(args.workers) || args.workers < 1))
    throw new UsageError(cliMessages.badWorkers(args.workers));
}
