// The notes a sweep's table and charts carry about its points' runs: a replay of the history cut at
// its end, a random network held at the fleet.

import { sweepMessages } from '../messages/sweep.js';
import { formatPercent } from '../report/format.js';
import type { SweepPointResult, SweepResult } from './sweep-result.js';
import { formatAxisValue } from './vary.js';

/** The most cut points a sweep's note names one by one. */
const NAMED_CUT_POINTS = 6;

/**
 * The points a note is about: null when they are all the grid's, counted when more than
 * NAMED_CUT_POINTS, else named by their axis values.
 */
function pointsNamed(
  result: Pick<SweepResult, 'axes' | 'points'>,
  some: readonly SweepPointResult[],
): string | null {
  if (some.length === result.points.length) return null;
  if (some.length > NAMED_CUT_POINTS) return sweepMessages.cutCount(some.length, result.points.length);
  return sweepMessages.cutPoints(
    some.map((p) => p.values.map((v, i) => formatAxisValue(result.axes[i], v)).join(' ')).join(', '),
  );
}

/**
 * The note a sweep's table and charts carry when some point's run replays the history and stops
 * where it ends, before its horizon, as `minesim run` says of such a run; null when none does.
 */
export function sweepCutNote(result: Pick<SweepResult, 'axes' | 'points'>): string | null {
  const cut = result.points.filter((p) => p.cutAt !== undefined);
  if (cut.length === 0) return null;
  // A few points are named; more are counted (a grid may hold 1,000).
  const points = pointsNamed(result, cut);
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
  const points = pointsNamed(result, held);
  const paths = Math.max(...held.map((p) => p.networkAtFleet!.paths));
  const daysShare = Math.max(...held.map((p) => p.networkAtFleet!.days / (result.paths * p.days)));
  return sweepMessages.fleetNote(points, formatPercent(paths / result.paths), formatPercent(daysShare));
}
