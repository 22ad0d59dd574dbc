// A hashprice-linked resale is priced on what a machine earns (salvage.ts resaleUsd): its hashprice
// then over its first running day's, and its own hashrate then over its first running day's, worn
// by its degradation on every day between. A machine that has lost half its hashrate earns half of
// what it did at the same hashprice; the resale left its wear out: ten S9s that lost half their
// hashrate in a year were resold as new.
import { describe, expect, it } from 'vitest';
import { SALVAGE_FIXED, SALVAGE_HASHPRICE } from '../../src/engine/compile/plan.js';
import { bookFlows } from '../../src/engine/kernel/books-workspace.js';
import { simulatePath } from '../../src/engine/kernel/kernel.js';
import { METRIC } from '../../src/engine/kernel/metrics.js';
import { createKernelWorkspace } from '../../src/engine/kernel/workspace.js';
import { power } from '../../src/model/power.js';
import { loanBooks, loanPlan } from '../fixtures/loan-plan.js';
import { makePath, makePlan } from '../fixtures/plan.js';

// 50 % a year: a day's wear g = 0.5^(1 / 365.25) = 0.998104.
const WEAR_PER_DAY = power(0.5, 1 / 365.25);

function run(salvageMode: number, retireDay: number, days: number) {
  const plan = makePlan({
    days,
    cohorts: [
      {
        units: 10,
        unitPriceUsd: 2000,
        degradationPerDay: WEAR_PER_DAY,
        salvageMode,
        salvageFraction: 0.8,
        retireDay,
      },
    ],
  });
  // The start day's difficulty and price every day: the hashprice never moves.
  const workspace = createKernelWorkspace(plan);
  return simulatePath(plan, makePath(plan, { difficulty: 5.6e11 }), workspace).slice();
}

describe('a hashprice-linked resale of worn machines', () => {
  it('simulatePath() sells ten S9s worn 50 % a year on day 200 for 0.8 x 2,000 x 10 x g^200 = 10,947 USD, not 16,000', () => {
    // Hashing days 0-199, the sale on day 200: a unit then hashes g^200 = 0.68417 of its first day.
    const metrics = run(SALVAGE_HASHPRICE, 200, 300);
    expect(metrics[METRIC.salvageRealizedUsd]).toBeCloseTo(16_000 * power(WEAR_PER_DAY, 200), 6);
    expect(metrics[METRIC.salvageRealizedUsd]).toBeCloseTo(10_947, 0);
  });

  it('simulatePath() values them at the horizon (last day 364) at 16,000 x g^364 = 8,019 USD, not 16,000', () => {
    const metrics = run(SALVAGE_HASHPRICE, 365, 365);
    expect(metrics[METRIC.salvageAtHorizonUsd]).toBeCloseTo(16_000 * power(WEAR_PER_DAY, 364), 6);
    expect(metrics[METRIC.salvageAtHorizonUsd]).toBeCloseTo(8019, 0);
  });

  it('simulatePath() keeps a fixed resale a share of the unit price, however worn: 16,000 USD', () => {
    expect(run(SALVAGE_FIXED, 200, 300)[METRIC.salvageRealizedUsd]).toBe(16_000);
  });

  it('runBooks() calls a loan on machines worn 99 % a year when their wear takes the collateral below the covenant: day 10', () => {
    // One S9 of 10,000 USD (hashprice-linked, 100 %), 8,000 USD lent on it (90 % called, 70 %
    // restored), hashprice held: the collateral is 10,000 x g^d, g = 0.01^(1 / 365.25) = 0.987470,
    // under 8,000 / 0.9 = 8,888.9 USD from day 10 (g^10 = 0.88154: 8,815.4 USD, before the first
    // payment on day 30), when the call repays 8,000 - 70 % x 8,815.4 = 1,829.2 USD. Unworn, the
    // collateral held at 10,000 USD and no call came.
    const g = power(0.01, 1 / 365.25);
    const base = makePlan({
      days: 60,
      resaleHashpriceDays: 1,
      cohorts: [
        { unitPriceUsd: 10_000, degradationPerDay: g, salvageMode: SALVAGE_HASHPRICE, salvageFraction: 1 },
      ],
    });
    const plan = { ...base, books: loanBooks(base, [loanPlan({ principalUsd: 8000 })], 10_000) };
    const workspace = createKernelWorkspace(plan);
    const metrics = simulatePath(plan, makePath(plan, { difficulty: 5.6e11 }), workspace);
    const flows = workspace.cashFlowUsd;
    const equity = bookFlows(workspace.books!).equity;
    expect(metrics[METRIC.marginCall]).toBe(1);
    for (let d = 1; d < 10; d++) expect(flows[d] - equity[d]).toBe(0);
    expect(flows[10] - equity[10]).toBeCloseTo(8000 - 0.7 * 10_000 * power(g, 10), 6);
    expect(flows[10] - equity[10]).toBeCloseTo(1829.2, 1);
  });
});
