// The batch index's cells (index.md and index.html render them, so the two state the same numbers
// in the same words): a cell may link (to a scenario's report) or carry a claim verdict (drawn as a
// badge in HTML). Here the types of its cells and tables, the entries that ran, and the texts every
// table of the index shares: paybacks, shares of paths and medians with their 95 % intervals.

import { batchMessages } from '../messages/batch.js';
import { paybackMessages } from '../messages/payback.js';
import type { ClaimResult, Distribution, Estimate } from '../stats/summary.js';
import type { BatchEntry } from '../study/batch.js';
import { identicalPaths } from './distribution-table.js';
import { formatEstimate, formatProbability, formatQuantileInterval, NONE } from './format.js';
import { paidBackOn } from './headline-definitions.js';
import { noPaybackShare, paybackUndecidedAtCut, withinShare } from './staged-fleet.js';

export interface IndexCell {
  text: string;
  /** Relative link, e.g. `north-korea-2017-s9/report.html`. */
  href?: string;
  verdict?: ClaimResult['verdict'];
}

export interface IndexTable {
  title: string;
  note: string;
  header: string[];
  align: ('left' | 'right')[];
  rows: IndexCell[][];
}

export type OkEntry = Extract<BatchEntry, { status: 'ok' }>;

export function okEntries(entries: readonly BatchEntry[]): OkEntry[] {
  return entries.filter((e): e is OkEntry => e.status === 'ok');
}

/** The link to a run's report from the index: its folder's report.html. */
export const reportHref = (folder: string) => `${folder}/report.html`;

/** The back-test's payback in a cell, linked to its report; day 0 reads nothing at stake, as the run's report says. */
export function actualCell(e: OkEntry): IndexCell {
  if (e.backtest === null || e.backtestFolder === null) return { text: 'no history at the start' };
  const { start, cutAt } = e.backtest.scenario;
  const day = e.backtest.headline.paybackDays.quantiles.p50;
  const text = paidBackOn(start, day, cutAt, paybackUndecidedAtCut(e.backtest), 'cell');
  return { text, href: reportHref(e.backtestFolder) };
}

/**
 * A share of a run's paths, ± its Monte Carlo error; of a run of one outcome (one path, or paths all
 * the same) the share itself, exact: its paths are copies of one, not independent draws, so no
 * interval over them (`1.000 (every path the same)`, not `1.000 (95 % ≥ 0.839)` for 20 copies), as
 * its report and `minesim run` give the one outcome without odds.
 */
export function shareText(e: OkEntry, estimate: Estimate | null, cutAt?: string): string {
  if (estimate !== null && identicalPaths(e.run))
    return batchMessages.oneOutcomeShare(formatProbability(estimate.p), e.run.run.paths);
  return formatEstimate(estimate, [], cutAt, e.run.run.paths, e.run.run.antithetic);
}

/** A share of paths paid back within a time (shareText()); one the run cannot judge as its report says it (staged-fleet.ts withinShare()). */
export function withinText(e: OkEntry, estimate: Estimate | null): string {
  if (estimate === null) return withinShare(e.run, null, e.run.run.paths, e.run.run.antithetic);
  return shareText(e, estimate, e.run.scenario.cutAt);
}

/**
 * A share of no payback: within the horizon, or by `cutAt` where the run stops at the end of the
 * history ('0.770 ± 0.030 by 2025-11-14'), as the run's report asks it.
 */
export function noPaybackText(e: OkEntry, estimate: Estimate | null): string {
  const cutAt = e.run.scenario.cutAt;
  const text = shareText(e, estimate);
  return cutAt === undefined
    ? text
    : noPaybackShare(e.run, estimate, text, (share) => batchMessages.byCut(share, cutAt));
}

/**
 * A median's 95 % interval (summary.json's intervals.p50) in the terminal's words ('419 d to 472 d',
 * past the horizon or the cut, too few paths for one); a run of one outcome has none, as its report
 * gives none.
 */
export function medianIntervalText(
  e: OkEntry,
  d: Distribution | undefined,
  format: (v: number) => string,
  /** A payback's end not reached where the cut cannot decide it (staged-fleet.ts undecidedIntervalEnd). */
  notReached?: string,
): string {
  if (d === undefined || identicalPaths(e.run)) return NONE;
  return formatQuantileInterval(d, 'p50', format, e.run.scenario.cutAt, notReached);
}

/** A median with its 95 % interval after it ('4,178,391 USD (3,975,412 USD to 4,385,507 USD)'); a run of one outcome: the median alone. */
export function withMedianInterval(
  e: OkEntry,
  median: string,
  d: Distribution | undefined,
  format: (v: number) => string,
): string {
  return identicalPaths(e.run) || d === undefined || d.paths === 0
    ? median
    : paybackMessages.withInterval(median, medianIntervalText(e, d, format));
}
