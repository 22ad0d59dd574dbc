// A parameter sweep: the scenario run at every point of a grid of `--vary` values. Each point is
// the written scenario with its values applied as `--set` overrides, validated like the file; all
// points are validated before anything runs. Every point runs the same paths with the same seed
// (common random numbers: path k sees the same market at every point), so differences across the
// grid are the parameters' doing, not noise. Break-evens and the back-test are off: a sweep asks
// how the headline probabilities move, and those two would multiply its cost. A point's result is
// read by sweep-result.ts, the boundary drawn by sweep-crossings.ts, the notes made by sweep-notes.ts.
import { defaultWorkers } from '../engine/run/pool.js';
import { runMonteCarlo } from '../engine/run/run.js';
import { boundaryCrossings } from './sweep-crossings.js';
import type { SweepGrid } from './sweep-grid.js';
import {
  pointResult,
  type StudyScenario,
  type SweepPointResult,
  type SweepResult,
  studyScenario,
} from './sweep-result.js';
import type { SweepAxis } from './vary.js';

export { MAX_GRID_POINTS } from '../scenario/axes.js';
export type { MedianInterval } from './sweep-books.js';
export { buildSweepGrid, type GridPoint, type GridResult, type SweepGrid } from './sweep-grid.js';

/**
 * Below this many path-days a run is faster on the main thread alone: a worker thread costs about
 * 0.3 s to start (2 cores, Node 20), once a process (a later run takes it warm, engine/run/pool.ts),
 * and then some 30 ms a run for its setup and its histograms' round trip, while the engine does
 * about 9 million path-days a second a thread. The flagship's sweep of 25 points at 2,000 paths
 * (3.65 million path-days a point) took 6.45 s on one worker and 5.92 s on two; at 500 paths, 3.13
 * against 3.93 s. Worker count never changes a result.
 */
const WORKERS_PAY_OFF_PATH_DAYS = 5_000_000;

/** The worker threads a sweep's runs use: as requested, else one for small runs and all cores otherwise. */
export function sweepWorkers(paths: number, days: number, requested?: number): number {
  return requested ?? (paths * days < WORKERS_PAY_OFF_PATH_DAYS ? 1 : defaultWorkers());
}

export interface SweepOptions {
  paths: number;
  seed: string | number;
  /** Default: one thread for small runs (see WORKERS_PAY_OFF_PATH_DAYS), else all cores. */
  workers?: number;
  /** Paths done over the whole sweep, as they complete. */
  progress?: (done: number, total: number) => void;
  /** The `--set` overrides applied to the file, as given: the result records them. */
  sets?: readonly string[];
}

/** Runs the grid points one after another, each on sweepWorkers() threads, and collects the results. */
export async function runSweep(grid: SweepGrid, options: SweepOptions): Promise<SweepResult> {
  const { points, days } = await runSweepPoints(grid, options, { from: 0, to: grid.points.length });
  return assembleSweep(
    studyScenario(grid.base.name, grid.base.start, options.sets),
    options,
    grid.axes,
    points,
    days,
  );
}

/** Points [from, to) of the grid (a shard of a sweep, or all of it), with their longest horizon. */
export async function runSweepPoints(
  grid: SweepGrid,
  options: SweepOptions,
  range: { from: number; to: number },
): Promise<{ points: SweepPointResult[]; days: number }> {
  const { paths, seed } = options;
  const total = paths * (range.to - range.from);
  const points: SweepPointResult[] = [];
  // The longest simulated horizon (the horizon may be an axis, and a replay is cut at the history's end).
  let days = 0;
  for (let i = range.from; i < range.to; i++) {
    const point = grid.points[i];
    const run = await runMonteCarlo(point.scenario, {
      paths,
      seed,
      workers: sweepWorkers(paths, point.scenario.days, options.workers),
      breakEvenPaths: 0,
      withBacktest: false,
      keepWorkers: true,
      progress: (done) => options.progress?.((i - range.from) * paths + done, total),
    });
    days = Math.max(days, run.summary.scenario.days);
    points.push(pointResult(point.values, run.summary));
  }
  return { points, days };
}

/** The sweep's result from all its points, in grid order: the boundary is drawn here. */
export function assembleSweep(
  scenario: StudyScenario,
  options: { paths: number; seed: string | number },
  axes: SweepAxis[],
  points: SweepPointResult[],
  days: number,
): SweepResult {
  const result: SweepResult = {
    scenario: { ...scenario, days },
    paths: options.paths,
    seed: options.seed,
    axes,
    points,
    boundary: [],
  };
  result.boundary = boundaryCrossings(result);
  return result;
}
