// The `minesim` command line: yargs commands, glue only. Errors map to exit codes in exit.ts.
import yargs, { type Argv, type CommandModule } from 'yargs';
import { hideBin } from 'yargs/helpers';
import { closestNames } from '../data/similar.js';
import { cliMessages } from '../messages/cli.js';
import { DATA_OPTION, dataFolderMiddleware } from './data-folder.js';
import { EXIT_INPUT, reportError, UsageError } from './exit.js';
import { skipHelpCache } from './help-cache.js';

type AnyCommand = CommandModule<object, never>;

/**
 * Every command, named and described here so that `minesim --help` lists them without loading
 * one: a command's module (and what it imports: the engine, the charts, the studies) loads only
 * when yargs runs its builder, that is when the command line names it. `command` and `describe`
 * are the module's own (test/cli/command-list.test.ts checks them).
 */
export const COMMANDS: { command: string; describe: string; load: () => Promise<AnyCommand> }[] = [
  {
    command: 'run <scenario>',
    describe: 'Run the Monte Carlo simulation of a scenario and write its outputs',
    load: async () => (await import('./commands/run.js')).runCommand as AnyCommand,
  },
  {
    command: 'backtest <scenario>',
    describe: 'Replay the scenario on the actual price, difficulty and fees from its start date',
    load: async () => (await import('./commands/backtest.js')).backtestCommand as AnyCommand,
  },
  {
    command: 'batch <patterns..>',
    describe: 'Run many scenarios, each with its back-test, and compare them in one index',
    load: async () => (await import('./commands/batch.js')).batchCommand as AnyCommand,
  },
  {
    command: 'merge <parts..>',
    describe: 'Merge the parts of a sharded run or sweep (--shard k/n) into its output folder',
    load: async () => (await import('./commands/merge.js')).mergeCommand as AnyCommand,
  },
  {
    command: 'sweep <scenario>',
    describe: 'Run a scenario over a grid of parameter values and map where the payback claims hold',
    load: async () => (await import('./commands/sweep.js')).sweepCommand as AnyCommand,
  },
  {
    command: 'sensitivity <scenario>',
    describe: 'Move each key input alone from the scenario’s base and chart which ones move payback most',
    load: async () => (await import('./commands/sensitivity.js')).sensitivityCommand as AnyCommand,
  },
  {
    command: 'calibrate',
    describe: 'Walk-forward study: how well the ex-ante forecasts of each market model matched what happened',
    load: async () => (await import('./commands/calibrate.js')).calibrateCommand as AnyCommand,
  },
  {
    command: 'validate <files..>',
    describe: 'Check scenario files and print a one-line summary of each valid one',
    load: async () => (await import('./commands/validate.js')).validateCommand as AnyCommand,
  },
  {
    command: 'hashprice',
    describe:
      "Print a day's historical hashprice (USD per PH/s per day for Bitcoin, or per TH/s with --per TH; per kH/s for Monero)",
    load: async () => (await import('./commands/hashprice.js')).hashpriceCommand as AnyCommand,
  },
  {
    command: 'quote',
    describe:
      "What one machine earns and costs a day at one day's conditions held fixed (the calculator's answer), without a scenario file",
    load: async () => (await import('./commands/quote.js')).quoteCommand as AnyCommand,
  },
  {
    command: 'network-fit',
    describe: 'Print the endogenous network model fitted on the history before each start date',
    load: async () => (await import('./commands/network-fit.js')).networkFitCommand as AnyCommand,
  },
  {
    command: 'data <command>',
    describe: 'The daily history in use, and newer days brought into the user data folder',
    load: async () => (await import('./commands/data.js')).dataCommand as AnyCommand,
  },
  {
    command: 'schema',
    describe: 'Print the scenario JSON Schema (for editors and other tools)',
    load: async () => (await import('./commands/schema.js')).schemaCommand as AnyCommand,
  },
  {
    command: 'init <name>',
    describe: 'Write a commented starter scenario <name>.yaml',
    load: async () => (await import('./commands/init.js')).initCommand as AnyCommand,
  },
];

/** The command yargs registers for an entry: its builder loads the module, then hands over to it. */
function lazyCommand(entry: (typeof COMMANDS)[number]): AnyCommand {
  let loaded: AnyCommand | undefined;
  return {
    command: entry.command,
    describe: entry.describe,
    // yargs awaits a builder's promise before it parses the command's options; its typings
    // (@types/yargs) only know synchronous builders.
    builder: (async (y: Argv) => {
      loaded = await entry.load();
      const { builder } = loaded;
      return typeof builder === 'function' ? builder(y) : y.options(builder ?? {});
    }) as unknown as AnyCommand['builder'],
    handler: (args) => {
      if (!loaded) throw new Error(`minesim ${entry.command}: handler before builder`);
      return loaded.handler(args);
    },
  };
}

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
  for (const command of COMMANDS) cli = cli.command(lazyCommand(command));
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
  skipHelpCache(cli);
  try {
    await cli.parseAsync();
  } catch (error) {
    process.exitCode = reportError(error);
    if (error instanceof UsageError) process.exitCode = EXIT_INPUT;
  }
}
