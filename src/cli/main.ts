// The `minesim` command line: yargs commands, glue only. Errors map to exit codes in exit.ts.
import { homedir } from 'node:os';
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { useDataFolder } from '../data/history.js';
import { resolveDataFolder } from '../data/user-folder.js';
import { cliMessages, dataMessages } from '../scenario/messages.js';
import { backtestCommand } from './commands/backtest.js';
import { batchCommand } from './commands/batch.js';
import { calibrateCommand } from './commands/calibrate.js';
import { dataCommand } from './commands/data.js';
import { hashpriceCommand } from './commands/hashprice.js';
import { initCommand } from './commands/init.js';
import { mergeCommand } from './commands/merge.js';
import { runCommand } from './commands/run.js';
import { schemaCommand } from './commands/schema.js';
import { sensitivityCommand } from './commands/sensitivity.js';
import { sweepCommand } from './commands/sweep.js';
import { validateCommand } from './commands/validate.js';
import { EXIT_INPUT, reportError, UsageError } from './exit.js';

/**
 * The user data folder, resolved once for the whole command before it runs: every history the
 * command loads is the shipped one extended by that folder's imported days.
 */
function dataFolderMiddleware(argv: Record<string, unknown>): void {
  const flag = argv.data;
  if (flag !== undefined && (typeof flag !== 'string' || flag === ''))
    throw new UsageError(dataMessages.badDataFolder(flag));
  const folder = resolveDataFolder({
    flag,
    env: process.env,
    platform: process.platform,
    home: homedir(),
    cwd: process.cwd(),
  });
  useDataFolder(folder.dir);
  argv.dataFolder = folder;
}

export async function main(argv: string[] = hideBin(process.argv)): Promise<void> {
  const cli = yargs(argv)
    .scriptName('minesim')
    .usage('$0 <command> [options]\n\nSimulates when, and how likely, a mining investment pays back.')
    .option('data', {
      type: 'string',
      global: true,
      describe: 'User data folder with imported history (default: $MINESIM_DATA, else the platform folder)',
    })
    .middleware(dataFolderMiddleware)
    .command(runCommand)
    .command(backtestCommand)
    .command(batchCommand)
    .command(mergeCommand)
    .command(sweepCommand)
    .command(sensitivityCommand)
    .command(calibrateCommand)
    .command(validateCommand)
    .command(hashpriceCommand)
    .command(dataCommand)
    .command(schemaCommand)
    .command(initCommand)
    .demandCommand(1, 'Name a command.')
    .strict()
    .recommendCommands()
    .help()
    .alias('h', 'help')
    .version()
    .wrap(Math.min(110, process.stdout.columns ?? 110))
    .fail((message, error) => {
      if (error) throw error;
      throw new UsageError(cliMessages.usage(message));
    })
    .exitProcess(false);
  try {
    await cli.parseAsync();
  } catch (error) {
    process.exitCode = reportError(error);
    if (error instanceof UsageError) process.exitCode = EXIT_INPUT;
  }
}
