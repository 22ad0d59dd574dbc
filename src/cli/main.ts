// The `minesim` command line: yargs commands, glue only. Errors map to exit codes in exit.ts.
import yargs, { type Argv, type CommandModule } from 'yargs';
import { hideBin } from 'yargs/helpers';
import { closestNames } from '../data/similar.js';
import { cliMessages } from '../messages/cli.js';
import { backtestCommand } from './commands/backtest.js';
import { batchCommand } from './commands/batch.js';
import { calibrateCommand } from './commands/calibrate.js';
import { dataCommand } from './commands/data.js';
import { hashpriceCommand } from './commands/hashprice.js';
import { initCommand } from './commands/init.js';
import { mergeCommand } from './commands/merge.js';
import { networkFitCommand } from './commands/network-fit.js';
import { quoteCommand } from './commands/quote.js';
import { runCommand } from './commands/run.js';
import { schemaCommand } from './commands/schema.js';
import { sensitivityCommand } from './commands/sensitivity.js';
import { sweepCommand } from './commands/sweep.js';
import { validateCommand } from './commands/validate.js';
import { DATA_OPTION, dataFolderMiddleware } from './data-folder.js';
import { EXIT_INPUT, reportError, UsageError } from './exit.js';

const COMMANDS = [
  runCommand,
  backtestCommand,
  batchCommand,
  mergeCommand,
  sweepCommand,
  sensitivityCommand,
  calibrateCommand,
  validateCommand,
  hashpriceCommand,
  quoteCommand,
  networkFitCommand,
  dataCommand,
  schemaCommand,
  initCommand,
] as CommandModule<object, never>[];

/** The subcommand named on the command line, if any: its help explains a usage error. */
function namedCommand(argv: readonly string[]): string | undefined {
  const names = COMMANDS.map((c) => String(c.command).split(' ')[0]);
  return argv.find((arg) => !arg.startsWith('-') && names.includes(arg));
}

/**
 * yargs' message for a usage error, with a suggestion for each unknown option (`--path` ->
 * `--paths`) from the options of the command being parsed; unknown words that are not options
 * (a mistyped command) keep yargs' own message and its suggestion.
 */
function usageDetail(message: string, argv: readonly string[], cli: Argv): string {
  const unknown = /^Unknown arguments?: (.+)$/.exec(message);
  if (!unknown) return message;
  const names = unknown[1].split(', ');
  const isOption = (name: string) =>
    argv.some((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`) || arg === `-${name}`);
  if (!names.every(isOption)) return message;
  // getOptions() is yargs' (the command's options once its builder has run) but not in its typings.
  const options = (cli as unknown as { getOptions(): { key: Record<string, unknown> } }).getOptions();
  const known = Object.keys(options.key).filter((key) => key !== '$0' && key !== '_');
  return names.map((name) => cliMessages.unknownOption(name, closestNames(name, known, 1)[0])).join('\n');
}

export async function main(argv: string[] = hideBin(process.argv)): Promise<void> {
  let cli = yargs(argv)
    .scriptName('minesim')
    .usage('$0 <command> [options]\n\nSimulates when, and how likely, a mining investment pays back.')
    .option('data', DATA_OPTION)
    .middleware(dataFolderMiddleware);
  for (const command of COMMANDS) cli = cli.command(command);
  cli = cli
    .demandCommand(1, 'Name a command.')
    .strict()
    .recommendCommands()
    .help()
    .alias('h', 'help')
    .version()
    .wrap(Math.min(110, process.stdout.columns ?? 110))
    .fail((message, error) => {
      if (error) throw error;
      throw new UsageError(cliMessages.usage(usageDetail(message, argv, cli), namedCommand(argv)));
    })
    .exitProcess(false);
  try {
    await cli.parseAsync();
  } catch (error) {
    process.exitCode = reportError(error);
    if (error instanceof UsageError) process.exitCode = EXIT_INPUT;
  }
}
