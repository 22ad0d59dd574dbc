// compileBooks(scenario, cohorts, days): the financing and tax of a scenario as the per-path pass
// needs them (books-plan.ts), or null when the scenario has none, so the kernel skips the pass.

import { daysBetween } from '../../data/dates.js';
import type { BooksPlan, HedgePlan, LeasePlan, LoanPlan, TaxPlan } from '../../model/finance/books-plan.js';
import { cohortCapexUsd } from '../../model/finance/capex.js';
import { covenantTestDays } from '../../model/finance/covenant-days.js';
import { type DepreciationRule, depreciationSchedule } from '../../model/finance/depreciation.js';
import {
  HEDGE_CALL,
  HEDGE_HASHPRICE_SWAP,
  HEDGE_PRICE_SWAP,
  HEDGE_PUT,
  hedgeMonthBounds,
} from '../../model/finance/hedge.js';
import { leasePaymentDays } from '../../model/finance/lease.js';
import { annuityDenominators } from '../../model/finance/loan.js';
import { dueDay, termMonths } from '../../model/finance/term.js';
import { loanCohortIndexes, loanStart } from '../../scenario/loan-cohorts.js';
import type { Scenario } from '../../scenario/normalize.js';
import type { Hedge } from '../../scenario/schema/hedge.js';
import { DAYS_PER_YEAR } from '../../scenario/units.js';

/** The cohort facts the books need, from the compiled plan's cohorts. */
export interface BookCohort {
  units: number;
  failureProbPerDay: number;
  capexUsd: number;
  purchaseDay: number;
  deployDay: number;
  retireDay: number;
  brickDay: number;
}

/**
 * Last day index of each tax year of a horizon of `days` days from `start` (yyyy-mm-dd), the
 * jurisdiction's years ending each `yearEnd` (mm-dd, e.g. 12-31): the first year is the part of
 * the fiscal year left at the start, and the last ends on the horizon's last day.
 */
export function taxYearEnds(start: string, days: number, yearEnd: string): Int32Array {
  const ends: number[] = [];
  const first = Number(start.slice(0, 4));
  for (let year = first; ; year++) {
    const end = daysBetween(start, `${year}-${yearEnd}`);
    if (end < 0) continue;
    if (end >= days - 1) break;
    ends.push(end);
  }
  ends.push(days - 1);
  return Int32Array.from(ends);
}

/**
 * The share of the last tax year's days (taxYearEnds' last) within a horizon of `days` days from
 * `start`: 1 when the horizon ends on the fiscal year end; else its days to the horizon's last day
 * over its days to the fiscal year end it would have run to (the first year counted from the
 * start, as taxYearEnds counts it). The all-in cost per coin counts that share of the year's
 * depreciation (kernel/books.ts).
 */
export function horizonTaxYearShare(start: string, days: number, yearEnd: string): number {
  const ends = taxYearEnds(start, days, yearEnd);
  const before = ends.length > 1 ? ends[ends.length - 2] : -1;
  for (let year = Number(start.slice(0, 4)); ; year++) {
    const end = daysBetween(start, `${year}-${yearEnd}`);
    if (end >= days - 1) return (days - 1 - before) / (end - before);
  }
}

/** Index of the tax year that holds day `d`. */
export function taxYearOf(yearEnds: Int32Array, d: number): number {
  let y = 0;
  while (y < yearEnds.length - 1 && yearEnds[y] < d) y++;
  return y;
}

/** The hosting deposit as the plan's fixed costs carry it (compile/contracts.ts). */
export interface BookDeposit {
  usd: number;
  refundDay: number;
  /** A default before refundDay pays it back that day (else the site keeps it). */
  refundedOnDefault: boolean;
}

/** Whether a scenario has books: a loan, a lease, a hedge or tax (a run then keeps the books' outcomes). */
export function keepsBooks(s: Scenario): boolean {
  const f = s.finance;
  return (
    f !== undefined &&
    (f.loans.length > 0 || f.leases.length > 0 || f.hedges.length > 0 || f.tax !== undefined)
  );
}

export function compileBooks(
  s: Scenario,
  cohorts: readonly BookCohort[],
  days: number,
  deposit: BookDeposit = { usd: 0, refundDay: 0, refundedOnDefault: false },
): BooksPlan | null {
  const f = s.finance;
  if (f === undefined || !keepsBooks(s)) return null;
  const capexByDay = new Float64Array(days);
  for (const c of cohorts) if (c.purchaseDay < days) capexByDay[Math.max(0, c.purchaseDay)] += c.capexUsd;
  const loans = f.loans.map((loan, i): LoanPlan => {
    const indexes = loanCohortIndexes(s, loan.cohorts);
    const principal =
      loan.principal ??
      (loan.loanToValue ?? 0) * indexes.reduce((sum, c) => sum + cohortCapexUsd(s.fleet[c]), 0);
    const startDay = daysBetween(s.start, loanStart(s, loan.start, loan.cohorts));
    const periods = termMonths(loan.term);
    // Payments due after the horizon are left to the balloon (balloonAtHorizon; the rules refuse
    // them without it); one due where the horizon ends is paid on its last day. The horizon's, not
    // the run's `days`: a replay cut short by the history's end makes no payment due after the cut.
    const paymentDays: number[] = [];
    for (let k = 1; k <= periods; k++) {
      const d = dueDay(startDay, k, s.days);
      if (d < days) paymentDays.push(d);
    }
    const call = loan.marginCall;
    return {
      name: loan.name ?? `loan ${i + 1}`,
      cohorts: Int32Array.from(indexes),
      principalUsd: principal,
      monthlyRate: loan.rate / 12,
      periods,
      annuityDenominators: annuityDenominators(loan.rate / 12, periods),
      amortizing: loan.repayment === 'amortizing',
      feeUsd: principal * loan.fee,
      startDay,
      paymentDays: Int32Array.from(paymentDays),
      balloonAtHorizon: loan.balloonAtHorizon,
      marginLoanToValue: call?.loanToValue ?? Number.NaN,
      restoreLoanToValue: call?.restoreTo ?? call?.loanToValue ?? Number.NaN,
      topUpUsd: call?.topUp ?? 0,
      testEveryDays: call?.testEvery ?? 1,
    };
  });
  const leases = f.leases.map((lease): LeasePlan => {
    const c = s.fleet.findIndex((cohort) => cohort.name === lease.cohort);
    const capexDay = Math.max(0, cohorts[c].purchaseDay);
    return {
      cohort: c,
      // The payment is given a month; canonical money-per-time is a day.
      paymentUsd: (lease.payment * DAYS_PER_YEAR) / 12,
      paymentDays: leasePaymentDays(capexDay, termMonths(lease.term), s.days),
      residualUsd: lease.residual,
      capexUsd: cohorts[c].capexUsd,
      capexDay,
    };
  });
  const hedges = f.hedges.map((hedge, i) => compileHedge(s, hedge, i));
  const taxPlan = f.tax === undefined ? null : compileTax(f.tax, s.start, cohorts, leases, days, deposit);
  const eventDays = bookEventDays(loans, leases, taxPlan, cohorts, days, hedges);
  return {
    loans,
    leases,
    hedges,
    tax: taxPlan,
    eventDays,
    capexByDay,
    deposit,
    cohortUnits: Float64Array.from(cohorts, (c) => c.units),
    cohortLogSurvival: Float64Array.from(cohorts, (c) => Math.log1p(-c.failureProbPerDay)),
  };
}

/**
 * Every day something happens in the books, ascending: purchases, drawdowns and payments, lease
 * payments, hedges' premiums and settlements, tax year ends, sales and bricking of cohorts, the last day. The days between only add up the
 * project's flows.
 */
export function bookEventDays(
  loans: readonly LoanPlan[],
  leases: readonly LeasePlan[],
  tax: TaxPlan | null,
  cohorts: readonly BookCohort[],
  days: number,
  hedges: readonly HedgePlan[] = [],
): Int32Array {
  const events = new Set<number>([days - 1]);
  // A hedge's premium on its first day, a settlement on each month's last day.
  for (const hedge of hedges) {
    if (hedge.premiumUsd !== 0) events.add(hedge.bounds[0]);
    for (let k = 1; k < hedge.bounds.length; k++) events.add(hedge.bounds[k] - 1);
  }
  // Capex days: the project pays the machines (every cohort, financed or not).
  for (const c of cohorts) if (c.purchaseDay < days) events.add(Math.max(0, c.purchaseDay));
  for (const loan of loans) {
    events.add(loan.startDay);
    for (const d of loan.paymentDays) events.add(d);
    // A covenant tested less often than daily is tested on these days alone, each run in full.
    for (const d of covenantTestDays(loan, days)) events.add(d);
  }
  for (const lease of leases) {
    events.add(lease.capexDay);
    for (const d of lease.paymentDays) events.add(d);
  }
  if (tax !== null) {
    for (const d of tax.yearEnds) events.add(d);
    // The hosting deposit's payment and refund, taken out of the tax base on their days.
    if (tax.depositUsd !== 0) {
      events.add(0);
      events.add(tax.depositRefundDay);
    }
    for (const c of cohorts) {
      if (c.retireDay < days) events.add(c.retireDay);
      if (c.brickDay < days) events.add(c.brickDay);
    }
  }
  return Int32Array.from([...events].filter((d) => d >= 0 && d < days)).sort();
}

/** A hedge as the books settle it (books-plan.ts HedgePlan); its days checked by hedge-rules.ts. */
function compileHedge(s: Scenario, hedge: Hedge, i: number): HedgePlan {
  const startDay = daysBetween(s.start, hedge.start ?? s.start);
  const name = hedge.name ?? `hedge ${i + 1}`;
  if (hedge.type === 'hashprice-swap' || hedge.type === 'price-swap') {
    const hashprice = hedge.type === 'hashprice-swap';
    return {
      name,
      kind: hashprice ? HEDGE_HASHPRICE_SWAP : HEDGE_PRICE_SWAP,
      amount: hashprice ? hedge.hashrate : hedge.coins,
      fixedUsd: hedge.price,
      bounds: hedgeMonthBounds(startDay, termMonths(hedge.term)),
      premiumUsd: 0,
      sign: 1,
    };
  }
  const sign = hedge.position === 'bought' ? 1 : -1;
  return {
    name,
    kind: hedge.type === 'put' ? HEDGE_PUT : HEDGE_CALL,
    amount: hedge.coins,
    fixedUsd: hedge.strike,
    bounds: Int32Array.of(startDay, daysBetween(s.start, hedge.expiry) + 1),
    premiumUsd: sign * hedge.coins * hedge.premium,
    sign,
  };
}

function compileTax(
  tax: NonNullable<NonNullable<Scenario['finance']>['tax']>,
  start: string,
  cohorts: readonly BookCohort[],
  leases: readonly LeasePlan[],
  days: number,
  deposit: BookDeposit,
): TaxPlan {
  const yearEnds = taxYearEnds(start, days, tax.yearEnd);
  const years = yearEnds.length;
  const n = cohorts.length;
  const rule: DepreciationRule | null =
    tax.depreciation === undefined
      ? null
      : {
          method: tax.depreciation.method,
          lifeYears: tax.depreciation.lifeYears,
          factor: tax.depreciation.factor,
          bonus: tax.depreciation.bonus ?? 0,
        };
  const projectDepreciation = new Float64Array(n * years);
  const equityDepreciation = new Float64Array(n * years);
  const projectBasis = Float64Array.from(cohorts, (c) => c.capexUsd);
  const equityBasis = projectBasis.slice();
  const place = (table: Float64Array, c: number, cost: number, day: number) => {
    if (rule === null || day >= days) return;
    const schedule = depreciationSchedule(cost, rule);
    const first = taxYearOf(yearEnds, Math.max(0, day));
    for (let k = 0; k < schedule.length && first + k < years; k++)
      table[c * years + first + k] += schedule[k];
  };
  cohorts.forEach((c, i) => {
    place(projectDepreciation, i, c.capexUsd, c.deployDay);
    const lease = leases.find((l) => l.cohort === i);
    if (lease === undefined) place(equityDepreciation, i, c.capexUsd, c.deployDay);
    else {
      // The buyout is the equity's from the last payment, depreciated from the tax year the machines
      // start hashing, as a bought cohort's: the later of the two.
      equityBasis[i] = lease.residualUsd;
      const boughtOut = lease.paymentDays[lease.paymentDays.length - 1];
      place(equityDepreciation, i, lease.residualUsd, Math.max(boughtOut, c.deployDay));
    }
  });
  return {
    rule: { rate: tax.rate ?? 0, carryForward: tax.lossCarryForward, offsetLimit: tax.lossOffsetLimit },
    yearEnds,
    horizonYearShare: horizonTaxYearShare(start, days, tax.yearEnd),
    projectDepreciation,
    equityDepreciation,
    projectBasis,
    equityBasis,
    depreciation: rule,
    coinBasis: tax.coinBasis,
    depositUsd: deposit.usd,
    depositRefundDay: deposit.refundDay,
  };
}
