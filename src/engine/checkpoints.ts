// Weekly checkpoints of a path: the values the timeline charts show. The kernel fills them as it
// goes (KernelWorkspace.checkpointValues), for Monte Carlo paths and the back-test alike.

/**
 * Timeline series recorded at each checkpoint, in this order (the kernel writes them so).
 * Revenue, power cost and the shut-down share are averages over the days since the previous
 * checkpoint; the others are the checkpoint day's values.
 */
export const SERIES = [
  'netUsd',
  'revenueUsdPerDay',
  'powerCostUsdPerDay',
  'hashpriceUsd',
  'priceUsd',
  'difficulty',
  'shutdownShare',
] as const;
export const SERIES_COUNT = SERIES.length;

/** Weekly checkpoints from day 0, and the last day. */
export function weeklyCheckpoints(days: number): Int32Array {
  const list: number[] = [];
  for (let d = 0; d < days; d += 7) list.push(d);
  if (list[list.length - 1] !== days - 1) list.push(days - 1);
  return Int32Array.from(list);
}
