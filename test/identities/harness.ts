// Paths of a real scenario run one by one through the kernel with its daily trace and the books'
// flows, as the Monte Carlo runs them (the same streams for path k), so identities between a
// path's days, its metrics and its outcomes can be checked on every path.
import { historicalPath } from '../../src/engine/backtest/history-path.js';
import { compilePlan } from '../../src/engine/compile/compile.js';
import { loadCompileInputs } from '../../src/engine/compile/inputs.js';
import { compileMarket } from '../../src/engine/compile/market-plan.js';
import { hashpriceUnitHs, paybackFromDay, type SimulationPlan } from '../../src/engine/compile/plan.js';
import { bookFlows } from '../../src/engine/kernel/books-workspace.js';
import { SERIES_INDEX, weeklyCheckpoints } from '../../src/engine/kernel/checkpoints.js';
import { simulatePath } from '../../src/engine/kernel/kernel.js';
import { createMarketWorkspace, fillMarketPath } from '../../src/engine/kernel/market-path.js';
import { METRIC } from '../../src/engine/kernel/metrics.js';
import * as M from '../../src/engine/kernel/workspace.js';
import {
  Rng,
  runKey,
  STREAM_FEES,
  STREAM_FLEET,
  STREAM_NETWORK,
  STREAM_PRICE,
} from '../../src/engine/random/rng.js';
import { startPlace } from '../../src/model/chain-clock.js';
import { IRR_CEILING, IRR_FLOOR } from '../../src/model/finance/irr.js';
import type { Scenario } from '../../src/scenario/normalize.js';
import { simulatedDays } from '../../src/scenario/simulated-days.js';

export interface TracedPath {
  k: number;
  metrics: Float64Array;
  flow: Float64Array;
  net: Float64Array;
  price: Float64Array;
  trace: M.KernelTrace;
  /** The weekly checkpoints' days and values (series-major). */
  checkpoints: Int32Array;
  checkpointValues: Float64Array;
  equity: Float64Array | null;
  afterTax: Float64Array | null;
  /** The horizon's tax on the machines still held, valued as sold: in the equity's flows, not its position. */
  horizonSaleTax: number;
}

/** Paths 0..n-1 of `s` (seed `seed`), each with its trace and (with books) its equity and after-tax flows. */
export async function tracePaths(
  s: Scenario,
  n: number,
  seed: string | number = s.monteCarlo.seed,
  everyDayInFull = false,
  /** Called after each path has run, before the next (to read what a mock recorded). */
  afterPath?: (k: number) => void,
): Promise<{ plan: SimulationPlan; paths: TracedPath[] }> {
  const inputs = await loadCompileInputs(s);
  const compiled = compilePlan(s, inputs, simulatedDays(s));
  // Every day a book event: the books' pass runs each day in full, with no stretch skipped.
  const plan =
    everyDayInFull && compiled.books !== null
      ? {
          ...compiled,
          books: { ...compiled.books, eventDays: Int32Array.from({ length: compiled.days }, (_, d) => d) },
        }
      : compiled;
  const market = compileMarket(s, plan, inputs);
  const key = runKey(seed);
  const mw = createMarketWorkspace(market);
  const kw = M.createKernelWorkspace(plan, { trace: true, checkpoints: weeklyCheckpoints(plan.days) });
  const [price, network, fees, fleet] = [new Rng(), new Rng(), new Rng(), new Rng()];
  const paths: TracedPath[] = [];
  for (let k = 0; k < n; k++) {
    price.reset(key, k, STREAM_PRICE, false);
    network.reset(key, k, STREAM_NETWORK, false);
    fees.reset(key, k, STREAM_FEES, false);
    fleet.reset(key, k, STREAM_FLEET, false);
    fillMarketPath(market, mw, price, network, fees);
    const metrics = simulatePath(plan, mw.path, kw, fleet).slice();
    afterPath?.(k);
    const trace = {} as M.KernelTrace;
    for (const c of M.TRACE_COLUMNS) trace[c] = kw.trace![c].slice();
    const books = kw.books === null ? null : bookFlows(kw.books);
    paths.push({
      k,
      metrics,
      flow: kw.cashFlowUsd.slice(),
      net: kw.netPositionUsd.slice(),
      price: mw.path.priceUsd.slice(),
      trace,
      checkpoints: kw.checkpoints,
      checkpointValues: kw.checkpointValues.slice(),
      equity: books?.equity ?? null,
      afterTax: books?.afterTax ?? null,
      horizonSaleTax: books?.horizonSaleTaxUsd ?? 0,
    });
  }
  return { plan, paths };
}

export function sum(a: ArrayLike<number>, from = 0, to = a.length): number {
  let s = 0;
  for (let i = from; i < to; i++) s += a[i];
  return s;
}

/** NPV of daily flows, day 0 undiscounted, at `perDay` a day. */
export function npv(flows: ArrayLike<number>, perDay: number): number {
  let s = 0;
  let f = 1;
  for (let d = 0; d < flows.length; d++) {
    s += flows[d] * f;
    f *= perDay;
  }
  return s;
}

/**
 * The project's tax at each tax year's end, worked out from the path's daily trace alone (sell-daily
 * or hold): revenue at the value mined, less power net of credits, hosting, maintenance and fixed
 * costs (the hosting deposit left out: lent, not spent), less depreciation from the plan's table,
 * plus the machines' gains when sold (retire) or written off (brick) and at the horizon (salvage
 * less the basis left, and with coinBasis the coins held at the last price less their basis).
 */
export function projectTaxByHand(plan: SimulationPlan, p: TracedPath): Map<number, number> {
  const tax = plan.books!.tax!;
  const t = p.trace;
  const days = plan.days;
  const years = tax.yearEnds.length;
  const n = plan.cohorts.length;
  const basis = Float64Array.from(plan.cohorts, (c) => c.capexUsd);
  const disposed = new Uint8Array(n);
  let pool = 0;
  let yearIncome = 0;
  let year = 0;
  let coinBasis = 0;
  const out = new Map<number, number>();
  for (let d = 0; d < days; d++) {
    yearIncome +=
      t.revenueUsd[d] -
      t.powerUsd[d] +
      t.creditsUsd[d] -
      t.hostingUsd[d] -
      t.maintenanceUsd[d] -
      t.fixedUsd[d];
    {
      const [gain, basis] = coinDay(plan, t, d, coinBasis);
      coinBasis = basis;
      if (tax.coinBasis) yearIncome += gain;
    }
    if (tax.depositUsd !== 0 && d === 0) yearIncome += tax.depositUsd;
    if (tax.depositUsd !== 0 && d === tax.depositRefundDay) yearIncome -= tax.depositUsd;
    const selling = plan.cohorts.filter(
      (c, i) => disposed[i] === 0 && (c.retireDay === d || c.brickDay === d),
    );
    if (selling.length > 1) throw new Error('two cohorts sold on one day: not worked out here');
    plan.cohorts.forEach((c, i) => {
      if (disposed[i] === 1 || (c.retireDay !== d && c.brickDay !== d) || d >= days) return;
      const proceeds = c.brickDay <= c.retireDay ? 0 : t.salvageUsd[d];
      yearIncome += proceeds - basis[i];
      disposed[i] = 1;
    });
    if (d === tax.yearEnds[year]) {
      for (let i = 0; i < n; i++) {
        if (disposed[i] === 1) continue;
        const dep = Math.min(basis[i], tax.projectDepreciation[i * years + year]);
        basis[i] -= dep;
        yearIncome -= dep;
      }
      if (d === days - 1) {
        let left = 0;
        for (let i = 0; i < n; i++)
          if (disposed[i] === 0 && plan.cohorts[i].purchaseDay < days) left += basis[i];
        yearIncome += p.metrics[METRIC.salvageAtHorizonUsd] - left;
        if (tax.coinBasis) yearIncome += t.heldCoins[d] * t.priceUsd[d] - coinBasis;
      }
      let due = 0;
      if (yearIncome <= 0) {
        if (tax.rule.carryForward) pool -= yearIncome;
      } else {
        const used = Math.min(pool, tax.rule.offsetLimit * yearIncome);
        pool -= used;
        due = tax.rule.rate * (yearIncome - used);
      }
      out.set(d, due);
      yearIncome = 0;
      year++;
    }
  }
  return out;
}

export function identityProblems(
  s: Scenario,
  plan: SimulationPlan,
  paths: TracedPath[],
): { bad: string[]; checks: number; defaultsByHand: number } {
  const bad: string[] = [];
  let checks = 0;
  let defaultsByHand = 0;
  const check = (what: string, k: number, a: number, b: number, tol = 1e-7) => {
    checks++;
    const scale = Math.max(1, Math.abs(a), Math.abs(b));
    if (!(Math.abs(a - b) <= tol * scale) && !(Number.isNaN(a) && Number.isNaN(b)))
      bad.push(
        `${what} path ${k}: ${a} vs ${b} (call ${paths[k].metrics[METRIC.marginCall]} default ${paths[k].metrics[METRIC.defaulted]})`,
      );
  };
  for (const p of paths) {
    const m = p.metrics;
    const last = plan.days - 1;
    const t = p.trace;
    check(
      'sum flows = net + salvage at horizon',
      p.k,
      sum(p.flow),
      m[METRIC.netAtHorizonUsd] + m[METRIC.salvageAtHorizonUsd],
    );
    check('npv', p.k, npv(p.flow, plan.discountPerDay), m[METRIC.npvUsd]);
    p.checkpoints.forEach((day, i) => {
      check(
        `net checkpoint day ${day}`,
        p.k,
        p.checkpointValues[SERIES_INDEX.netUsd * p.checkpoints.length + i],
        p.net[day],
        0,
      );
    });
    check('net last', p.k, p.net[last], m[METRIC.netAtHorizonUsd]);
    check(
      'net = cash + held',
      p.k,
      m[METRIC.finalCashUsd] + m[METRIC.finalHeldCoins] * p.price[last],
      m[METRIC.netAtHorizonUsd],
    );
    check('rev trace', p.k, sum(t.revenueUsd), m[METRIC.revenueUsd]);
    check('power trace', p.k, sum(t.powerUsd), m[METRIC.powerCostUsd]);
    check('credits trace', p.k, sum(t.creditsUsd), m[METRIC.curtailmentCreditsUsd]);
    check(
      'other trace',
      p.k,
      sum(t.hostingUsd) + sum(t.maintenanceUsd) + sum(t.fixedUsd),
      m[METRIC.otherCostsUsd],
    );
    check('capex trace', p.k, sum(t.capexUsd), m[METRIC.capexUsd]);
    check('coins', p.k, sum(t.coinsMined), m[METRIC.coinsMined]);
    // cash: revenue of coins sold...
    const costs =
      m[METRIC.powerCostNetUsd] + m[METRIC.otherCostsUsd] + m[METRIC.capexUsd] - m[METRIC.salvageRealizedUsd];
    if (s.treasury === 'sell-daily')
      check('cash = rev - costs', p.k, m[METRIC.finalCashUsd], m[METRIC.revenueUsd] - costs);
    if (s.treasury === 'hold') {
      check('cash = -costs', p.k, m[METRIC.finalCashUsd], -costs);
      check('held = mined', p.k, m[METRIC.finalHeldCoins], m[METRIC.coinsMined]);
    }
    for (let d = 0; d < plan.days; d++) {
      const cashDelta = t.cashUsd[d] - (d > 0 ? t.cashUsd[d - 1] : 0);
      const heldDelta = t.heldCoins[d] - (d > 0 ? t.heldCoins[d - 1] : 0);
      const dayNet =
        t.revenueUsd[d] -
        t.powerUsd[d] +
        t.creditsUsd[d] -
        t.hostingUsd[d] -
        t.maintenanceUsd[d] -
        t.fixedUsd[d] -
        t.capexUsd[d] +
        t.salvageUsd[d];
      check(`day ${d} cash+coins`, p.k, cashDelta + heldDelta * t.priceUsd[d], dayNet, 1e-6);
      if (heldDelta > t.coinsMined[d] * (1 + 1e-9) + 1e-12)
        bad.push(`held grew more than mined day ${d} path ${p.k}`);
    }
    const paybackByHand = (pos: (d: number) => number, from: number) => {
      let stake = false;
      for (let d = 0; d < plan.days; d++) {
        const v = pos(d);
        if (v < 0) stake = true;
        else if (stake && d >= from) return d;
      }
      return stake ? Number.NaN : 0;
    };
    check(
      'payback by hand',
      p.k,
      paybackByHand((d) => p.net[d], paybackFromDay(plan)),
      m[METRIC.paybackDay],
      0,
    );
    if (p.equity !== null && !(m[METRIC.marginCall] === 1 && s.treasury !== 'sell-daily')) {
      const eq = p.equity;
      const dd = m[METRIC.defaultDay];
      let cum = 0;
      const pos = new Float64Array(plan.days);
      for (let d = 0; d < plan.days; d++) {
        cum += eq[d];
        pos[d] =
          d >= dd
            ? cum
            : d === last
              ? cum - m[METRIC.salvageAtHorizonUsd]
              : cum - t.cashUsd[d] + p.net[d] - (d === last ? 0 : 0);
      }
      // The position leaves out the machines still held at the horizon, their resale and its tax.
      if (!(dd <= last)) pos[last] = cum - m[METRIC.salvageAtHorizonUsd] + p.horizonSaleTax;
      let from = paybackFromDay(plan, plan.books!.leases);
      if (dd < from) from = dd;
      check(
        'equity payback by hand',
        p.k,
        paybackByHand((d) => pos[d], from),
        m[METRIC.equityPaybackDay],
        0,
      );
      const c = p.checkpoints.length;
      p.checkpoints.forEach((day, i) => {
        check(
          `equity checkpoint day ${day}`,
          p.k,
          p.checkpointValues[SERIES_INDEX.equityNetUsd * c + i],
          pos[day],
          1e-6,
        );
      });
      check('equity position at horizon by hand', p.k, pos[last], m[METRIC.equityNetAtHorizonUsd], 1e-6);
    }
    // An IRR is a root of its flows' present value; with one change of sign in the flows (money in,
    // then back) the NPV at the discount rate is above zero exactly when the IRR is above that rate.
    const rate = plan.discountPerDay ** -365.25 - 1;
    const irrCheck = (what: string, flows: ArrayLike<number>, irr: number, value: number) => {
      if (!Number.isFinite(irr)) return;
      const perDay = (1 + irr) ** (-1 / 365.25);
      let scale = 0;
      for (let d = 0; d < flows.length; d++) scale += Math.abs(flows[d]) * perDay ** d;
      const v = npv(flows, perDay);
      checks++;
      const censored = irr === IRR_FLOOR || irr === IRR_CEILING;
      if (!censored && Math.abs(v) > 1e-6 * scale)
        bad.push(`${what} irr ${irr} not a root: npv ${v} of scale ${scale} path ${p.k}`);
      let changes = 0;
      let sign = 0;
      for (let d = 0; d < flows.length; d++) {
        const s2 = Math.sign(flows[d]);
        if (s2 !== 0 && s2 !== sign) {
          if (sign !== 0) changes++;
          sign = s2;
        }
      }
      if (
        changes === 1 &&
        Math.abs(value) > 1e-6 &&
        Math.abs(irr - rate) > 1e-9 &&
        Math.sign(value) !== Math.sign(irr - rate)
      )
        bad.push(`${what} NPV ${value} and IRR ${irr} disagree about the ${rate} discount rate path ${p.k}`);
    };
    irrCheck('project', p.flow, m[METRIC.irr], m[METRIC.npvUsd]);
    if (p.equity !== null) irrCheck('equity', p.equity, m[METRIC.equityIrr], m[METRIC.equityNpvUsd]);
    if (p.afterTax !== null)
      irrCheck('after-tax', p.afterTax, m[METRIC.afterTaxIrr], m[METRIC.afterTaxNpvUsd]);
    if (m[METRIC.coinsMined] > 0)
      check(
        'cost per coin',
        p.k,
        m[METRIC.costPerCoinUsd] * m[METRIC.coinsMined],
        costs - m[METRIC.salvageAtHorizonUsd],
      );
    if (p.equity !== null && p.afterTax !== null) {
      check('equity npv', p.k, npv(p.equity, plan.discountPerDay), m[METRIC.equityNpvUsd], 1e-6);
      check('after-tax npv', p.k, npv(p.afterTax, plan.discountPerDay), m[METRIC.afterTaxNpvUsd], 1e-6);
      const defaulted = m[METRIC.defaulted] === 1;
      check(
        'equity net at horizon',
        p.k,
        sum(p.equity) - (defaulted ? 0 : m[METRIC.salvageAtHorizonUsd] - p.horizonSaleTax),
        m[METRIC.equityNetAtHorizonUsd],
        1e-6,
      );
      for (let d = 0; d < plan.days; d++)
        if (p.afterTax[d] > p.flow[d] + 1e-6) bad.push(`after-tax above flow day ${d} path ${p.k}`);
      const books = plan.books!;
      if (books.loans.length === 0 && books.leases.length === 0 && books.hedges.length === 0)
        for (let d = 0; d < plan.days; d++)
          check(`equity=afterTax day ${d}`, p.k, p.equity[d], p.afterTax[d]);
      if (books.tax === null || s.finance?.tax?.rate === 0)
        for (let d = 0; d < plan.days; d++) check(`afterTax=flow day ${d}`, p.k, p.afterTax[d], p.flow[d]);
      const tax = books.tax;
      if (tax !== null) {
        const projectTax = sum(p.flow) - sum(p.afterTax);
        if (projectTax < -1e-6) bad.push(`project tax < 0 path ${p.k}`);
        const exactIncome = tax.coinBasis || s.treasury === 'sell-daily';
        if (exactIncome && projectTax < tax.rule.rate * sum(p.flow) - 1e-6 * Math.abs(sum(p.flow)))
          bad.push(
            `project tax ${projectTax} below rate x income ${tax.rule.rate * sum(p.flow)} path ${p.k}`,
          );
        for (const [d, due] of projectTaxByHand(plan, p))
          check(`project tax by hand day ${d}`, p.k, p.flow[d] - p.afterTax[d], due, 1e-6);
        const coinsSoldByCall = m[METRIC.marginCall] === 1 && s.treasury !== 'sell-daily';
        const te = sum(p.equity) + m[METRIC.taxPaidUsd];
        if (
          exactIncome &&
          !defaulted &&
          !coinsSoldByCall &&
          m[METRIC.taxPaidUsd] < tax.rule.rate * te - 1e-6 * Math.abs(te)
        )
          bad.push(
            `equity tax ${m[METRIC.taxPaidUsd]} below rate x income ${tax.rule.rate * te} path ${p.k}`,
          );
      }
      if (m[METRIC.marginCall] === 0) {
        const out = { horizonSaleTax: 0 };
        const hand = equityByHand(plan, p, out);
        for (let d = 0; d < plan.days; d++) check(`equity by hand day ${d}`, p.k, p.equity[d], hand[d], 1e-6);
        check('horizon sale tax by hand', p.k, p.horizonSaleTax, out.horizonSaleTax, 1e-6);
      }
      if (
        books.loans.length === 0 &&
        books.leases.length === 0 &&
        books.hedges.length === 0 &&
        (books.tax === null || books.tax.rule.rate === 0)
      ) {
        // Nothing between the project and its owners: the equity's measures are the project's.
        check('equity npv = npv', p.k, m[METRIC.equityNpvUsd], m[METRIC.npvUsd], 1e-9);
        check('after-tax npv = npv', p.k, m[METRIC.afterTaxNpvUsd], m[METRIC.npvUsd], 1e-9);
        check('equity irr = irr', p.k, m[METRIC.equityIrr], m[METRIC.irr], 1e-9);
        check('after-tax irr = irr', p.k, m[METRIC.afterTaxIrr], m[METRIC.irr], 1e-9);
        check('equity payback = payback', p.k, m[METRIC.equityPaybackDay], m[METRIC.paybackDay], 0);
        check('equity net = net', p.k, m[METRIC.equityNetAtHorizonUsd], m[METRIC.netAtHorizonUsd], 1e-9);
      }
      if (defaulted && books.leases.length === 0 && s.treasury === 'sell-daily') {
        const dd = m[METRIC.defaultDay];
        const hand = defaultedEquityByHand(plan, p, dd);
        // A call met before the default moves the balance, and so the days after it: those paths
        // are left out (found where the days before the default differ; selling daily, a call
        // met is paid in cash that day, so it shows; with coins held one met by selling coins
        // leaves the day's flow as it was, and is not told apart: those treasuries are left out).
        let before = true;
        for (let d = 0; d < dd; d++)
          if (Math.abs(p.equity[d] - hand[d]) > 1e-6 * Math.max(1, Math.abs(hand[d]))) before = false;
        if (before) {
          defaultsByHand++;
          for (let d = dd; d < plan.days; d++)
            check(`defaulted equity by hand day ${d} (default ${dd})`, p.k, p.equity[d], hand[d], 1e-6);
        }
      }
      if (m[METRIC.taxPaidUsd] < -1e-9) bad.push(`tax paid < 0 path ${p.k}`);
      // (a call that sells coins moves the equity's coins, valued at the sale and at the horizon: left out)
      if (!defaulted && !(m[METRIC.marginCall] === 1 && s.treasury !== 'sell-daily')) {
        let leaseNet = 0;
        for (const l of books.leases)
          leaseNet +=
            l.capexDay <= last ? l.capexUsd - l.paymentUsd * l.paymentDays.length - l.residualUsd : 0;
        check(
          'equity sum = project - interest + hedges - tax + lease',
          p.k,
          sum(p.equity),
          sum(p.flow) - m[METRIC.interestPaidUsd] + m[METRIC.hedgeNetUsd] - m[METRIC.taxPaidUsd] + leaseNet,
          1e-6,
        );
      }
    }
  }
  return { bad, checks, defaultsByHand };
}

/** The back-test of `s` as runBacktest runs it (the history, failures at their expected values), traced. */
export async function traceBacktest(
  s: Scenario,
): Promise<{ plan: SimulationPlan; path: TracedPath; cut: boolean }> {
  const inputs = await loadCompileInputs(s);
  const history = historicalPath(s, inputs.history);
  const chain =
    startPlace(inputs.history, s.start).inside && s.network.height !== undefined
      ? { ...s, network: (({ height: _h, ...n }) => n)(s.network) as Scenario['network'] }
      : s;
  const plan = compilePlan(chain, inputs, history.days);
  const kw = M.createKernelWorkspace(plan, { trace: true, checkpoints: weeklyCheckpoints(plan.days) });
  const metrics = simulatePath(plan, history.path, kw, null).slice();
  const trace = {} as M.KernelTrace;
  for (const c of M.TRACE_COLUMNS) trace[c] = kw.trace![c].slice();
  const books = kw.books === null ? null : bookFlows(kw.books);
  return {
    plan,
    cut: history.cutAt !== undefined,
    path: {
      k: 0,
      metrics,
      flow: kw.cashFlowUsd.slice(),
      net: kw.netPositionUsd.slice(),
      price: history.path.priceUsd.slice(),
      trace,
      checkpoints: kw.checkpoints,
      checkpointValues: kw.checkpointValues.slice(),
      equity: books?.equity ?? null,
      afterTax: books?.afterTax ?? null,
      horizonSaleTax: books?.horizonSaleTaxUsd ?? 0,
    },
  };
}

/**
 * The equity's daily flows worked out by hand from the path's project flows and trace, for a path
 * without a margin call or a default, selling daily or holding: the project's flow, plus each loan
 * drawn (less its fee) and its monthly payments (an annuity, or interest alone and the principal at
 * maturity), a balance left repaid on the last day with the interest accrued since its last
 * payment's month; each lease's capex (the lessor's) and its payments and residual (all left paid
 * on the last day when it runs past it); each hedge's premium and settlements (a swap's month
 * against the mean of its days' hashprice or price, an option at its expiry's price); less the
 * equity's tax, year by year: the project's operating income less interest and fees, lease payments
 * and the equity's depreciation, plus hedges and gains on the machines over the equity's basis.
 */
export function equityByHand(
  plan: SimulationPlan,
  p: TracedPath,
  /** Written: the last year's tax less its tax without the machines valued at the horizon. */
  out: { horizonSaleTax: number } = { horizonSaleTax: 0 },
): Float64Array {
  const books = plan.books!;
  const days = plan.days;
  const last = days - 1;
  const t = p.trace;
  const eq = p.flow.slice();
  const interest = new Float64Array(days);
  const lease = new Float64Array(days);
  const hedge = new Float64Array(days);
  const unit = hashpriceUnitHs(plan.protocol.coin);
  for (const loan of books.loans) {
    if (loan.startDay > last) continue;
    let balance = loan.principalUsd;
    eq[loan.startDay] += balance - loan.feeUsd;
    interest[loan.startDay] += loan.feeUsd;
    const r = loan.monthlyRate;
    let paid = 0;
    for (let k = 0; k < loan.paymentDays.length; k++) {
      const d = loan.paymentDays[k];
      const left = loan.periods - k;
      const i = balance * r;
      const principal = loan.amortizing
        ? r === 0
          ? balance / left
          : (balance * r) / (1 - (1 + r) ** -left) - i
        : left === 1
          ? balance
          : 0;
      eq[d] -= i + principal;
      interest[d] += i;
      balance -= principal;
      paid = k + 1;
    }
    if (balance > 1e-9) {
      const since = paid === 0 ? loan.startDay : loan.startDay + Math.round((paid * 365.25) / 12);
      const accrued = (balance * r * (last + 1 - since)) / (365.25 / 12);
      eq[last] -= balance + accrued;
      interest[last] += accrued;
    }
  }
  for (const l of books.leases) {
    if (l.capexDay > last) continue;
    eq[l.capexDay] += l.capexUsd;
    let k = 0;
    for (; k < l.paymentDays.length && l.paymentDays[k] <= last; k++) {
      const pay = l.paymentUsd + (k === l.paymentDays.length - 1 ? l.residualUsd : 0);
      eq[l.paymentDays[k]] -= pay;
      lease[l.paymentDays[k]] += l.paymentUsd;
    }
    if (k < l.paymentDays.length) {
      eq[last] -= (l.paymentDays.length - k) * l.paymentUsd + l.residualUsd;
      lease[last] += (l.paymentDays.length - k) * l.paymentUsd;
    }
  }
  for (const h of books.hedges) {
    if (h.bounds[0] <= last) hedge[h.bounds[0]] -= h.premiumUsd;
    for (let k = 0; k + 1 < h.bounds.length; k++) {
      const from = h.bounds[k];
      const to = h.bounds[k + 1];
      if (to - 1 > last) break;
      let mean = 0;
      for (let d = from; d < to; d++)
        mean += (h.kind === 0 ? t.hashpriceUsd[d] / unit : t.priceUsd[d]) / (to - from);
      let pay: number;
      if (h.kind === 0) pay = h.amount * (to - from) * (h.fixedUsd - mean);
      else if (h.kind === 1) pay = h.amount * (h.fixedUsd - mean);
      else {
        const price = t.priceUsd[to - 1];
        const money = h.kind === 2 ? h.fixedUsd - price : price - h.fixedUsd;
        pay = h.sign * (money > 0 ? h.amount * money : 0);
      }
      hedge[to - 1] += pay;
    }
  }
  for (let d = 0; d < days; d++) eq[d] += hedge[d];
  const tax = books.tax;
  if (tax === null) return eq;
  // The equity's taxable income: the project's (by hand, projectTaxByHand's) with its own basis.
  const years = tax.yearEnds.length;
  const n = plan.cohorts.length;
  const basis = Float64Array.from(tax.equityBasis);
  const disposed = new Uint8Array(n);
  let pool = 0;
  let income = 0;
  let year = 0;
  let coinBasis = 0;
  for (let d = 0; d < days; d++) {
    income +=
      t.revenueUsd[d] -
      t.powerUsd[d] +
      t.creditsUsd[d] -
      t.hostingUsd[d] -
      t.maintenanceUsd[d] -
      t.fixedUsd[d];
    income += hedge[d] - interest[d] - lease[d];
    {
      const [gain, basis] = coinDay(plan, t, d, coinBasis);
      coinBasis = basis;
      if (tax.coinBasis) income += gain;
    }
    if (tax.depositUsd !== 0 && d === 0) income += tax.depositUsd;
    if (tax.depositUsd !== 0 && d === tax.depositRefundDay) income -= tax.depositUsd;
    plan.cohorts.forEach((c, i) => {
      if (disposed[i] === 1 || (c.retireDay !== d && c.brickDay !== d)) return;
      income += (c.brickDay <= c.retireDay ? 0 : t.salvageUsd[d]) - basis[i];
      disposed[i] = 1;
    });
    if (d === tax.yearEnds[year]) {
      for (let i = 0; i < n; i++) {
        if (disposed[i] === 1) continue;
        const dep = Math.min(basis[i], tax.equityDepreciation[i * years + year]);
        basis[i] -= dep;
        income -= dep;
      }
      let machines = 0;
      if (d === last) {
        let left = 0;
        for (let i = 0; i < n; i++)
          if (disposed[i] === 0 && plan.cohorts[i].purchaseDay < days) left += basis[i];
        machines = p.metrics[METRIC.salvageAtHorizonUsd] - left;
        income += machines;
        if (tax.coinBasis) income += t.heldCoins[d] * t.priceUsd[d] - coinBasis;
      }
      const dueOn = (x: number, from: number): [number, number] => {
        if (x <= 0) return [0, tax.rule.carryForward ? from - x : from];
        const used = Math.min(from, tax.rule.offsetLimit * x);
        return [tax.rule.rate * (x - used), from - used];
      };
      const [due, after] = dueOn(income, pool);
      if (d === last && machines !== 0) out.horizonSaleTax = due - dueOn(income - machines, pool)[0];
      pool = after;
      eq[d] -= due;
      income = 0;
      year++;
    }
  }
  return eq;
}

/**
 * The equity's daily flows by hand on a path whose first margin call is a default on day `dd`
 * (no lease: a covenant is refused beside one): as equityByHand up to it; on it the loan's payment
 * due that day, then the machines taken for the balance (limited recourse), the coins held sold at
 * the day's price, a deposit not yet back refunded (or kept by the site: a loss), and the tax year
 * closed: the machines the equity owns taxed as sold for the balance (its basis left against it,
 * a whole year's depreciation of those it runs), the coins' gain with coinBasis; after it, the
 * hedges' settlements alone, taxed at the tax years' ends against the losses carried forward.
 */
export function defaultedEquityByHand(plan: SimulationPlan, p: TracedPath, dd: number): Float64Array {
  const books = plan.books!;
  if (books.leases.length > 0) throw new Error('not worked out here: a lease beside a covenant');
  const days = plan.days;
  const t = p.trace;
  const eq = new Float64Array(days);
  for (let d = 0; d <= dd; d++) eq[d] = p.flow[d];
  const interest = new Float64Array(days);
  const hedge = new Float64Array(days);
  const unit = hashpriceUnitHs(plan.protocol.coin);
  let debtTaken = 0;
  for (const loan of books.loans) {
    if (loan.startDay > dd) continue;
    let balance = loan.principalUsd;
    eq[loan.startDay] += balance - loan.feeUsd;
    interest[loan.startDay] += loan.feeUsd;
    const r = loan.monthlyRate;
    for (let k = 0; k < loan.paymentDays.length && loan.paymentDays[k] <= dd; k++) {
      const d = loan.paymentDays[k];
      const left = loan.periods - k;
      const i = balance * r;
      const principal = loan.amortizing
        ? (balance * r) / (1 - (1 + r) ** -left) - i
        : left === 1
          ? balance
          : 0;
      eq[d] -= i + principal;
      interest[d] += i;
      balance -= principal;
    }
    debtTaken += balance;
  }
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
        const price = t.priceUsd[to - 1];
        const money = h.kind === 2 ? h.fixedUsd - price : price - h.fixedUsd;
        pay = h.sign * (money > 0 ? h.amount * money : 0);
      }
      hedge[to - 1] += pay;
    }
  }
  for (let d = 0; d < days; d++) eq[d] += hedge[d];
  const held = t.heldCoins[dd];
  eq[dd] += held * t.priceUsd[dd];
  const deposit = books.deposit;
  const forfeited = deposit.usd > 0 && dd < deposit.refundDay && !deposit.refundedOnDefault ? deposit.usd : 0;
  if (deposit.usd > 0 && dd < deposit.refundDay && deposit.refundedOnDefault) eq[dd] += deposit.usd;
  const tax = books.tax;
  if (tax === null) return eq;
  const years = tax.yearEnds.length;
  const n = plan.cohorts.length;
  const basis = Float64Array.from(tax.equityBasis);
  const disposed = new Uint8Array(n);
  let pool = 0;
  let income = 0;
  let year = 0;
  let coinBasis = 0;
  const yearTaxDue = (x: number) => {
    if (x <= 0) {
      if (tax.rule.carryForward) pool -= x;
      return 0;
    }
    const used = Math.min(pool, tax.rule.offsetLimit * x);
    pool -= used;
    return tax.rule.rate * (x - used);
  };
  for (let d = 0; d < days; d++) {
    if (d > dd) {
      income += hedge[d];
      if (d === tax.yearEnds[year]) {
        eq[d] -= yearTaxDue(income);
        income = 0;
        year++;
      }
      continue;
    }
    income +=
      t.revenueUsd[d] -
      t.powerUsd[d] +
      t.creditsUsd[d] -
      t.hostingUsd[d] -
      t.maintenanceUsd[d] -
      t.fixedUsd[d];
    income += hedge[d] - interest[d];
    {
      const [gain, basis] = coinDay(plan, t, d, coinBasis);
      coinBasis = basis;
      if (tax.coinBasis) income += gain;
    }
    if (tax.depositUsd !== 0 && d === 0) income += tax.depositUsd;
    if (tax.depositUsd !== 0 && d === tax.depositRefundDay) income -= tax.depositUsd;
    plan.cohorts.forEach((c, i) => {
      if (disposed[i] === 1 || (c.retireDay !== d && c.brickDay !== d)) return;
      income += (c.brickDay <= c.retireDay ? 0 : t.salvageUsd[d]) - basis[i];
      disposed[i] = 1;
    });
    if (d === tax.yearEnds[year] || d === dd) {
      for (let i = 0; i < n; i++) {
        if (disposed[i] === 1) continue;
        const c = plan.cohorts[i];
        const runs = c.purchaseDay <= d && c.deployDay <= d;
        const dep = d === dd && !runs ? 0 : Math.min(basis[i], tax.equityDepreciation[i * years + year]);
        basis[i] -= dep;
        income -= dep;
      }
      if (d === dd) {
        let left = 0;
        for (let i = 0; i < n; i++)
          if (disposed[i] === 0 && plan.cohorts[i].purchaseDay <= d) left += basis[i];
        income += debtTaken - left - forfeited;
        if (tax.coinBasis) income += held * t.priceUsd[d] - coinBasis;
      }
      eq[d] -= yearTaxDue(income);
      income = 0;
      if (d === tax.yearEnds[year]) year++;
    }
  }
  return eq;
}

/**
 * Day d of the coins' basis at average cost (coinBasis), from the trace's stack: coins added to it
 * at the day's price (the day's own sold first, at their basis: no gain); a day selling more than it
 * mined (sell-to-cover) takes the rest out of the stack at its average basis, a gain of their price
 * less that. Returns [the day's gain, the basis after it]; selling daily holds none.
 */
export function coinDay(plan: SimulationPlan, t: M.KernelTrace, d: number, basis: number): [number, number] {
  if (plan.treasury === 0) return [0, 0];
  const before = d > 0 ? t.heldCoins[d - 1] : 0;
  const after = t.heldCoins[d];
  const price = t.priceUsd[d];
  if (after >= before) return [0, basis + (after - before) * price];
  const sold = before - after;
  const out = sold >= before ? basis : (basis * sold) / before;
  return [sold * price - out, basis - out];
}
