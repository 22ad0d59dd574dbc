import { describe, expect, it } from 'vitest';
import { bookEventDays } from '../../src/engine/compile/books.js';
import { SALVAGE_HASHPRICE } from '../../src/engine/compile/plan.js';
import { bookFlows } from '../../src/engine/kernel/books-workspace.js';
import { simulatePath } from '../../src/engine/kernel/kernel.js';
import { METRIC } from '../../src/engine/kernel/metrics.js';
import * as M from '../../src/engine/kernel/workspace.js';
import { type BooksPlan, type LoanPlan, NO_DEPOSIT } from '../../src/model/finance/books-plan.js';
import { covenantTestDays, isCovenantTestDay } from '../../src/model/finance/covenant-days.js';
import { annuityDenominators, paymentDay } from '../../src/model/finance/loan.js';
import { makePath, makePlan, START_PRICE_USD } from '../fixtures/plan.js';

const DAYS = 400;
const MONTH = 30.436875;

/** A 12-month amortizing loan of 1,400 USD at 12 % on one S9 (2,000 USD), covenant 90 %, restore 70 %. */
function loan(testEveryDays: number, startDay = 0): LoanPlan {
  return {
    name: 'loan',
    cohorts: Int32Array.of(0),
    principalUsd: 1400,
    monthlyRate: 0.01,
    periods: 12,
    annuityDenominators: annuityDenominators(0.01, 12),
    amortizing: true,
    feeUsd: 0,
    startDay,
    paymentDays: Int32Array.from({ length: 12 }, (_, k) => paymentDay(startDay, k + 1)),
    balloonAtHorizon: false,
    marginLoanToValue: 0.9,
    restoreLoanToValue: 0.7,
    topUpUsd: 1e9,
    testEveryDays,
  };
}

/**
 * The S9 with `l` over a price at the start price, `factor` of it on days [45, until), the
 * collateral priced on the day's hashprice (resaleHashpriceDays 1; the week's mean a run reads is
 * tested in resale-hashprice.test.ts).
 */
function run(l: LoanPlan, factor: number, until = DAYS) {
  const base = makePlan({
    resaleHashpriceDays: 1,
    days: DAYS,
    cohorts: [{ salvageMode: SALVAGE_HASHPRICE, salvageFraction: 1 }],
    discountPerDay: 0.9997,
  });
  const capexByDay = new Float64Array(DAYS);
  capexByDay[0] = base.cohorts[0].capexUsd;
  const b = {
    loans: [l],
    leases: [],
    hedges: [],
    tax: null,
    capexByDay,
    deposit: NO_DEPOSIT,
    cohortUnits: Float64Array.of(1),
    cohortLogSurvival: Float64Array.of(Math.log1p(-base.cohorts[0].failureProbPerDay)),
  };
  const books: BooksPlan = { ...b, eventDays: bookEventDays(b.loans, b.leases, b.tax, base.cohorts, DAYS) };
  const plan = { ...base, books };
  const price = new Float64Array(DAYS).fill(START_PRICE_USD);
  price.fill(START_PRICE_USD * factor, 45, until);
  const workspace = M.createKernelWorkspace(plan);
  const metrics = simulatePath(
    plan,
    makePath(plan, { difficulty: 5.6e11, priceUsd: price }),
    workspace,
  ).slice();
  const flows = workspace.cashFlowUsd;
  const equity = bookFlows(workspace.books!).equity;
  return { metrics, debt: (d: number) => flows[d] - equity[d] };
}

describe('covenant test days', () => {
  it('isCovenantTestDay() holds on exactly the days covenantTestDays() lists, whatever the interval and drawdown', () => {
    for (const every of [1.5, 2, 7, MONTH, 91.3]) {
      for (const start of [0, 13]) {
        const l = loan(every, start);
        const listed = covenantTestDays(l, DAYS);
        const found = Array.from({ length: DAYS }, (_, d) => d).filter((d) => isCovenantTestDay(l, d));
        expect(found, `every ${every} from ${start}`).toEqual(listed);
        expect(listed[0]).toBe(start);
      }
    }
  });

  it('covenantTestDays() puts monthly tests on drawdown + round(k x 30.44) days', () => {
    expect(covenantTestDays(loan(MONTH), 100)).toEqual([0, 30, 61, 91]);
  });

  it('covenantTestDays() lists none for a daily covenant, which isCovenantTestDay() tests on every day from the drawdown', () => {
    const l = loan(1, 5);
    expect(covenantTestDays(l, DAYS)).toEqual([]);
    expect(isCovenantTestDay(l, 4)).toBe(false);
    expect(isCovenantTestDay(l, 5)).toBe(true);
    expect(isCovenantTestDay(l, 399)).toBe(true);
  });
});

describe('runBooks() with a covenant tested monthly', () => {
  it('calls on the first test day after hashprice halves (day 61), not on the day it halves (day 45)', () => {
    const daily = run(loan(1), 0.5);
    const monthly = run(loan(MONTH), 0.5);
    expect(daily.metrics[METRIC.marginCall]).toBe(1);
    expect(monthly.metrics[METRIC.marginCall]).toBe(1);
    // Daily: the call is on day 45; monthly: day 45 to 60 carry no call, day 61 carries payment 2
    // and the call, which repays down to 70 % of the halved collateral (1,000 USD).
    expect(daily.debt(45)).toBeGreaterThan(500);
    for (let d = 45; d < 61; d++) expect(monthly.debt(d), `day ${d}`).toBe(0);
    expect(monthly.debt(61)).toBeGreaterThan(500);
  });

  it('calls nothing when hashprice halves between two tests and recovers before the next', () => {
    const daily = run(loan(1), 0.5, 55);
    const monthly = run(loan(MONTH), 0.5, 55);
    expect(daily.metrics[METRIC.marginCall]).toBe(1);
    expect(monthly.metrics[METRIC.marginCall]).toBe(0);
    expect(monthly.metrics[METRIC.defaulted]).toBe(0);
  });

  it('defaults on the test day when the owners cannot meet the call', () => {
    const l = { ...loan(MONTH), topUpUsd: 0 };
    const { metrics } = run(l, 0.25);
    expect(metrics[METRIC.defaulted]).toBe(1);
    expect(metrics[METRIC.defaultDay]).toBe(61);
  });
});
