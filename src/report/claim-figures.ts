// A claim's share and 95 % interval as printed beside its threshold (summary.md, report.html, the
// terminal, a batch's index): each on the same side of the threshold as its value, so a verdict
// decided by the interval's end never sits beside an end printed onto the threshold (a lower end
// of 0.50004 printed 0.500 beside "supported, needs > 0.5"; it prints 0.50004).

import type { ClaimResult } from '../stats/summary.js';
import { formatEstimate, formatProbability } from './format.js';

/** The claimed probability of a result's threshold: `> 0.5` -> 0.5. */
export function claimThreshold(c: ClaimResult): number {
  return Number(c.threshold.slice(c.threshold.indexOf(' ') + 1));
}

/** The share with its standard error: 0.630 ± 0.022. */
export function claimShare(c: ClaimResult): string {
  return formatEstimate({ p: c.share, se: c.se }, [claimThreshold(c)]);
}

/** The share alone: 0.630. */
export function claimShareOnly(c: ClaimResult): string {
  return formatProbability(c.share, [claimThreshold(c)]);
}

/** The 95 % interval, its ends joined by `dash`: 0.587–0.671. */
export function claimInterval(c: ClaimResult, dash = '–'): string {
  const bounds = [claimThreshold(c)];
  return `${formatProbability(c.low, bounds)}${dash}${formatProbability(c.high, bounds)}`;
}
