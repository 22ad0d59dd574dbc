// When hosting ends, and with it the deposit's hold: the days each cohort leaves the site (sold on
// its retirement, or stranded by a change of proof of work), the first day the site hosts none of
// them, and the end of the term (or renewal) that finds them gone. The plan's deposit refund
// (engine/compile/contracts.ts) and the hosting term's assumption line (contract-lines.ts) both
// read it here, so the line's date is the day the run refunds it.
import { daysBetween } from '../data/dates.js';
import type { NormalizedCohort } from './cohort.js';
import type { Scenario } from './normalize.js';

/** The cohort days that say when the site stops hosting a cohort. */
export interface HostedCohort {
  retireDay: number;
  brickDay: number;
}

/** The day a cohort is retired (sold) and the day a change of proof of work strands it, each at most `days`. */
export function cohortLeaveDays(
  s: Pick<Scenario, 'start' | 'network'>,
  c: Pick<NormalizedCohort, 'retire' | 'hardwareClass'>,
  days: number,
): HostedCohort {
  const retireDay =
    c.retire === undefined ? days : Math.min(days, Math.max(0, daysBetween(s.start, c.retire)));
  let brickDay = days;
  for (const change of s.network.powChanges) {
    if (!change.strands.includes(c.hardwareClass)) continue;
    brickDay = Math.min(brickDay, Math.max(0, daysBetween(s.start, change.date)));
  }
  return { retireDay, brickDay };
}

/** The first day the site hosts none of the cohorts (Infinity: one never leaves). */
export function lastHostedDay(cohorts: readonly HostedCohort[], never = Number.POSITIVE_INFINITY): number {
  let gone = 0;
  for (const c of cohorts) {
    const leaves = Math.min(c.retireDay, c.brickDay);
    gone = Math.max(gone, leaves >= never ? Number.POSITIVE_INFINITY : leaves);
  }
  return gone;
}

/** The end of the term, or of the first renewal, on or after day `gone` (Infinity: none). */
export function hostingEndDay(contract: { termLengthDays: number }, gone: number): number {
  const length = contract.termLengthDays;
  if (!Number.isFinite(gone) || length <= 0) return Number.POSITIVE_INFINITY;
  let k = Math.max(1, Math.ceil(gone / length) - 1);
  while (Math.round(k * length) < gone) k++;
  return Math.round(k * length);
}

/**
 * The day the deposit comes back, when hosting ends: the end of the term (or of its k-th renewal)
 * on or after the day the last cohort leaves the site; the last simulated day (`days` - 1) when that
 * falls after it.
 */
export function depositRefundDay(
  contract: { termLengthDays: number },
  cohorts: readonly HostedCohort[],
  days: number,
): number {
  return Math.min(hostingEndDay(contract, lastHostedDay(cohorts)), days - 1);
}
