// The work a run, sweep, sensitivity study or batch is about to do, said before it starts: its
// path-days, the time they should take at the engine's measured speed, and the memory its largest
// run holds, and the bytes its folders or parts write. One beyond a day of estimated
// time, this machine's memory or the free space of the output folder's file system is refused
// before any work unless --allow-long says to go ahead; one over a minute says its estimate on
// stderr (a small run's output is unchanged).
import { existsSync, statfsSync } from 'node:fs';
import { availableParallelism, totalmem } from 'node:os';
import { dirname, resolve } from 'node:path';
import { defaultWorkers } from '../engine/run/pool.js';
import { estimateMessages as m, type OutputPlace, type WorkEstimate } from '../messages/estimate.js';
import { shownText } from '../messages/shown.js';
import { LIMITS } from '../scenario/schema/limits.js';
import { UsageError } from './exit.js';

/**
 * Nanoseconds a path-day on one worker: the bench measures 29.7 ns for the flagship's engine and
 * 37.6 ns with a random network on a 2-core Xeon, and this machine's speed moves by about a sixth
 * from one few minutes to the next (README, Performance); taken above both so the estimate is no
 * promise of an earlier end.
 */
export const NS_PER_PATH_DAY = 50;
/**
 * Nanoseconds a cohort-day a worker, beyond the path-day: the bench's 1,000 cohorts x 10,000 paths
 * (1.33 million cohort-days a path) take 23.2 s on 2 workers, break-evens included: 3.5 ns.
 */
export const NS_PER_COHORT_DAY = 3.5;
/**
 * Memory of a run: ten million paths of 30 days peak at 0.93 GB and a million of 5 years at 563
 * MiB (README, Performance), within a base of 500 MB and 100 bytes a path.
 */
export const BASE_BYTES = 500e6;
export const BYTES_PER_PATH = 100;
/** The longest estimated time minesim starts without --allow-long: a day (the refusal says so). */
export const MAX_ESTIMATED_SECONDS = 86_400;
/** Estimates under this are not printed. */
export const QUIET_SECONDS = 60;

/**
 * What a run's folder writes, bytes: report.html, explore.html, the charts and the tables' fixed
 * part (about 2 MB: the shipped 2- to 5-year runs' folders are 3.5 to 7.1 MB), the weekly timeline
 * in timeline.csv, summary.json and explore.html (at most 20 kB a week), and the sample paths in
 * paths.csv and summary.json (LIMITS.bytesPerSamplePoint a path a week: 1,000 sample paths of 3
 * years wrote 34 MB more than 20).
 */
export const RUN_FOLDER_BYTES = 2e6;
export const RUN_BYTES_PER_WEEK = 20e3;
/** A back-test's folder (a batch's): 2 MB and its daily.csv and timeline, under 1 kB a day (5 years: 2.9 MB). */
export const BACKTEST_FOLDER_BYTES = 2e6;
export const BACKTEST_BYTES_PER_DAY = 1e3;

/** The bytes of a run's folder of `days` keeping `samplePaths` sample paths (of `paths`). */
export function runFolderBytes(days: number, samplePaths: number, paths: number): number {
  const weeks = Math.ceil(days / 7) + 1;
  return (
    RUN_FOLDER_BYTES +
    RUN_BYTES_PER_WEEK * weeks +
    LIMITS.bytesPerSamplePoint * Math.min(samplePaths, paths) * weeks
  );
}

/**
 * A sweep's folder: its charts and fixed files (about 2 MB: the shipped sweeps' folders are 0.56
 * MB), and sweep.json and sweep.csv, under 10 kB a point (1.5 kB measured over 42 points, 2.2 kB
 * over 5).
 */
export const SWEEP_FOLDER_BYTES = 2e6;
export const SWEEP_BYTES_PER_POINT = 10e3;
/** A sensitivity study's folder: its tornado charts (0.7 MB for 9 inputs) and 10 kB a run (1.2 kB measured). */
export const SENSITIVITY_FOLDER_BYTES = 2e6;
export const SENSITIVITY_BYTES_PER_RUN = 10e3;
/**
 * A shard's part: the scenario and its fixed fields (under 100 kB), the weekly histograms (44 kB a
 * week whatever the paths: 11.6 MB for 5 years, 7.0 MB for 3), 235 bytes a path of its per-path
 * figures, and its sample paths (under LIMITS.bytesPerSamplePoint a path a week); taken above each.
 */
export const PART_BYTES = 100e3;
export const PART_BYTES_PER_WEEK = 60e3;
export const PART_BYTES_PER_PATH = 300;
/** A sweep shard's part: the scenario, and under 10 kB a point (2.1 kB measured). */
export const SWEEP_PART_BYTES = 100e3;

/** The bytes of a sweep's folder of `points` points. */
export const sweepFolderBytes = (points: number): number =>
  SWEEP_FOLDER_BYTES + SWEEP_BYTES_PER_POINT * points;
/** The bytes of a sensitivity study's folder of `runs` runs. */
export const sensitivityFolderBytes = (runs: number): number =>
  SENSITIVITY_FOLDER_BYTES + SENSITIVITY_BYTES_PER_RUN * runs;
/** The bytes of a shard's part of `paths` paths over `days`, keeping `samplePaths` sample paths. */
export function partBytes(days: number, paths: number, samplePaths: number): number {
  const weeks = Math.ceil(days / 7) + 1;
  return (
    PART_BYTES +
    PART_BYTES_PER_WEEK * weeks +
    PART_BYTES_PER_PATH * paths +
    LIMITS.bytesPerSamplePoint * samplePaths * weeks
  );
}
/** The bytes of a sweep shard's part of `points` points. */
export const sweepPartBytes = (points: number): number => SWEEP_PART_BYTES + SWEEP_BYTES_PER_POINT * points;

/**
 * The calibration study's folder: its charts and tables grow with the forecasts it scores (a model
 * at a start, each horizon), not with --paths: the committed study wrote 28.8 MB for 10,380
 * (2.8 kB each, outcomes.svg, .png and .vl.json 13.8 MB of it); taken at 4 kB each and 2 MB more.
 */
export const CALIBRATE_FOLDER_BYTES = 2e6;
export const CALIBRATE_BYTES_PER_FORECAST = 4e3;
/** The bytes of the calibration study's folder of `forecasts` forecasts (a model, a start, a horizon). */
export const calibrateFolderBytes = (forecasts: number): number =>
  CALIBRATE_FOLDER_BYTES + CALIBRATE_BYTES_PER_FORECAST * forecasts;

/** The bytes of a back-test's folder of `days`. */
export const backtestFolderBytes = (days: number): number =>
  BACKTEST_FOLDER_BYTES + BACKTEST_BYTES_PER_DAY * days;

/**
 * Free bytes for an unprivileged writer on the file system that holds `path` (its nearest folder
 * that exists); undefined where it cannot be read.
 */
export function freeSpace(path: string): number | undefined {
  let at = resolve(path);
  while (!existsSync(at) && dirname(at) !== at) at = dirname(at);
  try {
    const s = statfsSync(at);
    return s.bavail * s.bsize;
  } catch {
    return undefined;
  }
}

/** One run of the command: its paths, days and cohorts, and the bytes its folders write. */
export interface RunWork {
  paths: number;
  days: number;
  cohorts: number;
  /** Bytes written for it (a run's or a batch's folders); undefined where the command does not count them. */
  diskBytes?: number;
}

/** `folder` and the free space of its file system, as estimateWork takes them. */
export const outputPlace = (folder: string, less?: string): OutputPlace => ({
  folder,
  freeBytes: freeSpace(folder),
  ...(less === undefined ? {} : { less }),
});

export type { OutputPlace, WorkEstimate };

/** The threads a run starts, as engine/run/run.ts chooses them. */
export const runWorkers = (requested?: number): number =>
  Math.max(1, Math.min(requested ?? defaultWorkers(), LIMITS.workers));

/**
 * The estimate of runs made one after another, each on `workers` threads, written to `place`;
 * `writes`: the bytes the command writes beyond its runs' own diskBytes (a sweep's folder).
 */
export function estimateWork(
  runs: readonly RunWork[],
  workers: number,
  place?: OutputPlace,
  writes?: number,
): WorkEstimate {
  const threads = Math.max(1, Math.min(workers, availableParallelism()));
  let pathDays = 0;
  let ns = 0;
  let paths = 0;
  let disk: number | undefined = writes;
  for (const r of runs) {
    if (r.diskBytes !== undefined) disk = (disk ?? 0) + r.diskBytes;
    const d = r.paths * r.days;
    pathDays += d;
    ns += d * (NS_PER_PATH_DAY + NS_PER_COHORT_DAY * r.cohorts);
    paths = Math.max(paths, r.paths);
  }
  return {
    runs: runs.length,
    pathDays,
    seconds: ns / 1e9 / threads,
    bytes: BASE_BYTES + BYTES_PER_PATH * paths,
    workers: threads,
    ...(disk === undefined ? {} : { diskBytes: disk }),
    ...(place === undefined ? {} : { place }),
  };
}

/** This machine's memory, or a container's limit where it is less (process.constrainedMemory). */
export function machineMemory(): number {
  const limit = process.constrainedMemory?.();
  const total = totalmem();
  return limit !== undefined && limit > 0 && limit < total ? limit : total;
}

/**
 * Refuses (exit 2) a command whose estimate is beyond a day, this machine's memory or the free
 * space where it writes, unless
 * `allowLong`; prints an estimate over a minute on stderr. `written` names the command's work, `fewer`
 * what to give less of.
 */
export function checkEstimate(
  written: string,
  fewer: string,
  estimate: WorkEstimate,
  allowLong: boolean | undefined,
  stream: NodeJS.WritableStream = process.stderr,
  memory: number = machineMemory(),
): void {
  // What is run, named by its scenario: one line, whatever the name holds.
  const what = shownText(written);
  const tooLong = estimate.seconds > MAX_ESTIMATED_SECONDS;
  const tooBig = estimate.bytes > memory;
  const free = estimate.place?.freeBytes;
  const tooFull = estimate.diskBytes !== undefined && free !== undefined && estimate.diskBytes > free;
  if (!allowLong && (tooLong || tooBig || tooFull))
    throw new UsageError(
      m.refused(
        what,
        estimate,
        tooLong,
        tooBig,
        memory,
        { nsPerPathDay: NS_PER_PATH_DAY, nsPerCohortDay: NS_PER_COHORT_DAY },
        fewer,
        tooFull,
      ),
    );
  if (estimate.seconds >= QUIET_SECONDS || tooBig || tooFull) stream.write(`${m.estimate(what, estimate)}\n`);
}

/**
 * Refuses (exit 2) a command that simulates nothing before it writes (a merge) or says its time
 * apart (calibrate) when its folder's estimated `bytes` exceed the free space of `place`'s file
 * system, unless `allowLong`: the check `run` makes, in its words for the disk. `give`: what to
 * give instead.
 */
export function checkDiskSpace(
  written: string,
  bytes: number,
  place: OutputPlace,
  give: string,
  allowLong: boolean | undefined,
): void {
  const free = place.freeBytes;
  if (allowLong || free === undefined || bytes <= free) return;
  throw new UsageError(m.diskRefused(shownText(written), bytes, place, free, give));
}

/**
 * Processor seconds a path of the calibration study: its 500 paths take about 100 s (71.8 s on one
 * worker in the bench); it runs whole, some 2,500 forecasts, capped at STUDY_MAX_PATHS a forecast.
 */
export const CALIBRATE_SECONDS_PER_PATH = 0.2;

/** Says the calibration study's estimate on stderr when it is a minute or more. */
export function sayCalibrateEstimate(
  paths: number,
  workers: number,
  stream: NodeJS.WritableStream = process.stderr,
): void {
  const threads = Math.max(1, Math.min(workers, availableParallelism()));
  const seconds = (paths * CALIBRATE_SECONDS_PER_PATH) / threads;
  if (seconds >= QUIET_SECONDS) stream.write(`${m.calibrate(paths, seconds, threads)}\n`);
}
