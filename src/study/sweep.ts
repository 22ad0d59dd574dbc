// A parameter sweep: the scenario run at every point of a grid of `--vary` values. Each point is
// the written scenario with its values applied as `--set` overrides, validated like the file; all
// points are validated before anything runs. Every point runs the same paths with the same seed
// (common random numbers: path k sees the same market at every point), so differences across the
// grid are the parameters' doing, not noise. Break-evens and the back-test are off: a sweep asks
// how the headline probabilities move, and those two would multiply its cost.
import { defaultWorkers } from '../engine/run/pool.js';
import { runMonteCarlo } from '../engine/run/run.js';
import { sweepMessages } from '../messages/sweep.js';
import { pathsAllTheSame } from '../report/distribution-table.js';
import { formatPercent } from '../report/format.js';
import { parseClaim } from '../scenario/claims.js';
import { InputError } from '../scenario/problem.js';
import type { ClaimResult, Estimate, RunSummary } from '../stats/summary.js';
import { type MedianInterval, medianInterval, type SweepBooks, sweepBooks } from './sweep-books.js';
import type { SweepGrid } from './sweep-grid.js';
import { formatAxisValue, type SweepAxis } from './vary.js';

export { MAX_GRID_POINTS } from '../scenario/axes.js';
export type { MedianInterval } from './sweep-books.js';
export { buildSweepGrid, type GridPoint, type GridResult, type SweepGrid } from './sweep-grid.js';

/**
 * The claim boundary drawn on the charts: where P(payback <= 2 years) crosses 0.5. That is exactly
 * where the claim `payback > 2 years` turns from more likely than not to less likely (its share is
 * 1 - P), it needs no claim in the scenario, and P(payback <= 2 years) = 0.5 is also where the
 * median payback crosses 2 years, so one line serves both heatmaps.
 */
export const BOUNDARY = { measure: 'paybackWithin2y', threshold: 0.5 } as const;

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

export interface SweepPointResult {
  values: number[];
  /**
   * The days the point's run simulated (its summary's scenario.days): its own horizon, which a
   * study over `horizon` moves, and what a missing median payback is at least.
   */
  days: number;
  paybackWithin1y: Estimate;
  paybackWithin2y: Estimate;
  noPayback: Estimate;
  /** Null when more than half the paths never pay back within the horizon. */
  medianPaybackDays: number | null;
  medianNpvUsd: number | null;
  /**
   * The 95 % interval of the median payback (the run's headline paybackDays.intervals.p50,
   * stats/quantile-interval.ts): an end is null where it lies past the horizon (paths not paid
   * back); absent where the run has too few paths for one.
   */
  medianPaybackDaysInterval?: MedianInterval;
  /** The 95 % interval of the median NPV, as medianPaybackDaysInterval. */
  medianNpvUsdInterval?: MedianInterval;
  /** In the order of the scenario's claims. */
  claims: ClaimResult[];
  /** The books' measures, with `finance` only. */
  books?: SweepBooks;
  /**
   * Where the point's run, a replay of the history, stopped short of its horizon (the history's
   * last day, as the run's summary.json says in scenario.cutAt); absent when it ran its horizon.
   */
  cutAt?: string;
  /**
   * Where the point's random network fell below the fleet's own hashrate on some paths and was held
   * at it (its summary's headline.networkAtFleetPaths and networkAtFleetDays): on those paths' days
   * the fleet earned every block, a bound, as `minesim run` says of such a run; absent on none.
   */
  networkAtFleet?: { paths: number; days: number };
  /**
   * The point's run drew its paths in antithetic pairs (the scenario's `monteCarlo.antithetic`):
   * its shares of 0 or 1 are over the pairs, not the paths (quantiles.ts shareInterval); absent
   * otherwise.
   */
  antithetic?: true;
  /**
   * The point's run has one outcome (one path, or paths all the same: report/distribution-table.ts
   * pathsAllTheSame()): its figures are that outcome's, with no interval over copies of one path,
   * as its report and `minesim run` give them; absent otherwise.
   */
  oneOutcome?: true;
}

/** A point on the boundary: the axis values, the first interpolated where the crossing lies. */
export interface BoundaryCrossing {
  values: number[];
  /** Which crossing of its row this is (0 for the first), when the measure crosses more than once. */
  ordinal: number;
}

/** The file a study ran: its name and start, and the `--set` overrides applied to it (none: absent). */
export interface StudyScenario {
  name: string;
  start: string;
  overrides?: string[];
}

export interface SweepResult {
  scenario: StudyScenario & { days: number };
  paths: number;
  seed: string | number;
  axes: SweepAxis[];
  points: SweepPointResult[];
  boundary: BoundaryCrossing[];
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

/** The study's scenario as its result records it. */
export function studyScenario(name: string, start: string, sets: readonly string[] = []): StudyScenario {
  return { name, start, ...(sets.length > 0 ? { overrides: [...sets] } : {}) };
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

export function pointResult(values: number[], summary: RunSummary): SweepPointResult {
  const h = summary.headline;
  // The grid refuses a point whose run cannot judge 2 years (sweep-grid.ts); a run cut shorter at
  // the end of the history (a replay) is refused here rather than mapped as never paying back.
  if (h.paybackWithin1y === null || h.paybackWithin2y === null)
    throw new InputError([
      {
        file: '--vary',
        line: 0,
        col: 0,
        path: values.join(', '),
        message: sweepMessages.horizonTooShort(summary.scenario.days),
      },
    ]);
  return {
    values,
    days: summary.scenario.days,
    paybackWithin1y: h.paybackWithin1y,
    paybackWithin2y: h.paybackWithin2y,
    noPayback: h.noPayback,
    medianPaybackDays: h.paybackDays.quantiles.p50,
    medianNpvUsd: h.npvUsd.quantiles.p50,
    ...medianInterval('medianPaybackDaysInterval', h.paybackDays.intervals?.p50),
    ...medianInterval('medianNpvUsdInterval', h.npvUsd.intervals?.p50),
    claims: summary.claims,
    ...withBooks(sweepBooks(h)),
    ...(summary.scenario.cutAt === undefined ? {} : { cutAt: summary.scenario.cutAt }),
    ...(h.networkAtFleetPaths === undefined
      ? {}
      : { networkAtFleet: { paths: h.networkAtFleetPaths, days: h.networkAtFleetDays! } }),
    ...(summary.run.antithetic ? { antithetic: true as const } : {}),
    ...(pathsAllTheSame(summary) ? { oneOutcome: true as const } : {}),
  };
}

/** The most cut points a sweep's note names one by one. */
const NAMED_CUT_POINTS = 6;

/**
 * The note a sweep's table and charts carry when some point's run replays the history and stops
 * where it ends, before its horizon, as `minesim run` says of such a run; null when none does.
 */
export function sweepCutNote(result: Pick<SweepResult, 'axes' | 'points'>): string | null {
  const cut = result.points.filter((p) => p.cutAt !== undefined);
  if (cut.length === 0) return null;
  // A few points are named; more are counted (a grid may hold 1,000).
  const points =
    cut.length === result.points.length
      ? null
      : cut.length > NAMED_CUT_POINTS
        ? sweepMessages.cutCount(cut.length, result.points.length)
        : sweepMessages.cutPoints(
            cut.map((p) => p.values.map((v, i) => formatAxisValue(result.axes[i], v)).join(' ')).join(', '),
          );
  return sweepMessages.cutNote(cut[0].cutAt!, points);
}

/**
 * The note a sweep's table and charts carry when some point's random network fell below the fleet
 * and was held at it (a sweep over the fleet's size meets it where the fleet grows into the
 * network's range), naming the points or counting them, with the most paths and the largest share of
 * path-days any of them had so held; null when no point did.
 */
export function sweepFleetNote(result: Pick<SweepResult, 'axes' | 'points' | 'paths'>): string | null {
  const held = result.points.filter((p) => p.networkAtFleet !== undefined);
  if (held.length === 0) return null;
  const points =
    held.length === result.points.length
      ? null
      : held.length > NAMED_CUT_POINTS
        ? sweepMessages.cutCount(held.length, result.points.length)
        : sweepMessages.cutPoints(
            held.map((p) => p.values.map((v, i) => formatAxisValue(result.axes[i], v)).join(' ')).join(', '),
          );
  const paths = Math.max(...held.map((p) => p.networkAtFleet!.paths));
  const daysShare = Math.max(...held.map((p) => p.networkAtFleet!.days / (result.paths * p.days)));
  return sweepMessages.fleetNote(points, formatPercent(paths / result.paths), formatPercent(daysShare));
}

/** `{ books }` when there are books, else nothing (a point without `finance` has no books key). */
export function withBooks(books: SweepBooks | undefined): { books?: SweepBooks } {
  return books === undefined ? {} : { books };
}

/** The grid's points as rows along the first axis, one row per combination of the other axes. */
export function gridRows(result: Pick<SweepResult, 'axes' | 'points'>): SweepPointResult[][] {
  const length = result.axes[0]?.values.length ?? 0;
  if (length === 0) return [];
  const rows = result.points.length / length;
  // The first axis varies slowest, so a row's points are `rows` apart.
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length }, (_, i) => result.points[i * rows + r]),
  );
}

/**
 * Where P(payback <= 2 years) crosses BOUNDARY.threshold along the first axis, in each row of the
 * grid: linear interpolation between the two grid values on either side. A measure equal to the
 * threshold at a grid value counts as a crossing there.
 */
export function boundaryCrossings(result: Pick<SweepResult, 'axes' | 'points'>): BoundaryCrossing[] {
  return crossings(result, (p) => p[BOUNDARY.measure].p, BOUNDARY.threshold);
}

/** Where one of the scenario's claims flips: its share against its own threshold (`>= 0.8`). */
export interface ClaimBoundary {
  /** The claim as the scenario writes it. */
  text: string;
  /** What the claim says of its share, as in its result: `> 0.5`. */
  threshold: string;
  crossings: BoundaryCrossing[];
}

/**
 * Each claim's boundary: where its share crosses the probability it claims (`payback > 1 year`:
 * 0.5; `P(payback <= 18 months) >= 0.8`: 0.8), found as boundaryCrossings() finds the 2-year line.
 * The 2-year line is one claim's boundary only (`payback > 2 years`, whose share is 1 - P(payback
 * <= 2 years)); these are every claim's. A point where the claim is over no path (no IRR on any)
 * has no share to cross.
 */
export function claimBoundaries(result: Pick<SweepResult, 'axes' | 'points'>): ClaimBoundary[] {
  const first = result.points[0]?.claims ?? [];
  return first.map((claim, c) => {
    const probability = Number(claim.threshold.slice(claim.threshold.indexOf(' ') + 1));
    return {
      text: claim.text,
      threshold: claim.threshold,
      crossings: crossings(result, (p) => claimShareAt(p, c), probability),
    };
  });
}

/**
 * The share of the point's claim `c` over every path, or NaN where the run does not know it: a
 * claim over no path (no IRR on any), or on a payback time past where a replay of the history
 * stops, whose share is over the paths paid back by then (none of which can have taken longer)
 * while the others may pay back in time or not (its interval, from which its verdict is read,
 * spans them).
 */
export function claimShareAt(p: SweepPointResult, c: number): number {
  const claim = p.claims[c];
  if (claim.paths === 0) return Number.NaN;
  if (p.cutAt !== undefined && claim.paths !== undefined) {
    const parsed = parseClaim(claim.text);
    if (parsed.ok && (parsed.claim.metric === 'payback' || parsed.claim.metric === 'equity-payback'))
      return Number.NaN;
  }
  return claim.share;
}

/**
 * Where `measure` crosses `threshold` along the first axis, in each row of the grid: linear
 * interpolation between the two grid values on either side. A measure equal to the threshold at a
 * grid value counts as a crossing there.
 */
function crossings(
  result: Pick<SweepResult, 'axes' | 'points'>,
  measure: (p: SweepPointResult) => number,
  threshold: number,
): BoundaryCrossing[] {
  const x = result.axes[0]?.values ?? [];
  const found: BoundaryCrossing[] = [];
  for (const row of gridRows(result)) {
    let ordinal = 0;
    for (let i = 0; i < row.length; i++) {
      const a = measure(row[i]) - threshold;
      const b = i + 1 < row.length ? measure(row[i + 1]) - threshold : Number.NaN;
      let at: number | null = null;
      if (a === 0) at = x[i];
      else if (a * b < 0) at = x[i] + (a / (a - b)) * (x[i + 1] - x[i]);
      if (at !== null)
        found.push({
          values: [Number(at.toPrecision(6)), ...row[i].values.slice(1)],
          ordinal: ordinal++,
        });
    }
  }
  return found;
}
