// Hedges in the books of one path (engine/kernel/books.ts), on one S9 at a fixed difficulty, so
// hashprice moves with the price alone: their settlements with a loan's covenant and default (the
// collateral priced on the day's hashprice, resaleHashpriceDays 1, as the calls here are worked out).
import { describe, expect, it } from 'vitest';
import { bookEventDays } from '../../src/engine/compile/books.js';
import { SALVAGE_HASHPRICE, type SimulationPlan } from '../../src/engine/compile/plan.js';
import { bookFlows } from '../../src/engine/kernel/books-workspace.js';
import { simulatePath } from '../../src/engine/kernel/kernel.js';
import { METRIC } from '../../src/engine/kernel/metrics.js';
import * as M from '../../src/engine/kernel/workspace.js';
import {
  type BooksPlan,
  type HedgePlan,
  type LoanPlan,
  NO_DEPOSIT,
} from '../../src/model/finance/books-plan.js';
import {
  HEDGE_CALL,
  HEDGE_PRICE_SWAP,
  HEDGE_PUT,
  hedgeMonthBounds,
  optionPayoffUsd,
} from '../../src/model/finance/hedge.js';
import { paymentDay } from '../../src/model/finance/loan.js';
import { hashpriceSwapSchema } from '../../src/scenario/schema/hedge.js';
import { loanPlan } from '../fixtures/loan-plan.js';
import { makePath, makePlan, START_PRICE_USD } from '../fixtures/plan.js';

const DAYS = 400;

function books(plan: SimulationPlan, loans: LoanPlan[], hedges: HedgePlan[]): BooksPlan {
  const capexByDay = new Float64Array(plan.days);
  capexByDay[0] = plan.cohorts[0].capexUsd;
  const b = {
    loans,
    leases: [],
    hedges,
    tax: null,
    capexByDay,
    deposit: NO_DEPOSIT,
    cohortUnits: Float64Array.of(1),
    cohortLogSurvival: Float64Array.from(plan.cohorts, (c) => Math.log1p(-c.failureProbPerDay)),
  };
  return { ...b, eventDays: bookEventDays(loans, [], null, plan.cohorts, plan.days, hedges) };
}

const loan = (topUpUsd: number) => loanPlan({ topUpUsd });

/** A price swap of `coins` a month at the start price over 12 months from day 0. */
function priceSwap(coins: number): HedgePlan {
  return {
    name: 'swap',
    kind: HEDGE_PRICE_SWAP,
    amount: coins,
    fixedUsd: START_PRICE_USD,
    bounds: hedgeMonthBounds(0, 12),
    premiumUsd: 0,
    sign: 1,
  };
}

/** Runs the S9 with `loans` and `hedges` over the start price, a quarter of it from day `drop` on. */
function run(loans: LoanPlan[], hedges: HedgePlan[], drop = 45) {
  const base = makePlan({
    resaleHashpriceDays: 1,
    days: DAYS,
    cohorts: [{ salvageMode: SALVAGE_HASHPRICE, salvageFraction: 1 }],
    discountPerDay: 0.9997,
  });
  const plan = { ...base, books: books(base, loans, hedges) };
  const price = new Float64Array(DAYS).fill(START_PRICE_USD);
  price.fill(START_PRICE_USD / 4, drop);
  const path = makePath(plan, { difficulty: 5.6e11, priceUsd: price });
  const workspace = M.createKernelWorkspace(plan);
  const metrics = simulatePath(plan, path, workspace).slice();
  return { metrics, equity: bookFlows(workspace.books!).equity, flows: workspace.cashFlowUsd.slice(), price };
}

describe('hedges in the books of a path', () => {
  it('runBooks() keeps settling a hedge after a default: the lender’s call on day 45 cannot be met, and the months after it still pay the owners (books-after-default.test.ts works them out)', () => {
    const { metrics, equity } = run([loan(0)], [priceSwap(0.01)]);
    expect(metrics[METRIC.defaulted]).toBe(1);
    expect(metrics[METRIC.defaultDay]).toBe(45);
    // The second month (days 30-60) ends after the fall: it pays the owners on day 60.
    expect(equity[60]).toBeGreaterThan(0);
    expect(metrics[METRIC.hedgeNetUsd]).toBeGreaterThan(0);
  });

  it('runBooks() counts a settlement received on the call’s day as cash on hand: the same call is met, and no default', () => {
    // The price swap's second month (days 30-60) would end after the fall; a put on 1 BTC
    // expiring on day 45 pays (1 - 1/4) x the start price that day, more than the call.
    const put: HedgePlan = {
      name: 'put',
      kind: HEDGE_PUT,
      amount: 1,
      fixedUsd: START_PRICE_USD,
      bounds: Int32Array.of(0, 46),
      premiumUsd: 0,
      sign: 1,
    };
    const without = run([loan(0)], []);
    expect(without.metrics[METRIC.defaulted]).toBe(1);
    const { metrics, equity, flows } = run([loan(0)], [put]);
    expect(metrics[METRIC.marginCall]).toBe(1);
    expect(metrics[METRIC.defaulted]).toBe(0);
    const payoff = optionPayoffUsd(HEDGE_PUT, 1, START_PRICE_USD, START_PRICE_USD / 4);
    expect(metrics[METRIC.hedgeNetUsd]).toBe(payoff);
    // Day 45: the payoff in, the call out.
    expect(equity[45] - flows[45]).toBeLessThan(payoff);
    expect(equity[45] - flows[45]).toBeGreaterThan(0);
  });

  it('runBooks() receives a sold call’s premium on its start day and pays nothing when it expires out of the money', () => {
    const call: HedgePlan = {
      name: 'call',
      kind: HEDGE_CALL,
      amount: 2,
      fixedUsd: START_PRICE_USD * 2,
      bounds: Int32Array.of(10, 101),
      premiumUsd: -2 * 150,
      sign: -1,
    };
    const { metrics, equity, flows } = run([], [call]);
    expect(equity[10] - flows[10]).toBe(300);
    expect(equity[100] - flows[100]).toBe(0);
    expect(metrics[METRIC.hedgeNetUsd]).toBe(300);
  });

  it('runBooks() settles a swap whose last month ends on the horizon’s last day on that day, and an option bought and expiring on the last day', () => {
    // 13 months from day 4 end on day 4 + round(13 x 30.4375) - 1 = 399, the last of the 400.
    const swap: HedgePlan = { ...priceSwap(0.01), bounds: hedgeMonthBounds(4, 13) };
    expect(swap.bounds[13] - 1).toBe(DAYS - 1);
    const put: HedgePlan = {
      name: 'put',
      kind: HEDGE_PUT,
      amount: 1,
      fixedUsd: START_PRICE_USD,
      bounds: Int32Array.of(DAYS - 1, DAYS),
      premiumUsd: 50,
      sign: 1,
    };
    const { metrics, equity, flows, price } = run([], [swap, put]);
    // The price is a quarter of the start's from day 45 on, so all through the last month.
    const last = 0.01 * (START_PRICE_USD - START_PRICE_USD / 4);
    const payoff = START_PRICE_USD - START_PRICE_USD / 4;
    expect(equity[DAYS - 1] - flows[DAYS - 1]).toBeCloseTo(last + payoff - 50, 9);
    let months = 0;
    for (let k = 0; k < 13; k++) {
      const days = price.subarray(swap.bounds[k], swap.bounds[k + 1]);
      months += 0.01 * (START_PRICE_USD - days.reduce((a, b) => a + b, 0) / days.length);
    }
    expect(metrics[METRIC.hedgeNetUsd]).toBeCloseTo(months + payoff - 50, 9);
  });

  it('optionPayoffUsd() pays a put below its strike and a call above it, nothing otherwise', () => {
    expect(optionPayoffUsd(HEDGE_PUT, 2, 100, 70)).toBe(60);
    expect(optionPayoffUsd(HEDGE_PUT, 2, 100, 130)).toBe(0);
    expect(optionPayoffUsd(HEDGE_CALL, 2, 100, 130)).toBe(60);
    expect(optionPayoffUsd(HEDGE_CALL, 2, 100, 100)).toBe(0);
  });

  it('hedgeMonthBounds() ends month k on day round(k x 30.4375) - 1 from the start, as the term’s description says: month 33 on day 1,003 (round(k x 30.44) would make it 1,004)', () => {
    const bounds = hedgeMonthBounds(0, 33);
    expect(bounds[33]).toBe(1004);
    expect(Math.round(33 * 30.44)).toBe(1005);
    const described = hashpriceSwapSchema.shape.term.description ?? '';
    expect(described).toContain('start + round(k x 30.4375)');
  });

  it('hedgeMonthBounds() follows the loans’ months: month k ends the day before payment k', () => {
    const bounds = hedgeMonthBounds(5, 12);
    expect(bounds[0]).toBe(5);
    for (let k = 1; k <= 12; k++) expect(bounds[k]).toBe(paymentDay(5, k));
  });
});
