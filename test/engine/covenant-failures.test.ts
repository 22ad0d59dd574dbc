// A loan's collateral on a path whose machines fail: the lender values the machines left on the
// path, as a sale of them (at retirement, at the horizon) counts them, not the share expected to
// survive. Five S9s (2,000 USD each) at a fixed difficulty and price, so hashprice holds and each
// machine's resale value (hashprice-linked, 100 %, priced on the day's hashprice) is 2,000 USD
// every day. The failures are scripted: the kernel draws its uniforms in a known order
// (failures.ts): the first failure day's, then that day's count, then the next failure day's.
import { describe, expect, it } from 'vitest';
import { bookEventDays } from '../../src/engine/compile/books.js';
import { SALVAGE_HASHPRICE, type SimulationPlan, TREASURY_HOLD } from '../../src/engine/compile/plan.js';
import { bookFlows } from '../../src/engine/kernel/books-workspace.js';
import { simulatePath, type Uniform } from '../../src/engine/kernel/kernel.js';
import { METRIC } from '../../src/engine/kernel/metrics.js';
import * as M from '../../src/engine/kernel/workspace.js';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { type BooksPlan, NO_DEPOSIT } from '../../src/model/finance/books-plan.js';
import { loanSchedule, paymentDay } from '../../src/model/finance/loan.js';
import { loanPlan } from '../fixtures/loan-plan.js';
import { makePath, makePlan, START_PRICE_USD } from '../fixtures/plan.js';
import { scenarioOf } from '../fixtures/scenarios.js';
import { seededUniform } from '../fixtures/uniform.js';

const DAYS = 400;
const UNITS = 5;

/**
 * The five S9s failing with probability `p` a day, 8,000 USD lent on them (90 % called, 70 %
 * restored); with `second`, a second cohort of one S9 that never fails (not pledged) and the coins
 * held, so the pledged cohort runs in the fleet's columns (fleet-days.ts) and the last in the
 * treasury's loop (treasury.ts).
 */
function planOf(p: number, second = false, deployDay = 0): SimulationPlan {
  const pledged = {
    units: UNITS,
    salvageMode: SALVAGE_HASHPRICE,
    salvageFraction: 1,
    failureProbPerDay: p,
    purchaseDay: deployDay,
    deployDay,
  };
  const base = makePlan({
    resaleHashpriceDays: 1,
    days: DAYS,
    cohorts: second ? [pledged, { salvageMode: SALVAGE_HASHPRICE, salvageFraction: 1 }] : [pledged],
    discountPerDay: 0.9997,
    ...(second ? { treasury: TREASURY_HOLD } : {}),
  });
  const capexByDay = new Float64Array(DAYS);
  for (const cohort of base.cohorts) capexByDay[0] += cohort.capexUsd;
  const b: Omit<BooksPlan, 'eventDays'> = {
    loans: [loanPlan({ principalUsd: 8000 })],
    leases: [],
    hedges: [],
    tax: null,
    capexByDay,
    deposit: NO_DEPOSIT,
    cohortUnits: Float64Array.from(base.cohorts, (c) => c.units),
    cohortLogSurvival: Float64Array.from(base.cohorts, (c) => Math.log1p(-c.failureProbPerDay)),
  };
  const books = { ...b, eventDays: bookEventDays(b.loans, b.leases, b.tax, base.cohorts, DAYS, b.hedges) };
  return { ...base, books };
}

/** A source of uniforms giving `script` in turn, then 1e-300 (no further failure before the horizon). */
function scripted(script: number[]): NonNullable<Uniform> {
  let i = 0;
  return { uniform: () => (i < script.length ? script[i++] : 1e-300) };
}

function run(plan: SimulationPlan, rng: Uniform, factor: number | Float64Array = 1) {
  let price: Float64Array;
  if (typeof factor === 'number') {
    price = new Float64Array(DAYS).fill(START_PRICE_USD);
    price.fill(START_PRICE_USD * factor, 45);
  } else price = factor;
  const path = makePath(plan, { difficulty: 5.6e11, priceUsd: price });
  const workspace = M.createKernelWorkspace(plan);
  const metrics = simulatePath(plan, path, workspace, rng).slice();
  const equity = workspace.books === null ? new Float64Array(0) : bookFlows(workspace.books).equity;
  return { metrics, equity, flows: workspace.cashFlowUsd.slice() };
}

describe('a loan’s collateral on a path whose machines fail', () => {
  it('runBooks() values the collateral at the machines left on the path: one of five lost on day 20 calls the loan on day 21', () => {
    // p = 0.1 % a day. The first uniform u gives the failure-free days floor(ln u / (5 ln(1 - p))):
    // u = 0.999^102.5 gives floor(20.5) = 20, a failure on day 20; the count's uniform 0.5 is below
    // P(X <= 1 | X >= 1) (about 0.998), so one machine fails; the next failure is past the horizon.
    // From day 21 four machines are left: collateral 4 x 2,000 = 8,000 USD, and the balance (8,000
    // USD, the first payment is on day 30) is above 90 % of it, 7,200 USD: a call on day 21 repays
    // 8,000 - 70 % x 8,000 = 2,400 USD. Valued at the expected survivors, 5 x 2,000 x 0.999^21 =
    // 9,792.1 USD (90 %: 8,812.9) held the loan, and the collateral, at 0.999^d of 10,000 USD,
    // stays above the balance / 90 % to its end: no call at all.
    const p = 0.001;
    const plan = planOf(p);
    const u = Math.exp(20.5 * UNITS * Math.log1p(-p));
    const { metrics, equity, flows } = run(plan, scripted([u, 0.5]));
    expect(metrics[METRIC.marginCall]).toBe(1);
    expect(metrics[METRIC.defaulted]).toBe(0);
    expect(flows[20] - equity[20]).toBe(0);
    expect(flows[21] - equity[21]).toBeCloseTo(2400, 9);
    // The machines left earn for four: day 21’s flow is four fifths of day 20’s.
    expect(flows[21] / flows[20]).toBeCloseTo(0.8, 12);
    // After the call, 5,600 USD against 7,200 USD: no more calls (only the payments differ). The
    // first payment adds the interest the 2,400 USD called owed from the drawdown to the call (22 days).
    for (let d = 22; d < 30; d++) expect(flows[d] - equity[d]).toBe(0);
    const after = loanSchedule(5600, 0.12, 12, true)[0];
    const accrued = (2400 * 0.01 * 22) / (365.25 / 12);
    expect(flows[30] - equity[30]).toBeCloseTo(after.interest + after.principal + accrued, 9);
  });

  it('runBooks() values a pledged cohort run in the fleet’s columns, the coins held, at its machines left: the same call on day 21', () => {
    // The same five S9s and failure (the pledged cohort's uniforms come first: its columns are run
    // before the last cohort's loop), a sixth S9 apart that never fails and is not pledged. The
    // 2,400 USD call is met partly by selling the coins held (the equity's flow that day is the
    // project's less the call plus the coins sold), and the balance left, 5,600 USD, is what the
    // first payment (day 30) re-amortizes over the 12 periods left.
    const p = 0.001;
    const u = Math.exp(20.5 * UNITS * Math.log1p(-p));
    const { metrics, equity, flows } = run(planOf(p, true), scripted([u, 0.5]));
    expect(metrics[METRIC.marginCall]).toBe(1);
    for (let d = 1; d < 21; d++) expect(flows[d] - equity[d]).toBe(0);
    expect(flows[21] - equity[21]).toBeGreaterThan(0);
    const after = loanSchedule(5600, 0.12, 12, true)[0];
    const accrued = (2400 * 0.01 * 22) / (365.25 / 12);
    expect(flows[30] - equity[30]).toBeCloseTo(after.interest + after.principal + accrued, 9);
  });

  it('runBooks() calls the loan the same day whether a machine fails on the test day or not: failures land at its end', () => {
    // The failure on day 20 lands at the day's end: day 20 is tested on five machines (10,000 USD,
    // 8,000 <= 9,000), day 21 on four. A failure on day 0 (u = 0.999^2.5) calls on day 1.
    const p = 0.001;
    const plan = planOf(p);
    const u = Math.exp(0.5 * UNITS * Math.log1p(-p));
    const { equity, flows } = run(plan, scripted([u, 0.5]));
    expect(flows[0] - equity[0]).toBeCloseTo(-8000, 9);
    expect(flows[1] - equity[1]).toBeCloseTo(2400, 9);
  });

  it('runBooks() on a path run at the expected survival counts a cohort deployed before the start from its units working then', () => {
    // Deployed a year before the start (day -365), its five machines all working on day 0 (failures
    // before the start are not drawn, and the kernel decays them from day 0): on day d the
    // collateral is 10,000 x 0.999^d USD, 9,000 USD at 90 % on day 0, above the 8,000 USD lent. From
    // the deployment, 10,000 x 0.999^365 = 6,940.7 USD (90 %: 6,246.6) would call 8,000 - 70 % x
    // 6,940.7 = 3,141.5 USD on day 0. Called nowhere: the balance falls faster than 0.999^d.
    const plan = planOf(0.001, false, -365);
    const { metrics, equity, flows } = run(plan, null);
    expect(metrics[METRIC.marginCall]).toBe(0);
    expect(flows[0] - equity[0]).toBeCloseTo(-8000, 9);
  });

  it('runBooks() with no failures (0 % a day) values the collateral as before, to the bit: random and expected-value paths agree', () => {
    // The price halves on day 45: collateral 5 x 1,000 = 5,000 USD against the balance after the
    // first payment, 8,000 x 1.01 - 710.79 = 7,369.21 USD (above 90 % of it): a call of 7,369.21 -
    // 70 % x 5,000 = 3,869.21 USD, on either path.
    const plan = planOf(0);
    const expected = run(plan, null, 0.5);
    const drawn = run(plan, scripted([0.3, 0.7, 0.1]), 0.5);
    const call = loanSchedule(8000, 0.12, 12, true)[0].balance - 0.7 * 5000;
    expect(call).toBeCloseTo(3869.21, 2);
    expect(expected.flows[45] - expected.equity[45]).toBeCloseTo(call, 9);
    expect(Array.from(drawn.metrics)).toEqual(Array.from(expected.metrics));
    expect(Array.from(drawn.equity)).toEqual(Array.from(expected.equity));
  });

  it('runBooks() finds the first call where a check of every day in full finds it, on 300 random paths with failures', () => {
    // The books check a bound over stretches (covenant.ts) and only the days below it in full. Here
    // each day is checked by hand: the machines working on day d are read off the project's flow
    // (five machines' flow over one machine's on the same price path: failures land at a day's end,
    // so day d's flow is its starting machines'), the collateral is 2,000 USD x those x min(1,
    // price / day 0's price) (hashprice moves with the price alone), and the balance the annuity's
    // after the day's payment. A random walk of 1 % a day moves the price, 0.1 % a day fails machines.
    const p = 0.001;
    const plan = planOf(p);
    const one = makePlan({ resaleHashpriceDays: 1, days: DAYS, discountPerDay: 0.9997 });
    const rows = loanSchedule(8000, 0.12, 12, true);
    const balanceOn = (d: number) => {
      let balance = 8000;
      for (let k = 0; k < rows.length && paymentDay(0, k + 1) <= d; k++) balance = rows[k].balance;
      return balance;
    };
    const paidOn = (d: number) => {
      for (let k = 0; k < rows.length; k++)
        if (paymentDay(0, k + 1) === d) return rows[k].interest + rows[k].principal;
      return 0;
    };
    let calls = 0;
    let byFailures = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const walk = seededUniform(seed * 7919);
      const price = new Float64Array(DAYS);
      price[0] = START_PRICE_USD;
      for (let d = 1; d < DAYS; d++) price[d] = price[d - 1] * Math.exp(0.01 * (walk() < 0.5 ? -1 : 1));
      const draw = seededUniform(seed);
      const { equity, flows } = run(plan, { uniform: () => 1 - draw() }, price);
      const unit = run(one, null, price).flows;
      let expected = -1;
      for (let d = 1; d < DAYS - 1 && expected < 0; d++) {
        const alive = Math.round(flows[d] / unit[d]);
        const collateral = 2000 * alive * Math.min(1, price[d] / price[0]);
        if (balanceOn(d) > 0 && balanceOn(d) > 0.9 * collateral) {
          expected = d;
          // A call all five machines would not have made: the machines lost made it.
          if (balanceOn(d) <= 0.9 * (collateral / alive) * UNITS) byFailures++;
        }
      }
      let found = -1;
      for (let d = 1; d < DAYS - 1 && found < 0; d++)
        if (Math.abs(flows[d] - equity[d] - paidOn(d)) > 1e-6) found = d;
      expect(found).toBe(expected);
      if (found >= 0) calls++;
    }
    // Every kind of path is there (113 called, 105 of them for the machines lost): called and
    // not, called for the machines lost and for the price alone.
    expect(calls).toBeGreaterThan(30);
    expect(calls).toBeLessThan(270);
    expect(byFailures).toBeGreaterThan(10);
    expect(calls - byFailures).toBeGreaterThan(0);
  });

  it('runMonteCarlo() calls a loan on five machines as often as their failures breach its covenant: 11.4 % of paths, not none', async () => {
    // Five 2,000 USD machines failing 20 % a year (p = 1 - 0.8^(1/365.25) = 0.000611 a day), resold
    // at 80 % (1,600 USD each, hashprice held), 6,000 USD lent (60 %) at 1 % a month over 12
    // months under a 90 % covenant, no top-up. All five: 7,200 USD at 90 %, above every balance. One
    // lost before the first payment (day 30; the balance then 5,526.9 USD): 5,760 USD at 90 %,
    // below 6,000, a call the operation's cash cannot meet (a default); a call any later needs
    // two or more lost (4,320 USD at 90 %) while the balance is above it, and so on. A failure
    // on days 0-28 alone calls with probability 1 - (1 - p)^(5 x 29) = 8.5 %; the whole process,
    // simulated apart (200,000 paths of daily binomial failures against the annuity's balance):
    // 11.38 %. Counting the machines expected to survive (5 x 0.8^(d / 365.25)), minesim called
    // none. 4,000 paths: a standard error of 0.5 points.
    const text = `
name: five-machines-loan
start: 2026-01-22
horizon: 2 years
fleet:
  - { name: m, hashrate: 100 TH/s, power: 2000 W, count: 5, unitPrice: 2000 USD, failureRate: 20 % }
power: { price: 0.05 USD/kWh }
network: { hashprice: 50 USD/PH/day, height: 933408, model: { type: growth, rate: 0 % } }
fees: { model: { type: share-of-subsidy, share: 0 % } }
price: { start: 100000 USD, model: { type: fixed } }
money: { discountRate: 10 %, salvage: { model: hashprice-linked, fraction: 80 % } }
finance:
  loans:
    - { loanToValue: 60 %, rate: 12 %, term: 12 months, marginCall: { loanToValue: 90 %, restoreTo: 75 %, topUp: 0 USD } }
`;
    const result = await runMonteCarlo(await scenarioOf(text), {
      paths: 4000,
      seed: 7,
      workers: 1,
      breakEvenPaths: 0,
      withBacktest: false,
    });
    const { marginCall, default: defaulted } = result.summary.headline;
    expect(Math.abs(marginCall!.p - 0.1138)).toBeLessThan(4 * 0.005);
    expect(defaulted!.p).toBe(marginCall!.p);
  }, 60_000);
});
