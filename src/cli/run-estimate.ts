// The work a run, sweep, sensitivity study or batch is about to do, said before it starts: its
// path-days, the time they should take at the engine's measured speed, and the memory its largest
// run holds. One beyond a day of estimated time, or beyond this machine's memory, is refused
// before any work unless --allow-long says to go ahead; one over a minute says its estimate on
// stderr (a small run's output is unchanged).
import { availableParallelism, totalmem } from 'node:os';
import { defaultWorkers } from '../engine/run/pool.js';
import { estimateMessages as m } from '../messages/estimate.js';
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

/** One run of the command: its paths, days and cohorts. */
export interface RunWork {
  paths: number;
  days: number;
  cohorts: number;
}

export interface WorkEstimate {
  runs: number;
  pathDays: number;
  seconds: number;
  /** Memory the largest run holds, bytes. */
  bytes: number;
  workers: number;
}

/** The threads a run starts, as engine/run/run.ts chooses them. */
export const runWorkers = (requested?: number): number =>
  Math.max(1, Math.min(requested ?? defaultWorkers(), LIMITS.workers));

/** The estimate of runs made one after another, each on `workers` threads. */
export function estimateWork(runs: readonly RunWork[], workers: number): WorkEstimate {
  const threads = Math.max(1, Math.min(workers, availableParallelism()));
  let pathDays = 0;
  let ns = 0;
  let paths = 0;
  for (const r of runs) {
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
  };
}

/** This machine's memory, or a container's limit where it is less (process.constrainedMemory). */
export function machineMemory(): number {
  const limit = process.constrainedMemory?.();
  const total = totalmem();
  return limit !== undefined && limit > 0 && limit < total ? limit : total;
}

/**
 * Refuses (exit 2) a command whose estimate is beyond a day or this machine's memory, unless
 * `allowLong`; prints an estimate over a minute on stderr. `what` names the command's work, `fewer`
 * what to give less of.
 */
export function checkEstimate(
  what: string,
  fewer: string,
  estimate: WorkEstimate,
  allowLong: boolean | undefined,
  stream: NodeJS.WritableStream = process.stderr,
  memory: number = machineMemory(),
): void {
  const tooLong = estimate.seconds > MAX_ESTIMATED_SECONDS;
  const tooBig = estimate.bytes > memory;
  if (!allowLong && (tooLong || tooBig))
    throw new UsageError(m.refused(what, estimate, tooLong, tooBig, memory, NS_PER_PATH_DAY, fewer));
  if (estimate.seconds >= QUIET_SECONDS || tooBig) stream.write(`${m.estimate(what, estimate)}\n`);
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
