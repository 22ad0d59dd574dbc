// The equity's payback a cut at the end of the history cannot decide (a run's or back-test's whose
// equity pays back from its last purchase or a lease's buyout after the cut), in words and in the
// financing table's cells and rows: summary.json's actual.equity.paybackUndecidedAtCut and
// headline.equityUndecidedAtCut (stats/summarize.ts) read for the report and the terminal.

import { backtestMessages } from '../messages/backtest.js';
import type { RunSummary } from '../stats/summary.js';
import { formatEstimate } from './format.js';
import { equityUndecidedCell } from './staged-fleet.js';

/**
 * A back-test's equity payback that its cut cannot decide (summary.json's
 * actual.equity.paybackUndecidedAtCut), or a run's where every path not paid back by the cut is
 * undecided (headline.equityUndecidedAtCut: no default before it), in words; null otherwise.
 */
export function equityUndecidedAtCut(summary: RunSummary): string | null {
  if (summary.kind === 'backtest') {
    const undecided = summary.actual?.equity?.paybackUndecidedAtCut;
    return undecided === undefined
      ? null
      : backtestMessages.equityUndecidedAtCut(undecided.cutAt, undecided.fromDate);
  }
  const u = undecidedPaths(summary);
  if (u === null || u.p !== summary.headline.equityNoPayback?.p) return null;
  return backtestMessages.equityUndecidedAtCut(summary.scenario.cutAt!, u.fromDate);
}

/** A run's share of paths whose equity payback its cut cannot decide, where some are; null otherwise. */
function undecidedPaths(
  summary: RunSummary,
): NonNullable<RunSummary['headline']['equityUndecidedAtCut']> | null {
  const u = summary.headline.equityUndecidedAtCut;
  return summary.kind === 'backtest' || u === undefined || u.p === 0 || summary.scenario.cutAt === undefined
    ? null
    : u;
}

/**
 * A cell of the equity's payback not reached by the cut (a quantile, an interval's end) where the
 * cut cannot decide it on some path: not decidable where that holds for every path not paid back,
 * else "not by the cut, or not decidable" (the share undecided is its own row); null where no path
 * is undecided.
 */
export function equityNotReached(summary: RunSummary): string | null {
  const cutAt = summary.scenario.cutAt;
  if (cutAt === undefined) return null;
  if (summary.kind === 'backtest') {
    const undecided = summary.actual?.equity?.paybackUndecidedAtCut;
    return undecided === undefined
      ? null
      : backtestMessages.equityUndecidedByCutRow(cutAt, undecided.fromDate);
  }
  return equityUndecidedCell(summary.headline, cutAt);
}

/** A run's share of paths whose equity payback its cut cannot decide, where some are (else no row). */
export function undecidedRows(summary: RunSummary): string[][] {
  const u = undecidedPaths(summary);
  if (u === null) return [];
  return [
    [
      backtestMessages.equityUndecidedQuestion(summary.scenario.cutAt!, u.fromDate),
      formatEstimate(u, [], undefined, summary.run.paths, summary.run.antithetic),
    ],
  ];
}
