// The books' scratch for one path (books.ts): made once per workspace, and only when the plan has
// financing or tax, so a plan without them carries none.
import type { SimulationPlan } from '../compile/plan.js';

export interface BooksWorkspace {
  /** The equity's daily flows (the project's after debt service, leases and tax; 0 after a default). */
  equityFlowUsd: Float64Array;
  /** The project's daily flows after tax (before financing). */
  afterTaxFlowUsd: Float64Array;
  balance: Float64Array;
  periodsLeft: Int32Array;
  nextPayment: Int32Array;
  topUpLeft: Float64Array;
  nextLease: Int32Array;
  /** Tax basis left per cohort, project and equity. */
  basisProject: Float64Array;
  basisEquity: Float64Array;
  disposed: Uint8Array;
  taxProject: Float64Array;
  taxEquity: Float64Array;
  dcf: Float64Array;
}

export function createBooksWorkspace(plan: SimulationPlan): BooksWorkspace | null {
  const books = plan.books;
  if (books === null) return null;
  const n = plan.cohorts.length;
  return {
    equityFlowUsd: new Float64Array(plan.days),
    afterTaxFlowUsd: new Float64Array(plan.days),
    balance: new Float64Array(books.loans.length),
    periodsLeft: new Int32Array(books.loans.length),
    nextPayment: new Int32Array(books.loans.length),
    topUpLeft: new Float64Array(books.loans.length),
    nextLease: new Int32Array(books.leases.length),
    basisProject: new Float64Array(n),
    basisEquity: new Float64Array(n),
    disposed: new Uint8Array(n),
    taxProject: new Float64Array(2),
    taxEquity: new Float64Array(2),
    dcf: new Float64Array(2),
  };
}
