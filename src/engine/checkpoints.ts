// Weekly checkpoints of a path: the values the timeline charts show, read from the kernel's
// trace. Shared by the Monte Carlo loop and the back-test so both report the same quantities.
import type { KernelTrace } from './workspace.js';

/** Timeline series recorded at each checkpoint, in this order. */
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

/**
 * Writes the checkpoint values of one path into `out` (series-major: out[s * C + i]). Revenue,
 * power cost and the shut-down share are averaged over the days since the previous checkpoint;
 * the others are the checkpoint day's values.
 */
export function readCheckpoints(
  trace: KernelTrace,
  net: Float64Array,
  checkpoints: Int32Array,
  out: Float64Array,
): void {
  const c = checkpoints.length;
  let previous = -1;
  for (let i = 0; i < c; i++) {
    const d = checkpoints[i];
    let revenue = 0;
    let power = 0;
    let running = 0;
    let off = 0;
    for (let j = previous + 1; j <= d; j++) {
      revenue += trace.revenueUsd[j];
      power += trace.powerUsd[j];
      running += trace.runningCohorts[j];
      off += trace.shutDownCohorts[j];
    }
    const span = d - previous;
    previous = d;
    out[i] = net[d];
    out[c + i] = revenue / span;
    out[2 * c + i] = power / span;
    out[3 * c + i] = trace.hashpriceUsd[d];
    out[4 * c + i] = trace.priceUsd[d];
    out[5 * c + i] = trace.difficulty[d];
    out[6 * c + i] = running > 0 ? off / running : 0;
  }
}
