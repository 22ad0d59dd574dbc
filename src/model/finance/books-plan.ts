// The financing and tax of a plan, compiled once (engine/compile/books.ts) for the per-path pass
// (engine/books.ts): every schedule that does not depend on the path is a table here. Money in
// USD, days as day indexes (0 = the start date), rates per month.

import type { DepreciationRule } from './depreciation.js';
import { HEDGE_CALL, HEDGE_PRICE_SWAP, HEDGE_PUT } from './hedge.js';
import type { TaxRule } from './tax.js';

export interface LoanPlan {
  name: string;
  /** The cohorts financed and pledged. */
  cohorts: Int32Array;
  principalUsd: number;
  /** Nominal annual rate / 12. */
  monthlyRate: number;
  /** Monthly payments to maturity. */
  periods: number;
  /** 1 - (1 + monthlyRate)^-n by periods left n (loan.ts annuityDenominators). */
  annuityDenominators: Float64Array;
  amortizing: boolean;
  feeUsd: number;
  /** Drawdown day. */
  startDay: number;
  /**
   * Day of each monthly payment within the horizon (term.ts dueDay: one due where the horizon
   * ends on its last day; those after it are left to the balloon).
   */
  paymentDays: Int32Array;
  balloonAtHorizon: boolean;
  /** Covenant loan-to-value; NaN without a margin call. */
  marginLoanToValue: number;
  restoreLoanToValue: number;
  topUpUsd: number;
  /**
   * Days between the covenant's tests (marginCall.testEvery; 1: daily): test k falls on
   * startDay + round(k x testEveryDays) (covenant.ts covenantTestDay).
   */
  testEveryDays: number;
}

export interface LeasePlan {
  cohort: number;
  /** Monthly payment, USD. */
  paymentUsd: number;
  paymentDays: Int32Array;
  residualUsd: number;
  /** The cohort's capex and the day it is paid (by the lessor). */
  capexUsd: number;
  capexDay: number;
}

export interface HedgePlan {
  name: string;
  /** hedge.ts HEDGE_*. */
  kind: number;
  /** What it is written on: the hashrate (H/s) of a hashprice swap, coins otherwise. */
  amount: number;
  /** The fixed hashprice (USD per H/s per day), the fixed price or the strike (USD a coin). */
  fixedUsd: number;
  /**
   * Month k covers days [bounds[k], bounds[k + 1]) and settles on its last day (hedge.ts
   * hedgeMonthBounds); an option is one "month" from its start to its expiry, settled then.
   */
  bounds: Int32Array;
  /** Paid on bounds[0] (received when negative: a sold option), USD; 0 for a swap. */
  premiumUsd: number;
  /** 1 for a swap or a bought option, -1 for a sold one: the payoff's sign to the operation. */
  sign: number;
}

/**
 * Whether a hedge is written on coins and sells the price as the production is long it: a price
 * swap (a forward sale), a bought put, a sold call.
 */
export function coversCoins(hedge: HedgePlan): boolean {
  return (
    hedge.kind === HEDGE_PRICE_SWAP ||
    (hedge.kind === HEDGE_PUT && hedge.sign > 0) ||
    (hedge.kind === HEDGE_CALL && hedge.sign < 0)
  );
}

export interface TaxPlan {
  rule: TaxRule;
  /** Last day index of each tax year (the last one is the horizon's last day). */
  yearEnds: Int32Array;
  /**
   * The share of the last tax year's days within the horizon (1 when it ends on the fiscal year
   * end): the all-in cost per coin counts that share of the year's depreciation, a horizon cut
   * inside a tax year its days' part (compile/books.ts horizonTaxYearShare). The tax counts the
   * whole year's: the horizon is taxed as a sale, where the depreciation and the gain cancel.
   */
  horizonYearShare: number;
  /**
   * Depreciation of each cohort in each tax year, cohort-major ([c * years + y]): `project` on its
   * capex from the year it starts hashing, `equity` the same for a bought cohort and on the buyout
   * from the year of the buyout (or, later, the year it starts hashing) for a leased one. Zero
   * without a depreciation rule.
   */
  projectDepreciation: Float64Array;
  equityDepreciation: Float64Array;
  /** Tax basis of each cohort: its capex (project), its capex or buyout (equity). */
  projectBasis: Float64Array;
  equityBasis: Float64Array;
  /** The depreciation rule (null: none, the cost is recovered on sale). */
  depreciation: DepreciationRule | null;
  coinBasis: boolean;
  /**
   * The hosting deposit (0: none), paid on day 0 and refunded on `depositRefundDay`: in the
   * project's flows as a cost and its refund, but money lent to the site, so not in the tax base.
   */
  depositUsd: number;
  depositRefundDay: number;
}

/** No hosting deposit (BooksPlan.deposit). */
export const NO_DEPOSIT: BooksPlan['deposit'] = Object.freeze({
  usd: 0,
  refundDay: 0,
  refundedOnDefault: false,
});

/** Whether a loan of the books has a loan-to-value covenant (so a margin call or a default can happen). */
export function hasCovenant(books: BooksPlan | null): boolean {
  return books?.loans.some((loan) => loan.marginLoanToValue > 0) === true;
}

export interface BooksPlan {
  loans: LoanPlan[];
  leases: LeasePlan[];
  hedges: HedgePlan[];
  tax: TaxPlan | null;
  /** The days with a loan, lease, hedge, tax or disposal event, ascending; the last day is always one. */
  eventDays: Int32Array;
  /** Capex paid on each day by the project (every cohort, leased or not). */
  capexByDay: Float64Array;
  /**
   * The hosting deposit (usd 0: none), paid on day 0 and back on refundDay in the project's flows.
   * A default before refundDay ends the equity's contract: the deposit comes back that day when
   * refundedOnDefault, else the site keeps it (a loss in the equity's tax that year).
   */
  deposit: { usd: number; refundDay: number; refundedOnDefault: boolean };
  /** Per cohort: the day its salvage-linked collateral value starts (deploy day) and units bought. */
  cohortUnits: Float64Array;
  /**
   * Per cohort: ln(1 - the daily failure probability), so expected survivors are units x exp(days x
   * this): the collateral's count on a path run at the expected survival (a path whose failures are
   * drawn counts the machines left on it, engine/kernel/covenant.ts).
   */
  cohortLogSurvival: Float64Array;
}
