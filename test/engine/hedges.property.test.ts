// The hedges' settlements in the books of a path (engine/kernel/books.ts), checked against the
// contracts' terms applied to the path directly: random price walks at a fixed difficulty (so
// hashprice moves with the price), random hedges of each kind, with a loan whose covenant can call
// and default it, a lease of the machine or neither, and with or without a tax.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bookEventDays, taxYearEnds } from '../../src/engine/compile/books.js';
import { SALVAGE_HASHPRICE, type SimulationPlan } from '../../src/engine/compile/plan.js';
import { bookFlows } from '../../src/engine/kernel/books-workspace.js';
import { simulatePath } from '../../src/engine/kernel/kernel.js';
import { METRIC } from '../../src/engine/kernel/metrics.js';
import * as M from '../../src/engine/kernel/workspace.js';
import { DAYS_PER_YEAR } from '../../src/model/calendar.js';
import {
  type BooksPlan,
  type HedgePlan,
  type LeasePlan,
  NO_DEPOSIT,
  type TaxPlan,
} from '../../src/model/finance/books-plan.js';
import {
  HEDGE_CALL,
  HEDGE_HASHPRICE_SWAP,
  HEDGE_PRICE_SWAP,
  HEDGE_PUT,
  hedgeMonthBounds,
} from '../../src/model/finance/hedge.js';
import { presentValueAndRate } from '../../src/model/finance/irr.js';
import { paymentDay } from '../../src/model/finance/loan.js';
import { loanPlan } from '../fixtures/loan-plan.js';
import { makePath, makePlan, START_PRICE_USD } from '../fixtures/plan.js';
import { seededUniform } from '../fixtures/uniform.js';

const RUNS = Number(process.env.HEDGE_RUNS ?? 300);
const DISCOUNT_PER_DAY = 0.9997;
/** The S9's hashprice at the start (USD per H/s per day) at the fixture's difficulty, about 8.1e-13. */
const DIFFICULTY = 5.6e11;

const hedgeArb = fc.record({
  kind: fc.constantFrom(HEDGE_HASHPRICE_SWAP, HEDGE_PRICE_SWAP, HEDGE_PUT, HEDGE_CALL),
  // Where it starts and how long it runs, as shares of what the horizon leaves.
  start: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.double({ min: 0, max: 1, noNaN: true }),
  // The fixed price or strike as a share of the start's, the amount as a share of the S9's.
  level: fc.double({ min: 0.3, max: 2, noNaN: true }),
  size: fc.double({ min: 0.01, max: 3, noNaN: true }),
  premium: fc.double({ min: 0, max: 0.3, noNaN: true }),
  sold: fc.boolean(),
});

const caseArb = fc.record({
  days: fc.integer({ min: 30, max: 500 }),
  seed: fc.integer(),
  volatility: fc.double({ min: 0, max: 0.1, noNaN: true }),
  drift: fc.double({ min: -0.006, max: 0.004, noNaN: true }),
  treasury: fc.integer({ min: 0, max: 2 }),
  hedges: fc.array(hedgeArb, { minLength: 1, maxLength: 4 }),
  loan: fc.option(fc.double({ min: 0, max: 800, noNaN: true }), { nil: undefined }),
  // A lease of the machine instead (its monthly payment), or neither.
  lease: fc.option(fc.double({ min: 50, max: 450, noNaN: true }), { nil: undefined }),
  tax: fc.boolean(),
});

type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;
type HedgeCase = Case['hedges'][number];

/** A hedge of `h`'s terms that fits a horizon of `days` days; `hashprice` is the start's. */
function hedgePlan(h: HedgeCase, days: number, hashprice: number, i: number): HedgePlan {
  const startDay = Math.min(days - 1, Math.floor(h.start * days));
  const name = `hedge ${i + 1}`;
  if (h.kind === HEDGE_HASHPRICE_SWAP || h.kind === HEDGE_PRICE_SWAP) {
    // The most months that end within the horizon; none when less than a month is left (then a
    // one-day option stands in).
    let most = 0;
    while (paymentDay(startDay, most + 1) <= days) most++;
    if (most > 0) {
      const months = 1 + Math.floor(h.length * most * 0.999);
      const hashpriceSwap = h.kind === HEDGE_HASHPRICE_SWAP;
      return {
        name,
        kind: h.kind,
        amount: hashpriceSwap ? h.size * 13.5e12 : h.size * 0.5,
        fixedUsd: h.level * (hashpriceSwap ? hashprice : START_PRICE_USD),
        bounds: hedgeMonthBounds(startDay, months),
        premiumUsd: 0,
        sign: 1,
      };
    }
  }
  const expiry = startDay + Math.floor(h.length * (days - 1 - startDay));
  const sign = h.sold ? -1 : 1;
  const coins = h.size * 0.5;
  return {
    name,
    kind: h.kind === HEDGE_CALL ? HEDGE_CALL : HEDGE_PUT,
    amount: coins,
    fixedUsd: h.level * START_PRICE_USD,
    bounds: Int32Array.of(startDay, expiry + 1),
    premiumUsd: sign * coins * h.premium * START_PRICE_USD,
    sign,
  };
}

const loan = (topUpUsd: number) => loanPlan({ topUpUsd, balloonAtHorizon: true });

/** A lease of the S9 over the months that end within the horizon (at least one day short of a month: none). */
function lease(paymentUsd: number, days: number): LeasePlan[] {
  const paymentDays: number[] = [];
  for (let k = 1; k <= 12 && paymentDay(0, k) < days; k++) paymentDays.push(paymentDay(0, k));
  if (paymentDays.length === 0) return [];
  return [
    {
      cohort: 0,
      paymentUsd,
      paymentDays: Int32Array.from(paymentDays),
      residualUsd: 200,
      capexUsd: 2000,
      capexDay: 0,
    },
  ];
}

/** A 21 % tax without loss carry-forward or depreciation: a year's tax is the rate on its profit. */
function tax(days: number): TaxPlan {
  const yearEnds = taxYearEnds('2017-05-17', days, '12-31');
  return {
    rule: { rate: 0.21, carryForward: false, offsetLimit: 1 },
    yearEnds,
    horizonYearShare: 1,
    projectDepreciation: new Float64Array(yearEnds.length),
    equityDepreciation: new Float64Array(yearEnds.length),
    projectBasis: Float64Array.of(2000),
    equityBasis: Float64Array.of(2000),
    depreciation: null,
    coinBasis: false,
    depositUsd: 0,
    depositRefundDay: 0,
  };
}

/** The case's plan and path: one S9 (2,000 USD) on a seeded walk of the price. */
function build(c: Case) {
  const base = makePlan({
    days: c.days,
    treasury: c.treasury,
    cohorts: [{ salvageMode: SALVAGE_HASHPRICE, salvageFraction: 1 }],
    discountPerDay: DISCOUNT_PER_DAY,
  });
  const random = seededUniform(c.seed);
  const price = new Float64Array(c.days);
  let p = START_PRICE_USD;
  for (let d = 0; d < c.days; d++) {
    price[d] = p;
    p *= Math.exp(c.drift + (random() - 0.5) * 2 * c.volatility);
  }
  const path = makePath(base, { difficulty: DIFFICULTY, priceUsd: price });
  // The start's hashprice, from an unhedged run's network (the difficulty is fixed, so its
  // coins per H/s are the same every day and on every path).
  const probe = M.createKernelWorkspace(base);
  simulatePath(base, path, probe);
  const hashprice = probe.networkDays.coinsPerHs[0] * START_PRICE_USD;
  const hedges = c.hedges.map((h, i) => hedgePlan(h, c.days, hashprice, i));
  const capexByDay = new Float64Array(c.days);
  capexByDay[0] = base.cohorts[0].capexUsd;
  const b = {
    loans: c.loan === undefined ? [] : [loan(c.loan)],
    leases: c.loan === undefined && c.lease !== undefined ? lease(c.lease, c.days) : [],
    hedges,
    tax: c.tax ? tax(c.days) : null,
    capexByDay,
    deposit: NO_DEPOSIT,
    cohortUnits: Float64Array.of(1),
    cohortLogSurvival: Float64Array.from(base.cohorts, (k) => Math.log1p(-k.failureProbPerDay)),
  };
  const books: BooksPlan = {
    ...b,
    eventDays: bookEventDays(b.loans, b.leases, b.tax, base.cohorts, c.days, hedges),
  };
  const plan: SimulationPlan = { ...base, books };
  return { plan, path, hedges, price, plain: b.loans.length === 0 && b.leases.length === 0 };
}

/** Each day's premiums and settlements of `hedges`, from their terms and the path, in the books' order. */
function settlements(
  hedges: readonly HedgePlan[],
  coinsPerHs: Float64Array,
  price: Float64Array,
  days: number,
) {
  const byDay = new Float64Array(days);
  for (const hedge of hedges) {
    const b = hedge.bounds;
    byDay[b[0]] -= hedge.premiumUsd;
    for (let k = 0; k + 1 < b.length; k++) {
      const last = b[k + 1] - 1;
      let pays: number;
      if (hedge.kind === HEDGE_PUT || hedge.kind === HEDGE_CALL) {
        const p = price[last];
        const inTheMoney = hedge.kind === HEDGE_PUT ? hedge.fixedUsd - p : p - hedge.fixedUsd;
        pays = hedge.sign * hedge.amount * Math.max(0, inTheMoney);
      } else {
        const n = b[k + 1] - b[k];
        let sum = 0;
        for (let t = b[k]; t <= last; t++)
          sum += hedge.kind === HEDGE_HASHPRICE_SWAP ? coinsPerHs[t] * price[t] : price[t];
        // Receive the fixed price, pay the month's average: a hashprice on the hashrate for each of
        // the month's days, a coin price on the coins once a month.
        const perUnit = hedge.fixedUsd - sum / n;
        pays = hedge.kind === HEDGE_HASHPRICE_SWAP ? hedge.amount * n * perUnit : hedge.amount * perUnit;
      }
      byDay[last] += pays;
    }
  }
  return byDay;
}

/** a is b to `rel` of `scale` (the sum of the magnitudes added up): the rounding of sums taken in another order. */
const near = (a: number, b: number, scale: number, rel = 1e-9) =>
  expect(Math.abs(a - b)).toBeLessThanOrEqual(rel * Math.max(1, scale));

describe('hedges in the books, on random paths', () => {
  it('runBooks() settles random hedges as their terms say on random price paths: hedgeNetUsd is their sum (after a default too), the equity’s flows are the project’s plus them without a loan or tax, and the equity’s NPV is that of its flows', () => {
    const seen = { defaults: 0, leased: 0, plain: 0, taxed: 0 };
    fc.assert(
      fc.property(caseArb, (c) => {
        const { plan, path, hedges, price, plain } = build(c);
        const workspace = M.createKernelWorkspace(plan);
        const metrics = simulatePath(plan, path, workspace).slice();
        const flows = workspace.cashFlowUsd;
        const equity = bookFlows(workspace.books!).equity;
        const byDay = settlements(hedges, workspace.networkDays.coinsPerHs, price, c.days);
        const defaultDay = metrics[METRIC.defaultDay];
        // The owners' hedges settle to their terms, a default or not.
        const until = c.days - 1;
        if (!Number.isNaN(defaultDay)) {
          seen.defaults++;
          // After a default the equity's flows are the settlements (and the tax on them) alone.
          if (!c.tax)
            for (let d = defaultDay + 1; d < c.days; d++)
              near(equity[d], byDay[d], Math.abs(byDay[d]), 1e-12);
        }
        if (plan.books!.leases.length > 0) seen.leased++;
        let sum = 0;
        let scale = 0;
        for (let d = 0; d <= until; d++) {
          sum += byDay[d];
          scale += Math.abs(byDay[d]);
        }
        near(metrics[METRIC.hedgeNetUsd], sum, scale);

        const length = until + 1;
        const out = new Float64Array(2);
        presentValueAndRate(equity, length, DISCOUNT_PER_DAY, DAYS_PER_YEAR, out);
        const npvScale = equity.reduce((s, v) => s + Math.abs(v), 0);
        near(metrics[METRIC.equityNpvUsd], out[0], npvScale);

        if (plain && !c.tax) {
          seen.plain++;
          const expected = Float64Array.from(flows.subarray(0, c.days), (f, d) => f + byDay[d]);
          // The same to the rounding of a settlement's sum (the kernel takes hashrate x (fixed x
          // days - sum), this test its days x (fixed - average)).
          for (let d = 0; d < c.days; d++)
            near(equity[d], expected[d], Math.abs(flows[d]) + Math.abs(byDay[d]), 1e-12);
          presentValueAndRate(expected, c.days, DISCOUNT_PER_DAY, DAYS_PER_YEAR, out);
          near(metrics[METRIC.equityNpvUsd], out[0], npvScale);
        }
        if (plain && c.tax) {
          // The equity is the project plus its hedges: each year's tax is the rate on the project's
          // profit plus the year's hedges (no carry-forward), the project's on its profit alone.
          seen.taxed++;
          const { afterTax } = bookFlows(workspace.books!);
          const ends = plan.books!.tax!.yearEnds;
          let from = 0;
          for (const end of ends) {
            let hedged = 0;
            for (let d = from; d <= end; d++) hedged += byDay[d];
            const projectTax = flows[end] - afterTax[end];
            const equityTax = flows[end] + byDay[end] - equity[end];
            const scaleY = Math.abs(flows[end]) + Math.abs(hedged) + projectTax;
            if (projectTax > 0) near(equityTax, Math.max(0, projectTax + 0.21 * hedged), scaleY);
            else {
              expect(equityTax).toBeGreaterThanOrEqual(-1e-9 * Math.max(1, scaleY));
              expect(equityTax).toBeLessThanOrEqual(0.21 * Math.max(0, hedged) + 1e-9 * Math.max(1, scaleY));
            }
            from = end + 1;
          }
        }
      }),
      { numRuns: RUNS, seed: Number(process.env.HEDGE_SEED ?? 20240420) },
    );
    expect(seen.defaults).toBeGreaterThan(0);
    expect(seen.leased).toBeGreaterThan(0);
    expect(seen.plain).toBeGreaterThan(0);
    expect(seen.taxed).toBeGreaterThan(0);
  });
});
