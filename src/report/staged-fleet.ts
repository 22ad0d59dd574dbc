// A fleet bought in stages pays back, the project and the equity alike, on or after its last
// purchase (engine/compile/plan.ts paybackFromDay): said beside the payback tables' definitions.
import { paybackMessages } from '../messages/payback.js';
import type { RunSummary } from '../stats/summary.js';
import { formatDayAsDate } from './format.js';

/** The sentence naming the fleet's last purchase, with a leading space; empty for a fleet paid for on one day. */
export function stagedFleetNote(summary: RunSummary): string {
  const last = stagedFleetLastPurchase(summary);
  if (last === null) return '';
  return ` ${paybackMessages.stagedFleet(last, formatDayAsDate(summary.scenario.start, last))}`;
}

/** The last purchase day of a fleet bought in stages (cohorts paid for on more than one day); null otherwise. */
export function stagedFleetLastPurchase(summary: RunSummary): number | null {
  const days = new Set((summary.dailyView?.cohorts ?? []).map((c) => c.paidDay ?? 0));
  return days.size < 2 ? null : Math.max(...days);
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
