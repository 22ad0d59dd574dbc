// `minesim calibrate`: the walk-forward calibration study (src/study/), written to
// runs/calibration/ (or --out) in one atomic step (src/report/calibration-output.ts).
import { join } from 'node:path';
import type { CommandModule } from 'yargs';
import { historyData } from '../../data/history.js';
import { defaultWorkers } from '../../engine/run/pool.js';
import { calibrationMessages } from '../../messages/calibration.js';
import { writeCalibrationOutput } from '../../report/calibration-output.js';
import { horizonLabel, modelLabel, type StudyRecord } from '../../report/calibration-tables.js';
import { createManifest } from '../../report/manifest.js';
import { checkOutFolder } from '../../report/out-folder.js';
import { runCalibrationStudy, summarizeCoverage } from '../../study/calibration.js';
import {
  HORIZONS_DAYS,
  STUDY_MODELS,
  studyScenarioInput,
  walkForwardStarts,
} from '../../study/walk-forward.js';
import { printJson } from '../exit.js';
import { checkRunOptions } from '../options.js';
import { createProgress } from '../progress.js';
import { DEFAULT_OUTPUT_ROOT } from '../scenario-input.js';

export interface CalibrateArgs {
  paths: number;
  seed: string;
  workers?: number;
  out: string;
  json: boolean;
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
        describe: 'Print the coverage table and every scored forecast as JSON',
      }),
  handler: async (args) => {
    checkRunOptions(args);
    await checkOutFolder(args.out, 'output');
    const workers = args.workers ?? defaultWorkers();
    const startedAt = new Date();
    const starts = walkForwardStarts();
    const progress = createProgress('calibrate');
    const rows = await runCalibrationStudy({
      paths: args.paths,
      seed: args.seed,
      workers,
      starts,
      progress: (done, total) => progress.update(done, total),
    });
    progress.finish();
    const coverage = summarizeCoverage(rows);
    // The manifest hashes every scenario of the study, so the output is tied to the exact design.
    const design = starts.flatMap((start) =>
      HORIZONS_DAYS.flatMap((h) => STUDY_MODELS.map((m) => studyScenarioInput(start, m, h))),
    );
    const manifest = await createManifest({
      scenarioPath: 'walk-forward study (src/study/walk-forward.ts)',
      scenarioSource: JSON.stringify(design),
      data: historyData('bitcoin'),
      seed: args.seed,
      paths: args.paths,
      workers,
      startedAt,
      finishedAt: new Date(),
    });
    const record: StudyRecord = {
      paths: args.paths,
      seed: args.seed,
      firstStart: starts[0],
      lastStart: starts[starts.length - 1],
    };
    await writeCalibrationOutput(args.out, rows, coverage, record, manifest);
    if (args.json) {
      printJson({ manifest, coverage, forecasts: rows });
      return;
    }
    const f = (x: number) => x.toFixed(2);
    const lines = coverage.map((c) =>
      calibrationMessages.coverageLine(
        modelLabel(c.model),
        horizonLabel(c.horizonDays),
        f(c.band50.share),
        f(c.band90.share),
        f(c.meanPit),
        f(c.ks),
      ),
    );
    lines.push(calibrationMessages.wrote(args.out, rows.length, manifest.durationMs / 1000));
    process.stdout.write(`${lines.join('\n')}\n`);
  },
};
