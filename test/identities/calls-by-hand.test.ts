// Margin calls met out of cash, coins and the owners' top-up, worked out by hand on every path, with
// coins held or sold daily, failures, hedges, a hosting deposit and coin-basis tax. The lender's
// valuation of the collateral each day is the one part taken from minesim (covenant.ts
// collateralUsd, recorded as the books call it with every day a book event, so it is asked on every
// test day; its figures were checked by hand in test/engine/covenant-*.test.ts); everything the
// combination does with it is worked out here from the README's rules: a balance above the
// covenant's share of the collateral is called down to `restoreTo`, out of the operation's cash on
// hand (what its flows have left it: the owners fund the capex, the lender's principal goes to
// them), then by selling the equity's coins at the day's price (its coins: the project's less those
// its calls sold, at their average basis), then from the owners' top-up; a call none of them meets
// is a default. The equity's flows, tax and measures are then those of equityByHand's rules.
import { describe, expect, it, vi } from 'vitest';

const recorded = new Map<number, number>();
vi.mock('../../src/engine/kernel/covenant.js', async (original) => {
  const m = await original<typeof import('../../src/engine/kernel/covenant.js')>();
  return {
    ...m,
    collateralUsd: (...args: Parameters<typeof m.collateralUsd>) => {
      const v = m.collateralUsd(...args);
      recorded.set(args[3], v);
      return v;
    },
  };
});

import type { SimulationPlan } from '../../src/engine/compile/plan.js';
import { hashpriceUnitHs } from '../../src/engine/compile/plan.js';
import { METRIC } from '../../src/engine/kernel/metrics.js';
import { isCovenantTestDay } from '../../src/model/finance/covenant-days.js';
import { type Draft, loadScenario } from '../fixtures/scenarios.js';
import { coinDay, npv, type TracedPath, tracePaths } from './harness.js';

interface Hand {
  eq: Float64Array;
  /** Days the equity's coins ran out under sell-to-cover. */
  dry: number;
  calls: number;
  defaultDay: number;
}

/** The equity's flows of path `p` by hand, given the collateral the lender saw on each test day. */
function equityWithCalls(plan: SimulationPlan, p: TracedPath, collateral: Map<number, number>): Hand {
  const books = plan.books!;
  const loan = books.loans[0];
  const days = plan.days;
  const last = days - 1;
  const t = p.trace;
  const tax = books.tax;
  const unit = hashpriceUnitHs(plan.protocol.coin);
  const eq = new Float64Array(days);
  const hedge = new Float64Array(days);
  for (const h of books.hedges) {
    if (h.bounds[0] < days) hedge[h.bounds[0]] -= h.premiumUsd;
    for (let k = 0; k + 1 < h.bounds.length; k++) {
      const from = h.bounds[k];
      const to = h.bounds[k + 1];
      if (to - 1 >= days) break;
      let mean = 0;
      for (let d = from; d < to; d++)
        mean += (h.kind === 0 ? t.hashpriceUsd[d] / unit : t.priceUsd[d]) / (to - from);
      let pay: number;
      if (h.kind === 0) pay = h.amount * (to - from) * (h.fixedUsd - mean);
      else if (h.kind === 1) pay = h.amount * (h.fixedUsd - mean);
      else {
        const money = h.kind === 2 ? h.fixedUsd - t.priceUsd[to - 1] : t.priceUsd[to - 1] - h.fixedUsd;
        pay = h.sign * (money > 0 ? h.amount * money : 0);
      }
      hedge[to - 1] += pay;
    }
  }
  const terminal = t.heldCoins[last] * t.priceUsd[last] + p.metrics[METRIC.salvageAtHorizonUsd];
  let balance = 0;
  // Interest accrued on the principal calls repaid since the last payment, due with the next.
  let accrued = 0;
  let paid = 0;
  let cash = 0; // the operation's cash on hand
  let sold = 0; // coins the calls sold: the equity holds the project's less these
  let basis = 0; // the project's coins' basis (average cost)
  let equityBasis = 0; // the equity's coins' basis
  let topUp = loan.topUpUsd;
  let calls = 0;
  let dry = 0;
  let defaultDay = -1;
  let debtTaken = 0;
  // The tax year's income of the equity.
  const years = tax?.yearEnds.length ?? 0;
  const n = plan.cohorts.length;
  const machineBasis = tax === null ? new Float64Array(n) : Float64Array.from(tax.equityBasis);
  const disposed = new Uint8Array(n);
  let pool = 0;
  let income = 0;
  let year = 0;
  const taxOf = (x: number) => {
    if (tax === null) return 0;
    if (x <= 0) {
      if (tax.rule.carryForward) pool -= x;
      return 0;
    }
    const used = Math.min(pool, tax.rule.offsetLimit * x);
    pool -= used;
    return tax.rule.rate * (x - used);
  };
  let forfeited = 0;
  for (let d = 0; d < days; d++) {
    const price = t.priceUsd[d];
    const defaulted = defaultDay >= 0;
    if (defaulted) {
      eq[d] = hedge[d];
      income += hedge[d];
      if (tax !== null && d === tax.yearEnds[year]) {
        eq[d] -= taxOf(income);
        income = 0;
        year++;
      }
      continue;
    }
    eq[d] = p.flow[d] + hedge[d];
    cash += (d === last ? p.flow[d] - terminal : p.flow[d]) + books.capexByDay[d] + hedge[d];
    // The day's operating income, the coins' basis (the equity's moves with the project's: the
    // coins mined are both stacks'; a sale beyond the day's takes the same coins out of each).
    income +=
      t.revenueUsd[d] -
      t.powerUsd[d] +
      t.creditsUsd[d] -
      t.hostingUsd[d] -
      t.maintenanceUsd[d] -
      t.fixedUsd[d] +
      hedge[d];
    // The equity's coins: the project's less those its calls sold. The day moves both stacks by the
    // same coins, but the equity's cannot go below none: under sell-to-cover, once the project's
    // stack is below what the calls sold, the owners pay for the coins the equity lacks.
    const before = d > 0 ? t.heldCoins[d - 1] : 0;
    const after = t.heldCoins[d];
    const equityBefore = before - sold;
    let equityAfter = after - sold;
    if (equityAfter < 0) {
      dry++;
      const short = -equityAfter * price;
      eq[d] -= short;
      cash -= short;
      sold = after;
      equityAfter = 0;
    }
    if (equityAfter >= equityBefore) equityBasis += (equityAfter - equityBefore) * price;
    else {
      const out = equityBefore - equityAfter;
      const outBasis = out >= equityBefore ? equityBasis : (equityBasis * out) / equityBefore;
      if (tax?.coinBasis && plan.treasury === 2) income += out * price - outBasis;
      equityBasis -= outBasis;
    }
    basis = coinDay(plan, t, d, basis)[1];
    if (tax !== null && tax.depositUsd !== 0 && d === 0) income += tax.depositUsd;
    if (tax !== null && tax.depositUsd !== 0 && d === tax.depositRefundDay) income -= tax.depositUsd;
    if (d === loan.startDay) {
      balance = loan.principalUsd;
      eq[d] += balance - loan.feeUsd;
      income -= loan.feeUsd;
    }
    if (paid < loan.paymentDays.length && loan.paymentDays[paid] === d) {
      const r = loan.monthlyRate;
      const left = loan.periods - paid;
      const principal = loan.amortizing
        ? (balance * r) / (1 - (1 + r) ** -left) - balance * r
        : left === 1
          ? balance
          : 0;
      const interest = balance * r + accrued;
      accrued = 0;
      eq[d] -= interest + principal;
      cash -= interest + principal;
      income -= interest;
      balance -= principal;
      paid++;
    }
    if (d === last && (balance > 0 || accrued > 0)) {
      const since = loan.startDay + Math.round((paid * 365.25) / 12);
      const owed = (balance * loan.monthlyRate * (d + 1 - since)) / (365.25 / 12) + accrued;
      eq[d] -= owed;
      income -= owed;
    }
    if (d < last && balance > 0 && isCovenantTestDay(loan, d)) {
      const value = collateral.get(d);
      if (value === undefined) throw new Error(`no collateral recorded on day ${d}`);
      if (balance > loan.marginLoanToValue * value) {
        calls++;
        const call = balance - loan.restoreLoanToValue * value;
        const fromCash = Math.min(call, Math.max(0, cash));
        const need = call - fromCash;
        const coins = t.heldCoins[d] - sold;
        const worth = coins > 0 && price > 0 ? coins * price : 0;
        const fromCoins = worth >= need * (1 - 1e-9) ? need : worth;
        if (need - fromCoins <= topUp) {
          topUp -= need - fromCoins;
          if (fromCoins > 0) {
            const out = fromCoins >= worth ? coins : fromCoins / price;
            const outBasis = out >= coins ? equityBasis : (equityBasis * out) / coins;
            if (tax?.coinBasis) income += fromCoins - outBasis;
            equityBasis -= outBasis;
            sold += out;
          }
          // The call is paid: out of the cash, the coins' proceeds and the owners' top-up.
          eq[d] -= call - fromCoins;
          cash -= call - fromCoins;
          balance -= call;
          // The principal repaid owed interest from the last payment to the end of the day.
          const since = loan.startDay + Math.round((paid * 365.25) / 12);
          accrued += (call * loan.monthlyRate * (d + 1 - since)) / (365.25 / 12);
        } else {
          defaultDay = d;
          debtTaken = balance;
          balance = 0;
          eq[d] += (t.heldCoins[d] - sold) * price;
          const deposit = books.deposit;
          if (deposit.usd > 0 && d < deposit.refundDay) {
            if (deposit.refundedOnDefault) eq[d] += deposit.usd;
            else forfeited = deposit.usd;
          }
        }
      }
    }
    if (tax === null) continue;
    plan.cohorts.forEach((c, i) => {
      if (disposed[i] === 1 || (c.retireDay !== d && c.brickDay !== d)) return;
      income += (c.brickDay <= c.retireDay ? 0 : t.salvageUsd[d]) - machineBasis[i];
      disposed[i] = 1;
    });
    if (d === tax.yearEnds[year] || d === defaultDay) {
      for (let i = 0; i < n; i++) {
        if (disposed[i] === 1) continue;
        const c = plan.cohorts[i];
        const runs = c.purchaseDay <= d && c.deployDay <= d;
        const dep =
          d === defaultDay && !runs ? 0 : Math.min(machineBasis[i], tax.equityDepreciation[i * years + year]);
        machineBasis[i] -= dep;
        income -= dep;
      }
      const held = t.heldCoins[d] - sold;
      if (d === defaultDay) {
        let left = 0;
        for (let i = 0; i < n; i++)
          if (disposed[i] === 0 && plan.cohorts[i].purchaseDay <= d) left += machineBasis[i];
        income += debtTaken - left - forfeited;
        if (tax.coinBasis) income += held * price - equityBasis;
      } else if (d === last) {
        let left = 0;
        for (let i = 0; i < n; i++)
          if (disposed[i] === 0 && plan.cohorts[i].purchaseDay < days) left += machineBasis[i];
        income += p.metrics[METRIC.salvageAtHorizonUsd] - left;
        if (tax.coinBasis) income += held * price - equityBasis;
      }
      const due = taxOf(income);
      eq[d] -= due;
      cash -= due;
      income = 0;
      if (d === tax.yearEnds[year]) year++;
    }
    if (d === last) {
      eq[d] -= balance;
      eq[d] -= sold * price;
    }
  }
  return { eq, dry, calls, defaultDay };
}

const CASES: Record<string, [string, (d: Draft) => void]> = {
  holdFailuresCoinBasisTopUp: [
    'top-of-market-2021-11-10-loan',
    (d) => {
      d.horizon = '2 years';
      d.treasury = 'hold';
      d.fleet[0].failureRate = '25 %';
      d.finance.loans[0].marginCall.topUp = '40000 USD';
      d.finance.tax.coinBasis = true;
      d.finance.hedges = [
        { type: 'put', coins: 3, strike: '45000 USD', premium: '2500 USD', expiry: '2022-09-30' },
      ];
    },
  ],
  holdWeeklyDepositForfeited: [
    'top-of-market-2021-11-10-loan',
    (d) => {
      d.horizon = '2 years';
      d.treasury = 'hold';
      d.power.hosting = { basis: 'per-kw', rate: '5 USD/kW/month', deposit: '2 months', term: '2 years' };
      d.finance.loans[0].marginCall.testEvery = '1 week';
      d.finance.hedges = [
        { type: 'hashprice-swap', hashrate: '3 PH/s', price: '250 USD/PH/day', term: '9 months' },
      ];
    },
  ],
  sellDailyTopUp: [
    'top-of-market-2021-11-10-loan',
    (d) => {
      d.horizon = '2 years';
      d.finance.loans[0].marginCall.topUp = '150000 USD';
      d.finance.tax.yearEnd = '06-30';
    },
  ],
  moneroHold: [
    'north-korea-2017-monero-cpu',
    (d) => {
      d.horizon = '1 year';
      d.claims = [];
      d.treasury = 'hold';
      d.money.salvage = { model: 'hashprice-linked', fraction: '80 %' };
      d.finance = {
        loans: [
          {
            loanToValue: '60 %',
            rate: '12 %',
            term: '12 months',
            fee: '1 %',
            marginCall: { loanToValue: '90 %', restoreTo: '70 %', topUp: '1000 USD' },
          },
        ],
        tax: {
          rate: '21 %',
          coinBasis: true,
          depreciation: { method: 'straight-line', lifeYears: 3 },
          lossOffsetLimit: '80 %',
        },
      };
    },
  ],
};

CASES.sellToCoverRunsDry = [
  'top-of-market-2021-11-10-loan',
  (d) => {
    d.horizon = '2 years';
    d.treasury = 'sell-to-cover';
    d.power.price = '0.12 USD/kWh';
    d.costs = { poolFee: '2 %', fixed: '60000 USD/month' };
    d.finance.loans[0].marginCall.topUp = '60000 USD';
    d.finance.tax.coinBasis = true;
    d.finance.hedges = [{ type: 'price-swap', coins: 2, price: '55000 USD', term: '8 months' }];
  },
];

describe('margin calls by hand', () => {
  for (const [name, [base, edit]] of Object.entries(CASES)) {
    it(`${name}: the equity's flows, its calls and default day, NPV and position as worked out by hand`, async () => {
      const s = await loadScenario(base, edit);
      const N = 40;
      const problems: string[] = [];
      let called = 0;
      let withCoins = 0;
      let ranDry = 0;
      const seen: Map<number, number>[] = [];
      recorded.clear();
      const { plan, paths } = await tracePaths(s, N, s.monteCarlo.seed, true, () => {
        seen.push(new Map(recorded));
        recorded.clear();
      });
      for (const p of paths) {
        const m = p.metrics;
        const hand = equityWithCalls(plan, p, seen[p.k]);
        if (hand.calls > 0) called++;
        if (hand.dry > 0) ranDry++;
        if (hand.calls > 0 && s.treasury !== 'sell-daily') withCoins++;
        const tag = `path ${p.k} (calls ${hand.calls}, default ${hand.defaultDay})`;
        if ((hand.calls > 0 ? 1 : 0) !== m[METRIC.marginCall])
          problems.push(`${tag}: margin call ${m[METRIC.marginCall]}`);
        const dd = Number.isNaN(m[METRIC.defaultDay]) ? -1 : m[METRIC.defaultDay];
        if (hand.defaultDay !== dd) problems.push(`${tag}: default day ${dd}`);
        for (let d = 0; d < plan.days; d++) {
          const a = p.equity![d];
          const b = hand.eq[d];
          if (Math.abs(a - b) > 1e-6 * Math.max(1, Math.abs(b))) {
            problems.push(`${tag}: equity day ${d}: ${a} against ${b} by hand`);
            break;
          }
        }
        const npvHand = npv(hand.eq, plan.discountPerDay);
        if (Math.abs(npvHand - m[METRIC.equityNpvUsd]) > 1e-6 * Math.max(1, Math.abs(npvHand)))
          problems.push(`${tag}: equity NPV ${m[METRIC.equityNpvUsd]} against ${npvHand}`);
      }
      console.log(name, 'paths with calls', called, 'with coins held', withCoins, 'ran dry', ranDry);
      expect(problems).toEqual([]);
    }, 120000);
  }
});
