// Which machines the equity holds on a day, for the books' tax on a default (books.ts): the
// lender takes those, and the year's depreciation stops at those set running.

import type { BooksPlan } from '../../model/finance/books-plan.js';
import type { SimulationPlan } from '../compile/plan.js';

/**
 * Whether the equity owns cohort `c` on day `d`: bought, and if leased, bought out (its lease's
 * payments, the buyout with the last, all made by then).
 */
export function equityOwns(
  plan: SimulationPlan,
  books: BooksPlan,
  nextLease: Int32Array,
  c: number,
  d: number,
): boolean {
  if (plan.cohorts[c].purchaseDay > d) return false;
  for (let l = 0; l < books.leases.length; l++) {
    if (books.leases[l].cohort === c) return nextLease[l] === books.leases[l].paymentDays.length;
  }
  return true;
}

/**
 * Whether the equity depreciates cohort `c` in a year that ends (by a default) on day `d`: it owns
 * it (bought, or bought out of its lease) and has set it running, as its depreciation starts from
 * the tax year of the later of the two (compile/books.ts).
 */
export function equityRuns(
  plan: SimulationPlan,
  books: BooksPlan,
  nextLease: Int32Array,
  c: number,
  d: number,
): boolean {
  return equityOwns(plan, books, nextLease, c, d) && plan.cohorts[c].deployDay <= d;
}
