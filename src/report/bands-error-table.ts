// summary.md's table of the weekly bands' Monte Carlo error: each series' widest 95 % interval
// over its weeks and bands (summary.json timeline.widestIntervals; timeline.csv's low and high
// give every week's), or a line saying there is none where too few paths give one.
import { SERIES } from '../engine/kernel/checkpoints.js';
import { outputMessages } from '../messages/output.js';
import type { RunSummary } from '../stats/summary.js';
import { formatEnd } from './bands-error.js';
import { formatPaths, formatProbability, formatShareEnd, formatSignificant } from './format.js';
import type { ReportTable } from './report-table.js';
import { timelineUnits } from './tables.js';

/** The table, or null for a back-test or a run of one path (no spread, no error to state). */
export function bandsErrorTable(summary: RunSummary): ReportTable | null {
  if (summary.kind === 'backtest' || summary.run.paths <= 1) return null;
  const title = outputMessages.bandsErrorTitle();
  const widest = summary.timeline.widestIntervals;
  if (widest === undefined)
    return {
      title,
      note: outputMessages.bandsErrorNone(formatPaths(summary.run.paths), summary.run.antithetic === true),
      header: [],
      rows: [],
    };
  const units = timelineUnits(summary);
  const rows = SERIES.flatMap((metric) => {
    const w = widest[metric];
    if (w === undefined) return [];
    return [
      [
        metric,
        w.date,
        `${Math.round(100 * w.quantile)} %`,
        metric === 'shutdownShare' ? formatProbability(w.value) : formatSignificant(w.value),
        w.high === w.low
          ? outputMessages.bandsErrorNoSpread()
          : metric === 'shutdownShare'
            ? // A share of the fleet's capacity (0-1): to a share's decimals, rounded outwards.
              `${formatShareEnd(w.low, 'low')} to ${formatShareEnd(w.high, 'high')}`
            : // To 4 significant digits, rounded outwards as the fan's caption gives them (bands-error.ts).
              `${formatEnd(w.low, 'low')} to ${formatEnd(w.high, 'high')}`,
        units[metric],
      ],
    ];
  });
  return {
    title,
    note: outputMessages.bandsErrorNote(),
    header: ['Series', 'Widest week', 'Band', 'Value', '95 % interval', 'Unit'],
    rows,
    align: ['left', 'left', 'right', 'right', 'right', 'left'],
  };
}
