// The coins held in the books, against hand computations: a margin call met by selling coins,
// the equity's coins and their basis apart from the project's afterwards, and the basis of coins
// sell-to-cover sells out of its stack (average cost). One S9 mining 0.01 BTC a day (the
// difficulty set for it, no fees), no power cost (the costs are the fixed costs given per day), on
// prices given day by day; its collateral is its price scaled by hashprice (so by the coin's price)
// over the first day's (the day's hashprice: the plans set resaleHashpriceDays to 1; the week's
// mean a run reads is tested in resale-hashprice.test.ts); no discounting, so an NPV is the flows' sum. Every figure is worked out here
// from the terms as documented, in round numbers, not from minesim's code.
import { describe, expect, it } from 'vitest';
import { bookEventDays } from '../../src/engine/compile/books.js';
import {
  SALVAGE_HASHPRICE,
  type SimulationPlan,
  TREASURY_HOLD,
  TREASURY_SELL_TO_COVER,
} from '../../src/engine/compile/plan.js';
import { bookFlows } from '../../src/engine/kernel/books-workspace.js';
import { SERIES_INDEX } from '../../src/engine/kernel/checkpoints.js';
import { simulatePath } from '../../src/engine/kernel/kernel.js';
import { METRIC } from '../../src/engine/kernel/metrics.js';
import { createKernelWorkspace } from '../../src/engine/kernel/workspace.js';
import { DAYS_PER_YEAR } from '../../src/model/calendar.js';
import {
  type BooksPlan,
  type LoanPlan,
  NO_DEPOSIT,
  type TaxPlan,
} from '../../src/model/finance/books-plan.js';
import { presentValueAndRate } from '../../src/model/finance/irr.js';
import { annuityDenominators, paymentDay } from '../../src/model/finance/loan.js';
import { makePath, makePlan, S9_HASHRATE_HS, TWO_POW_32 } from '../fixtures/plan.js';
import { seededUniform } from '../fixtures/uniform.js';

const COINS_PER_DAY = 0.01;
/** The difficulty at which 13.5 TH/s finds 0.01 BTC a day at 12.5 BTC a block. */
const DIFFICULTY = (S9_HASHRATE_HS * 86_400 * 12.5) / (COINS_PER_DAY * TWO_POW_32);

interface Case {
  treasury: number;
  prices: readonly number[];
  /** Fixed costs by day, USD (default none). */
  costs?: readonly number[];
  /** The machine's price (its capex on day 0, its collateral and tax basis). */
  unitPriceUsd?: number;
  loan?: Partial<LoanPlan>;
  /** Tax at `rate` by years ending on `yearEnds`, coins taxed on their basis, no depreciation. */
  tax?: { rate: number; yearEnds: readonly number[]; coinBasis?: boolean };
  checkpoints?: readonly number[];
  /** The difficulty by day (default DIFFICULTY). */
  difficulty?: Float64Array;
}

/**
 * A loan of 600 USD drawn on day 0, no interest, no payment before the horizon (repaid there), a
 * margin call above 90 % of the collateral restoring 75 %, no top-up.
 */
function loanOf(over: Partial<LoanPlan>): LoanPlan {
  return {
    name: 'loan',
    cohorts: Int32Array.of(0),
    principalUsd: 600,
    monthlyRate: 0,
    periods: 1,
    annuityDenominators: annuityDenominators(0, 1),
    amortizing: true,
    feeUsd: 0,
    startDay: 0,
    paymentDays: new Int32Array(0),
    balloonAtHorizon: true,
    marginLoanToValue: 0.9,
    restoreLoanToValue: 0.75,
    topUpUsd: 0,
    testEveryDays: 1,
    ...over,
  };
}

function taxOf(t: NonNullable<Case['tax']>, basisUsd: number): TaxPlan {
  const years = t.yearEnds.length;
  return {
    rule: { rate: t.rate, carryForward: true, offsetLimit: 1 },
    yearEnds: Int32Array.from(t.yearEnds),
    horizonYearShare: 1,
    projectDepreciation: new Float64Array(years),
    equityDepreciation: new Float64Array(years),
    projectBasis: Float64Array.of(basisUsd),
    equityBasis: Float64Array.of(basisUsd),
    depreciation: null,
    coinBasis: t.coinBasis ?? true,
    depositUsd: 0,
    depositRefundDay: 0,
  };
}

function planOf(c: Case): SimulationPlan {
  const days = c.prices.length;
  const unitPriceUsd = c.unitPriceUsd ?? 1000;
  const base = makePlan({
    resaleHashpriceDays: 1,
    days,
    treasury: c.treasury,
    tariffUsdPerKwh: 0,
    fixedUsdPerDay: Float64Array.from({ length: days }, (_, d) => c.costs?.[d] ?? 0),
    cohorts: [{ unitPriceUsd, salvageMode: SALVAGE_HASHPRICE, salvageFraction: 1 }],
  });
  const capexByDay = new Float64Array(days);
  capexByDay[0] = unitPriceUsd;
  const loans = c.loan === undefined ? [] : [loanOf(c.loan)];
  const tax = c.tax === undefined ? null : taxOf(c.tax, unitPriceUsd);
  const books: BooksPlan = {
    loans,
    leases: [],
    hedges: [],
    tax,
    capexByDay,
    deposit: NO_DEPOSIT,
    cohortUnits: Float64Array.of(1),
    cohortLogSurvival: Float64Array.of(0),
    eventDays: bookEventDays(loans, [], tax, base.cohorts, days),
  };
  return { ...base, books };
}

function run(c: Case) {
  const plan = planOf(c);
  const price = Float64Array.from(c.prices);
  const path = makePath(plan, { difficulty: c.difficulty ?? DIFFICULTY, priceUsd: price, feesPerBlock: 0 });
  const workspace = createKernelWorkspace(plan, {
    trace: true,
    checkpoints: c.checkpoints === undefined ? undefined : Int32Array.from(c.checkpoints),
  });
  const metrics = simulatePath(plan, path, workspace).slice();
  const { equity, afterTax } = bookFlows(workspace.books!);
  const equityPositions = (day: number) =>
    workspace.checkpointValues[SERIES_INDEX.equityNetUsd * workspace.checkpoints.length + day];
  return {
    metrics,
    coins: workspace.trace!.coinsMined.slice(),
    flows: Array.from(workspace.cashFlowUsd),
    equity: Array.from(equity),
    afterTax: Array.from(afterTax),
    equityPositions,
  };
}

function expectFlows(actual: readonly number[], expected: readonly number[]): void {
  expect(actual.length).toBe(expected.length);
  expected.forEach((v, d) => {
    expect(actual[d], `day ${d}`).toBeCloseTo(v, 8);
  });
}

/**
 * Holding, the machine bought for 1,000 USD, 600 of it lent. The price is 10,000 USD on days 0-1,
 * 20,000 on days 2-3, 5,000 on day 4 and 20,000 on day 5 (the horizon): a coin mined is worth
 * 100, 100, 200, 200, 50, 200 USD on those days.
 */
const HOLD: Case = {
  treasury: TREASURY_HOLD,
  prices: [10_000, 10_000, 20_000, 20_000, 5_000, 20_000],
  loan: {},
};

describe('the coins held in the books, by hand', () => {
  it('simulatePath() mines the cases’ 0.01 BTC a day', () => {
    const { coins } = run(HOLD);
    for (const c of coins) expect(c).toBeCloseTo(COINS_PER_DAY, 14);
  });

  it('runBooks() meets a margin call by selling coins held when cash on hand falls short, before a default', () => {
    // Day 4: the collateral is 1,000 x 5,000 / 10,000 = 500 USD; 600 > 90 % of it, a call of
    // 600 - 75 % x 500 = 225 USD. Cash on hand is 0 (holding pays no cash in; the owners paid the
    // capex), the top-up 0, and the 0.05 BTC held are worth 250 USD: 0.045 BTC are sold for 225.
    // The project (no loan) keeps its 0.06 BTC, worth 1,200 USD at the horizon with the machine
    // (1,000: hashprice is back above day 0's); the equity's 0.015 BTC are worth 300, and it repays
    // the 375 USD left.
    const { flows, equity, metrics, equityPositions } = run({ ...HOLD, checkpoints: [3, 4, 5] });
    expect(metrics[METRIC.marginCall]).toBe(1);
    expect(metrics[METRIC.defaulted]).toBe(0);
    expectFlows(flows, [-1000, 0, 0, 0, 0, 2200]);
    expectFlows(equity, [-400, 0, 0, 0, 225 - 225, 300 + 1000 - 375]);
    // The equity's position (its flows so far and its coins at the day's price), on the fan chart:
    // day 3, -400 + 0.04 x 20,000; day 4, -400 + 0.005 x 5,000 after the call; day 5, -400 - 375
    // repaid + 0.015 x 20,000 (the machine's value at the horizon is in the last flow, not in a
    // position).
    expect(equityPositions(0)).toBeCloseTo(400, 8);
    expect(equityPositions(1)).toBeCloseTo(-375, 8);
    expect(equityPositions(2)).toBeCloseTo(-475, 8);
    expect(metrics[METRIC.equityNpvUsd]).toBeCloseTo(-400 + 925, 8);
  });

  it('runBooks() taxes the coins a margin call sells on their gain over their average basis, and the equity’s coins left on theirs at the horizon', () => {
    // Tax 20 % in one year (days 0-5), coins taxed on their basis, no depreciation (the machine's
    // 1,000 USD basis against its 1,000 at the horizon: no gain).
    // Project: revenue 100 + 100 + 200 + 200 + 50 + 200 = 850 (the coins' basis); its 0.06 BTC
    // worth 1,200 at the horizon, a gain of 350: income 1,200, tax 240.
    // Equity: the call sells 0.045 of 0.05 BTC whose basis is 650: 585 of it, for 225, a loss of
    // 360; 0.005 BTC left with 65 of basis, then 200 more mined on day 5: 0.015 BTC on 265, worth
    // 300, a gain of 35. Income 850 - 360 + 35 = 525 (what its flows make: -400 + 925), tax 105.
    const { flows, equity, afterTax, metrics } = run({ ...HOLD, tax: { rate: 0.2, yearEnds: [5] } });
    expect(metrics[METRIC.defaulted]).toBe(0);
    expectFlows(afterTax, [-1000, 0, 0, 0, 0, 2200 - 240]);
    expectFlows(equity, [-400, 0, 0, 0, 0, 925 - 105]);
    expect(metrics[METRIC.taxPaidUsd]).toBeCloseTo(105, 8);
    expect(flows[5]).toBeCloseTo(2200, 8);
  });

  it('runBooks() meets a call exactly by the coins held, leaving the equity none', () => {
    // Day 4 at 4,800 USD: collateral 480, a call of 600 - 360 = 240, the 0.05 BTC worth 240.
    const prices = [10_000, 10_000, 20_000, 20_000, 4_800, 20_000];
    const { equity, metrics } = run({ ...HOLD, prices });
    expect(metrics[METRIC.defaulted]).toBe(0);
    // The horizon: the equity holds only day 5's 0.01 BTC (200 USD), the machine (1,000), and
    // repays 360.
    expectFlows(equity, [-400, 0, 0, 0, 0, 200 + 1000 - 360]);
  });

  it('runBooks() defaults when the coins held and the top-up fall short of a call, and meets it when the top-up covers the rest', () => {
    // Day 4 at 4,700 USD: collateral 470, a call of 600 - 352.5 = 247.5; the coins are worth 235.
    const prices = [10_000, 10_000, 20_000, 20_000, 4_700, 20_000];
    const short = run({ ...HOLD, prices, loan: { topUpUsd: 12.4 } });
    expect(short.metrics[METRIC.defaulted]).toBe(1);
    expect(short.metrics[METRIC.defaultDay]).toBe(4);
    // The coins are not sold for a call that fails: they are sold on the default day, 235 USD,
    // and the equity's flows stop.
    expectFlows(short.equity, [-400, 0, 0, 0, 235, 0]);
    const met = run({ ...HOLD, prices, loan: { topUpUsd: 12.6 } });
    expect(met.metrics[METRIC.defaulted]).toBe(0);
    // 235 from the coins, 12.5 from the owners: the equity's flow on day 4 is -12.5.
    expectFlows(met.equity, [-400, 0, 0, 0, -12.5, 200 + 1000 - 352.5]);
  });

  it('runBooks() sells no coins on a day the price is 0: they raise nothing, so a call falls on the top-up', () => {
    // Day 4 at 0: hashprice 0, the collateral 0, a call of the whole 600 USD; the coins fetch 0.
    const prices = [10_000, 10_000, 20_000, 20_000, 0, 20_000];
    const without = run({ ...HOLD, prices });
    expect(without.metrics[METRIC.defaultDay]).toBe(4);
    expectFlows(without.equity, [-400, 0, 0, 0, 0, 0]);
    const topped = run({ ...HOLD, prices, loan: { topUpUsd: 600 } });
    expect(topped.metrics[METRIC.defaulted]).toBe(0);
    // The coins are all the equity's still: its horizon is the project's (0.06 BTC and the machine).
    expectFlows(topped.equity, [-400, 0, 0, 0, -600, 2200]);
    expectFlows(topped.flows, [-1000, 0, 0, 0, 0, 2200]);
  });

  it('runBooks() sells on a later default only the coins the equity still holds', () => {
    // HOLD's call on day 4 sells 0.045 BTC; day 5 at 2,000 USD: collateral 200, the 375 left is
    // above 90 % of it, a call of 375 - 150 = 225, against 0.015 BTC worth 30: a default. The
    // equity sells its 0.015 BTC (30 USD), not the project's 0.06.
    const prices = [10_000, 10_000, 20_000, 20_000, 5_000, 2_000, 20_000];
    const { equity, metrics } = run({ ...HOLD, prices });
    expect(metrics[METRIC.defaultDay]).toBe(5);
    expectFlows(equity, [-400, 0, 0, 0, 0, 30, 0]);
  });

  it('runBooks() taxes the coins sell-to-cover sells out of its stack on their gain over their average basis, in that tax year', () => {
    // No machine cost, no loan: the equity is the project after tax. 0.01 BTC a day at 1,000,
    // 1,000, 2,000, 2,000 and 3,000 USD; day 2 costs 50 USD. Tax 20 %, years ending on days 2 and 4.
    // Day 2 mines 20 USD and sells 0.025 BTC for the 50: its own 0.01 at their basis, and 0.015
    // of the 0.02 held before (basis 20, so 15 of it) for 30, a gain of 15; 0.005 BTC left on 5.
    // Year one: revenue 40 - costs 50 + 15 = 5, tax 1. Day 3 adds 20 of basis, day 4 30: 0.025 BTC
    // on 55, worth 75 at the horizon, a gain of 20. Year two: revenue 50 + 20 = 70, tax 14.
    // (Left in the basis, the 15 sold would be taxed never: 45 and 9 instead of 75 and 15.)
    const { flows, afterTax, equity, metrics } = run({
      treasury: TREASURY_SELL_TO_COVER,
      prices: [1000, 1000, 2000, 2000, 3000],
      costs: [0, 0, 50, 0, 0],
      unitPriceUsd: 0,
      tax: { rate: 0.2, yearEnds: [2, 4] },
    });
    expectFlows(flows, [0, 0, 0, 0, 75]);
    expectFlows(afterTax, [0, 0, -1, 0, 75 - 14]);
    expectFlows(equity, afterTax);
    expect(metrics[METRIC.taxPaidUsd]).toBeCloseTo(15, 8);
    expect(metrics[METRIC.afterTaxNpvUsd]).toBeCloseTo(60, 8);
  });

  it('runBooks() under sell-to-cover meets a call from cash, then coins; the equity’s coins run out first and its basis stays its own', () => {
    // The 1,000 USD machine, 600 lent. Day 0 sells its 0.01 BTC (100 USD) toward the capex,
    // which the owners fund: 100 USD of cash on hand. Prices 10,000 on days 0-3, 5,000 on days
    // 4-6, 20,000 on day 7; day 5 costs 150 USD. Tax 20 % in one year, coins on their basis.
    // Day 4: a call of 225 (as HOLD's): 100 from cash, 125 from 0.025 of the equity's 0.04 BTC
    // (basis 350, 218.75 of it: a loss of 93.75); the project keeps its 0.04.
    // Day 5: 150 USD is 0.03 BTC. The project sells its day's 0.01 and 0.02 of its stack (basis
    // 175 of 350) for 100, a loss of 75: 0.02 BTC left on 175. The equity sells its 0.01 and its
    // 0.015 (its basis 131.25, for 75: a loss of 56.25); the owners pay the 25 USD left.
    // Days 6-7 add 50 and 200 of basis. Project at the horizon: 0.04 BTC on 425 worth 800, a gain
    // of 375; income 600 (revenue 750 - costs 150) - 75 + 375 = 900 (its flows' sum), tax 180.
    // Equity: 0.02 BTC on 250 worth 400, a gain of 150; income 600 - 93.75 - 56.25 + 150 = 600
    // (its flows' sum), tax 120.
    const { flows, afterTax, equity, metrics } = run({
      treasury: TREASURY_SELL_TO_COVER,
      prices: [10_000, 10_000, 10_000, 10_000, 5_000, 5_000, 5_000, 20_000],
      costs: [0, 0, 0, 0, 0, 150, 0, 0],
      loan: {},
      tax: { rate: 0.2, yearEnds: [7] },
    });
    expect(metrics[METRIC.marginCall]).toBe(1);
    expect(metrics[METRIC.defaulted]).toBe(0);
    expectFlows(flows, [-900, 0, 0, 0, 0, 0, 0, 800 + 1000]);
    expectFlows(afterTax, [-900, 0, 0, 0, 0, 0, 0, 1800 - 180]);
    expectFlows(equity, [-300, 0, 0, 0, -100, -25, 0, 400 + 1000 - 375 - 120]);
    expect(metrics[METRIC.taxPaidUsd]).toBeCloseTo(120, 8);
  });

  it('runBooks() under sell-to-cover taxes a sale out of the stack before a default in its own year, and the default’s coins on the basis left', () => {
    // The 1,000 USD machine, 600 lent; tax 20 %, years ending on days 2 and 5. Prices 10,000,
    // 8,000, 10,000, 10,000, 10,000, 10,000; day 2 costs 120 USD; from day 4 the difficulty is 5 times as
    // high (0.002 BTC a day, hashprice a fifth). Day 0 sells its coins toward the capex (100 USD
    // of cash on hand). Day 2 sells 0.012 BTC: its own 0.01 and 0.002 of the 0.01 held (basis 80,
    // so 16 of it) for 20, a gain of 4; year one: revenue 100 + 80 + 100 - costs 120 + 4 = 164,
    // tax 32.8. Day 4: collateral 200, a call of 600 - 150 = 450 against 100 of cash and 0.02 BTC
    // worth 200: a default. The coins are sold on the basis left, 64 + 100 + 20 = 184, a gain of
    // 16; the debt the lender takes, 600, less the machine's basis, 1,000, a loss of 400: year
    // two's income 120 + 16 - 400 < 0, no tax. (Left in the basis, day 2's 16 would have made
    // year one 160 and the default's coins a loss of 0.)
    const difficulty = Float64Array.of(
      DIFFICULTY,
      DIFFICULTY,
      DIFFICULTY,
      DIFFICULTY,
      5 * DIFFICULTY,
      5 * DIFFICULTY,
    );
    const { equity, metrics } = run({
      treasury: TREASURY_SELL_TO_COVER,
      prices: [10_000, 8_000, 10_000, 10_000, 10_000, 10_000],
      costs: [0, 0, 120, 0, 0, 0],
      loan: {},
      tax: { rate: 0.2, yearEnds: [2, 5] },
      difficulty,
    });
    expect(metrics[METRIC.defaultDay]).toBe(4);
    expectFlows(equity, [-300, 0, -32.8, 0, 200, 0]);
    expect(metrics[METRIC.taxPaidUsd]).toBeCloseTo(32.8, 8);
  });
});

describe('the coins held in the books, over random paths', () => {
  it('runBooks() taxes in one tax year exactly what the flows make, with coins sold by margin calls and out of the stack, holding and selling to cover: over 400 random price paths', () => {
    // One tax year, coins on their basis, no depreciation: whatever the basis of each coin sold,
    // the year's taxable income is what the flows make (revenue less costs, the coins' gains and
    // the machine's, interest), so the tax is rate x max(0, the flows before it), for the project
    // and for the equity (to its default: the debt the lender takes is in its flows as the loan
    // not repaid). A basis that stays with coins sold, or leaves with coins kept, breaks it. The
    // equity's flows are also measured as irr.ts does over them written out.
    const DAYS = 400;
    const rate = 0.25;
    const random = seededUniform(2026);
    const counts = { defaults: 0, callsMet: 0 };
    for (const treasury of [TREASURY_HOLD, TREASURY_SELL_TO_COVER]) {
      for (let k = 0; k < 4; k++) {
        // Fixed costs of 40 USD on about one day in ten (the machine earns about 13.67 USD a day
        // at the start price): sell-to-cover sells out of its stack on those days.
        const costs = Float64Array.from({ length: DAYS }, () => (random() < 0.1 ? 40 : 0));
        const base = makePlan({
          resaleHashpriceDays: 1,
          days: DAYS,
          treasury,
          fixedUsdPerDay: costs,
          cohorts: [{ salvageMode: SALVAGE_HASHPRICE, salvageFraction: 1 }],
          discountPerDay: 0.9997,
        });
        const capexByDay = new Float64Array(DAYS);
        capexByDay[0] = 2000;
        const loans = [
          loanOf({
            principalUsd: 1400,
            monthlyRate: 0.01,
            periods: 12,
            annuityDenominators: annuityDenominators(0.01, 12),
            paymentDays: Int32Array.from({ length: 12 }, (_, m) => paymentDay(0, m + 1)),
            balloonAtHorizon: false,
            feeUsd: 14,
            restoreLoanToValue: 0.7,
            topUpUsd: random() * 400,
          }),
        ];
        const tax = taxOf({ rate, yearEnds: [DAYS - 1] }, 2000);
        const plan: SimulationPlan = {
          ...base,
          books: {
            loans,
            leases: [],
            hedges: [],
            tax,
            capexByDay,
            deposit: NO_DEPOSIT,
            cohortUnits: Float64Array.of(1),
            cohortLogSurvival: Float64Array.of(0),
            eventDays: bookEventDays(loans, [], tax, base.cohorts, DAYS),
          },
        };
        const workspace = createKernelWorkspace(plan);
        const out = new Float64Array(2);
        for (let i = 0; i < 50; i++) {
          const price = new Float64Array(DAYS);
          let p = 1808.75 * (0.3 + random() * 1.5);
          const drift = (random() - 0.5) * 0.01;
          for (let d = 0; d < DAYS; d++) {
            p *= Math.exp(drift + (random() - 0.5) * 0.08);
            price[d] = p;
          }
          const metrics = simulatePath(
            plan,
            makePath(plan, { difficulty: 5.6e11, priceUsd: price }),
            workspace,
          );
          const { equity, afterTax } = bookFlows(workspace.books!);
          const flows = workspace.cashFlowUsd;
          const sum = (a: Float64Array): number => a.reduce((t, v) => t + v, 0);
          const projectTax = sum(flows) - sum(afterTax);
          const equityTax = metrics[METRIC.taxPaidUsd];
          const scale = 1e-9 * (sum(flows.map(Math.abs)) + 2000);
          expect(Math.abs(projectTax - rate * Math.max(0, sum(flows)))).toBeLessThanOrEqual(scale);
          expect(Math.abs(equityTax - rate * Math.max(0, sum(equity) + equityTax))).toBeLessThanOrEqual(
            scale,
          );
          const defaulted = metrics[METRIC.defaulted] === 1;
          if (defaulted) counts.defaults++;
          else if (metrics[METRIC.marginCall] === 1) counts.callsMet++;
          const length = defaulted ? metrics[METRIC.defaultDay] + 1 : DAYS;
          presentValueAndRate(equity, length, 0.9997, DAYS_PER_YEAR, out);
          expect(Math.abs(metrics[METRIC.equityNpvUsd] - out[0])).toBeLessThanOrEqual(
            1e-9 * Math.max(1, Math.abs(out[0])),
          );
          if (Number.isNaN(out[1])) expect(metrics[METRIC.equityIrr]).toBeNaN();
          else
            expect(Math.abs(metrics[METRIC.equityIrr] - out[1])).toBeLessThanOrEqual(
              1e-9 * Math.max(1e-3, Math.abs(out[1])),
            );
        }
      }
    }
    expect(counts.defaults).toBeGreaterThan(5);
    expect(counts.callsMet).toBeGreaterThan(20);
  });
});
