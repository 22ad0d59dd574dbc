// What of the books runs past a back-test's cut at the end of the shipped history. The plan is
// compiled for the days the history has, and the per-path pass (kernel/books.ts) ends there:
// a loan's balance left is repaid on the last day with its accrued interest, a lease is bought
// out (its payments left and residual paid), and a hedge's settlements after it are not counted
// (minesim does not price a contract, so an open one has no value to count). The summary lists
// each, so that no figure of the equity is silently short of them.
import { addDays } from '../../data/dates.js';
import type { BooksPlan } from '../../model/finance/books-plan.js';
import { dueDay } from '../../model/finance/term.js';
import type { Scenario } from '../../scenario/normalize.js';
import type { BookAtCut } from '../../stats/summary.js';

/** The hedges' kinds as the scenario names them, by the plan's number (model/finance/hedge.ts HEDGE_*). */
const HEDGE_KINDS = ['hashprice-swap', 'price-swap', 'put', 'call'] as const;

/**
 * The contracts of `books` open after day `days - 1` (the history's last), from the start of `s`,
 * and how many of the loans among them have a covenant (tested no more after the cut); `balances`
 * are the loans' balances the pass left on that day (before it repaid them), `purchaseDays` the
 * cohorts' (plan.cohorts). After a default only hedges: the lender took the machines and the debt,
 * and the owners' hedges settle on to their terms.
 */
export function booksAtCut(
  s: Scenario,
  books: BooksPlan,
  days: number,
  balances: Float64Array,
  defaulted: boolean,
  purchaseDays: readonly number[],
): { items: BookAtCut[]; covenants: number } {
  let covenants = 0;
  const last = days - 1;
  const open: BookAtCut[] = [];
  for (const hedge of books.hedges) {
    const bounds = hedge.bounds;
    let settled = 0;
    while (settled + 1 < bounds.length && bounds[settled + 1] - 1 <= last) settled++;
    const left = bounds.length - 1 - settled;
    if (left === 0) continue;
    open.push({
      kind: HEDGE_KINDS[hedge.kind],
      name: hedge.name,
      counted: 'not-counted',
      settlementsLeft: left,
      lastSettlement: addDays(s.start, bounds[bounds.length - 1] - 1),
    });
  }
  if (defaulted) return { items: open, covenants };
  books.loans.forEach((loan, i) => {
    // The payments due after the cut within the horizon: those after it are never due, a balloon
    // at the horizon (balloonAtHorizon) repays what they would have.
    let paymentsLeft = 0;
    for (let k = 1; k <= loan.periods; k++) {
      const due = dueDay(loan.startDay, k, s.days);
      if (due > last && due < s.days) paymentsLeft++;
    }
    const balloonLeft = dueDay(loan.startDay, loan.periods, s.days) >= s.days;
    if (paymentsLeft === 0 && !balloonLeft) return;
    const drawn = loan.startDay <= last;
    // Repaid by the cut, or drawn after it on machines bought after it (in neither the project
    // nor the equity): nothing is open.
    if (drawn ? !(balances[i] > 0) : Array.from(loan.cohorts).every((c) => purchaseDays[c] > last)) return;
    if (loan.marginLoanToValue > 0) covenants++;
    open.push({
      kind: 'loan',
      name: loan.name,
      counted: drawn ? 'repaid-at-cut' : 'not-counted',
      paymentsLeft,
      amountUsd: drawn ? balances[i] : loan.principalUsd,
    });
  });
  for (const lease of books.leases) {
    const paymentsLeft = lease.paymentDays.filter((d) => d > last).length;
    // A cohort bought after the cut is in neither the project nor the equity: nothing is open.
    if (paymentsLeft === 0 || lease.capexDay > last) continue;
    open.push({
      kind: 'lease',
      name: s.fleet[lease.cohort].name,
      counted: 'bought-out-at-cut',
      paymentsLeft,
      amountUsd: paymentsLeft * lease.paymentUsd + lease.residualUsd,
    });
  }
  return { items: open, covenants };
}
