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

/**
 * The series positive on every path by construction (a coin's price, its difficulty, a hashprice),
 * whose weeks may be binned by ratio (stats/log-bins.ts). The others can be 0 or below on some path
 * (a revenue or power cost on days shut down or after a retirement, a net position, a share): on
 * bins by ratio, zeros the pilot did not see would be read between 0 and the range's low edge.
 */
export const POSITIVE_SERIES: readonly SeriesName[] = ['hashpriceUsd', 'priceUsd', 'difficulty'];

/** 1 for each slot (series-major, `checkpoints` a series) of a POSITIVE_SERIES series, else 0. */
export function positiveSlots(checkpoints: number): Uint8Array {
  const positive = new Uint8Array(SERIES_COUNT * checkpoints);
  for (const name of POSITIVE_SERIES)
    positive.fill(1, seriesStart(name, checkpoints), seriesStart(name, checkpoints) + checkpoints);
  return positive;
}

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
