// `minesim run <scenario>`: the Monte Carlo run, written to runs/<name>/ (or --out).

import { join } from 'node:path';
import type { CommandModule } from 'yargs';
import { defaultWorkers } from '../../engine/run/pool.js';
import { runMonteCarlo } from '../../engine/run/run.js';
import { cliMessages } from '../../messages/cli.js';
import { explorerMessages } from '../../messages/explorer.js';
import { chartEvents } from '../../report/chart-events.js';
import { startChartThread } from '../../report/chart-thread.js';
import { checkOutFolder } from '../../report/out-folder.js';
import { parseOverrides } from '../../scenario/overrides.js';
import { printJson } from '../exit.js';
import { headlineTable } from '../headline.js';
import { allowLongOption, catalogOption, checkRunOptions } from '../options.js';
import { createProgress } from '../progress.js';
import { checkEstimate, estimateWork, freeSpace, runFolderBytes, runWorkers } from '../run-estimate.js';
import { DEFAULT_OUTPUT_ROOT, loadScenario, outputName } from '../scenario-input.js';
import { seedOption } from '../scenario-outputs.js';
import { runShard } from '../shard-run.js';
import { interruptSignal, watchFile } from '../watch.js';
import { type RunRecord, writeOutputFolder } from '../write-output.js';

export interface RunArgs {
  scenario: string;
  paths?: number;
  seed?: string;
  workers?: number;
  out?: string;
  json: boolean;
  set: string[];
  antithetic?: boolean;
  watch: boolean;
  shard?: string;
  catalog?: string;
  explorer: boolean;
  allowLong?: boolean;
}

/** Paths of a --watch preview unless --paths says otherwise: a quick answer on every save. */
const PREVIEW_PATHS = 1000;

/**
 * The folder a run writes: runs/<name> (or --out), and for a --watch preview that folder with
 * `-watch` added, so that a preview of fewer paths never replaces a full run written there.
 */
export function runOutFolder(args: Pick<RunArgs, 'out' | 'watch'>, scenarioName: string): string {
  const full = args.out ?? join(DEFAULT_OUTPUT_ROOT, outputName(scenarioName));
  return args.watch ? `${full.replace(/[/\\]+$/, '') || full}-watch` : full;
}

export const runCommand: CommandModule<object, RunArgs> = {
  command: 'run <scenario>',
  describe: 'Run the Monte Carlo simulation of a scenario and write its outputs',
  builder: (y) =>
    y
      .positional('scenario', { type: 'string', demandOption: true, describe: 'Scenario YAML file' })
      .option('paths', {
        type: 'number',
        describe: 'Number of market paths (default: the scenario’s monteCarlo.paths)',
      })
      .option('seed', { type: 'string', describe: 'Seed (default: the scenario’s monteCarlo.seed)' })
      .option('workers', {
        type: 'number',
        describe: `Worker threads (default: all cores, ${defaultWorkers()} here)`,
      })
      .option('antithetic', {
        type: 'boolean',
        describe: 'Antithetic path pairs (default: the scenario’s setting)',
      })
      .option('out', { type: 'string', describe: 'Output folder (default: runs/<scenario name>)' })
      .option('set', {
        type: 'string',
        array: true,
        default: [],
        describe: 'Override a scenario value: key.path=value (repeatable)',
      })
      .option('catalog', catalogOption)
      .option('allow-long', allowLongOption)
      .option('explorer', {
        type: 'boolean',
        default: true,
        describe: 'Write explore.html, the live explorer of the run (--no-explorer skips it)',
      })
      .option('json', {
        type: 'boolean',
        default: false,
        describe:
          'Print summary.json on stdout instead of the table; the folder is written the same, charts included',
      })
      .option('shard', {
        type: 'string',
        describe: 'Run only part k of n of the paths (k/n, from 0) and save it for minesim merge',
      })
      .option('watch', {
        type: 'boolean',
        default: false,
        describe: `Re-validate and re-run on every save, with ${PREVIEW_PATHS} paths unless --paths is given, into <out>-watch so no full run is replaced (Ctrl-C ends it)`,
      }),
  handler: async (args) => {
    checkRunOptions(args);
    if (args.shard !== undefined) return runShard(args);
    if (!args.watch) return runOnce(args);
    const preview = { ...args, paths: args.paths ?? PREVIEW_PATHS };
    await watchFile(args.scenario, () => runOnce(preview), { signal: interruptSignal() });
  },
};

/** explore.html's record: the overrides it re-runs with; none when it is off or cannot be written. */
function explorerRecord(args: RunArgs, dir: string, userCatalog: boolean): Pick<RunRecord, 'explorer'> {
  if (!args.explorer) return {};
  if (userCatalog) {
    process.stderr.write(`${explorerMessages.userCatalog(dir)}\n`);
    return {};
  }
  const overrides = parseOverrides(args.set);
  return overrides.ok ? { explorer: { overrides: overrides.overrides } } : {};
}

/** One run: validate, simulate, write the folder, print the headline table (or the JSON). */
async function runOnce(args: RunArgs): Promise<void> {
  const started = new Date();
  // The charts' libraries load on their own thread while the scenario is read and run.
  startChartThread();
  const { scenario, source, userCatalog } = await loadScenario(args.scenario, args.set, args.catalog);
  const seed = seedOption(args.seed, scenario.monteCarlo.seed);
  const dir = runOutFolder(args, scenario.name);
  if (args.watch)
    process.stderr.write(
      `${cliMessages.watchFolder(dir, runOutFolder({ ...args, watch: false }, scenario.name), args.paths ?? scenario.monteCarlo.paths)}\n`,
    );
  const paths = args.paths ?? scenario.monteCarlo.paths;
  const work = {
    paths,
    days: scenario.days,
    cohorts: scenario.fleet.length,
    diskBytes: runFolderBytes(scenario.days, scenario.outputs.samplePaths, paths),
  };
  checkEstimate(
    scenario.name,
    'fewer --paths or cohorts, or a shorter horizon',
    estimateWork([work], runWorkers(args.workers), { folder: dir, freeBytes: freeSpace(dir) }),
    args.allowLong,
  );
  // Refused now rather than after the run; the write checks again.
  await checkOutFolder(dir, 'output');
  const progress = createProgress(scenario.name);
  const result = await runMonteCarlo(scenario, {
    paths: args.paths,
    seed,
    workers: args.workers,
    antithetic: args.antithetic,
    progress: (done, total) => progress.update(done, total),
    chartEvents,
    // Checked by writeOutputFolder, while the charts are drawn.
    checkSummary: false,
  });
  progress.finish();
  await writeOutputFolder(
    result.summary,
    dir,
    {
      scenarioPath: args.scenario,
      scenarioSource: source,
      seed,
      paths: result.summary.run.paths,
      workers: result.workers,
      startedAt: started,
      outputs: scenario.outputs,
      lastCharts: !args.watch,
      ...explorerRecord(args, dir, userCatalog !== undefined),
    },
    undefined,
    result.timelineIntervals,
  );
  if (args.json) printJson(result.summary);
  else process.stdout.write(`${headlineTable(result.summary)}\n${cliMessages.wroteOutput(dir)}\n`);
}
