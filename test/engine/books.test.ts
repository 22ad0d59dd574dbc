import { describe, expect, it } from 'vitest';
import { bookEventDays, taxYearEnds } from '../../src/engine/compile/books.js';
import { SALVAGE_HASHPRICE, type SimulationPlan } from '../../src/engine/compile/plan.js';
import { simulatePath } from '../../src/engine/kernel/kernel.js';
import { METRIC } from '../../src/engine/kernel/metrics.js';
import * as M from '../../src/engine/kernel/workspace.js';
import { DAYS_PER_YEAR } from '../../src/model/calendar.js';
import type { BooksPlan, LoanPlan } from '../../src/model/finance/books-plan.js';
import { presentValueAndRate } from '../../src/model/finance/irr.js';
import { loanSchedule, paymentDay } from '../../src/model/finance/loan.js';
import { makePath, makePlan, START_PRICE_USD } from '../fixtures/plan.js';

// One S9 (2,000 USD) earning 13.67 USD a day at the start price and paying 1.59 USD of power
// (kernel.test.ts), at a fixed difficulty, so hashprice moves with the price alone.
const DAYS = 400;

function books(plan: SimulationPlan, over: Partial<BooksPlan> = {}): BooksPlan {
  const capexByDay = new Float64Array(plan.days);
  capexByDay[0] = plan.cohorts[0].capexUsd;
  const b = { loans: [], leases: [], tax: null, capexByDay, cohortUnits: Float64Array.of(1), ...over };
  return { ...b, eventDays: bookEventDays(b.loans, b.leases, b.tax, plan.cohorts, plan.days) };
}

function loan(over: Partial<LoanPlan> = {}): LoanPlan {
  const periods = 12;
  return {
    name: 'loan',
    cohorts: Int32Array.of(0),
    principalUsd: 1400,
    monthlyRate: 0.01,
    periods,
    amortizing: true,
    feeUsd: 0,
    startDay: 0,
    paymentDays: Int32Array.from({ length: periods }, (_, k) => paymentDay(0, k + 1)),
    balloonAtHorizon: false,
    marginLoanToValue: 0.9,
    restoreLoanToValue: 0.7,
    topUpUsd: 1e9,
    ...over,
  };
}

/** Runs the S9 with `finance` over a price that is the start price, then `factor` of it from day 45 on. */
function run(finance: (plan: SimulationPlan) => Partial<BooksPlan>, factor = 1) {
  const base = makePlan({
    days: DAYS,
    cohorts: [{ salvageMode: SALVAGE_HASHPRICE, salvageFraction: 1 }],
    discountPerDay: 0.9997,
  });
  const plan = { ...base, books: books(base, finance(base)) };
  const price = new Float64Array(DAYS).fill(START_PRICE_USD);
  price.fill(START_PRICE_USD * factor, 45);
  const path = makePath(plan, { difficulty: 5.6e11, priceUsd: price });
  const workspace = M.createKernelWorkspace(plan);
  const metrics = simulatePath(plan, path, workspace).slice();
  return {
    metrics,
    workspace,
    equity: workspace.books!.equityFlowUsd.slice(),
    flows: workspace.cashFlowUsd.slice(),
  };
}

describe('the books of a path', () => {
  it('runBooks() without debt, lease or tax gives the equity the project’s flows: equity IRR and NPV equal the project’s', () => {
    const { metrics, equity, flows } = run(() => ({}));
    expect(Array.from(equity)).toEqual(Array.from(flows));
    // The IRR of the equity's own flows, solved apart, is the project's.
    const out = new Float64Array(2);
    presentValueAndRate(equity, DAYS, 0.9997, DAYS_PER_YEAR, out);
    expect(out[1]).toBe(metrics[METRIC.irr]);
    expect(out[0]).toBe(metrics[METRIC.npvUsd]);
    expect(metrics[METRIC.equityIrr]).toBe(metrics[METRIC.irr]);
    expect(metrics[METRIC.equityNpvUsd]).toBe(metrics[METRIC.npvUsd]);
    expect(metrics[METRIC.equityPaybackDay]).toBe(metrics[METRIC.paybackDay]);
    expect(metrics[METRIC.marginCall]).toBe(0);
  });

  it('runBooks() pays the loan on the annuity schedule: draws 1,400 USD on day 0 and pays interest and principal monthly', () => {
    const { equity, flows, metrics } = run(() => ({ loans: [loan({ marginLoanToValue: Number.NaN })] }));
    const rows = loanSchedule(1400, 0.12, 12, true);
    expect(equity[0] - flows[0]).toBeCloseTo(1400, 9);
    rows.forEach((row, k) => {
      const d = paymentDay(0, k + 1);
      expect(flows[d] - equity[d]).toBeCloseTo(row.interest + row.principal, 9);
    });
    expect(metrics[METRIC.interestPaidUsd]).toBeCloseTo(
      rows.reduce((s, r) => s + r.interest, 0),
      9,
    );
  });

  it('runBooks() makes a margin call when hashprice halves: the collateral halves and principal is repaid down to 70 % of it', () => {
    const { equity, flows, metrics } = run(() => ({ loans: [loan()] }), 0.5);
    expect(metrics[METRIC.marginCall]).toBe(1);
    expect(metrics[METRIC.defaulted]).toBe(0);
    // The first payment day after the fall: the balance after it against 70 % of 1,000 USD.
    const rows = loanSchedule(1400, 0.12, 12, true);
    const d = paymentDay(0, 2);
    const call = rows[1].balance - 0.7 * 1000;
    expect(flows[d] - equity[d]).toBeCloseTo(rows[1].interest + rows[1].principal + call, 6);
  });

  it('runBooks() keeps the same path call-free while hashprice holds', () => {
    const { metrics } = run(() => ({ loans: [loan()] }));
    expect(metrics[METRIC.marginCall]).toBe(0);
  });

  it('runBooks() records a default when the owners cannot meet the call, and the equity’s flows stop that day', () => {
    const { equity, metrics } = run(() => ({ loans: [loan({ topUpUsd: 0 })] }), 0.25);
    expect(metrics[METRIC.marginCall]).toBe(1);
    expect(metrics[METRIC.defaulted]).toBe(1);
    const d = paymentDay(0, 2);
    expect(metrics[METRIC.defaultDay]).toBe(d);
    expect(equity.subarray(d + 1).every((v) => v === 0)).toBe(true);
    expect(Number.isNaN(metrics[METRIC.equityPaybackDay])).toBe(true);
  });

  it('runBooks() gives a leased cohort’s capex back to the equity and charges 12 monthly payments and the buyout', () => {
    const paymentDays = Int32Array.from({ length: 12 }, (_, k) => paymentDay(0, k + 1));
    const { equity, flows, metrics } = run(() => ({
      leases: [{ cohort: 0, paymentUsd: 90, paymentDays, residualUsd: 100, capexUsd: 2000, capexDay: 0 }],
    }));
    expect(equity[0] - flows[0]).toBeCloseTo(2000, 9);
    paymentDays.forEach((d, k) => {
      expect(flows[d] - equity[d]).toBeCloseTo(k === 11 ? 190 : 90, 9);
    });
    // The equity put nothing in: it is paid back on the first day.
    expect(metrics[METRIC.equityPaybackDay]).toBe(0);
    expect(metrics[METRIC.marginCall]).toBe(0);
  });

  it('taxYearEnds() ends tax years every 365.25 days from the start, the last on the horizon’s last day', () => {
    // Year two ends on round(2 x 365.25) - 1 = 730.
    expect(Array.from(taxYearEnds(800))).toEqual([364, 730, 799]);
    expect(Array.from(taxYearEnds(365))).toEqual([364]);
  });

  it('runBooks() taxes the project at the rate on its yearly profit; no depreciation means the machines’ cost comes back only at the horizon', () => {
    const { metrics, workspace, flows } = run((plan) => ({
      tax: {
        rule: { rate: 0.25, carryForward: true, offsetLimit: 1 },
        yearEnds: taxYearEnds(plan.days),
        projectDepreciation: new Float64Array(2),
        equityDepreciation: new Float64Array(2),
        projectBasis: Float64Array.of(2000),
        equityBasis: Float64Array.of(2000),
        depreciation: null,
        coinBasis: false,
      },
    }));
    const after = workspace.books!.afterTaxFlowUsd;
    // Year one ends on day 364: 365 days of profit (revenue less power), taxed at 25 %.
    const yearOne = flows.subarray(1, 365).reduce((s, v) => s + v, 0) + flows[0] + 2000;
    expect(flows[364] - after[364]).toBeCloseTo(0.25 * yearOne, 6);
    expect(metrics[METRIC.afterTaxNpvUsd]).toBeLessThan(metrics[METRIC.npvUsd]);
  });
});
