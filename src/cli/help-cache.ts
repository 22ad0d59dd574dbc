// yargs formats a command's whole help text before it runs the command's handler, in case a later
// failure prints it (yargs' command.js calls cacheHelpMessage). minesim's failures print their own
// message (main.ts, exit.ts), never the help, and that formatting (the display width of every word
// of every option's description) took 30 ms of `validate` and 130 ms of `run`. `--help` itself does
// not go through the cache.
import type { Argv } from 'yargs';

/** yargs' usage instance, reached through its internal methods (not in its typings). */
interface YargsInternals {
  getInternalMethods(): { getUsageInstance(): { cacheHelpMessage(): void } };
}

/** Stops `cli` from formatting the help text of every command it runs. */
export function skipHelpCache(cli: Argv): void {
  const usage = (cli as unknown as YargsInternals).getInternalMethods().getUsageInstance();
  usage.cacheHelpMessage = () => undefined;
}
