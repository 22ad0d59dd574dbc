// `minesim sweep <scenario> --vary key.path=SPEC ...`: the scenario run over a grid of parameter
// values, written to runs/<name>-sweep/ (or --out). Axes come from --vary, or else from the
// scenario's `sweep:` block (study/sweep-block.ts, which `minesim validate` checks the same way).
import { join } from 'node:path';
import type { CommandModule } from 'yargs';
import { sealPart } from '../../engine/run/part-file.js';
import { partOrigin } from '../../engine/run/part-origin.js';
import { defaultWorkers } from '../../engine/run/pool.js';
import { parseShard, shardRange } from '../../engine/run/shard.js';
import { shardMessages } from '../../messages/shards.js';
import { sweepMessages } from '../../messages/sweep.js';
import { sha256Hex } from '../../report/manifest.js';
import { checkOutFolder } from '../../report/out-folder.js';
import { parseOverrides } from '../../scenario/overrides.js';
import { InputError } from '../../scenario/problem.js';
import { buildSweepGrid, runSweep, runSweepPoints, sweepWorkers } from '../../study/sweep.js';
import { atBlockEntries, blockAxes } from '../../study/sweep-block.js';
import { SWEEP_PART_VERSION, type SweepPart } from '../../study/sweep-shard.js';
import { firstPointOverrides, parseVaries } from '../../study/vary.js';
import { printJson, UsageError } from '../exit.js';
import { allowLongOption, catalogArg, catalogOption, checkRunOptions } from '../options.js';
import { writePart } from '../part-output.js';
import { createProgress } from '../progress.js';
import {
  checkEstimate,
  estimateWork,
  type OutputPlace,
  outputPlace,
  sweepFolderBytes,
  sweepPartBytes,
} from '../run-estimate.js';
import { DEFAULT_OUTPUT_ROOT, loadScenario, outputName, withSetProblems } from '../scenario-input.js';
import { seedOption } from '../scenario-outputs.js';
import { writeSweepOutput } from '../sweep-output.js';

export interface SweepArgs {
  scenario: string;
  vary: string[];
  paths: number;
  seed?: string;
  workers?: number;
  out?: string;
  set: string[];
  json: boolean;
  shard?: string;
  catalog?: string;
  allowLong?: boolean;
}

/** Paths per grid point unless --paths says otherwise: a sweep runs many scenarios. */
export const DEFAULT_SWEEP_PATHS = 1000;

/** What a sweep too big to start is told to give less of. */
const FEWER = 'fewer --paths or fewer values on the --vary axes (or more --shard parts)';

export const sweepCommand: CommandModule<object, SweepArgs> = {
  command: 'sweep <scenario>',
  describe: 'Run a scenario over a grid of parameter values and map where the payback claims hold',
  builder: (y) =>
    y
      .positional('scenario', { type: 'string', demandOption: true, describe: 'Scenario YAML file' })
      .option('vary', {
        type: 'string',
        array: true,
        default: [],
        describe:
          'An axis (default: the scenario’s sweep.vary): key.path=a..b:n (n values, ends included) or key.path=a,b,c; values may carry units ' +
          'as in a scenario (power.price=0.02 USD/kWh..0.12 USD/kWh:6). Repeatable; charts for one or two axes',
      })
      .option('paths', {
        type: 'number',
        default: DEFAULT_SWEEP_PATHS,
        describe: 'Market paths at each grid point (the same random numbers at every point)',
      })
      .option('seed', { type: 'string', describe: 'Seed (default: the scenario’s monteCarlo.seed)' })
      .option('workers', {
        type: 'number',
        describe: `Worker threads (default: all cores, ${defaultWorkers()} here)`,
      })
      .option('out', { type: 'string', describe: 'Output folder (default: runs/<scenario name>-sweep)' })
      .option('set', {
        type: 'string',
        array: true,
        default: [],
        describe: 'Override a scenario value at every grid point: key.path=value (repeatable)',
      })
      .option('catalog', catalogOption)
      .option('allow-long', allowLongOption)
      .option('json', {
        type: 'boolean',
        default: false,
        describe: 'Print sweep.json on stdout instead of the table',
      })
      .option('shard', {
        type: 'string',
        describe: 'Run only part k of n of the grid points (k/n, from 0) and save it for minesim merge',
      }),
  handler: async (args) => {
    checkRunOptions(args);
    const started = new Date();
    // A --set that cannot be read is said by loadScenario, with the problems the others make.
    const sets = parseOverrides(args.set);
    const given = args.vary.length > 0 ? parseVaries(args.vary) : null;
    if (given && !given.ok)
      throw await withSetProblems(given.problems, args.scenario, args.set, args.catalog);
    // Validating the file alone first reports an unreadable or invalid file as `run` would; a value
    // only the --vary axes give (a covenant, a deposit) is read at their first grid point.
    const first = given?.ok ? firstPointOverrides(given.axes) : [];
    const {
      scenario: base,
      doc,
      source,
      userCatalog,
    } = await loadScenario(args.scenario, args.set, args.catalog, first);
    if (args.vary.length === 0 && (base.sweep?.vary ?? []).length === 0)
      throw new UsageError(sweepMessages.noAxes());
    const varies = given ?? blockAxes(base, doc, args.scenario);
    if (!varies.ok) throw new InputError(varies.problems);
    const built = await buildSweepGrid(source, args.scenario, varies.axes, sets.overrides, {
      catalog: catalogArg(args.catalog),
    });
    // The scenario's own axes are refused where the file writes them, as `validate` does.
    if (!built.ok)
      throw new InputError(given ? built.problems : atBlockEntries(built.problems, base, doc, args.scenario));

    const seed = seedOption(args.seed, base.monteCarlo.seed);
    const options = { paths: args.paths, seed, workers: args.workers, sets: args.set };
    // Said, or refused, before any work: points x paths is capped by neither bound alone.
    const estimate = (from: number, to: number, place: OutputPlace, bytes: number) =>
      estimateWork(
        built.grid.points
          .slice(from, to)
          .map((p) => ({ paths: args.paths, days: p.scenario.days, cohorts: p.scenario.fleet.length })),
        sweepWorkers(args.paths, base.days, args.workers),
        place,
        bytes,
      );
    if (args.shard !== undefined) {
      const shard = parseShard(args.shard);
      if (!shard) throw new UsageError(shardMessages.badShard(args.shard));
      const points = built.grid.points.length;
      if (shard.n > points) throw new UsageError(shardMessages.tooManySweepShards(args.shard, points));
      const partsDir = args.out ?? join(DEFAULT_OUTPUT_ROOT, `${outputName(base.name)}-sweep-parts`);
      await checkOutFolder(partsDir, 'parts');
      const range = shardRange(points, shard);
      checkEstimate(
        `${base.name} sweep ${shard.k}/${shard.n}`,
        FEWER,
        estimate(
          range.from,
          range.to,
          outputPlace(partsDir, 'fewer points write less'),
          sweepPartBytes(range.to - range.from),
        ),
        args.allowLong,
      );
      // Read as the sweep starts, with the history its points read.
      const origin = await partOrigin(base.coin);
      const progress = createProgress(`${base.name} sweep ${shard.k}/${shard.n}`);
      const run = await runSweepPoints(
        built.grid,
        { ...options, progress: (d, t) => progress.update(d, t) },
        range,
      );
      progress.finish();
      const text = typeof source === 'string' ? source : Buffer.from(source).toString('utf8');
      const part: SweepPart = {
        version: SWEEP_PART_VERSION,
        kind: 'sweep',
        shard,
        scenario: {
          path: args.scenario,
          source: text,
          sha256: sha256Hex(text),
          sets: args.set,
          name: base.name,
          start: base.start,
          ...(userCatalog ? { catalog: userCatalog } : {}),
        },
        origin,
        paths: args.paths,
        seed,
        axes: built.grid.axes,
        ...range,
        total: built.grid.points.length,
        ...run,
      };
      const file = await writePart(partsDir, `sweep-part-${shard.k}-of-${shard.n}.json`, sealPart(part));
      if (args.json) printJson({ part: file, shard, from: range.from, to: range.to, points: part.total });
      else process.stdout.write(`${shardMessages.wroteSweepPart(file, range.from, range.to, part.total)}\n`);
      return;
    }
    const dir = args.out ?? join(DEFAULT_OUTPUT_ROOT, `${outputName(base.name)}-sweep`);
    const points = built.grid.points.length;
    checkEstimate(
      `${base.name} sweep`,
      FEWER,
      estimate(0, points, outputPlace(dir, 'fewer points write less'), sweepFolderBytes(points)),
      args.allowLong,
    );
    await checkOutFolder(dir, 'output');
    const progress = createProgress(`${base.name} sweep`);
    const result = await runSweep(built.grid, {
      ...options,
      progress: (done, total) => progress.update(done, total),
    });
    progress.finish();
    await writeSweepOutput(result, dir, {
      scenarioPath: args.scenario,
      scenarioSource: source,
      coin: base.coin,
      workers: sweepWorkers(args.paths, base.days, args.workers),
      startedAt: started,
      json: args.json,
    });
  },
};
