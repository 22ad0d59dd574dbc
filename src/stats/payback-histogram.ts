// summary.json's payback histogram: the paths' payback days in bins, and its CDF with their errors.

import { cumulativeShareSes } from './shares.js';
import type { RunSummary } from './summary.js';

const PAYBACK_BIN_DAYS = 30;

/**
 * The payback histogram in bins of PAYBACK_BIN_DAYS and its CDF at each bin's end, each share with
 * its standard error as proportion() gives a P(...) (pairs and all): over the paths' own payback
 * days, which the histogram counts. One path has no error to state: `se` is left out.
 */
export function paybackHistogram(
  perDay: Uint32Array,
  paybackDay: Float64Array,
  antithetic: boolean,
): RunSummary['payback'] {
  const n = paybackDay.length;
  const days = perDay.length - 1;
  const counts: number[] = [];
  const cdf: { day: number; p: number; se?: number }[] = [];
  let cumulative = 0;
  for (let from = 0; from < days; from += PAYBACK_BIN_DAYS) {
    const to = Math.min(days, from + PAYBACK_BIN_DAYS);
    let count = 0;
    for (let d = from; d < to; d++) count += perDay[d];
    counts.push(count);
    cumulative += count;
    cdf.push({ day: to - 1, p: n > 0 ? cumulative / n : 0 });
  }
  if (n > 1) {
    const ses = cumulativeShareSes(
      paybackDay,
      cdf.map((c) => c.day),
      antithetic,
    );
    cdf.forEach((c, i) => {
      c.se = ses[i];
    });
  }
  return { binDays: PAYBACK_BIN_DAYS, counts, never: perDay[days], cdf };
}
