// Weekly checkpoints of a path: the values the timeline charts show. The kernel fills them as it
// goes (KernelWorkspace.checkpointValues), for Monte Carlo paths and the back-test alike.
import { type Slots, slotsOf } from '../../stats/layout.js';
import type { RunSummary } from '../../stats/summary.js';

/**
 * Timeline series recorded at each checkpoint, series-major: series s of checkpoint i is at
 * `[SERIES_INDEX[s] * checkpoints.length + i]`. The names are summary.json's timeline fields.
 * Revenue, power cost and the shut-down share are averages over the days since the previous
 * checkpoint; the others are the checkpoint day's values. The equity's net position is written by
 * the books (books.ts), only for a plan with financing or tax; otherwise it stays 0 on every path.
 */
export const SERIES = [
  'netUsd',
  'revenueUsdPerDay',
  'powerCostUsdPerDay',
  'hashpriceUsd',
  'priceUsd',
  'difficulty',
  'shutdownShare',
  'equityNetUsd',
] as const satisfies readonly Exclude<keyof RunSummary['timeline'], 'dates'>[];
export type SeriesName = (typeof SERIES)[number];
export const SERIES_INDEX: Slots<typeof SERIES> = slotsOf(SERIES);
export const SERIES_COUNT = SERIES.length;

/** Where series `name` starts in a path's checkpoint values, given the number of checkpoints. */
export function seriesStart(name: SeriesName, checkpoints: number): number {
  return SERIES_INDEX[name] * checkpoints;
}

/** Weekly checkpoints from day 0, and the last day. */
export function weeklyCheckpoints(days: number): Int32Array {
  const list: number[] = [];
  for (let d = 0; d < days; d += 7) list.push(d);
  if (list[list.length - 1] !== days - 1) list.push(days - 1);
  return Int32Array.from(list);
}
