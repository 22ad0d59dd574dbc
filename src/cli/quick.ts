// The quick entry of `minesim quote`: the same command as in main.ts, behind a command line that
// loads only what a quote needs (no simulation engine, workers, reports or charts), so the answer
// comes well within a second. bin/minesim.mjs takes it when the first word is `quote`.
import yargs from 'yargs';
import { cliMessages } from '../messages/cli.js';
import { quoteCommand } from './commands/quote.js';
import { DATA_OPTION, dataFolderMiddleware } from './data-folder.js';
import { EXIT_INPUT, reportError, UsageError } from './exit.js';
import { skipHelpCache } from './help-cache.js';
import { usageProblems } from './option-values.js';
import { misreadWords, readGroupedNumbers } from './repeated-options.js';
import { withShownOutput } from './terminal.js';

export async function quickMain(argv: string[]): Promise<void> {
  const cli = yargs(argv)
    .scriptName('minesim')
    .option('data', DATA_OPTION)
    .middleware(dataFolderMiddleware)
    .middleware((args) => {
      const repeated = misreadWords(argv, cli);
      if (repeated !== undefined) throw new UsageError(cliMessages.usage(repeated, 'quote'));
      readGroupedNumbers(argv, cli, args);
    })
    .command(quoteCommand)
    .demandCommand(1, 'Name a command.')
    .strict()
    .help()
    .alias('h', 'help')
    .version()
    .wrap(Math.min(110, process.stdout.columns ?? 110))
    .fail((message, error) => {
      if (error) throw error;
      throw new UsageError(cliMessages.usage(usageProblems(message, argv, cli), 'quote'));
    })
    .exitProcess(false);
  skipHelpCache(cli);
  // As every command: a control character in what it prints (a --machine as typed) is shown.
  await withShownOutput(async () => {
    try {
      await cli.parseAsync();
    } catch (error) {
      process.exitCode = reportError(error);
      if (error instanceof UsageError) process.exitCode = EXIT_INPUT;
    }
  });
}
