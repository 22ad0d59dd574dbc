// A fleet bought in stages pays back, the project and the equity alike, on or after its last
// purchase (engine/compile/plan.ts paybackFromDay). A run (or a back-test) cut at the end of the
// history before that purchase cannot decide its payback, whatever the net position of the cohorts
// bought by the cut. One decision, read by summary.json (summarize.ts, the back-test's summary)
// and by every printed view (report/staged-fleet.ts).
import { addDays } from '../data/dates.js';
import type { DailyView } from './summary.js';

/** A run's cohorts as its daily view lists them (each one's purchase day, absent when 0). */
type Cohorts = Pick<DailyView, 'cohorts'>['cohorts'] | undefined;

/** The last purchase day of a fleet bought in stages (cohorts paid for on more than one day); null otherwise. */
export function lastPurchaseDay(cohorts: Cohorts): number | null {
  const days = new Set((cohorts ?? []).map((c) => c.paidDay ?? 0));
  return days.size < 2 ? null : Math.max(...days);
}

/**
 * The last purchase of a fleet bought in stages where it falls after `cutAt`, the last day a run
 * (or a back-test) cut at the end of the history simulates: no payback can be decided by the cut.
 * Null where the run reaches the last purchase (a cohort bought on the cut day is in the run, and
 * can pay back on it) or is not cut (a purchase after the horizon is refused).
 */
export function purchaseAfterCut(
  start: string,
  cutAt: string | undefined,
  cohorts: Cohorts,
): { day: number; date: string } | null {
  const last = lastPurchaseDay(cohorts);
  if (cutAt === undefined || last === null) return null;
  const date = addDays(start, last);
  return date <= cutAt ? null : { day: last, date };
}

/**
 * summary.json's `paybackUndecidedAtCut` (headline's and actual's): where the last purchase falls
 * after the cut, the cut and that purchase; absent otherwise.
 */
export function undecidedAtCutField(
  start: string,
  cutAt: string | undefined,
  cohorts: Cohorts,
): { paybackUndecidedAtCut?: { cutAt: string; lastPurchaseDay: number; lastPurchaseDate: string } } {
  const after = purchaseAfterCut(start, cutAt, cohorts);
  if (after === null || cutAt === undefined) return {};
  return { paybackUndecidedAtCut: { cutAt, lastPurchaseDay: after.day, lastPurchaseDate: after.date } };
}
