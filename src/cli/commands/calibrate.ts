// `minesim calibrate`: the walk-forward calibration study (src/study/), written to
// runs/calibration/ (or --out) in one atomic step (src/report/calibration-output.ts). One worker
// pool serves the whole study: every coin, start and model, then the published-forecast runs.
import { join } from 'node:path';
import type { CommandModule } from 'yargs';
import { historyData, loadHistory } from '../../data/history.js';
import type { DataRecord } from '../../data/provenance.js';
import { defaultWorkers } from '../../engine/run/pool.js';
import { calibrationMessages } from '../../messages/calibration.js';
import type { Coin } from '../../model/coins/index.js';
import { DEFAULT_MODEL_LABEL, DEFAULT_STUDY_MODEL, EARLY_STUDY_MODEL } from '../../model/market/defaults.js';
import { beside } from '../../report/bound-digits.js';
import { type StudyRecord, shippedLine } from '../../report/calibration-markdown.js';
import { writeCalibrationOutput } from '../../report/calibration-output.js';
import { horizonLabel, modelLabel } from '../../report/calibration-tables.js';
import { createManifest } from '../../report/manifest.js';
import { checkOutFolder } from '../../report/out-folder.js';
import {
  runCalibrationStudy,
  STUDY_MAX_PATHS,
  STUDY_MIN_PATHS,
  studyStarts,
} from '../../study/calibration.js';
import { chooseDefaultModel } from '../../study/choose.js';
import { evaluateGoals, GOAL_COIN } from '../../study/goals.js';
import { scorePublished } from '../../study/published.js';
import { scorePublishedBand } from '../../study/published-band.js';
import { ALL_STUDY_MODELS, isBaseline, runsAt } from '../../study/study-models.js';
import { startStudyPool, studyThreads } from '../../study/study-pool.js';
import { summarizeScores } from '../../study/study-scores.js';
import { STUDY_COINS, studyScenarioInput } from '../../study/walk-forward.js';
import { printJson, UsageError } from '../exit.js';
import { allowFullOption, checkRunOptions } from '../options.js';
import { createProgress } from '../progress.js';
import { calibrateFolderBytes, checkDiskSpace, outputPlace, sayCalibrateEstimate } from '../run-estimate.js';
import { DEFAULT_OUTPUT_ROOT } from '../scenario-input.js';
import { seedOption } from '../scenario-outputs.js';

export interface CalibrateArgs {
  paths: number;
  seed: string;
  workers?: number;
  out: string;
  json: boolean;
  allowLong?: boolean;
}

/** The models the study forecasts with at `start` of `coin`: its forecasts there, a horizon each. */
const studyForecasts = (coin: Coin, start: string): number =>
  ALL_STUDY_MODELS.filter((m) => runsAt(m, coin, start)).length;

/** The history files the study reads: every coin's (Monero's too), with any imported days. */
export function studyData(): DataRecord[] {
  return (Object.keys(STUDY_COINS) as Coin[]).flatMap(historyData);
}

export const calibrateCommand: CommandModule<object, CalibrateArgs> = {
  command: 'calibrate',
  describe: 'Walk-forward study: how well the ex-ante forecasts of each market model matched what happened',
  builder: (y) =>
    y
      .option('paths', { type: 'number', default: 500, describe: 'Market paths per forecast' })
      .option('seed', {
        type: 'string',
        default: '2017',
        describe: 'Seed (each start derives its own from it)',
      })
      .option('workers', {
        type: 'number',
        describe: `Worker threads (default: all cores, ${defaultWorkers()} here)`,
      })
      .option('out', {
        type: 'string',
        default: join(DEFAULT_OUTPUT_ROOT, 'calibration'),
        describe: 'Output folder',
      })
      .option('json', {
        type: 'boolean',
        default: false,
        describe: 'Print the scores, the choice, the goals and every scored forecast as JSON',
      })
      .option('allow-long', allowFullOption),
  handler: async (args) => {
    checkRunOptions(args);
    if (args.paths < STUDY_MIN_PATHS)
      throw new UsageError(calibrationMessages.tooFewPaths(args.paths, STUDY_MIN_PATHS));
    if (args.paths > STUDY_MAX_PATHS)
      throw new UsageError(calibrationMessages.tooManyPaths(args.paths, STUDY_MAX_PATHS));
    // The seed as `run` takes it: an empty one (a bare --seed) or an overlong one is refused, and
    // `--seed 1e3` is the seed 1000, as `run --seed 1e3` and a scenario's `seed: 1e3` are (as
    // text, the study's record of it: 2017 and "2017" are one seed).
    const seed = String(seedOption(args.seed, args.seed));
    await checkOutFolder(args.out, 'output');
    const design = studyStarts({});
    // Refused before the study's some 100 s of work when its folder cannot fit, in run's words.
    checkDiskSpace(
      'calibrate',
      calibrateFolderBytes(
        design.reduce((n, { coin, start, horizons }) => n + studyForecasts(coin, start) * horizons.length, 0),
      ),
      outputPlace(args.out, 'its size follows the history, not --paths'),
      '--out on a file system with more room',
      args.allowLong,
    );
    // The threads the study runs on (none beside this one for 1), as its manifest records them.
    const workers = Math.max(1, studyThreads(args.workers ?? defaultWorkers()));
    sayCalibrateEstimate(args.paths, workers);
    const startedAt = new Date();
    // The study counts its runs (a replay of each start's history and a forecast of each model), not paths.
    const progress = createProgress('calibrate', process.stderr, calibrationMessages.progressCounted());
    const pool = startStudyPool(workers);
    let result: Parameters<typeof writeCalibrationOutput>[1];
    try {
      const rows = await runCalibrationStudy(
        { paths: args.paths, seed, progress: (done, total) => progress.update(done, total) },
        pool,
      );
      progress.finish();
      const scores = summarizeScores(rows);
      const choice = chooseDefaultModel(rows);
      // The goals and the published forecasts are measured on the default minesim ships (what a
      // scenario without models runs), which is the rule's choice unless this run's draws chose
      // another (coverage.md and the lines below say so).
      // Before the default's mixture can run, the default is its early pair (scenario/default-price.ts).
      const shipped = ALL_STUDY_MODELS.find((m) => m.id === DEFAULT_STUDY_MODEL)!;
      const early = ALL_STUDY_MODELS.find((m) => m.id === EARLY_STUDY_MODEL)!;
      const published = await scorePublished(pool, shipped, args.paths, seed, undefined, early);
      const publishedBand = await scorePublishedBand(pool, shipped, args.paths, seed, undefined, early);
      result = { rows, scores, choice, goals: evaluateGoals(scores, shipped.id), published, publishedBand };
    } finally {
      await pool.close();
    }
    // The manifest hashes every scenario of the study, so the output is tied to the exact design.
    const scenarios = design.flatMap(({ coin, start, horizons }) =>
      ALL_STUDY_MODELS.filter((m) => runsAt(m, coin, start)).map((m) =>
        studyScenarioInput(start, m, horizons[horizons.length - 1], coin),
      ),
    );
    const manifest = await createManifest({
      scenarioPath: 'walk-forward study (src/study/walk-forward.ts)',
      scenarioSource: JSON.stringify(scenarios),
      data: studyData(),
      seed,
      paths: args.paths,
      workers,
      startedAt,
      finishedAt: new Date(),
    });
    const record: StudyRecord = { paths: args.paths, seed, starts: {}, historyEnds: {} };
    for (const { coin, start } of design) {
      const [first] = record.starts[coin] ?? [start];
      record.starts[coin] = [first, start];
      (record.historyEnds as Record<string, string>)[coin] = loadHistory(coin).lastDate;
    }
    await writeCalibrationOutput(args.out, result, record, manifest);
    if (args.json) {
      const { rows, ...rest } = result;
      printJson({ manifest, ...rest, forecasts: rows });
      return;
    }
    const lines = result.scores
      .filter((c) => c.quantity === 'net' && c.coin === GOAL_COIN)
      .map((c) =>
        calibrationMessages.coverageLine(
          `${modelLabel(c.model)} (${c.split})`,
          horizonLabel(c.horizonDays),
          // A baseline is a point forecast: no bands (its share in them is 0 by construction).
          isBaseline(c.model) ? '–' : c.band50.share.toFixed(2),
          isBaseline(c.model) ? '–' : c.band90.share.toFixed(2),
          c.crps.toFixed(3),
        ),
      );
    lines.push(calibrationMessages.chosen(modelLabel(result.choice.model), result.choice.fallback));
    if (result.choice.model !== DEFAULT_STUDY_MODEL)
      lines.push(calibrationMessages.shippedDefault(DEFAULT_MODEL_LABEL, modelLabel(result.choice.model)));
    const shippedScores = shippedLine(result.rows);
    if (shippedScores !== null) lines.push(shippedScores);
    for (const g of result.goals)
      lines.push(
        calibrationMessages.goal(
          g.what,
          beside(g.value, g.bounds),
          g.target,
          g.met,
          g.interval === undefined ? undefined : g.interval.map((x) => x.toFixed(2)).join('–'),
        ),
      );
    lines.push(calibrationMessages.wrote(args.out, result.rows.length, manifest.durationMs / 1000));
    process.stdout.write(`${lines.join('\n')}\n`);
  },
};
