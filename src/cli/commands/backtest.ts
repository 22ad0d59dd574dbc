// `minesim backtest <scenario>`: the fleet replayed on the actual history from its start date.

import { join } from 'node:path';
import type { CommandModule } from 'yargs';
import { loadHistory } from '../../data/history.js';
import { runBacktest } from '../../engine/backtest/backtest.js';
import { backtestSummary } from '../../engine/backtest/backtest-summary.js';
import { loadCompileInputs } from '../../engine/compile/inputs.js';
import { cliMessages } from '../../messages/cli.js';
import { backtestChartEvents } from '../../report/chart-events.js';
import { checkOutFolder } from '../../report/out-folder.js';
import { parseOverrides } from '../../scenario/overrides.js';
import { InputError } from '../../scenario/problem.js';
import { historyBuysFleet, historyDaysFrom } from '../../scenario/simulated-days.js';
import { readScenarioFile } from '../../scenario/validate.js';
import { printJson, UsageError } from '../exit.js';
import { headlineTable } from '../headline.js';
import { allowFullOption, catalogOption } from '../options.js';
import { backtestFolderBytes, checkDiskSpace, outputPlace } from '../run-estimate.js';
import { DEFAULT_OUTPUT_ROOT, loadScenarioBytes } from '../scenario-input.js';
import { backtestFolderName, writeBacktestFolder } from '../scenario-outputs.js';
import { startBeforeHistory } from '../start-before-history.js';

interface Args {
  scenario: string;
  out?: string;
  json: boolean;
  set: string[];
  catalog?: string;
  allowLong?: boolean;
}

export const backtestCommand: CommandModule<object, Args> = {
  command: 'backtest <scenario>',
  describe: 'Replay the scenario on the actual price, difficulty and fees from its start date',
  builder: (y) =>
    y
      .positional('scenario', { type: 'string', demandOption: true, describe: 'Scenario YAML file' })
      .option('out', { type: 'string', describe: 'Output folder (default: runs/<scenario name>-backtest)' })
      .option('set', {
        type: 'string',
        array: true,
        default: [],
        describe: 'Override a scenario value: key.path=value (repeatable)',
      })
      .option('catalog', catalogOption)
      .option('allow-long', allowFullOption)
      .option('json', {
        type: 'boolean',
        default: false,
        describe: 'Print the back-test summary.json on stdout',
      }),
  handler: async (args) => {
    const started = new Date();
    const input = await readScenarioFile(args.scenario);
    if (!input.ok) {
      const sets = parseOverrides(args.set);
      throw new InputError([...(sets.ok ? [] : sets.problems), ...input.problems]);
    }
    const { scenario, source } = await loadScenarioBytes(
      input.bytes,
      args.scenario,
      args.set,
      args.catalog,
    ).catch((error: unknown) => {
      // A start before the history: the back-test cannot run there whatever the scenario states,
      // so the start figures a run would ask for (network.height, price.start) are no way out.
      const before =
        error instanceof InputError ? startBeforeHistory(input.bytes, args.scenario, args.set) : null;
      throw before === null ? error : new InputError([before]);
    });
    if (historyDaysFrom(scenario) === 0)
      throw new UsageError(
        cliMessages.noHistory(scenario.coin, scenario.start, loadHistory(scenario.coin).firstDate),
      );
    if (!historyBuysFleet(scenario))
      throw new UsageError(cliMessages.fleetAfterHistory(loadHistory(scenario.coin).lastDate));
    const dir = args.out ?? join(DEFAULT_OUTPUT_ROOT, backtestFolderName(scenario.name));
    await checkOutFolder(dir, 'output');
    // Before the replay: refused with run's words for the disk when its folder cannot fit.
    checkDiskSpace(
      `${scenario.name} back-test`,
      backtestFolderBytes(Math.min(scenario.days, historyDaysFrom(scenario))),
      outputPlace(dir, 'its size follows the days replayed'),
      '--out on a file system with more room',
      args.allowLong,
    );
    const backtest = runBacktest(scenario, await loadCompileInputs(scenario));
    const summary = backtestSummary(scenario, backtest, backtestChartEvents(scenario, backtest));
    await writeBacktestFolder(scenario, backtest, summary, dir, {
      scenarioPath: args.scenario,
      scenarioSource: source,
      startedAt: started,
    });
    if (args.json) printJson(summary);
    else {
      const cut = backtest.cutAt ? `${cliMessages.cutAtHistoryEnd(backtest.cutAt)}\n` : '';
      process.stdout.write(`${headlineTable(summary)}\n${cut}${cliMessages.wroteOutput(dir)}\n`);
    }
  },
};
