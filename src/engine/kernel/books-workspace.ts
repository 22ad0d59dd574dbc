// The books' scratch for one path (books.ts): made once per workspace, and only when the plan has
// financing or tax, so a plan without them carries none; set again at each path's start.
import type { BooksPlan } from '../../model/finance/books-plan.js';
import { createFlowBlocks, type FlowBlocks } from '../../model/finance/flow-moments.js';
import { type SparseFlows, writeSparseFlows } from '../../model/finance/sparse-irr.js';
import { discountFactors } from '../../model/finance/sparse-scan.js';
import type { SimulationPlan } from '../compile/plan.js';

export interface BooksWorkspace {
  /**
   * The equity's flow (the project's after debt service, leases, hedges and tax) on each day the books
   * run in full; the other days' entries are stale. The whole series: bookFlows().
   */
  equityFlowUsd: Float64Array;
  /** The project's flow after tax (before financing) on each day run in full, as equityFlowUsd. */
  afterTaxFlowUsd: Float64Array;
  /** The equity's and the after-tax flows as the project's with the days they differ on replaced. */
  equity: SparseFlows;
  afterTax: SparseFlows;
  /** The project's flows' blocks (flow-moments.ts), shared by both, as are their discount factors. */
  blocks: FlowBlocks;
  balance: Float64Array;
  /** Per loan: interest accrued on principal its margin calls repaid since its last payment, due with the next. */
  accrued: Float64Array;
  periodsLeft: Int32Array;
  nextPayment: Int32Array;
  topUpLeft: Float64Array;
  nextLease: Int32Array;
  /** Per hedge: its next month to settle. */
  nextHedge: Int32Array;
  /** Tax basis left per cohort, project and equity. */
  basisProject: Float64Array;
  basisEquity: Float64Array;
  disposed: Uint8Array;
  taxProject: Float64Array;
  taxEquity: Float64Array;
  /** The equity's income tax paid in each tax year (BooksPlan tax.yearEnds' order), USD; empty without tax. */
  taxByYear: Float64Array;
  /** The equity's losses carried forward after each tax year's tax, USD; empty without tax. */
  lossCarriedByYear: Float64Array;
  /**
   * After a default: the equity's tax on the default day, which ends its tax year (books.ts), and
   * the losses carried after it, USD; part of taxByYear's for the calendar tax year it falls in,
   * which also holds the tax at that year's end on the hedges settled after the default. NaN
   * without a default.
   */
  taxAtDefaultUsd: number;
  lossCarriedAtDefaultUsd: number;
  /**
   * The path's tax at the horizon on the machines still held, valued as sold (books.ts): in the
   * equity's flows, not in its net position. For tests and traces.
   */
  horizonSaleTaxUsd: number;
  dcf: Float64Array;
  /**
   * resaleWear(cohort c, k days worn) at [c x days + k], NaN until first asked (covenant.ts
   * collateralUsd values the pledged machines on every day checked in full, covenantTrigger at each
   * stretch's last day: a power each, once).
   * Depends on the plan alone, so it is kept from path to path.
   */
  wear: Float64Array;
}

export function createBooksWorkspace(plan: SimulationPlan): BooksWorkspace | null {
  const books = plan.books;
  if (books === null) return null;
  const n = plan.cohorts.length;
  const blocks = createFlowBlocks(plan.days);
  const factors = discountFactors(plan.discountPerDay, plan.days);
  const sparse = (): SparseFlows => ({
    base: new Float64Array(0),
    blocks,
    baseNpv: 0,
    baseChanges: 0,
    days: new Int32Array(plan.days),
    values: new Float64Array(plan.days),
    count: 0,
    length: plan.days,
    factors,
    factorsDiscount: plan.discountPerDay,
  });
  return {
    wear: new Float64Array(n * plan.days).fill(Number.NaN),
    equityFlowUsd: new Float64Array(plan.days),
    afterTaxFlowUsd: new Float64Array(plan.days),
    equity: sparse(),
    afterTax: sparse(),
    blocks,
    balance: new Float64Array(books.loans.length),
    accrued: new Float64Array(books.loans.length),
    periodsLeft: new Int32Array(books.loans.length),
    nextPayment: new Int32Array(books.loans.length),
    topUpLeft: new Float64Array(books.loans.length),
    nextLease: new Int32Array(books.leases.length),
    nextHedge: new Int32Array(books.hedges.length),
    basisProject: new Float64Array(n),
    basisEquity: new Float64Array(n),
    disposed: new Uint8Array(n),
    taxProject: new Float64Array(2),
    taxEquity: new Float64Array(2),
    taxByYear: new Float64Array(books.tax?.yearEnds.length ?? 0),
    lossCarriedByYear: new Float64Array(books.tax?.yearEnds.length ?? 0),
    taxAtDefaultUsd: Number.NaN,
    lossCarriedAtDefaultUsd: Number.NaN,
    horizonSaleTaxUsd: 0,
    dcf: new Float64Array(2),
  };
}

/**
 * Sets `w` for a path whose project flows are `flow`: the equity's and the after-tax flows are those
 * with no day replaced yet; no loan drawn, its periods and top-up all left; no lease, hedge or
 * tax year's payment made, no cohort disposed of, its tax basis whole.
 */
export function startBooksWorkspace(w: BooksWorkspace, books: BooksPlan, flow: Float64Array): void {
  const equity = w.equity;
  const afterTax = w.afterTax;
  equity.base = flow;
  afterTax.base = flow;
  equity.count = 0;
  afterTax.count = 0;
  const { loans, tax } = books;
  for (let i = 0; i < loans.length; i++) {
    w.balance[i] = 0;
    w.accrued[i] = 0;
    w.periodsLeft[i] = loans[i].periods;
    w.nextPayment[i] = 0;
    w.topUpLeft[i] = loans[i].topUpUsd;
  }
  w.nextLease.fill(0);
  w.nextHedge.fill(0);
  w.disposed.fill(0);
  w.taxProject.fill(0);
  w.taxEquity.fill(0);
  w.taxByYear.fill(0);
  w.lossCarriedByYear.fill(0);
  w.taxAtDefaultUsd = Number.NaN;
  w.lossCarriedAtDefaultUsd = Number.NaN;
  w.horizonSaleTaxUsd = 0;
  if (tax !== null) {
    w.basisProject.set(tax.projectBasis);
    w.basisEquity.set(tax.equityBasis);
  }
}

/**
 * The whole daily series of the path the books have just run: the equity's (after a default,
 * its hedges' settlements and their tax alone) and the project's after tax. Allocates: for tests and traces, not the kernel.
 */
export function bookFlows(w: BooksWorkspace): {
  equity: Float64Array;
  afterTax: Float64Array;
  horizonSaleTaxUsd: number;
} {
  const equity = new Float64Array(w.equityFlowUsd.length);
  const afterTax = new Float64Array(w.afterTaxFlowUsd.length);
  writeSparseFlows(w.equity, equity);
  writeSparseFlows(w.afterTax, afterTax);
  return { equity, afterTax, horizonSaleTaxUsd: w.horizonSaleTaxUsd };
}
