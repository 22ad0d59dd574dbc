// A fleet bought in stages pays back, the project and the equity alike, on or after its last
// purchase (engine/compile/plan.ts paybackFromDay): said beside the payback tables' definitions,
// in the terminal, on the charts of the net position and in the explorer. A run cut at the end of
// the history before that purchase cannot decide its payback: its net position at the cut is that
// of the cohorts bought by then, and above zero it is no payback (every place says so, one helper).
import { backtestMessages } from '../messages/backtest.js';
import { paybackMessages } from '../messages/payback.js';
import { lastPurchaseDay, purchaseAfterCut } from '../stats/staged-cut.js';
import type { Estimate, RunSummary } from '../stats/summary.js';
import { formatDayAsDate, formatEstimate, formatProbability, NONE } from './format.js';

type StagedSummary = Pick<RunSummary, 'dailyView'> & {
  scenario: Pick<RunSummary['scenario'], 'start' | 'cutAt'>;
};

/** The sentence naming the fleet's last purchase, with a leading space; empty for a fleet paid for on one day. */
export function stagedFleetNote(summary: StagedSummary): string {
  const last = stagedFleetLastPurchase(summary);
  if (last === null) return '';
  const date = formatDayAsDate(summary.scenario.start, last);
  const after = lastPurchaseAfterCut(summary);
  return after === null
    ? ` ${paybackMessages.stagedFleet(last, date)}`
    : ` ${paybackMessages.stagedFleetAfterCut(last, date, after.cutAt)}`;
}

/** The last purchase day of a fleet bought in stages (cohorts paid for on more than one day); null otherwise. */
export function stagedFleetLastPurchase(summary: Pick<RunSummary, 'dailyView'>): number | null {
  return lastPurchaseDay(summary.dailyView?.cohorts);
}

/**
 * The last purchase of a fleet bought in stages where it falls after the last day a run cut at the
 * end of the history simulates (`cutAt`): no payback can be decided by the cut, whatever the net
 * position of the cohorts bought by then. Null where the run reaches the last purchase (a cohort
 * bought on the cut day is in the run, and can pay back on it) or is not cut (a purchase after the
 * horizon is refused). `cutAt`: a back-test's own cut, where the run beside it is not cut.
 */
export function lastPurchaseAfterCut(
  summary: StagedSummary,
  cutAt: string | undefined = summary.scenario.cutAt,
): { day: number; date: string; cutAt: string } | null {
  // The decision summary.json's paybackUndecidedAtCut records (stats/staged-cut.ts).
  const after = purchaseAfterCut(summary.scenario.start, cutAt, summary.dailyView?.cohorts);
  if (after === null || cutAt === undefined) return null;
  return { day: after.day, date: formatDayAsDate(summary.scenario.start, after.day), cutAt };
}

/**
 * A payback not reached by the cut (`cutAt`: the run's, or its back-test's) of a run cut before its
 * last purchase: undecided, and why; null where the run reaches the last purchase.
 */
export function paybackUndecidedAtCut(
  summary: StagedSummary,
  cutAt: string | undefined = summary.scenario.cutAt,
): string | null {
  const after = lastPurchaseAfterCut(summary, cutAt);
  return after === null ? null : paybackMessages.undecidedAtCut(after.cutAt, after.date);
}

/**
 * A share of paths paid back within a time (P(payback ≤ 1 year)) the run cannot judge (`e` null),
 * as printed: where the cut falls before the last purchase, not decidable, as the payback's
 * quantiles and intervals say (a longer run, not only a longer history, is what the purchase after
 * the cut needs); else past the cut or the horizon (format.ts formatEstimate()).
 */
export function withinShare(
  summary: StagedSummary,
  e: Estimate | null,
  paths: number,
  antithetic: boolean | undefined,
): string {
  const undecided = e === null ? paybackUndecidedAtCut(summary) : null;
  if (undecided !== null) return `${NONE} (${undecided})`;
  return formatEstimate(e, [], summary.scenario.cutAt, paths, antithetic);
}

/**
 * An end of the project payback's 95 % interval not reached (format.ts formatQuantileInterval's
 * `notReached`) in a run cut before its last purchase: not decidable, as its quantiles' cells say,
 * not "past" the cut; undefined where the run reaches the last purchase.
 */
export function undecidedIntervalEnd(
  summary: StagedSummary,
  cutAt: string | undefined = summary.scenario.cutAt,
): string | undefined {
  const after = lastPurchaseAfterCut(summary, cutAt);
  return after === null ? undefined : backtestMessages.undecidedByCutRow(after.cutAt, after.date);
}

/**
 * A cell of a run's equity payback not reached by the cut (a quantile, an interval's end) where its
 * cut, before the equity's last purchase or buyout, cannot decide it on some paths
 * (summary.json's headline.equityUndecidedAtCut: those with no default by then): not decidable
 * where that holds for every path not paid back, else "not by the cut, or not decidable" (the share
 * undecided is printed beside it); null where no path is undecided.
 */
export function equityUndecidedCell(
  h: Pick<RunSummary['headline'], 'equityUndecidedAtCut' | 'equityNoPayback'>,
  cutAt: string | undefined,
): string | null {
  const u = h.equityUndecidedAtCut;
  if (cutAt === undefined || u === undefined || u.p === 0) return null;
  return u.p === h.equityNoPayback?.p
    ? backtestMessages.equityUndecidedByCutRow(cutAt, u.fromDate)
    : backtestMessages.equityNotByOrUndecidedRow(cutAt);
}

/**
 * The share of paths not paid back by the cut, `e`, as printed (`shown`: with its Monte Carlo error;
 * `wrap` adds what the caller says beside it); where the last purchase falls after the cut it is 1 by
 * the rule, not by what the paths did: bare, as the charts print it (no interval of Monte Carlo error
 * on a share no path could change), with why.
 */
export function noPaybackShare(
  summary: StagedSummary,
  e: Estimate | null,
  shown: string,
  wrap: (share: string) => string = (share) => share,
): string {
  const after = lastPurchaseAfterCut(summary);
  if (after === null || e === null) return wrap(shown);
  return paybackMessages.noPaybackAfterCutShare(wrap(formatProbability(e.p)), after.date);
}

/** Beside the claims: with a claim on a payback, what its days count from; empty unless the fleet is bought in stages. */
export function stagedFleetClaimsNote(summary: RunSummary): string {
  const last = stagedFleetLastPurchase(summary);
  if (last === null || !summary.claims.some((c) => /\bpayback\b/.test(c.text))) return '';
  return paybackMessages.stagedFleetClaims(
    summary.scenario.start,
    last,
    formatDayAsDate(summary.scenario.start, last),
  );
}
