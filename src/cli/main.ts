// The `minesim` command line: every command, on the yargs command line of command-line.ts.
import { hideBin } from 'yargs/helpers';
import { type AnyCommand, type CommandEntry, runCommandLine } from './command-line.js';

/**
 * Every command, named and described here so that `minesim --help` lists them without loading
 * one: a command's module (and what it imports: the engine, the charts, the studies) loads only
 * when yargs runs its builder, that is when the command line names it. `command` and `describe`
 * are the module's own (test/cli/command-list.test.ts checks them).
 */
export const COMMANDS: CommandEntry[] = [
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

export async function main(argv: string[] = hideBin(process.argv)): Promise<void> {
  await runCommandLine(argv, COMMANDS);
}
