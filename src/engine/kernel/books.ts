// The books of one path: after the kernel has run the fleet and its project cash (kernel.ts,
// path-metrics.ts), this pass adds what financing and tax do to it. Operation does not depend on
// them (a loan never switches a machine off), so the project's flows are read, not re-run:
// - loans: drawdown and fees, monthly interest and principal (loan.ts), and on every day the
//   covenant (covenant.ts): collateral = the pledged cohorts' resale value (salvage.ts:
//   hashprice-linked, the machines left on the path after its failures, as a sale counts them); above the covenant's loan-to-value, a margin call
//   repays principal down to `restoreTo` (its interest from the last payment to the call due with
//   the next payment), out of the operation's cash on hand, then by selling the
//   coins held at the day's price, then from the owners' top-up; a call they cannot meet is a
//   default: the lender takes the machines, the debt is gone (limited recourse), the equity keeps
//   its cash and coins (sold that day) and its flows from the operation stop; its tax year closes
//   that day, the machines taxed as sold for the debt discharged (equity-machines.ts says which).
//   A hosting deposit not yet back comes back that day or is the site's (a loss in that year's
//   tax), as the contract says; the owners' hedges settle on to their terms, taxed at the tax
//   years' ends that follow against the losses carried forward. The coins a
//   call sells are the equity's only (the project has no loan): from then on the equity holds the
//   project's coins less those, on a basis of its own (average cost), and its value at the horizon
//   or on a later default counts only its own;
// - leases: the lessor pays the cohort's capex; the operation pays monthly and buys it out;
// - tax by tax year (tax.ts), on the project before financing (after-tax NPV and IRR) and on the
//   equity (interest, fees and lease payments deducted);
// - the equity's flows, payback, NPV and IRR. The equity's and the after-tax flows are the
//   project's but on the days run in full, so they are kept as those days (books-workspace.ts) and
//   measured on the project's block moments (model/finance/sparse-irr.ts), made once a path
//   (books-measures.ts).
// The owners fund scheduled debt service and operating losses as they fund the capex (the equity's
// flows go negative); only margin calls are limited by cash on hand and the top-up.
// Over the 300-line guide as one concept: one pass over a path's days, one function. Its loop's
// sections (the plain days, the coins, hedges, leases, loans and their covenant, a default, the
// tax year) share thirty-six running figures (cash, coins and their basis, the tax year's sums,
// the equity's position) that V8 keeps as the function's own values (registers or its frame);
// split into functions they would go through an object in memory every day. Even the covenant's
// bound set at a stretch's start, moved to functions of its own, left V8 no longer inlining
// firstDayBelow into the pass, and the kernel with the books took 9 % longer. What is not the
// pass has files of its own: its math (loan.ts, lease.ts, depreciation.ts, tax.ts), the
// covenant's bound (covenant.ts) and the first day below it (covenant-stretch.ts), a hedge's
// month (hedge-settle.ts), the coins' basis (coin-basis.ts), its scratch (books-workspace.ts) and
// the measures of its flows (books-measures.ts).
// The pass is event-driven: the days of a book event (compiled, books-plan.ts) and the days whose
// hashprice falls below the covenant's bound are run in full; the days between only add up the
// project's flows, in a tight loop (without a check at all where the stretch cannot pay the equity
// back), up to the first day below the covenant's bound, looked for apart from them
// (covenant-stretch.ts firstDayBelow).
// The project's operating profit of a day is recovered from its cash flow and the change of its
// coins held: cash + held coins x price changes by revenue - costs - capex + salvage under every
// treasury (coins are sold at the day's price). With coinBasis the coins are income at their value
// the day they are mined (their basis); a day that sells more coins than it mined (sell-to-cover)
// sells the day's coins at their basis and the rest out of the stack at its average basis, a gain
// taxed that year, as is a margin call's sale.

import type { BooksPlan } from '../../model/finance/books-plan.js';
import { isCovenantTestDay, testedDaily } from '../../model/finance/covenant-days.js';
import { inflowsBound } from '../../model/finance/flow-moments.js';
import { DAYS_PER_MONTH, paymentDay, periodPrincipalFrom } from '../../model/finance/loan.js';
import { fillBlocksPaired } from '../../model/finance/moments-simd.js';
import { TAX_DUE, TAX_POOL, yearTax } from '../../model/finance/tax.js';
import {
  SUBSIDY_STEP_FIRST,
  SUBSIDY_STEP_FIRST_CHANGE,
  SUBSIDY_STEP_LAST_CHANGE,
} from '../../model/network-state.js';
import {
  hashpriceUnitHs,
  paybackFromDay,
  reportedPaybackDay,
  type SimulationPlan,
  TREASURY_SELL_DAILY,
  TREASURY_SELL_TO_COVER,
} from '../compile/plan.js';
import { measureBookFlows } from './books-measures.js';
import { startBooksWorkspace } from './books-workspace.js';
import { SERIES_INDEX } from './checkpoints.js';
import { basisSold } from './coin-basis.js';
import { collateralChangeAfter, collateralUsd, covenantTrigger } from './covenant.js';
import { firstDayBelow, subsidyChangeAfter, subsidyChangeTo } from './covenant-stretch.js';
import { equityOwns, equityRuns } from './equity-machines.js';
import { settleHedge } from './hedge-settle.js';
import { METRIC } from './metrics.js';
import { perCoin } from './path-metrics.js';
import { resaleHashprice, resaleHashpriceAt } from './salvage.js';
import type { KernelWorkspace } from './workspace.js';

/** Runs the books of the path the kernel has just run on `workspace`; writes the book metrics. */
export function runBooks(plan: SimulationPlan, priceUsd: Float64Array, workspace: KernelWorkspace): void {
  const books = plan.books as BooksPlan;
  const w = workspace.books!;
  const days = plan.days;
  if (days === 0) return;
  const last = days - 1;
  const metrics = workspace.metrics;
  const flow = workspace.cashFlowUsd;
  const net = workspace.netPositionUsd;
  const fleet = workspace.fleet;
  const network = workspace.networkDays;
  const coinsPerHs = network.coinsPerHs;
  const hashpriceUnit = hashpriceUnitHs(plan.protocol.coin);
  const resaleDays = plan.resaleHashpriceDays;
  const resaleBefore = plan.resaleCoinsPerHsBefore;
  // The days whose resale week may reach a change of subsidy (salvage.ts resaleHashpriceAt): from
  // the first change to a week after the last, and the first week where its days before the start
  // were read at another subsidy; on the others the week's plain mean is the same to the bit.
  const steps = network.subsidySteps;
  const acrossFrom = steps[SUBSIDY_STEP_FIRST_CHANGE];
  const acrossTo = steps[SUBSIDY_STEP_LAST_CHANGE] + resaleDays - 1;
  const firstWeek = plan.resaleSubsidyBefore === steps[SUBSIDY_STEP_FIRST + 2] ? -1 : resaleDays - 1;
  // The equity's and the after-tax flows are the project's but on the days run in full: those are
  // written in eq and after, and listed where they differ (sparse-irr.ts measures them so).
  const eq = w.equityFlowUsd;
  const after = w.afterTaxFlowUsd;
  const equity = w.equity;
  const afterTax = w.afterTax;
  const { loans, leases, hedges, tax, capexByDay } = books;
  const terminal = metrics[METRIC.finalHeldCoins] * priceUsd[last] + metrics[METRIC.salvageAtHorizonUsd];
  startBooksWorkspace(w, books, flow);
  const years = tax === null ? 0 : tax.yearEnds.length;
  // The project's flows' blocks (flow-moments.ts, made by moments-simd.ts): the equity's IRR is
  // measured on them, and with a loan or lease the day loop reads them first, to skip the payback
  // check where it cannot pass.
  // The equity's flows differ from the project's after tax only with a loan, a lease or a hedge.
  const financed = loans.length > 0 || leases.length > 0 || hedges.length > 0;
  const blocksMade = financed;
  if (blocksMade) fillBlocksPaired(flow, days, w.blocks);

  // The equity's net position on the checkpoint days (the fan chart's equity series).
  const checkpoints = workspace.checkpoints;
  const checkpointCount = checkpoints.length;
  const equitySeries = SERIES_INDEX.equityNetUsd * checkpointCount;
  let checkpoint = 0;
  let equityPosition = 0;
  let cash = 0;
  let held = 0;
  let cashOnHand = 0;
  let equityCum = 0;
  // Payback is the first day the equity's position is back at >= 0 after the owners had money at
  // stake (it was below 0 on an earlier day): a lease or a loan at 100 % of the capex starts above
  // 0 and puts the owners' money in only with its first payments. Never below 0: nothing to pay
  // back, reported as day 0 (which a payback, needing an earlier day below 0, can never be). As
  // the project's, it is looked for from the fleet's last purchase (plan.ts paybackFromDay), the
  // cohorts leased left out: the lessor pays for them. A default before that day moves it to the
  // default's day: the equity buys nothing after it (its flows stop), so no later capex puts its
  // money at stake again.
  let paybackFrom = paybackFromDay(plan, leases);
  let equityPayback = -1;
  let atStake = false;
  let defaultDay = -1;
  let marginCall = 0;
  let firstCallDay = -1;
  let callsMet = 0;
  let callsUsd = 0;
  let interestPaid = 0;
  let taxPaid = 0;
  let projectTaxPaid = 0;
  let depreciationTotal = 0;
  let allInDepreciation = 0;
  // The coins' tax basis (coinBasis), the project's and the equity's: they part when a margin call
  // sells coins of the equity's, or a sale under sell-to-cover takes a share of each (average cost).
  let coinBasis = 0;
  let equityCoinBasis = 0;
  // Coins the equity's margin calls sold that the project (no loan) still holds: the equity holds
  // held - deficit. Under sell-to-cover the project's stack can fall below it, and the equity's
  // coins run out first: a day whose stack is below `dry` is run in full (-Infinity: none).
  let deficit = 0;
  let dry = Number.NEGATIVE_INFINITY;
  // The balances the lender's taking of the machines discharges on a default.
  let debtTaken = 0;
  // A hosting deposit the site keeps on a default: a loss in the equity's tax that year.
  let depositForfeited = 0;
  // This tax year's operating profit, gains on machines sold, interest and fees, lease payments.
  let year = 0;
  let yearOp = 0;
  let gainProject = 0;
  let gainEquity = 0;
  let yearInterest = 0;
  let yearLease = 0;
  // The hedges' settlements and premiums this tax year, and over the equity's life.
  let yearHedge = 0;
  let hedgeNet = 0;
  // The horizon's tax on the machines still held, valued as sold (their salvage over the basis
  // left): in the equity's flows (its NPV and IRR count their salvage), not in its net position,
  // which, as the project's, leaves out their resale.
  let horizonSaleTax = 0;

  // Coins are held only under hold and sell-to-cover; selling daily keeps none.
  const holds = plan.treasury !== TREASURY_SELL_DAILY;
  const sellsToCover = plan.treasury === TREASURY_SELL_TO_COVER;
  const coinsTaxed = tax?.coinBasis === true;
  // Sell-to-cover sells coins of its stack on a day whose costs exceed its revenue: a sale whose
  // gain over the basis (average cost) is taxed with coinBasis. Holding never sells (a dip of the
  // held coins recovered below is rounding).
  const stackSalesTaxed = sellsToCover && coinsTaxed;
  const eventDays = books.eventDays;
  let event = 0;
  // The next checkpoint day (`days`: none left).
  let nextCheckpoint = checkpointCount > 0 ? checkpoints[0] : days;
  // The covenants' bound (covenant.ts): a day whose resale hashprice (in coins x USD per H/s, the
  // hashprice before its unit: the week's mean to the day, salvage.ts resaleHashprice) is below
  // `trigger` is run in full; valid until `triggerUntil`. The week's mean is at least its lowest
  // day's hashprice, so it is formed only within a week of a day below `trigger` (`below`: the
  // last such day, looked for in the week before when the bound is set). A week after a change of
  // subsidy is read at the later one (salvage.ts resaleHashpriceAt), below its days' lowest: the
  // bound ends on such a change, and its week is formed in full.
  let covenanted = false;
  // Covenants tested daily only: one tested less often is tested on its test days, which are book
  // events (compile/books.ts), so always run in full.
  for (let i = 0; i < loans.length; i++) if (testedDaily(loans[i])) covenanted = true;
  let trigger = Number.NEGATIVE_INFINITY;
  let triggerUntil = -1;
  let below = -resaleDays;
  let d = 0;
  for (;;) {
    const nextEvent = eventDays[event];
    // The plain days before the next event: the equity takes the project's flow.
    while (d < nextEvent) {
      let end = nextEvent;
      if (covenanted && defaultDay < 0) {
        if (d >= triggerUntil) {
          trigger = Number.NEGATIVE_INFINITY;
          triggerUntil = nextEvent;
          let owed = false;
          for (let i = 0; i < loans.length; i++) {
            const loan = loans[i];
            if (!testedDaily(loan) || w.balance[i] <= 0) continue;
            owed = true;
            const until = collateralChangeAfter(workspace, loan, d, nextEvent);
            if (until < triggerUntil) triggerUntil = until;
          }
          if (owed && d < steps[SUBSIDY_STEP_LAST_CHANGE]) {
            const step = subsidyChangeAfter(steps, d);
            if (step < triggerUntil) triggerUntil = step;
          }
          for (let i = 0; i < loans.length; i++) {
            const loan = loans[i];
            if (!testedDaily(loan) || w.balance[i] <= 0) continue;
            const at = covenantTrigger(plan, workspace, loan, w.balance[i], d, triggerUntil) / hashpriceUnit;
            if (at > trigger) trigger = at;
          }
          // The last day of the week before d below the new bound (or none in it); the first days,
          // whose week reaches into the days before the start, are all formed.
          below = d - resaleDays;
          if (below < -1 && resaleBefore.length > 0) below = -1;
          for (let i = d > resaleDays - 1 ? d - resaleDays + 1 : 0; i < d; i++)
            if (coinsPerHs[i] * priceUsd[i] < trigger) below = i;
          if (d >= acrossFrom && d <= acrossTo) {
            const changed = subsidyChangeTo(steps, d);
            if (changed > below) below = changed;
          }
        }
        end = triggerUntil;
      } else trigger = Number.NEGATIVE_INFINITY;
      if (!holds && defaultDay < 0) {
        // Selling daily: no coins held, so the equity's position is its cumulative flow. A stretch
        // whose inflows (from the flows' blocks) cannot make up the deficit cannot pay back: its
        // days only add up, to the first whose covenant is checked in full. Such a stretch starts below 0, so
        // the owners' money is at stake already (`atStake` was set on the day the position first
        // fell below 0, always a day checked: a stretch starting at >= 0 is checked) and stays so.
        const base = equityCum;
        let sum = 0;
        const payable =
          equityPayback < 0 &&
          !(blocksMade && base + inflowsBound(w.blocks, d, end) + 1e-12 * Math.abs(base) < 0);
        const clear =
          trigger === Number.NEGATIVE_INFINITY
            ? end
            : firstDayBelow(plan, network, priceUsd, d, end, trigger, below, firstWeek, acrossFrom, acrossTo);
        if (!payable) {
          while (d < clear) {
            const stop = nextCheckpoint < clear ? nextCheckpoint + 1 : clear;
            for (; d < stop; d++) sum += flow[d];
            if (d - 1 === nextCheckpoint) {
              workspace.checkpointValues[equitySeries + checkpoint++] = base + sum;
              nextCheckpoint = checkpoint < checkpointCount ? checkpoints[checkpoint] : days;
            }
          }
        } else {
          for (; d < clear; d++) {
            sum += flow[d];
            if (equityPayback < 0) {
              if (base + sum < 0) atStake = true;
              else if (atStake && d >= paybackFrom) equityPayback = d;
            }
            if (d === nextCheckpoint) {
              workspace.checkpointValues[equitySeries + checkpoint++] = base + sum;
              nextCheckpoint = checkpoint < checkpointCount ? checkpoints[checkpoint] : days;
            }
          }
        }
        yearOp += sum;
        cashOnHand += sum;
        equityCum = base + sum;
        equityPosition = equityCum;
      } else {
        const clear =
          trigger === Number.NEGATIVE_INFINITY
            ? end
            : firstDayBelow(plan, network, priceUsd, d, end, trigger, below, firstWeek, acrossFrom, acrossTo);
        for (; d < clear; d++) {
          const price = priceUsd[d];
          const f = flow[d];
          const nextCash = cash + f;
          let mined = 0;
          if (holds) {
            const nowHeld = price > 0 ? (net[d] - nextCash) / price : held;
            if (nowHeld < dry) break;
            mined = (nowHeld - held) * price;
            if (mined > 0) {
              coinBasis += mined;
              equityCoinBasis += mined;
            } else if (mined < 0 && stackSalesTaxed) {
              // Coins sold beyond the day's: the same number leave both stacks, each at its average.
              const sold = held - nowHeld;
              const out = basisSold(coinBasis, held, sold);
              gainProject += sold * price - out;
              coinBasis -= out;
              if (defaultDay < 0) {
                const outEquity = basisSold(equityCoinBasis, held - deficit, sold);
                gainEquity += sold * price - outEquity;
                equityCoinBasis -= outEquity;
              }
            }
            held = nowHeld;
          }
          cash = nextCash;
          yearOp += f + mined;
          if (defaultDay < 0) {
            cashOnHand += f;
            equityCum += f;
            equityPosition = equityCum + (held - deficit) * price;
            if (equityPayback < 0) {
              if (equityPosition < 0) atStake = true;
              else if (atStake && d >= paybackFrom) equityPayback = d;
            }
          }
          if (d === nextCheckpoint) {
            workspace.checkpointValues[equitySeries + checkpoint++] = equityPosition;
            nextCheckpoint = checkpoint < checkpointCount ? checkpoints[checkpoint] : days;
          }
        }
      }
      // Stopped before the stretch's end: a day whose covenant is checked in full.
      if (d < end) break;
    }
    // A day run in full: a book event, or a day the covenant's bound does not clear.
    if (d === nextEvent) event++;
    triggerUntil = -1;
    const price = priceUsd[d];
    const defaulted = defaultDay >= 0;
    // After a default the equity's flows are its hedges' and the tax on them alone.
    eq[d] = defaulted ? 0 : flow[d];
    after[d] = flow[d];
    const f = d === last ? flow[d] - terminal : flow[d];
    cash += f;
    let mined = 0;
    if (holds) {
      const nowHeld = price > 0 ? (net[d] - cash) / price : held;
      mined = (nowHeld - held) * price;
      if (mined > 0) coinBasis += mined;
      else if (mined < 0 && stackSalesTaxed) {
        const sold = held - nowHeld;
        const out = basisSold(coinBasis, held, sold);
        gainProject += sold * price - out;
        coinBasis -= out;
      }
      if (!defaulted) {
        // The equity's coins change as the project's, unless the stack falls below what its calls
        // sold: then the equity sold all it had, and the owners pay what those coins paid for the
        // project (the equity's flow is short of the project's by their value).
        const equityHeld = held - deficit;
        let equityMined = mined;
        if (nowHeld < dry) {
          const left = nowHeld > 0 ? nowHeld : 0;
          const short = (deficit - left) * price;
          eq[d] -= short;
          cashOnHand -= short;
          equityMined += short;
          deficit = left;
          dry = left > 0 ? left : Number.NEGATIVE_INFINITY;
        }
        if (equityMined > 0) equityCoinBasis += equityMined;
        else if (equityMined < 0 && stackSalesTaxed) {
          const sold = -equityMined / price;
          const out = basisSold(equityCoinBasis, equityHeld, sold);
          gainEquity += sold * price - out;
          equityCoinBasis -= out;
        }
      }
      held = nowHeld;
    }
    yearOp += f + mined + capexByDay[d];
    // The hosting deposit is lent to the site, not spent: its payment and refund are not taxed.
    if (tax !== null && tax.depositUsd !== 0) {
      if (d === 0) yearOp += tax.depositUsd;
      if (d === tax.depositRefundDay) yearOp -= tax.depositUsd;
    }
    if (!defaulted) cashOnHand += f + capexByDay[d];

    // The hedges' premiums and settlements (model/finance/hedge.ts), before the covenant's test:
    // a settlement received today is cash on hand for a call. They are the owners' contracts, not
    // secured on the machines: a default does not end them, and they settle to their terms.
    for (let h = 0; h < hedges.length; h++) {
      const hedge = hedges[h];
      const bounds = hedge.bounds;
      let paid = 0;
      if (d === bounds[0]) paid -= hedge.premiumUsd;
      const k = w.nextHedge[h];
      if (k + 1 < bounds.length && bounds[k + 1] - 1 === d) {
        paid += settleHedge(hedge, k, coinsPerHs, priceUsd);
        w.nextHedge[h] = k + 1;
      }
      eq[d] += paid;
      cashOnHand += paid;
      yearHedge += paid;
      hedgeNet += paid;
    }
    if (!defaulted) {
      for (let l = 0; l < leases.length; l++) {
        const lease = leases[l];
        if (d === lease.capexDay) eq[d] += lease.capexUsd;
        const k = w.nextLease[l];
        if (k < lease.paymentDays.length && lease.paymentDays[k] === d) {
          const pay = lease.paymentUsd + (k === lease.paymentDays.length - 1 ? lease.residualUsd : 0);
          eq[d] -= pay;
          cashOnHand -= pay;
          yearLease += lease.paymentUsd;
          w.nextLease[l] = k + 1;
        }
        if (d === last && lease.capexDay <= last && w.nextLease[l] < lease.paymentDays.length) {
          // A lease running past the last day (only a back-test cut at the history's end: the rules
          // keep a lease within the horizon) ends there, bought out: its payments left, undiscounted,
          // and its residual are paid today, so the machines the terminal value counts are paid for.
          const left = lease.paymentDays.length - w.nextLease[l];
          const pay = left * lease.paymentUsd + lease.residualUsd;
          eq[d] -= pay;
          cashOnHand -= pay;
          yearLease += left * lease.paymentUsd;
          w.nextLease[l] = lease.paymentDays.length;
        }
      }
      // The collateral's hashprice: the resale's (salvage.ts resaleHashprice).
      const hashprice =
        (d < firstWeek || (d >= acrossFrom && d <= acrossTo)
          ? resaleHashpriceAt(plan, network, priceUsd, d)
          : resaleHashprice(coinsPerHs, priceUsd, d, resaleDays, resaleBefore)) * hashpriceUnit;
      for (let i = 0; i < loans.length; i++) {
        const loan = loans[i];
        if (d === loan.startDay) {
          w.balance[i] = loan.principalUsd;
          eq[d] += loan.principalUsd - loan.feeUsd;
          yearInterest += loan.feeUsd;
          interestPaid += loan.feeUsd;
        }
        const k = w.nextPayment[i];
        if (k < loan.paymentDays.length && loan.paymentDays[k] === d) {
          const balance = w.balance[i];
          // The month's interest on the balance owed, and on the principal calls repaid during it
          // for the days it was owed.
          const interest = balance * loan.monthlyRate + w.accrued[i];
          w.accrued[i] = 0;
          const principal = periodPrincipalFrom(
            balance,
            loan.monthlyRate,
            w.periodsLeft[i],
            loan.amortizing,
            loan.annuityDenominators,
          );
          eq[d] -= interest + principal;
          cashOnHand -= interest + principal;
          yearInterest += interest;
          interestPaid += interest;
          w.balance[i] = balance - principal;
          w.periodsLeft[i]--;
          w.nextPayment[i] = k + 1;
        }
        if (d === last && (w.balance[i] > 0 || w.accrued[i] > 0)) {
          // A balance repaid at the horizon (balloonAtHorizon, below) owes the interest accrued
          // since the last payment's month ended too: the month's rate pro rata for the days, the
          // last day's included. The horizon ends as its last day does, where a payment due the day
          // after, a whole month's, is paid (model/finance/term.ts dueDay): that month owes none.
          // The interest on principal calls repaid since is due with it.
          const paid = w.nextPayment[i];
          const since = paymentDay(loan.startDay, paid);
          const accrued = (w.balance[i] * loan.monthlyRate * (d + 1 - since)) / DAYS_PER_MONTH + w.accrued[i];
          w.accrued[i] = 0;
          eq[d] -= accrued;
          yearInterest += accrued;
          interestPaid += accrued;
        }
        if (
          d < last &&
          w.balance[i] > 0 &&
          loan.marginLoanToValue > 0 &&
          defaultDay < 0 &&
          isCovenantTestDay(loan, d)
        ) {
          const collateral = collateralUsd(plan, workspace, loan, d, hashprice);
          if (w.balance[i] > loan.marginLoanToValue * collateral) {
            marginCall = 1;
            if (firstCallDay < 0) firstCallDay = d;
            // Met out of cash on hand, then by selling the equity's coins at the day's price (the
            // project, without the loan, keeps its own), then from the owners' top-up.
            const call = w.balance[i] - loan.restoreLoanToValue * collateral;
            const fromCash = Math.min(call, Math.max(0, cashOnHand));
            const need = call - fromCash;
            const coins = held - deficit;
            const worth = price > 0 && coins > 0 ? coins * price : 0;
            // The coins held are recovered from the positions to their rounding: coins worth the
            // need within it meet it.
            const fromCoins = worth >= need * (1 - COIN_ROUNDING) ? need : worth;
            if (need - fromCoins <= w.topUpLeft[i]) {
              w.topUpLeft[i] -= need - fromCoins;
              if (fromCoins > 0) {
                const sold = fromCoins >= worth ? coins : fromCoins / price;
                if (coinsTaxed) {
                  const out = basisSold(equityCoinBasis, coins, sold);
                  gainEquity += fromCoins - out;
                  equityCoinBasis -= out;
                }
                deficit += sold;
                if (sellsToCover) dry = deficit;
                eq[d] += fromCoins;
                cashOnHand += fromCoins;
              }
              cashOnHand -= call;
              eq[d] -= call;
              w.balance[i] -= call;
              callsMet++;
              callsUsd += call;
              // What the call repaid was owed from the last payment (or the drawdown) to the end of
              // today: its interest for those days is due with the next payment (or at the horizon),
              // as a balloon's is (below).
              const since = paymentDay(loan.startDay, w.nextPayment[i]);
              w.accrued[i] += (call * loan.monthlyRate * (d + 1 - since)) / DAYS_PER_MONTH;
            } else defaultDay = d;
          }
        }
      }
      if (defaultDay === d) {
        // The lender takes the machines and the debt is gone; the equity keeps its cash and sells
        // its coins today.
        for (let i = 0; i < loans.length; i++) debtTaken += w.balance[i];
        w.balance.fill(0);
        // The interest accrued on principal calls repaid goes with the debt, as does the balance's
        // since the last payment: interest is deducted in the tax year it is paid, so interest
        // cancelled unpaid was never deducted, and the debt discharged (debtTaken, taxed as the
        // machines' sale below) is the principal alone: a debt whose payment would have been
        // deductible is no income when cancelled.
        w.accrued.fill(0);
        if (paybackFrom > d) paybackFrom = d;
        eq[d] += (held - deficit) * price;
        dry = Number.NEGATIVE_INFINITY;
        // The hosting contract ends with the machines taken: a deposit not yet back comes back
        // today or is the site's, as the contract says (the project keeps it until hosting ends).
        const deposit = books.deposit;
        if (deposit.usd > 0 && d < deposit.refundDay) {
          if (deposit.refundedOnDefault) eq[d] += deposit.usd;
          else depositForfeited = deposit.usd;
        }
      }
    }

    if (tax !== null) {
      const yearEnds = tax.yearEnds;
      for (let c = 0; c < plan.cohorts.length; c++) {
        if (w.disposed[c] === 1) continue;
        const sold = d === fleet.saleDay[c];
        if (!sold && d !== plan.cohorts[c].brickDay) continue;
        // Sold (salvage in the day's cash) or bricked (worth nothing): the basis left is set against it.
        const proceeds = sold ? fleet.soldUsd[c] : 0;
        yearOp -= proceeds;
        gainProject += proceeds - w.basisProject[c];
        gainEquity += proceeds - w.basisEquity[c];
        w.disposed[c] = 1;
      }
      if (d === yearEnds[year] || defaultDay === d) {
        let depProject = 0;
        let depEquity = 0;
        for (let c = 0; c < plan.cohorts.length; c++) {
          if (w.disposed[c] === 1) continue;
          const p = Math.min(w.basisProject[c], tax.projectDepreciation[c * years + year]);
          // On a default day the equity depreciates only machines it owns and has set running:
          // not one bought, deployed or bought out of its lease later in the year.
          const e =
            defaultDay === d && !equityRuns(plan, books, w.nextLease, c, d)
              ? 0
              : Math.min(w.basisEquity[c], tax.equityDepreciation[c * years + year]);
          if (d === yearEnds[year]) {
            w.basisProject[c] -= p;
            depreciationTotal += p;
            // The all-in cost per coin's: of a tax year the horizon cuts, the share of its days within.
            allInDepreciation += year === years - 1 ? p * tax.horizonYearShare : p;
          }
          w.basisEquity[c] -= e;
          depProject += p;
          depEquity += e;
        }
        let terminalProject = 0;
        let terminalEquity = 0;
        // The machines' part of terminalEquity at the horizon (their salvage over the basis left).
        let machinesEquity = 0;
        if (defaultDay === d) {
          // The lender takes the machines for the debt: a disposal whose proceeds are the debt
          // discharged (limited recourse), set against the basis left of the machines the equity
          // owns; no income from the debt's cancellation apart. The coins sold today are taxed on
          // their gain over their basis, as at the horizon.
          let leftEquity = 0;
          for (let c = 0; c < plan.cohorts.length; c++) {
            if (w.disposed[c] === 0 && equityOwns(plan, books, w.nextLease, c, d))
              leftEquity += w.basisEquity[c];
          }
          terminalEquity =
            debtTaken - leftEquity + (tax.coinBasis ? (held - deficit) * price - equityCoinBasis : 0);
        } else if (d === last) {
          // The horizon as a sale: the machines at their salvage value, the coins at the last price.
          let leftProject = 0;
          let leftEquity = 0;
          for (let c = 0; c < plan.cohorts.length; c++) {
            if (w.disposed[c] === 1 || plan.cohorts[c].purchaseDay >= days) continue;
            leftProject += w.basisProject[c];
            leftEquity += w.basisEquity[c];
          }
          const salvage = metrics[METRIC.salvageAtHorizonUsd];
          terminalProject = salvage - leftProject + (tax.coinBasis ? held * price - coinBasis : 0);
          machinesEquity = salvage - leftEquity;
          terminalEquity = machinesEquity + (tax.coinBasis ? (held - deficit) * price - equityCoinBasis : 0);
        }
        if (d === yearEnds[year]) {
          yearTax(yearOp + gainProject - depProject + terminalProject, tax.rule, w.taxProject);
          after[d] -= w.taxProject[TAX_DUE];
          projectTaxPaid += w.taxProject[TAX_DUE];
        }
        if (!defaulted) {
          const income =
            yearOp +
            gainEquity -
            depEquity -
            yearInterest -
            yearLease +
            yearHedge +
            terminalEquity -
            depositForfeited;
          const pool = w.taxEquity[TAX_POOL];
          yearTax(income, tax.rule, w.taxEquity);
          const due = w.taxEquity[TAX_DUE];
          if (machinesEquity !== 0) {
            // The same year without the machines' sale at the horizon, from the same losses carried.
            HORIZON_SCRATCH[TAX_POOL] = pool;
            yearTax(income - machinesEquity, tax.rule, HORIZON_SCRATCH);
            horizonSaleTax = due - HORIZON_SCRATCH[TAX_DUE];
          }
          eq[d] -= due;
          cashOnHand -= due;
          taxPaid += due;
          w.taxByYear[year] += due;
          w.lossCarriedByYear[year] = w.taxEquity[TAX_POOL];
          // The hedges' income after a default is taxed at the tax years' ends that follow.
          if (defaultDay === d) {
            yearHedge = 0;
            w.taxAtDefaultUsd = due;
            w.lossCarriedAtDefaultUsd = w.taxEquity[TAX_POOL];
          }
        } else if (d === yearEnds[year]) {
          // After a default the owners' income is their hedges' alone, taxed with the losses they
          // carried forward.
          yearTax(yearHedge, tax.rule, w.taxEquity);
          const due = w.taxEquity[TAX_DUE];
          eq[d] -= due;
          taxPaid += due;
          w.taxByYear[year] += due;
          w.lossCarriedByYear[year] = w.taxEquity[TAX_POOL];
        }
        if (d === yearEnds[year]) {
          year++;
          yearOp = 0;
          gainProject = 0;
          gainEquity = 0;
          yearInterest = 0;
          yearLease = 0;
          yearHedge = 0;
        }
      }
    }

    if (d === last && defaultDay < 0) {
      // Balances left at the horizon are repaid out of its value (balloonAtHorizon), their
      // accrued interest with the day's payments above.
      for (let i = 0; i < loans.length; i++) eq[d] -= w.balance[i];
      // The coins the equity's calls sold are not in its value at the horizon.
      eq[d] -= deficit * price;
    }
    if (after[d] !== flow[d]) {
      afterTax.days[afterTax.count] = d;
      afterTax.values[afterTax.count++] = after[d];
    }
    if (defaulted) {
      // After a default only the hedges and their tax move the owners' position (listed where not
      // zero; the days after the default count no project flow).
      if (eq[d] !== 0) {
        equity.days[equity.count] = d;
        equity.values[equity.count++] = eq[d];
      }
      equityCum += eq[d];
      equityPosition = equityCum;
      if (equityPayback < 0) {
        if (equityPosition < 0) atStake = true;
        else if (atStake && d >= paybackFrom) equityPayback = d;
      }
    } else {
      if (eq[d] !== flow[d]) {
        equity.days[equity.count] = d;
        equity.values[equity.count++] = eq[d];
      }
      // Its terminal value is the project's less the coins its calls sold (not in its position), and
      // the tax on the machines valued at the horizon with it.
      equityCum += d === last ? eq[d] - terminal + deficit * price + horizonSaleTax : eq[d];
      equityPosition = defaultDay === d ? equityCum : equityCum + (held - deficit) * price;
      if (equityPayback < 0) {
        if (equityPosition < 0) atStake = true;
        else if (atStake && d >= paybackFrom) equityPayback = d;
      }
    }
    if (d === nextCheckpoint) {
      workspace.checkpointValues[equitySeries + checkpoint++] = equityPosition;
      nextCheckpoint = checkpoint < checkpointCount ? checkpoints[checkpoint] : days;
    }
    if (++d >= days) break;
  }
  measureBookFlows(plan, metrics, w, flow, days, blocksMade, financed, projectTaxPaid, defaultDay);
  metrics[METRIC.equityPaybackDay] = reportedPaybackDay(equityPayback, atStake, paybackFrom, plan.days);
  // The last day is always run in full (a book event): its position is the timeline's last week.
  metrics[METRIC.equityNetAtHorizonUsd] = equityPosition;
  metrics[METRIC.marginCall] = marginCall;
  metrics[METRIC.firstMarginCallDay] = firstCallDay >= 0 ? firstCallDay : Number.NaN;
  metrics[METRIC.marginCallsMet] = callsMet;
  metrics[METRIC.marginCallsUsd] = callsUsd;
  metrics[METRIC.defaulted] = defaultDay >= 0 ? 1 : 0;
  metrics[METRIC.defaultDay] = defaultDay >= 0 ? defaultDay : Number.NaN;
  metrics[METRIC.interestPaidUsd] = interestPaid;
  metrics[METRIC.taxPaidUsd] = taxPaid;
  metrics[METRIC.lossCarriedUsd] = plan.books?.tax == null ? 0 : w.taxEquity[TAX_POOL];
  metrics[METRIC.hedgeNetUsd] = hedgeNet;
  w.horizonSaleTaxUsd = horizonSaleTax;
  metrics[METRIC.depreciationUsd] = depreciationTotal;
  const coins = metrics[METRIC.coinsMined];
  // Power net of curtailment credits, as the cost of power is reported (path-metrics.ts).
  const cashCost = metrics[METRIC.powerCostNetUsd] + metrics[METRIC.otherCostsUsd];
  metrics[METRIC.cashCostPerCoinUsd] = perCoin(cashCost, coins);
  metrics[METRIC.allInCostPerCoinUsd] =
    tax !== null && tax.depreciation !== null ? perCoin(cashCost + allInDepreciation, coins) : Number.NaN;
}

/** Scratch of yearTax for the horizon's tax without the machines' sale (one pass at a time a thread). */
const HORIZON_SCRATCH = new Float64Array(2);

/** Relative rounding of the coins held as recovered from the positions (net - cash) / price. */
const COIN_ROUNDING = 1e-9;
