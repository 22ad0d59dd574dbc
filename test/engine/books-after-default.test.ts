// What the owners keep after a default (engine/kernel/books.ts): the lender takes the machines and
// the debt, but the owners' hedges settle on to their terms, and a hosting deposit not yet back is
// refunded that day or kept by the site, as the contract says. One S9 at a fixed difficulty, so
// hashprice moves with the price alone; the price falls to a quarter on day 45, where the loan's
// call cannot be met (hedges.test.ts), the collateral priced on the day's hashprice
// (resaleHashpriceDays 1; the week's mean a run reads is tested in resale-hashprice.test.ts). Each
// expectation is worked out from the contracts' terms.
import { describe, expect, it } from 'vitest';
import { booksAtCut } from '../../src/engine/backtest/books-at-cut.js';
import { bookEventDays } from '../../src/engine/compile/books.js';
import { SALVAGE_HASHPRICE, type SimulationPlan } from '../../src/engine/compile/plan.js';
import { bookFlows } from '../../src/engine/kernel/books-workspace.js';
import { simulatePath } from '../../src/engine/kernel/kernel.js';
import { METRIC } from '../../src/engine/kernel/metrics.js';
import * as M from '../../src/engine/kernel/workspace.js';
import {
  type BooksPlan,
  type HedgePlan,
  NO_DEPOSIT,
  type TaxPlan,
} from '../../src/model/finance/books-plan.js';
import { HEDGE_PRICE_SWAP, hedgeMonthBounds } from '../../src/model/finance/hedge.js';
import { presentValueAndRate } from '../../src/model/finance/irr.js';
import type { Scenario } from '../../src/scenario/normalize.js';
import { loanPlan } from '../fixtures/loan-plan.js';
import { makePath, makePlan, START_PRICE_USD } from '../fixtures/plan.js';

const DAYS = 400;
const DROP = 45;
const DISCOUNT_PER_DAY = 0.9997;
const loan = loanPlan({ topUpUsd: 0 });

/** A price swap of 0.01 coin a month at the start price, 12 months from day 0. */
const swap: HedgePlan = {
  name: 'swap',
  kind: HEDGE_PRICE_SWAP,
  amount: 0.01,
  fixedUsd: START_PRICE_USD,
  bounds: hedgeMonthBounds(0, 12),
  premiumUsd: 0,
  sign: 1,
};

/** A tax of 21 % on years ending on days 200 and 399, the equity's machine on a basis of `basisUsd`. */
function taxOf(basisUsd: number, deposit: { usd: number; refundDay: number }): TaxPlan {
  return {
    rule: { rate: 0.21, carryForward: true, offsetLimit: 1 },
    yearEnds: Int32Array.of(200, DAYS - 1),
    horizonYearShare: 1,
    projectDepreciation: new Float64Array(2),
    equityDepreciation: new Float64Array(2),
    projectBasis: Float64Array.of(2000),
    equityBasis: Float64Array.of(basisUsd),
    depreciation: null,
    coinBasis: false,
    depositUsd: deposit.usd,
    depositRefundDay: deposit.refundDay,
  };
}

interface Case {
  hedges?: HedgePlan[];
  /** The hosting deposit, paid on day 0 and back on `refundDay` in the project's flows. */
  depositUsd?: number;
  refundedOnDefault?: boolean;
  tax?: boolean;
  /** The equity's tax basis of the machine (the default's disposal is set against it). */
  basisUsd?: number;
  /** The day the deposit is back in the project's flows (the term's end); 300 unless given. */
  refundDay?: number;
}

function run(c: Case) {
  const depositUsd = c.depositUsd ?? 0;
  const refundDay = c.refundDay ?? 300;
  const fixed = new Float64Array(DAYS);
  fixed[0] += depositUsd;
  fixed[refundDay] -= depositUsd;
  const base = makePlan({
    resaleHashpriceDays: 1,
    days: DAYS,
    cohorts: [{ salvageMode: SALVAGE_HASHPRICE, salvageFraction: 1 }],
    discountPerDay: DISCOUNT_PER_DAY,
    fixedUsdPerDay: fixed,
  });
  const capexByDay = new Float64Array(DAYS);
  capexByDay[0] = base.cohorts[0].capexUsd;
  const hedges = c.hedges ?? [];
  const deposit = { usd: depositUsd, refundDay };
  const tax = c.tax ? taxOf(c.basisUsd ?? 2000, deposit) : null;
  const books: BooksPlan = {
    loans: [loan],
    leases: [],
    hedges,
    tax,
    capexByDay,
    deposit: depositUsd > 0 ? { ...deposit, refundedOnDefault: c.refundedOnDefault ?? false } : NO_DEPOSIT,
    cohortUnits: Float64Array.of(1),
    cohortLogSurvival: Float64Array.of(0),
    eventDays: bookEventDays([loan], [], tax, base.cohorts, DAYS, hedges),
  };
  const plan: SimulationPlan = { ...base, books };
  const price = new Float64Array(DAYS).fill(START_PRICE_USD);
  price.fill(START_PRICE_USD / 4, DROP);
  const workspace = M.createKernelWorkspace(plan);
  const metrics = simulatePath(
    plan,
    makePath(plan, { difficulty: 5.6e11, priceUsd: price }),
    workspace,
  ).slice();
  const { equity, afterTax } = bookFlows(workspace.books!);
  return { metrics, equity, afterTax, flows: workspace.cashFlowUsd.slice(), price };
}

/** The swap's settlement on each day (its months' last days), from the price path. */
function settlements(price: Float64Array): Float64Array {
  const byDay = new Float64Array(DAYS);
  for (let k = 0; k < 12; k++) {
    const from = swap.bounds[k];
    const to = swap.bounds[k + 1];
    let sum = 0;
    for (let d = from; d < to; d++) sum += price[d];
    byDay[to - 1] = swap.amount * (swap.fixedUsd - sum / (to - from));
  }
  return byDay;
}

function npv(flows: Float64Array): number {
  const out = new Float64Array(2);
  presentValueAndRate(flows, flows.length, DISCOUNT_PER_DAY, 365.25, out);
  return out[0];
}

const sum = (xs: Float64Array, from = 0, to = xs.length) => xs.subarray(from, to).reduce((a, b) => a + b, 0);

describe('the owners’ hedges after a default', () => {
  it('runBooks() settles a price swap on to its term after the lender takes the machines on day 45: the equity’s flows after it are the settlements alone', () => {
    const { metrics, equity, price } = run({ hedges: [swap] });
    expect(metrics[METRIC.defaulted]).toBe(1);
    expect(metrics[METRIC.defaultDay]).toBe(DROP);
    const paid = settlements(price);
    // The months after the fall receive 0.01 x (fixed - a quarter of it) a month: 13.57 USD.
    expect(paid[swap.bounds[3] - 1]).toBeCloseTo(0.01 * START_PRICE_USD * 0.75, 9);
    for (let d = DROP + 1; d < DAYS; d++) expect(equity[d]).toBeCloseTo(paid[d], 9);
    // Every month counts in the hedges' net, those settled after the default too.
    expect(metrics[METRIC.hedgeNetUsd]).toBeCloseTo(sum(paid), 9);
    expect(sum(paid, DROP + 1)).toBeGreaterThan(100);
  });

  it('runBooks() counts the settlements after a default in the equity’s NPV, its position at the horizon and its timeline', () => {
    const without = run({});
    const { metrics, equity, price } = run({ hedges: [swap] });
    const paid = settlements(price);
    // Up to the default the equity's flows are the unhedged one's plus the settlements (the first
    // month's, at the start price, pays 0; the second's ends after the fall).
    for (let d = 0; d <= DROP; d++) expect(equity[d]).toBeCloseTo(without.equity[d] + paid[d], 9);
    expect(metrics[METRIC.equityNpvUsd]).toBeCloseTo(npv(equity), 6);
    const later = Float64Array.from(paid, (v, d) => (d > DROP ? v * DISCOUNT_PER_DAY ** d : 0));
    expect(metrics[METRIC.equityNpvUsd] - without.metrics[METRIC.equityNpvUsd]).toBeCloseTo(
      sum(later) + sum(paid.subarray(0, DROP + 1).map((v, d) => v * DISCOUNT_PER_DAY ** d)),
      6,
    );
    expect(metrics[METRIC.equityNetAtHorizonUsd]).toBeCloseTo(sum(equity), 6);
    expect(metrics[METRIC.equityNetAtHorizonUsd] - without.metrics[METRIC.equityNetAtHorizonUsd]).toBeCloseTo(
      sum(paid),
      6,
    );
  });

  it('runBooks() taxes the hedges’ income after a default at the tax years’ ends that follow, against the losses the owners carried forward', () => {
    // A basis of 1,000 USD: the lender's taking of the machine for the 1,400 USD debt is a gain, so
    // the default day's income is a profit and leaves no loss to carry.
    const plain = run({ hedges: [swap], basisUsd: 1000 });
    const taxed = run({ hedges: [swap], basisUsd: 1000, tax: true });
    const paid = settlements(plain.price);
    expect(taxed.metrics[METRIC.defaultDay]).toBe(DROP);
    const dueOnDefault = plain.equity[DROP] - taxed.equity[DROP];
    expect(dueOnDefault).toBeGreaterThan(0);
    // Days 46-200: the settlements of the months ending then, taxed at 21 % on day 200; the rest
    // on day 399.
    expect(plain.equity[200] - taxed.equity[200]).toBeCloseTo(0.21 * sum(paid, DROP + 1, 201), 9);
    expect(plain.equity[DAYS - 1] - taxed.equity[DAYS - 1]).toBeCloseTo(0.21 * sum(paid, 201), 9);
    expect(taxed.metrics[METRIC.taxPaidUsd]).toBeCloseTo(dueOnDefault + 0.21 * sum(paid, DROP + 1), 9);
  });
});

describe('a hosting deposit on a default', () => {
  const DEPOSIT = 500;

  it('runBooks() pays a deposit back to the owners on the day of the default when the contract refunds it, and leaves it to the site otherwise', () => {
    const kept = run({ depositUsd: DEPOSIT });
    const refunded = run({ depositUsd: DEPOSIT, refundedOnDefault: true });
    expect(kept.metrics[METRIC.defaultDay]).toBe(DROP);
    expect(refunded.metrics[METRIC.defaultDay]).toBe(DROP);
    for (let d = 0; d < DAYS; d++) expect(refunded.equity[d] - kept.equity[d]).toBe(d === DROP ? DEPOSIT : 0);
    expect(refunded.metrics[METRIC.equityNpvUsd] - kept.metrics[METRIC.equityNpvUsd]).toBeCloseTo(
      DEPOSIT * DISCOUNT_PER_DAY ** DROP,
      6,
    );
    expect(
      refunded.metrics[METRIC.equityNetAtHorizonUsd] - kept.metrics[METRIC.equityNetAtHorizonUsd],
    ).toBeCloseTo(DEPOSIT, 9);
    // The project, without the loan, keeps the contract to its term: its deposit is back on day 300.
    expect(kept.flows[300] - refunded.flows[300]).toBe(0);
    expect(refunded.metrics[METRIC.npvUsd]).toBe(kept.metrics[METRIC.npvUsd]);
  });

  it('runBooks() deducts a deposit the site keeps from the owners’ income in the year of the default, and carries the loss against their hedges’ later income', () => {
    // A basis of 1,000 USD makes the default day's income a profit when the deposit is refunded;
    // kept, the deposit (5,000 USD) turns it into a loss carried forward.
    const big = 5000;
    const refunded = run({
      hedges: [swap],
      basisUsd: 1000,
      tax: true,
      depositUsd: big,
      refundedOnDefault: true,
    });
    const refundedPlain = run({ hedges: [swap], basisUsd: 1000, depositUsd: big, refundedOnDefault: true });
    const kept = run({ hedges: [swap], basisUsd: 1000, tax: true, depositUsd: big });
    const keptPlain = run({ hedges: [swap], basisUsd: 1000, depositUsd: big });
    const paid = settlements(kept.price);
    // Refunded: the refund is no income, the day's tax is that without a deposit.
    const dueRefunded = refundedPlain.equity[DROP] - refunded.equity[DROP];
    expect(dueRefunded).toBeGreaterThan(0);
    const income = dueRefunded / 0.21;
    expect(income).toBeLessThan(big);
    // Kept: the income is less the deposit, a loss; no tax that day, the loss carried.
    expect(keptPlain.equity[DROP] - kept.equity[DROP]).toBeCloseTo(0, 9);
    const pool = big - income;
    const first = sum(paid, DROP + 1, 201);
    const second = sum(paid, 201);
    const dueFirst = 0.21 * Math.max(0, first - pool);
    const dueSecond = 0.21 * Math.max(0, second - Math.max(0, pool - first));
    expect(keptPlain.equity[200] - kept.equity[200]).toBeCloseTo(dueFirst, 6);
    expect(keptPlain.equity[DAYS - 1] - kept.equity[DAYS - 1]).toBeCloseTo(dueSecond, 6);
    expect(pool).toBeGreaterThan(first);
    // The project's after-tax flows do not depend on what the equity's contract says.
    for (let d = 0; d < DAYS; d++) expect(kept.afterTax[d]).toBe(refunded.afterTax[d]);
  });

  it('runBooks() leaves a deposit already back before the default alone: the project’s refund on day 30 is in the equity’s flows, and nothing comes back on the default', () => {
    const kept = run({ depositUsd: DEPOSIT, refundDay: 30 });
    const refunded = run({ depositUsd: DEPOSIT, refundDay: 30, refundedOnDefault: true });
    expect(kept.metrics[METRIC.defaultDay]).toBe(DROP);
    for (let d = 0; d < DAYS; d++) expect(refunded.equity[d]).toBe(kept.equity[d]);
    const none = run({});
    expect(kept.equity[0] - none.equity[0]).toBeCloseTo(-DEPOSIT, 9);
    expect(kept.equity[30] - none.equity[30]).toBeCloseTo(DEPOSIT, 9);
  });
});

describe('a back-test cut after a default', () => {
  it('booksAtCut() lists the owners’ hedges still open at the cut after a default, and no loan: the lender took the machines and the debt', () => {
    const days = 100;
    const books: BooksPlan = {
      loans: [loan],
      leases: [],
      hedges: [swap],
      tax: null,
      capexByDay: new Float64Array(days),
      deposit: NO_DEPOSIT,
      cohortUnits: Float64Array.of(1),
      cohortLogSurvival: Float64Array.of(0),
      eventDays: Int32Array.of(days - 1),
    };
    const s = { start: '2024-01-01', days: DAYS, fleet: [{ name: 's9' }] } as unknown as Scenario;
    const open = booksAtCut(s, books, days, Float64Array.of(0), true, [0]);
    expect(open.covenants).toBe(0);
    expect(open.items.map((i) => [i.kind, i.name, i.settlementsLeft])).toEqual([['price-swap', 'swap', 9]]);
    const running = booksAtCut(s, books, days, Float64Array.of(800), false, [0]);
    expect(running.items.map((i) => i.kind)).toEqual(['price-swap', 'loan']);
  });
});
