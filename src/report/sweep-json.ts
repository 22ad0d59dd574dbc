// sweep.json: every number of sweep.csv keyed by axis, with the run, the axes, the payback
// boundary and each claim's own boundary, and its `version`.

import { BOUNDARY, claimBoundaries } from '../study/sweep-crossings.js';
import {
  type BoundaryCrossing,
  type SweepPointResult,
  type SweepResult,
  withBooks,
} from '../study/sweep-result.js';
import { axisUnit } from '../study/vary.js';

export const SWEEP_VERSION = 1;

/** sweep.json: every number of sweep.csv, keyed by axis, with what a reader needs to interpret it. */
export function sweepJson(result: SweepResult) {
  const keyed = (values: readonly number[]) =>
    Object.fromEntries(result.axes.map((axis, i) => [axis.key, values[i]]));
  // A step between two points of one outcome each names the grid values it lies between.
  const crossingJson = (c: BoundaryCrossing) => ({
    ...keyed(c.values),
    ordinal: c.ordinal,
    ...(c.step === undefined ? {} : { step: c.step }),
  });
  return {
    version: SWEEP_VERSION,
    kind: 'sweep',
    scenario: result.scenario,
    // Whether the paths were drawn in antithetic pairs: the medians' intervals and the shares' errors
    // are then over the pairs, not the paths (stats/quantile-interval.ts).
    run: {
      paths: result.paths,
      seed: result.seed,
      points: result.points.length,
      commonRandomNumbers: true,
      antithetic: result.points.some((p) => p.antithetic === true),
    },
    axes: result.axes.map((axis) => ({
      key: axis.key,
      argument: axis.text,
      unit: axisUnit(axis),
      values: axis.values,
    })),
    boundary: {
      measure: BOUNDARY.measure,
      threshold: BOUNDARY.threshold,
      along: result.axes[0]?.key ?? null,
      crossings: result.boundary.map(crossingJson),
    },
    // Each claim's own boundary: the 2-year line above is only `payback > 2 years`'s.
    claimBoundaries: claimBoundaries(result).map((b) => ({
      claim: b.text,
      threshold: b.threshold,
      along: result.axes[0]?.key ?? null,
      crossings: b.crossings.map(crossingJson),
    })),
    points: result.points.map((p) => ({ values: keyed(p.values), ...pointMeasures(p, true) })),
  };
}

/**
 * The measures of one point as sweep.json reports a grid point's (sensitivity.json's points too):
 * its shares of payback, its medians with their intervals, the books', and (`claims`) its claims'.
 */
export function pointMeasures(p: SweepPointResult, claims: boolean) {
  return {
    paybackWithin1y: p.paybackWithin1y,
    paybackWithin2y: p.paybackWithin2y,
    noPayback: p.noPayback,
    medianPaybackDays: p.medianPaybackDays,
    medianNpvUsd: p.medianNpvUsd,
    ...(p.medianPaybackDaysInterval === undefined
      ? {}
      : { medianPaybackDaysInterval: p.medianPaybackDaysInterval }),
    ...(p.medianNpvUsdInterval === undefined ? {} : { medianNpvUsdInterval: p.medianNpvUsdInterval }),
    ...withBooks(p.books),
    ...(claims ? { claims: p.claims } : {}),
    ...(p.cutAt === undefined ? {} : { cutAt: p.cutAt }),
    ...(p.networkAtFleet === undefined ? {} : { networkAtFleet: p.networkAtFleet }),
    ...(p.oneOutcome === undefined ? {} : { oneOutcome: true }),
  };
}
