// summary.json's timeline: each series' weekly quantile bands read from the run's histograms, the net
// positions' last week on the paths' own values, and the bands' Monte Carlo intervals.

import { histogramQuantiles } from './histogram-quantiles.js';
import { distribution } from './quantiles.js';
import { type Bands, QUANTILE_KEYS, QUANTILES, type QuantileIntervals, type RunSummary } from './summary.js';
import type { SummaryInput } from './summary-input.js';
import { bandIntervals, type TimelineIntervals, widestInterval } from './timeline-intervals.js';

/** The timeline of the summary, and the weekly bands' intervals (null for one path or a back-test). */
export function summaryTimeline(
  input: SummaryInput,
  scratch: Float64Array,
): { timeline: RunSummary['timeline']; intervals: TimelineIntervals | null } {
  const h = input.histograms;
  const c = h.checkpoints;
  const values = new Float64Array(QUANTILES.length);
  // One path (a back-test's, or a run's) has no spread and no interval to state.
  const withIntervals = input.kind === 'monte-carlo' && input.run.paths > 1;
  const intervals: TimelineIntervals = {};
  const bands = (name: string, lastWeek?: QuantileIntervals): Bands => {
    const s = input.series.indexOf(name);
    const out = {} as Bands;
    for (const key of QUANTILE_KEYS) out[key] = new Array<number>(c);
    for (let j = 0; j < c; j++) {
      const filled = histogramQuantiles(h, s * c + j, QUANTILES, values);
      QUANTILE_KEYS.forEach((key, i) => {
        out[key][j] = filled ? values[i] : Number.NaN;
      });
    }
    if (withIntervals) intervals[name] = bandIntervals(h, s, input.antithetic, input.run.paths, lastWeek);
    return out;
  };
  // The last checkpoint is the horizon (or the cut): its net position is every path's own, whose
  // quantiles the headline gives, so the timeline ends on them rather than on a histogram's read of
  // them (a bin or more away: the loan scenario's 5 % at 400 paths, 408,930 against 478,739 USD).
  // So does the equity's, on each path's own equity position at the horizon (the loan scenario at
  // 400 paths: its 25 % read 21,783 USD from the histogram, between the defaults and the paths
  // paid back, against -461,498 USD of the paths' own). Their intervals are the paths' own too.
  const onPaths = (name: string, atHorizon: Float64Array): Bands => {
    if (c === 0) return bands(name);
    const d = distribution(atHorizon, undefined, input.antithetic, scratch);
    const noIntervals = Object.fromEntries(QUANTILE_KEYS.map((key) => [key, null])) as QuantileIntervals;
    const series = bands(name, d.intervals ?? noIntervals);
    for (const key of QUANTILE_KEYS) series[key][c - 1] = d.quantiles[key] ?? Number.NaN;
    return series;
  };
  const netUsd = onPaths('netUsd', input.outcomes.netAtHorizonUsd);
  const result: RunSummary['timeline'] = {
    dates: input.dates,
    netUsd,
    revenueUsdPerDay: bands('revenueUsdPerDay'),
    powerCostUsdPerDay: bands('powerCostUsdPerDay'),
    hashpriceUsd: bands('hashpriceUsd'),
    priceUsd: bands('priceUsd'),
    difficulty: bands('difficulty'),
    shutdownShare: bands('shutdownShare'),
    ...(input.books === true
      ? { equityNetUsd: onPaths('equityNetUsd', input.outcomes.equityNetAtHorizonUsd) }
      : {}),
  };
  if (!withIntervals) return { timeline: result, intervals: null };
  const widest: NonNullable<RunSummary['timeline']['widestIntervals']> = {};
  for (const [name, series] of Object.entries(intervals)) {
    const w = widestInterval(input.dates, result[name as keyof typeof widest] as Bands, series);
    if (w !== null) widest[name as keyof typeof widest] = w;
  }
  return {
    timeline: Object.keys(widest).length > 0 ? { ...result, widestIntervals: widest } : result,
    intervals,
  };
}
