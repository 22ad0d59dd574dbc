import { describe, expect, it } from 'vitest';
import { bookEventDays, taxYearEnds } from '../../src/engine/compile/books.js';
import {
  SALVAGE_HASHPRICE,
  type SimulationPlan,
  TREASURY_HOLD,
  TREASURY_SELL_DAILY,
} from '../../src/engine/compile/plan.js';
import { bookFlows } from '../../src/engine/kernel/books-workspace.js';
import { SERIES_INDEX } from '../../src/engine/kernel/checkpoints.js';
import { simulatePath } from '../../src/engine/kernel/kernel.js';
import { METRIC } from '../../src/engine/kernel/metrics.js';
import * as M from '../../src/engine/kernel/workspace.js';
import { DAYS_PER_YEAR } from '../../src/model/calendar.js';
import { type BooksPlan, NO_DEPOSIT } from '../../src/model/finance/books-plan.js';
import { presentValueAndRate } from '../../src/model/finance/irr.js';
import { loanSchedule, paymentDay } from '../../src/model/finance/loan.js';
import { loanPlan } from '../fixtures/loan-plan.js';
import { makePath, makePlan, START_PRICE_USD } from '../fixtures/plan.js';
import { seededUniform } from '../fixtures/uniform.js';

// One S9 (2,000 USD) earning 13.67 USD a day at the start price and paying 1.59 USD of power
// (kernel.test.ts), at a fixed difficulty, so hashprice moves with the price alone. The plans whose
// calls are worked out on a one-day step price a resale on the day's hashprice (resaleHashpriceDays
// 1); the random paths' on the week's mean, as a run does (resale-hashprice.test.ts).
const DAYS = 400;

function books(plan: SimulationPlan, over: Partial<BooksPlan> = {}): BooksPlan {
  const capexByDay = new Float64Array(plan.days);
  capexByDay[0] = plan.cohorts[0].capexUsd;
  const b: Omit<BooksPlan, 'eventDays'> = {
    loans: [],
    leases: [],
    hedges: [],
    tax: null,
    capexByDay,
    deposit: NO_DEPOSIT,
    cohortUnits: Float64Array.of(1),
    cohortLogSurvival: Float64Array.from(plan.cohorts, (c) => Math.log1p(-c.failureProbPerDay)),
    ...over,
  };
  return { ...b, eventDays: bookEventDays(b.loans, b.leases, b.tax, plan.cohorts, plan.days, b.hedges) };
}

const loan = loanPlan;

/** Runs the S9 with `finance` over a price that is the start price, then `factor` of it from day 45 on. */
function run(finance: (plan: SimulationPlan) => Partial<BooksPlan>, factor = 1) {
  const base = makePlan({
    resaleHashpriceDays: 1,
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
    equity: bookFlows(workspace.books!).equity,
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

  it('runBooks() makes a margin call on the day hashprice halves, between two payment days: principal is repaid down to 70 % of the collateral', () => {
    const { equity, flows, metrics } = run(() => ({ loans: [loan()] }), 0.5);
    expect(metrics[METRIC.marginCall]).toBe(1);
    expect(metrics[METRIC.defaulted]).toBe(0);
    // The price halves on day 45, between payments 1 (day 30) and 2 (day 61): the covenant is
    // checked daily, so the call is on day 45, on the balance after payment 1 (1,400 - 110.39 =
    // 1,289.61 USD) against 90 % of the collateral, 1,000 USD (half the 2,000 USD machine), and
    // repays down to 70 % of it: 589.61 USD.
    const rows = loanSchedule(1400, 0.12, 12, true);
    const call = rows[0].balance - 0.7 * 1000;
    expect(call).toBeCloseTo(589.61, 2);
    expect(flows[44] - equity[44]).toBe(0);
    expect(flows[45] - equity[45]).toBeCloseTo(call, 6);
    // Payment 2 re-amortizes the balance left (700 USD) over the 11 periods left, and pays the
    // interest the called 589.61 USD owed from payment 1 (day 30) to the call (day 45): 16 days.
    const d = paymentDay(0, 2);
    const after = loanSchedule(700, 0.12, 11, true)[0];
    const accrued = (call * 0.01 * 16) / (365.25 / 12);
    expect(flows[d] - equity[d]).toBeCloseTo(after.interest + after.principal + accrued, 6);
  });

  it('runBooks() values the collateral before the machines run at their price, not at the deploy day’s hashprice still to come', () => {
    // Deployed on day 10; hashprice is half of day 10's before it. The lender knows no deploy-day
    // hashprice before day 10, so the 2,000 USD machine is worth 2,000 USD (1,400 <= 90 % of it).
    const base = makePlan({
      resaleHashpriceDays: 1,
      days: DAYS,
      cohorts: [{ salvageMode: SALVAGE_HASHPRICE, salvageFraction: 1, deployDay: 10 }],
      discountPerDay: 0.9997,
    });
    const plan = { ...base, books: books(base, { loans: [loan()] }) };
    const price = new Float64Array(DAYS).fill(START_PRICE_USD);
    price.fill(START_PRICE_USD / 2, 0, 10);
    const path = makePath(plan, { difficulty: 5.6e11, priceUsd: price });
    const metrics = simulatePath(plan, path, M.createKernelWorkspace(plan));
    expect(metrics[METRIC.marginCall]).toBe(0);
  });

  it('runBooks() keeps the same path call-free while hashprice holds', () => {
    const { metrics } = run(() => ({ loans: [loan()] }));
    expect(metrics[METRIC.marginCall]).toBe(0);
  });

  it('runBooks() records a default when the owners cannot meet the call, and the equity’s flows stop that day', () => {
    const { equity, metrics } = run(() => ({ loans: [loan({ topUpUsd: 0 })] }), 0.25);
    expect(metrics[METRIC.marginCall]).toBe(1);
    expect(metrics[METRIC.defaulted]).toBe(1);
    // On the day the price falls to a quarter (day 45), not on the next payment day.
    const d = 45;
    expect(metrics[METRIC.defaultDay]).toBe(d);
    expect(equity.subarray(d + 1).every((v) => v === 0)).toBe(true);
    expect(Number.isNaN(metrics[METRIC.equityPaybackDay])).toBe(true);
  });

  it('runBooks() taxes a default as a sale of the machines for the debt the lender takes: the debt less the basis left is a gain', () => {
    // Tax years end on days 20 and 399; straight line, 1,000 USD a year, losses not carried
    // forward. The price falls to a quarter on day 45: the call cannot be met, a default. Year two
    // ends with the default: its profit (days 21-45), less the last 1,000 USD of depreciation
    // (the basis left is 0), less the first month's interest (1 % of 1,400 USD), plus the debt the
    // lender takes (1,400 USD less the first payment's principal) as the machines' proceeds.
    const tax = (plan: SimulationPlan): Partial<BooksPlan> => ({
      loans: [loan({ topUpUsd: 0 })],
      tax: {
        rule: { rate: 0.25, carryForward: false, offsetLimit: 1 },
        yearEnds: Int32Array.of(20, plan.days - 1),
        horizonYearShare: 1,
        projectDepreciation: Float64Array.of(1000, 1000),
        equityDepreciation: Float64Array.of(1000, 1000),
        projectBasis: Float64Array.of(2000),
        equityBasis: Float64Array.of(2000),
        depreciation: { method: 'straight-line', lifeYears: 2, factor: 2, bonus: 0 },
        coinBasis: false,
        depositUsd: 0,
        depositRefundDay: 0,
      },
    });
    const { equity, flows, metrics } = run(tax, 0.25);
    expect(metrics[METRIC.defaultDay]).toBe(45);
    const first = loanSchedule(1400, 0.12, 12, true)[0];
    const profit = flows.slice(21, 46).reduce((a, v) => a + v, 0);
    const income = profit - 1000 - first.interest + first.balance;
    expect(income).toBeGreaterThan(0);
    expect(flows[45] - equity[45]).toBeCloseTo(0.25 * income, 6);
    // Year one (days 0-20) made a loss: no tax then.
    expect(equity[20]).toBe(flows[20]);
    expect(metrics[METRIC.taxPaidUsd]).toBeCloseTo(0.25 * income, 6);
  });

  it('runBooks() neither depreciates nor disposes of a cohort bought after the default, in the default’s tax year', () => {
    // Two machines, the second bought on day 100; a loan of 1,900 USD on the first. The default (day 45)
    // closes the tax year ending on day 399: the first machine's 1,000 USD of depreciation and its
    // 1,000 USD of basis left against the debt taken; the second, not yet bought, is in neither.
    const base = makePlan({
      resaleHashpriceDays: 1,
      days: DAYS,
      cohorts: [
        { salvageMode: SALVAGE_HASHPRICE, salvageFraction: 1 },
        { salvageMode: SALVAGE_HASHPRICE, salvageFraction: 1, purchaseDay: 100, deployDay: 100 },
      ],
      discountPerDay: 0.9997,
    });
    const capexByDay = new Float64Array(DAYS);
    capexByDay[0] = 2000;
    capexByDay[100] = 2000;
    const plan = {
      ...base,
      books: books(base, {
        loans: [loan({ topUpUsd: 0, principalUsd: 1900, marginLoanToValue: 0.96 })],
        capexByDay,
        deposit: NO_DEPOSIT,
        cohortUnits: Float64Array.of(1, 1),
        tax: {
          rule: { rate: 0.25, carryForward: true, offsetLimit: 1 },
          yearEnds: Int32Array.of(DAYS - 1),
          horizonYearShare: 1,
          projectDepreciation: Float64Array.of(1000, 1000),
          equityDepreciation: Float64Array.of(1000, 1000),
          projectBasis: Float64Array.of(2000, 2000),
          equityBasis: Float64Array.of(2000, 2000),
          depreciation: { method: 'straight-line', lifeYears: 2, factor: 2, bonus: 0 },
          coinBasis: false,
          depositUsd: 0,
          depositRefundDay: 0,
        },
      }),
    };
    const price = new Float64Array(DAYS).fill(START_PRICE_USD);
    price.fill(START_PRICE_USD / 4, 45);
    const workspace = M.createKernelWorkspace(plan);
    const metrics = simulatePath(plan, makePath(plan, { difficulty: 5.6e11, priceUsd: price }), workspace);
    expect(metrics[METRIC.defaultDay]).toBe(45);
    const flows = workspace.cashFlowUsd;
    const first = loanSchedule(1900, 0.12, 12, true)[0];
    const profit = flows.slice(0, 46).reduce((a, v) => a + v, 0) + 2000;
    const income = profit - 1000 - first.interest + (first.balance - 1000);
    expect(income).toBeGreaterThan(0);
    expect(flows[45] - bookFlows(workspace.books!).equity[45]).toBeCloseTo(0.25 * income, 6);
  });

  it('runBooks() looks for the equity’s payback from its default when a later purchase was to come: the equity never pays for it (day 45, not the purchase day 100)', () => {
    // Two machines of 2,000 USD, the second to be bought on day 100; a loan of 1,900 USD on the
    // first (1 % a month, 12 payments of 168.81 USD). The equity puts in 100 USD on day 0
    // (-100 + 12.09 = -87.91 USD at its end) and, at 12.087 USD a day, is back above 0 on day 8
    // (+8.78), the second machine's capex still to come. After the first payment (day 30) it is
    // +105.88; on day 45 the price falls to a quarter: collateral 500 USD, a call of 1,750.19 -
    // 350 = 1,400.19 USD against 276.93 USD of cash, a default. The lender takes the machine, the
    // equity's flows stop and it never buys the second one: nothing puts its money at stake again,
    // and its position on the default day (+276.93 USD) pays it back, on day 45.
    // Earlier builds waited for the second purchase, day 100, a day on which the equity does nothing.
    const base = makePlan({
      resaleHashpriceDays: 1,
      days: DAYS,
      cohorts: [
        { salvageMode: SALVAGE_HASHPRICE, salvageFraction: 1 },
        { salvageMode: SALVAGE_HASHPRICE, salvageFraction: 1, purchaseDay: 100, deployDay: 100 },
      ],
      discountPerDay: 0.9997,
    });
    const capexByDay = new Float64Array(DAYS);
    capexByDay[0] = 2000;
    capexByDay[100] = 2000;
    {
      const plan = {
        ...base,
        books: books(base, {
          loans: [loan({ topUpUsd: 0, principalUsd: 1900, marginLoanToValue: 0.96 })],
          capexByDay,
          cohortUnits: Float64Array.of(1, 1),
        }),
      };
      const price = new Float64Array(DAYS).fill(START_PRICE_USD);
      price.fill(START_PRICE_USD / 4, 45);
      const workspace = M.createKernelWorkspace(plan);
      const metrics = simulatePath(plan, makePath(plan, { difficulty: 5.6e11, priceUsd: price }), workspace);
      expect(metrics[METRIC.defaultDay]).toBe(45);
      const equity = bookFlows(workspace.books!).equity;
      const positions = equityPositionsOf(
        equity,
        workspace.cashFlowUsd,
        workspace.netPositionUsd,
        45,
        Number.NaN,
      );
      expect(positions[0]).toBeLessThan(0);
      expect(positions[7]).toBeCloseTo(-3.31, 2);
      expect(positions[8]).toBeCloseTo(8.78, 2);
      expect(positions[45]).toBeCloseTo(276.93, 2);
      expect(metrics[METRIC.equityPaybackDay]).toBe(45);
      expect(metrics[METRIC.equityNetAtHorizonUsd]).toBeCloseTo(positions[45], 6);
    }
  });

  it('runBooks() taxes the coins a default sells on their gain over their basis, with coinBasis', () => {
    // Holding the coins: each day's coins are taxed when mined at that day's price (their basis)
    // and sold on the default day (45) at a quarter of the price, a loss of three quarters of
    // what days 0-44 mined. Tax year ends on day 399, so the default closes the first: revenue
    // less power (the coins' basis among it), no depreciation (the basis of 2,000 USD is left),
    // interest, the debt taken less the basis, and the coins' loss.
    const base = makePlan({
      resaleHashpriceDays: 1,
      days: DAYS,
      treasury: TREASURY_HOLD,
      cohorts: [{ salvageMode: SALVAGE_HASHPRICE, salvageFraction: 1 }],
      discountPerDay: 0.9997,
    });
    const plan = {
      ...base,
      books: books(base, {
        loans: [loan({ topUpUsd: 0, principalUsd: 1800, marginLoanToValue: 0.95 })],
        tax: {
          rule: { rate: 0.25, carryForward: true, offsetLimit: 1 },
          yearEnds: Int32Array.of(DAYS - 1),
          horizonYearShare: 1,
          projectDepreciation: Float64Array.of(0),
          equityDepreciation: Float64Array.of(0),
          projectBasis: Float64Array.of(2000),
          equityBasis: Float64Array.of(2000),
          depreciation: null,
          coinBasis: true,
          depositUsd: 0,
          depositRefundDay: 0,
        },
      }),
    };
    const price = new Float64Array(DAYS).fill(START_PRICE_USD);
    price.fill(START_PRICE_USD / 4, 45);
    const path = makePath(plan, { difficulty: 5.6e11, priceUsd: price });
    const workspace = M.createKernelWorkspace(plan, { trace: true });
    const metrics = simulatePath(plan, path, workspace);
    expect(metrics[METRIC.defaultDay]).toBe(45);
    const t = workspace.trace!;
    let revenue = 0;
    let power = 0;
    let coins = 0;
    for (let d = 0; d <= 45; d++) {
      revenue += t.revenueUsd[d];
      power += t.powerUsd[d];
      coins += t.coinsMined[d];
    }
    const coinGain = coins * price[45] - revenue;
    expect(coinGain).toBeLessThan(0);
    const first = loanSchedule(1800, 0.12, 12, true)[0];
    const income = revenue - power - first.interest + (first.balance - 2000) + coinGain;
    const { equity } = bookFlows(workspace.books!);
    const flows = workspace.cashFlowUsd;
    // The day's flow, the coins sold, less the tax (none on a loss).
    expect(equity[45] - (flows[45] + coins * price[45])).toBeCloseTo(-0.25 * Math.max(0, income), 6);
    expect(income).toBeLessThan(0);
    // Without the coins' loss the year would have been taxed: the loss is what spares it.
    expect(income - coinGain).toBeGreaterThan(0);
    expect(metrics[METRIC.taxPaidUsd]).toBe(0);
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
    // The payments are below what the machine earns between them: the equity never falls below 0,
    // puts nothing in, and counts as paid back on day 0.
    expect(metrics[METRIC.equityPaybackDay]).toBe(0);
    expect(metrics[METRIC.marginCall]).toBe(0);
  });

  it('runBooks() measures the equity and the after-tax flows as irr.ts does over them written out: NPVs within rounding, IRRs within 1e-9, over 300 random price paths with calls, defaults and tax', () => {
    // A seeded walk of the price (mulberry32), with drops that call the loan and defaults.
    const random = seededUniform(2021);
    const base = makePlan({
      days: DAYS,
      cohorts: [{ salvageMode: SALVAGE_HASHPRICE, salvageFraction: 1 }],
      discountPerDay: 0.9997,
    });
    const tax = {
      rule: { rate: 0.21, carryForward: true, offsetLimit: 0.8 },
      yearEnds: taxYearEnds('2021-11-10', DAYS, '12-31'),
      horizonYearShare: 1,
      projectDepreciation: Float64Array.of(2000, 0),
      equityDepreciation: Float64Array.of(2000, 0),
      projectBasis: Float64Array.of(2000),
      equityBasis: Float64Array.of(2000),
      depreciation: { method: 'bonus' as const, lifeYears: 1, factor: 2, bonus: 1 },
      coinBasis: false,
      depositUsd: 0,
      depositRefundDay: 0,
    };
    const plan = { ...base, books: books(base, { loans: [loan({ topUpUsd: random() * 800 })], tax }) };
    const workspace = M.createKernelWorkspace(plan);
    const out = new Float64Array(2);
    let defaults = 0;
    for (let i = 0; i < 300; i++) {
      const price = new Float64Array(DAYS);
      let p = START_PRICE_USD * (0.3 + random() * 1.5);
      const drift = (random() - 0.5) * 0.01;
      for (let d = 0; d < DAYS; d++) {
        p *= Math.exp(drift + (random() - 0.5) * 0.08);
        price[d] = p;
      }
      const path = makePath(plan, { difficulty: 5.6e11, priceUsd: price });
      const metrics = simulatePath(plan, path, workspace);
      const flows = bookFlows(workspace.books!);
      const defaultDay = metrics[METRIC.defaultDay];
      if (metrics[METRIC.defaulted] === 1) defaults++;
      const equityDays = Number.isNaN(defaultDay) ? DAYS : defaultDay + 1;
      for (const [series, length, npv, irr] of [
        [flows.equity, equityDays, METRIC.equityNpvUsd, METRIC.equityIrr],
        [flows.afterTax, DAYS, METRIC.afterTaxNpvUsd, METRIC.afterTaxIrr],
      ] as const) {
        presentValueAndRate(series, length, 0.9997, DAYS_PER_YEAR, out);
        expect(Math.abs(metrics[npv] - out[0])).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(out[0])));
        if (Number.isNaN(out[1])) expect(metrics[irr]).toBeNaN();
        else
          expect(Math.abs(metrics[irr] - out[1])).toBeLessThanOrEqual(
            1e-9 * Math.max(1e-3, Math.abs(out[1])),
          );
      }
    }
    expect(defaults).toBeGreaterThan(0);
    expect(defaults).toBeLessThan(300);
  });

  it('runBooks() pays the equity back on the first day its position is >= 0 after a day below 0, and on day 0 when it never falls below 0, as the days written out say: over 400 random price paths, selling daily and holding, with loans, calls, defaults and leases', () => {
    // The day loop skips the payback check over stretches that cannot pay back (flow-moments.ts's
    // bound) and runs days below the covenant's bound in full: whatever it skips, its payback is
    // the one read off the equity's position day by day.
    const random = seededUniform(7);
    const paymentDays = Int32Array.from({ length: 12 }, (_, k) => paymentDay(0, k + 1));
    const finances: ((plan: SimulationPlan) => Partial<BooksPlan>)[] = [
      // A loan of the whole capex, without a covenant: the owners put money in with its payments.
      () => ({ loans: [loan({ principalUsd: 2000, marginLoanToValue: Number.NaN })] }),
      // 70 % with a covenant and a small top-up: calls and defaults.
      () => ({ loans: [loan({ topUpUsd: 200 })] }),
      // Leases: payments below a month's profit (never at stake on most paths) and above it.
      () => ({
        leases: [{ cohort: 0, paymentUsd: 150, paymentDays, residualUsd: 100, capexUsd: 2000, capexDay: 0 }],
      }),
      () => ({
        leases: [{ cohort: 0, paymentUsd: 450, paymentDays, residualUsd: 300, capexUsd: 2000, capexDay: 0 }],
      }),
    ];
    const kinds = { paid: 0, never: 0, nothingAtStake: 0 };
    let heldCallsMet = 0;
    for (const treasury of [TREASURY_SELL_DAILY, TREASURY_HOLD]) {
      for (const finance of finances) {
        const base = makePlan({
          days: DAYS,
          treasury,
          cohorts: [{ salvageMode: SALVAGE_HASHPRICE, salvageFraction: 1 }],
          discountPerDay: 0.9997,
        });
        const plan = { ...base, books: books(base, finance(base)) };
        // Holding, the equity's position is also read on every day (its fan chart series).
        const holds = treasury === TREASURY_HOLD;
        const workspace = M.createKernelWorkspace(plan, { checkpoints: holds ? EVERY_DAY : undefined });
        for (let i = 0; i < 50; i++) {
          const price = new Float64Array(DAYS);
          let p = START_PRICE_USD * (0.2 + random() * 1.2);
          const drift = (random() - 0.5) * 0.01;
          for (let d = 0; d < DAYS; d++) {
            p *= Math.exp(drift + (random() - 0.5) * 0.08);
            price[d] = p;
          }
          const path = makePath(plan, { difficulty: 5.6e11, priceUsd: price });
          const metrics = simulatePath(plan, path, workspace);
          const defaultDay = metrics[METRIC.defaultDay];
          const written = equityPositionsOf(
            bookFlows(workspace.books!).equity,
            workspace.cashFlowUsd,
            workspace.netPositionUsd,
            defaultDay,
            metrics[METRIC.finalHeldCoins] * price[DAYS - 1] + metrics[METRIC.salvageAtHorizonUsd],
          );
          let positions = written;
          if (holds) {
            const series = SERIES_INDEX.equityNetUsd * DAYS;
            const read = workspace.checkpointValues.subarray(series, series + written.length);
            // Holding, a margin call sells coins of the equity's that the project (no loan) keeps:
            // the equity's position is then its own (books-coins.test.ts checks it by hand), read
            // off its series. Without a call it is the one written out here.
            if (metrics[METRIC.marginCall] === 0) {
              read.forEach((v, d) => {
                expect(Math.abs(v - written[d])).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(v)));
              });
            }
            positions = read;
            if (metrics[METRIC.marginCall] === 1 && metrics[METRIC.defaulted] === 0) heldCallsMet++;
          }
          // A lease's residual buys its machines on its last payment day: looked for from then.
          const leases = plan.books.leases;
          const expected = paybackOf(
            positions,
            leases.length === 0 ? 0 : leases[0].paymentDays[leases[0].paymentDays.length - 1],
          );
          expect(metrics[METRIC.equityPaybackDay]).toBe(expected);
          if (Number.isNaN(expected)) kinds.never++;
          else if (expected === 0) kinds.nothingAtStake++;
          else kinds.paid++;
        }
      }
    }
    // The paths cover the three answers, and calls met while holding coins.
    expect(Math.min(kinds.paid, kinds.never, kinds.nothingAtStake)).toBeGreaterThan(10);
    expect(heldCallsMet).toBeGreaterThan(5);
  });

  it('taxYearEnds() ends tax years on the fiscal year end, the first one partial, the last on the horizon’s last day', () => {
    // From 2021-11-10: 2021-12-31 is day 51 (20 days of November after the 10th, 31 of December),
    // 2022-12-31 day 416, 2023-12-31 day 781; the horizon's last day is 799.
    expect(Array.from(taxYearEnds('2021-11-10', 800, '12-31'))).toEqual([51, 416, 781, 799]);
    // A June year end: 2022-06-30 is 51 + 181 = day 232, 2023-06-30 day 597.
    expect(Array.from(taxYearEnds('2021-11-10', 800, '06-30'))).toEqual([232, 597, 799]);
    // A start on the year end: day 0 closes a one-day first year.
    expect(Array.from(taxYearEnds('2021-12-31', 400, '12-31'))).toEqual([0, 365, 399]);
    expect(Array.from(taxYearEnds('2021-01-01', 365, '12-31'))).toEqual([364]);
    // Years ending 02-28 across a leap year: 2024-02-28 is day 27, and 2024-02-29 (day 28) opens the
    // next year, which ends 2025-02-28, day 393.
    expect(Array.from(taxYearEnds('2024-02-01', 400, '02-28'))).toEqual([27, 393, 399]);
  });

  it('runBooks() taxes the project at the rate on its yearly profit; no depreciation means the machines’ cost comes back only at the horizon', () => {
    const { metrics, workspace, flows } = run((plan) => ({
      tax: {
        rule: { rate: 0.25, carryForward: true, offsetLimit: 1 },
        yearEnds: Int32Array.of(364, plan.days - 1),
        horizonYearShare: 1,
        projectDepreciation: new Float64Array(2),
        equityDepreciation: new Float64Array(2),
        projectBasis: Float64Array.of(2000),
        equityBasis: Float64Array.of(2000),
        depreciation: null,
        coinBasis: false,
        depositUsd: 0,
        depositRefundDay: 0,
      },
    }));
    const after = bookFlows(workspace.books!).afterTax;
    // Year one ends on day 364: 365 days of profit (revenue less power), taxed at 25 %.
    const yearOne = flows.subarray(1, 365).reduce((s, v) => s + v, 0) + flows[0] + 2000;
    expect(flows[364] - after[364]).toBeCloseTo(0.25 * yearOne, 6);
    expect(metrics[METRIC.afterTaxNpvUsd]).toBeLessThan(metrics[METRIC.npvUsd]);
  });

  it('runBooks() taxes a first partial calendar year and carries its loss across the year end, under the 80 % limit', () => {
    // Started on 2021-11-10 with calendar tax years: year one is days 0-51 (to 2021-12-31), year
    // two days 52-399 (the horizon). The 2,000 USD machine is expensed in year one (100 % bonus).
    const yearEnds = taxYearEnds('2021-11-10', DAYS, '12-31');
    expect(Array.from(yearEnds)).toEqual([51, 399]);
    const { workspace, flows, metrics } = run(() => ({
      tax: {
        rule: { rate: 0.25, carryForward: true, offsetLimit: 0.8 },
        yearEnds,
        horizonYearShare: 1,
        projectDepreciation: Float64Array.of(2000, 0),
        equityDepreciation: Float64Array.of(2000, 0),
        projectBasis: Float64Array.of(2000),
        equityBasis: Float64Array.of(2000),
        depreciation: { method: 'bonus', lifeYears: 1, factor: 2, bonus: 1 },
        coinBasis: false,
        depositUsd: 0,
        depositRefundDay: 0,
      },
    }));
    const after = bookFlows(workspace.books!).afterTax;
    const sum = (from: number, to: number) => flows.slice(from, to + 1).reduce((a, v) => a + v, 0);
    // Year one: 52 days of profit, the capex added back (it is not an expense) and expensed as
    // depreciation: the income is the flows' sum, a loss (the capex is in day 0's flow).
    const yearOne = sum(0, 51) + 2000 - 2000;
    expect(yearOne).toBeLessThan(0);
    expect(after[51]).toBe(flows[51]);
    // Year two: its profit, the machine valued at its salvage at the horizon against a basis of 0
    // (so the terminal flow is all gain): the flows' sum. The loss offsets at most 80 % of it.
    const yearTwo = sum(52, 399);
    const used = Math.min(-yearOne, 0.8 * yearTwo);
    expect(used).toBe(-yearOne);
    expect(flows[399] - after[399]).toBeCloseTo(0.25 * (yearTwo - used), 6);
    expect(metrics[METRIC.taxPaidUsd]).toBeCloseTo(0.25 * (yearTwo - used), 6);
  });
});

const EVERY_DAY = Int32Array.from({ length: DAYS }, (_, d) => d);

/**
 * The equity's position day by day, to its default: its flows so far, plus the coins held (the
 * project's net position less its flows so far: the equity's while no margin call sold some), less
 * the machines' value at the horizon (in the last day's flow, not in a position); on the default
 * day the coins are sold (in its flow).
 */
function equityPositionsOf(
  equity: Float64Array,
  flow: Float64Array,
  net: Float64Array,
  defaultDay: number,
  terminal: number,
): Float64Array {
  const last = equity.length - 1;
  const positions = new Float64Array(Number.isNaN(defaultDay) ? equity.length : defaultDay + 1);
  let equitySum = 0;
  let flowSum = 0;
  for (let d = 0; d < positions.length; d++) {
    equitySum += equity[d];
    flowSum += flow[d];
    positions[d] = d === defaultDay ? equitySum - (d === last ? terminal : 0) : equitySum + net[d] - flowSum;
  }
  return positions;
}

/** The first day a position is >= 0 after a day below 0; NaN if none; 0 if never below 0. */
/** `from`: the first day a payback can fall on (a lease's buyout, plan.ts paybackFromDay). */
function paybackOf(positions: ArrayLike<number>, from = 0): number {
  let atStake = false;
  for (let d = 0; d < positions.length; d++) {
    if (positions[d] < 0) atStake = true;
    else if (atStake && d >= from) return d;
  }
  return atStake ? Number.NaN : 0;
}
