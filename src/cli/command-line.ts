// The `minesim` command line over a list of commands (main.ts lists them all; one-command.ts one):
// yargs, glue only. Errors map to exit codes in exit.ts.
import yargs, { type Argv, type CommandModule } from 'yargs';
import { closestNames } from '../data/similar.js';
import { cliMessages } from '../messages/cli.js';
import { DATA_OPTION, dataFolderMiddleware } from './data-folder.js';
import { EXIT_INPUT, reportError, UsageError } from './exit.js';
import { skipHelpCache } from './help-cache.js';
import { usageProblems } from './option-values.js';
import { misreadWords, readGroupedNumbers } from './repeated-options.js';
import { withShownOutput } from './terminal.js';

export type AnyCommand = CommandModule<object, never>;

/** A command as the help lists it, and how to load its module. */
export interface CommandEntry {
  command: string;
  describe: string;
  load: () => Promise<AnyCommand>;
}

/** The command yargs registers for an entry: its builder loads the module, then hands over to it. */
function lazyCommand(entry: CommandEntry): AnyCommand {
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
function namedCommand(argv: readonly string[], commands: readonly CommandEntry[]): string | undefined {
  const names = commands.map((c) => String(c.command).split(' ')[0]);
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

/** Parses `argv` and runs the command it names, one of `commands`; sets the exit code. */
export async function runCommandLine(argv: string[], commands: readonly CommandEntry[]): Promise<void> {
  let cli = yargs(argv)
    .scriptName('minesim')
    .usage('$0 <command> [options]\n\nSimulates when, and how likely, a mining investment pays back.')
    .option('data', DATA_OPTION)
    .middleware(dataFolderMiddleware)
    .middleware((args) => {
      const repeated = misreadWords(argv, cli);
      if (repeated !== undefined)
        throw new UsageError(cliMessages.usage(repeated, namedCommand(argv, commands)));
      readGroupedNumbers(argv, cli, args);
    });
  for (const command of commands) cli = cli.command(lazyCommand(command));
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
      throw new UsageError(
        cliMessages.usage(
          usageProblems(message, argv, cli, (m) => usageDetail(m, argv, cli)),
          namedCommand(argv, commands),
        ),
      );
    })
    .exitProcess(false);
  skipHelpCache(cli);
  await withShownOutput(async () => {
    try {
      await cli.parseAsync();
    } catch (error) {
      process.exitCode = reportError(error);
      if (error instanceof UsageError) process.exitCode = EXIT_INPUT;
    }
  });
}

/** The entry of a command whose module is already loaded (a command line bundled for it alone). */
export function loadedCommand(module: AnyCommand): CommandEntry {
  return { command: String(module.command), describe: String(module.describe), load: async () => module };
}
