// The days a loan's loan-to-value covenant is tested: every day from the drawdown, or (with
// marginCall.testEvery) every testEveryDays days from it, as a facility that marks its collateral
// weekly or monthly. The books (engine/kernel/books.ts) test on these days only.

import type { LoanPlan } from './books-plan.js';

/** True when the loan has a covenant and tests it every day. */
export function testedDaily(loan: LoanPlan): boolean {
  return loan.marginLoanToValue > 0 && loan.testEveryDays === 1;
}

/**
 * True when day `d` is one of the loan's covenant test days: startDay + round(k x testEveryDays)
 * for a whole k >= 0. For testEveryDays >= 1 the k of such a day is round((d - startDay) /
 * testEveryDays) (its quotient is within 0.5 / testEveryDays of k), so one division tells.
 */
export function isCovenantTestDay(loan: LoanPlan, d: number): boolean {
  const every = loan.testEveryDays;
  if (every === 1) return d >= loan.startDay;
  const k = Math.round((d - loan.startDay) / every);
  return k >= 0 && loan.startDay + Math.round(k * every) === d;
}

/** The loan's covenant test days before `days` when it is tested less often than daily (none otherwise). */
export function covenantTestDays(loan: LoanPlan, days: number): number[] {
  const out: number[] = [];
  if (!(loan.marginLoanToValue > 0) || loan.testEveryDays === 1) return out;
  for (let k = 0; ; k++) {
    const d = loan.startDay + Math.round(k * loan.testEveryDays);
    if (d >= days) return out;
    out.push(d);
  }
}
