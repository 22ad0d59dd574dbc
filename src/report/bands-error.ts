// The weekly bands' Monte Carlo error, as the fan and market charts' captions state it: what
// timeline.csv's `low` and `high` say, in the chart's units. For each series drawn, its widest 95 %
// interval over its weeks and quantiles (summary.json timeline.widestIntervals): no band edge the
// chart draws has a wider one. The interval of a week's quantile is the headline's at the same
// paths (the order statistics at the exact binomial ranks, read out to the edges of the bins that
// hold them: stats/timeline-intervals.ts); below 72 paths (144 in antithetic pairs) the 5 % and 95 %
// edges have none, and below 6 (12) no band has one. The README's "weekly bands' Monte Carlo error" says more.
import { chartMessages as m } from '../messages/charts.js';
import { largeFigure, tinyFigure } from '../messages/shown.js';
import { quantileIntervalRanks } from '../stats/quantile-interval.js';
import type { RunSummary } from '../stats/summary.js';
import { formatPaths } from './format.js';

type Widest = NonNullable<RunSummary['timeline']['widestIntervals']>;

/** What bandsError reads of a run: its paths, and its timeline's widest intervals. */
export interface BandsErrorSource {
  run: Pick<RunSummary['run'], 'paths' | 'antithetic'>;
  timeline: Pick<RunSummary['timeline'], 'widestIntervals'>;
}

/** A series a chart draws as bands: its key in timeline.widestIntervals, its name (null: the chart's one series), its unit. */
export interface DrawnSeries {
  key: keyof Widest;
  name: string | null;
  unit: string;
  /** Ends written short, 141.67T, as a difficulty's axis writes its ticks. */
  compact?: boolean;
}

/** Significant digits of an interval's ends and value. */
const DIGITS = 4;

/**
 * `x` to DIGITS significant digits, an interval's `low` end rounded down and its `high` end up, so
 * the printed interval holds the true one; 'value' to the nearest.
 */
export function formatEnd(x: number, end: 'low' | 'high' | 'value', compact = false): string {
  if (x === 0 || !Number.isFinite(x)) return x === 0 ? '0' : String(x);
  const step = 10 ** (Math.floor(Math.log10(Math.abs(x))) - DIGITS + 1);
  const r =
    end === 'low'
      ? Math.floor(x / step) * step
      : end === 'high'
        ? Math.ceil(x / step) * step
        : Math.round(x / step) * step;
  // Printed to one digit more than rounded, so the float's last bits (548099.99999 for 548,100)
  // cannot round it back inside the interval; Intl drops the trailing zero. Under a billionth and
  // from 1e15 in exponent form (1.062e-21, 6.493e62), not as a run of zeros.
  const exponent = tinyFigure(r, DIGITS + 1) ?? largeFigure(r, DIGITS + 1);
  if (exponent !== undefined) return exponent;
  return new Intl.NumberFormat('en-US', {
    maximumSignificantDigits: DIGITS + 1,
    ...(compact ? { notation: 'compact' as const } : {}),
  }).format(r);
}

/** The sentence on the Monte Carlo error of the weekly bands of `series`, as drawn from `summary`. */
export function bandsError(summary: BandsErrorSource, series: readonly DrawnSeries[]): string {
  const { paths, antithetic } = summary.run;
  const widest = summary.timeline.widestIntervals;
  const parts = series.flatMap((s) => {
    const w = widest?.[s.key];
    if (w === undefined) return [];
    if (!(w.high > w.low)) return [m.bandNoSpread(s.name)];
    const band = `${Math.round(100 * w.quantile)} % quantile`;
    const end = (x: number, e: 'low' | 'high' | 'value') => formatEnd(x, e, s.compact === true);
    return [
      m.bandWidest(
        s.name,
        {
          band,
          date: w.date,
          value: end(w.value, 'value'),
          low: end(w.low, 'low'),
          high: end(w.high, 'high'),
        },
        s.unit,
      ),
    ];
  });
  if (parts.length === 0) return m.bandsNone(formatPaths(paths), antithetic);
  const edges = quantileIntervalRanks(paths, 0.05, antithetic) === null;
  return m.bandsError(parts, edges ? { paths: formatPaths(paths), pairs: antithetic } : null);
}
