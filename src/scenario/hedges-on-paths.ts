// A Monte Carlo run's hedges beside what each path mined: the assumption line that states the share
// of paths over-hedged and how much of their coins the hedges took.

import { hedgedProductionMessages as m } from '../messages/hedges.js';
import { shareInterval } from '../stats/shares.js';
import type { RunSummary } from '../stats/summary.js';
import type { Assumption } from './hedge-plans.js';
import { formatQuantity } from './quantity-format.js';

/**
 * A Monte Carlo run's forwards and hedging options beside what each path mined (kernel/hedge-cover.ts):
 * the share of paths on which they exceeded the coins mined in one of its months, with its error,
 * and the median of the largest share they took of the coins mined over one hedge's whole term
 * (its months added up: a month over can sit in a term under). Absent in a
 * back-test (its one path: the lines above) and without such a hedge.
 */
export function onThePaths(summary: RunSummary): Assumption | undefined {
  const h = summary.headline;
  const over = h.overHedged;
  const share = h.hedgedShare?.quantiles;
  if (summary.kind === 'backtest' || over === undefined || share === undefined) return undefined;
  const pct = (x: number | null) =>
    x === null ? 'none' : Number.isFinite(x) ? formatQuantity(x, 'fraction') : m.unboundedPaths();
  const [low, high] = shareInterval(over, summary.run.paths, summary.run.antithetic);
  const fraction = (x: number) => formatQuantity(x, 'fraction');
  const value = m.onThePaths(
    fraction(over.p),
    fraction(low),
    fraction(high),
    pct(share.p50),
    pct(share.p10),
    pct(share.p90),
  );
  return { label: m.pathsLabel(), value, note: over.p > 0 ? m.over() : m.within() };
}
