// What a sweep gives: each grid point's shares of payback, medians with their 95 % intervals,
// claims and (with `finance`) books, read from the point's run summary, and the sweep's result, its
// points in grid order with the payback boundary.

import { sweepMessages } from '../messages/sweep.js';
import { pathsAllTheSame } from '../report/distribution-table.js';
import { InputError } from '../scenario/problem.js';
import type { ClaimResult, Estimate, RunSummary } from '../stats/summary.js';
import { type MedianInterval, medianInterval, type SweepBooks, sweepBooks } from './sweep-books.js';
import type { SweepAxis } from './vary.js';

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
  /**
   * The grid values on either side of a crossing between two points of one outcome each: their
   * shares are 0 or 1, so the measure steps somewhere between them and equals no threshold there
   * (the first value is then only their interpolated middle); absent otherwise.
   */
  step?: { from: number; to: number };
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

/** The study's scenario as its result records it. */
export function studyScenario(name: string, start: string, sets: readonly string[] = []): StudyScenario {
  return { name, start, ...(sets.length > 0 ? { overrides: [...sets] } : {}) };
}

/** A grid point's result from its run's summary. */
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

/** `{ books }` when there are books, else nothing (a point without `finance` has no books key). */
export function withBooks(books: SweepBooks | undefined): { books?: SweepBooks } {
  return books === undefined ? {} : { books };
}
