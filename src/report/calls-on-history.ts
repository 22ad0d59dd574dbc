// The margin calls a run's equity met on the actual history, and the day of its default, in words:
// the report's financing table (finance-table.ts) and the terminal's lines (finance-headline.ts) say
// them after "margin call" and "default".

import { backtestMessages } from '../messages/backtest.js';
import type { RunSummary } from '../stats/summary.js';
import { formatUsd } from './format.js';

/**
 * The margin calls on the actual history, in brackets after "margin call" (the first's day, how
 * many were met and what they repaid); '' where the summary has no call, or no record of them.
 */
export function callsOnHistory(summary: RunSummary): string {
  const e = summary.actual?.equity;
  if (e?.firstMarginCallDate == null) return '';
  const repaid = formatUsd(e.marginCallsUsd ?? 0);
  return ` (${backtestMessages.marginCallsOnHistory(e.firstMarginCallDate, e.marginCallsMet ?? 0, repaid)})`;
}

/** The default on the actual history, in brackets after its "yes" (its day); '' where there was none. */
export function defaultOnHistory(summary: RunSummary): string {
  const date = summary.actual?.equity?.defaultDate;
  return date == null ? '' : ` (${backtestMessages.defaultOnHistory(date)})`;
}
