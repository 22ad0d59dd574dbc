// The cohorts a loan finances and what the financing rules and books read of them: which cohorts
// a loan names, what they cost, the day each leaves the operation, the most they are worth to a
// lender, and the loan's drawdown date. Read by the rules (finance-rules.ts), the assumption lines
// (finance-lines.ts), the payback horizon (payback-horizon.ts) and the books' plan
// (engine/compile/books.ts).

import { daysBetween } from '../data/dates.js';
import { DAYS_PER_YEAR } from '../model/calendar.js';
import { cohortCapexUsd } from '../model/finance/capex.js';
import { power } from '../model/power.js';
import type { Scenario } from './normalize.js';

/** Indexes of the cohorts a loan finances (all without `cohorts`); names validated by financeRules. */
export function loanCohortIndexes(s: Scenario, names: readonly string[] | undefined): number[] {
  if (names === undefined) return s.fleet.map((_, i) => i);
  return names.flatMap((name) => {
    const i = s.fleet.findIndex((c) => c.name === name);
    return i < 0 ? [] : [i];
  });
}

/** The capex a loan's cohorts cost, USD. */
export function loanCapexUsd(s: Scenario, names: readonly string[] | undefined): number {
  return loanCohortIndexes(s, names).reduce((sum, i) => sum + cohortCapexUsd(s.fleet[i]), 0);
}

/**
 * The day a cohort's machines leave the operation: its `retire` date (sold) or the first change of
 * proof of work that strands its hardware (bricked), whichever is first; undefined if neither.
 */
export function cohortEnd(s: Scenario, i: number): { date: string; sold: boolean } | undefined {
  const cohort = s.fleet[i];
  let end: { date: string; sold: boolean } | undefined =
    cohort.retire === undefined ? undefined : { date: cohort.retire, sold: true };
  for (const change of s.network.powChanges) {
    if (!change.strands.includes(cohort.hardwareClass)) continue;
    if (end === undefined || change.date < end.date) end = { date: change.date, sold: false };
  }
  return end;
}

/**
 * The most a loan's collateral can be worth on day `day`, as the books value it (engine/kernel/
 * covenant.ts): its cohorts held that day, all their units (`count`: a path whose failures are
 * drawn may have lost none of them by then; one run at the expected survival counts fewer) at
 * `money.salvage.fraction` of the unit price. That is their value with fixed salvage, and with
 * hashprice-linked salvage before a cohort first runs; once it runs, that value times
 * min(1, hashprice x its wear / its deploy day's hashprice) (engine/kernel/salvage.ts resaleUsd),
 * whose hashprice the path decides and whose wear (its `degradation` on every day since its first
 * running day) it does not: that value times the wear is then its ceiling. A breach found here is
 * one the books find on every path.
 */
export function collateralCeilingUsd(s: Scenario, indexes: readonly number[], day: number): number {
  const fraction = s.money.salvage.model === 'none' ? 0 : s.money.salvage.fraction;
  let value = 0;
  for (const i of indexes) {
    const c = s.fleet[i];
    const purchaseDay = daysBetween(s.start, c.purchased);
    const end = cohortEnd(s, i);
    if (day < Math.max(0, purchaseDay) || (end !== undefined && day >= daysBetween(s.start, end.date)))
      continue;
    // Worn since its first running day (kernel/fleet-days.ts runningFrom: day 0 for one deployed
    // before the start), as the books' resale wears it.
    const worn = day - Math.max(0, purchaseDay + c.deploymentDelayDays);
    const wear =
      s.money.salvage.model === 'hashprice-linked' && worn > 0 && c.degradation > 0
        ? power(power(1 - c.degradation, 1 / DAYS_PER_YEAR), worn)
        : 1;
    value += fraction * c.unitPriceUsd * c.count * wear;
  }
  return value;
}

/** The drawdown date of a loan: as given, or the first purchase of its cohorts. */
export function loanStart(
  s: Scenario,
  start: string | undefined,
  names: readonly string[] | undefined,
): string {
  if (start !== undefined) return start;
  const purchases = loanCohortIndexes(s, names).map((i) =>
    s.fleet[i].purchased < s.start ? s.start : s.fleet[i].purchased,
  );
  return purchases.length === 0 ? s.start : purchases.reduce((a, b) => (a < b ? a : b));
}
