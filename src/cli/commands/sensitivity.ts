// `minesim sensitivity <scenario> [--input key.path=LOW..HIGH ...]`: each key input moved alone from
// the scenario's base, and tornado charts of what that does to the median payback, P(payback <= 2
// years) and the median NPV, written to runs/<name>-sensitivity/ (or --out).
import { join } from 'node:path';
import type { CommandModule } from 'yargs';
import { historyData } from '../../data/history.js';
import { defaultWorkers } from '../../engine/run/pool.js';
import { cliMessages } from '../../messages/cli.js';
import { sensitivityMessages } from '../../messages/sensitivity.js';
import { tornadoCharts } from '../../report/charts/tornado.js';
import { tornadoBooksCharts } from '../../report/charts/tornado-books.js';
import { writeFolderAtomic } from '../../report/folder.js';
import { createManifest } from '../../report/manifest.js';
import { checkOutFolder } from '../../report/out-folder.js';
import { renderChart } from '../../report/render.js';
import { sensitivityFiles, sensitivityJson, sensitivityLines } from '../../report/sensitivity-tables.js';
import { parseOverrides } from '../../scenario/overrides.js';
import { InputError } from '../../scenario/problem.js';
import { DECIMAL, numberFormProblem } from '../../scenario/typed-number.js';
import { DEFAULT_BY, runSensitivity } from '../../study/sensitivity.js';
import { parseInputs } from '../../study/sensitivity-inputs.js';
import { planSensitivity } from '../../study/sensitivity-plan.js';
import { sweepWorkers } from '../../study/sweep.js';
import { printJson, UsageError } from '../exit.js';
import { allowLongOption, catalogArg, catalogOption, checkRunOptions } from '../options.js';
import { createProgress } from '../progress.js';
import { checkEstimate, estimateWork, outputPlace, sensitivityFolderBytes } from '../run-estimate.js';
import { DEFAULT_OUTPUT_ROOT, loadScenario, outputName, withSetProblems } from '../scenario-input.js';
import { seedOption } from '../scenario-outputs.js';
import { DEFAULT_SWEEP_PATHS } from './sweep.js';

export interface SensitivityArgs {
  scenario: string;
  input: string[];
  by: string;
  paths: number;
  seed?: string;
  workers?: number;
  out?: string;
  set: string[];
  json: boolean;
  catalog?: string;
  allowLong?: boolean;
}

/**
 * `20%`, `20 %` or `20` (a bare number is a percentage here) -> 0.2; above 0 and below 100. A bare
 * number below 1 is refused: a scenario reads `0.2` as 20 %, and here it would be 0.2 %.
 */
export function parseBy(text: string): number {
  const form = numberFormProblem(text);
  if (form !== undefined) throw new UsageError(cliMessages.numberForm('--by', form));
  const match = /^(.*?)\s*(%?)$/.exec(text.trim());
  const percent = match && DECIMAL.test(match[1]) ? Number(match[1].replaceAll(',', '')) : Number.NaN;
  if (match && match[2] === '' && percent > 0 && percent < 1)
    throw new UsageError(sensitivityMessages.byBareFraction(text, percent));
  if (!(percent > 0 && percent < 100)) throw new UsageError(sensitivityMessages.badBy(text));
  return percent / 100;
}

export const sensitivityCommand: CommandModule<object, SensitivityArgs> = {
  command: 'sensitivity <scenario>',
  describe: 'Move each key input alone from the scenario’s base and chart which ones move payback most',
  builder: (y) =>
    y
      .positional('scenario', { type: 'string', demandOption: true, describe: 'Scenario YAML file' })
      .option('input', {
        type: 'string',
        array: true,
        default: [],
        describe:
          'An input and its range: key.path=LOW..HIGH, values with units as in a scenario ' +
          '(fleet[0].unitPrice=1500 USD..2500 USD), or a key alone to move it by --by. Repeatable. Default: ' +
          'the electricity price, each cohort’s unit price, import premium, failure rate and uptime, the pool ' +
          'fee, the price drift and volatility and the network growth, whichever the scenario has',
      })
      .option('by', {
        type: 'string',
        default: `${DEFAULT_BY * 100}%`,
        describe: 'How far an input without a range moves below and above its base value, in percent',
      })
      .option('paths', {
        type: 'number',
        default: DEFAULT_SWEEP_PATHS,
        describe: 'Market paths at each point (the same random numbers at every point)',
      })
      .option('seed', { type: 'string', describe: 'Seed (default: the scenario’s monteCarlo.seed)' })
      .option('workers', {
        type: 'number',
        describe: `Worker threads (default: one for small runs, else all cores, ${defaultWorkers()} here)`,
      })
      .option('out', {
        type: 'string',
        describe: 'Output folder (default: runs/<scenario name>-sensitivity)',
      })
      .option('set', {
        type: 'string',
        array: true,
        default: [],
        describe: 'Override a scenario value at every point: key.path=value (repeatable)',
      })
      .option('catalog', catalogOption)
      .option('allow-long', allowLongOption)
      .option('json', {
        type: 'boolean',
        default: false,
        describe: 'Print sensitivity.json on stdout instead of the table',
      }),
  handler: async (args) => {
    checkRunOptions(args);
    const started = new Date();
    const by = parseBy(args.by);
    const inputs = parseInputs(args.input);
    if (!inputs.ok) throw await withSetProblems(inputs.problems, args.scenario, args.set, args.catalog);
    // A --set that cannot be read is said by loadScenario, with the problems the others make.
    const sets = parseOverrides(args.set);
    // Validating the file alone first reports an unreadable or invalid file as `run` would.
    const { scenario: base, source } = await loadScenario(args.scenario, args.set, args.catalog);
    const planned = await planSensitivity(source, args.scenario, {
      inputs: inputs.specs,
      by,
      sets: sets.overrides,
      catalog: catalogArg(args.catalog),
    });
    if (!planned.ok) throw new InputError(planned.problems);

    const seed = seedOption(args.seed, base.monteCarlo.seed);
    const runs = planned.plan.points.map((p) => ({
      paths: args.paths,
      days: p.scenario.days,
      cohorts: p.scenario.fleet.length,
    }));
    const workers = sweepWorkers(args.paths, base.days, args.workers);
    const dir = args.out ?? join(DEFAULT_OUTPUT_ROOT, `${outputName(base.name)}-sensitivity`);
    checkEstimate(
      `${base.name} sensitivity`,
      'fewer --paths or --input values, or a shorter horizon',
      estimateWork(
        runs,
        workers,
        outputPlace(dir, 'fewer --input values write less'),
        sensitivityFolderBytes(runs.length),
      ),
      args.allowLong,
    );
    await checkOutFolder(dir, 'output');
    const progress = createProgress(`${base.name} sensitivity`);
    const result = await runSensitivity(planned.plan, {
      paths: args.paths,
      seed,
      workers: args.workers,
      sets: args.set,
      progress: (done, total) => progress.update(done, total),
    });
    progress.finish();

    // With `finance`, the equity's NPV tornado follows the project's three (charts/tornado-books.ts).
    const charts = [...tornadoCharts(result), ...tornadoBooksCharts(result)];
    const rendered = await Promise.all(
      charts.map((chart) => renderChart(chart.spec, { source: base.name, name: chart.name })),
    );
    const manifest = await createManifest({
      scenarioPath: args.scenario,
      scenarioSource: source,
      data: historyData(base.coin),
      seed,
      paths: args.paths,
      workers: sweepWorkers(args.paths, base.days, args.workers),
      startedAt: started,
      finishedAt: new Date(),
    });
    const files = sensitivityFiles(
      result,
      charts.map((chart, i) => ({ ...chart, ...rendered[i] })),
      manifest,
    );
    await writeFolderAtomic(dir, files);

    if (args.json) {
      printJson(sensitivityJson(result));
      return;
    }
    const lines = [...sensitivityLines(result), sensitivityMessages.wroteOutput(dir)];
    process.stdout.write(`${lines.join('\n')}\n`);
  },
};
