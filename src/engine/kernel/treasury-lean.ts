// The treasury's day loop for the common fleet: one cohort, coins sold as mined, no revenue share
// and no daily trace (every Monte Carlo path of such a plan). It is treasury.ts runTreasury with
// those features' branches and state taken out, so that V8 keeps the day's state in registers,
// and with a tariff or fixed costs that are the same every day held in a local rather than read
// from their day tables (each typed-array read costs V8 a map check, a base load and a bounds
// check). Every value is the same expression on the same operands in the same order as there, so
// every output is the same to the bit: a `0 +` or a `held * price` that looks idle stays, because
// it turns a -0 into +0 exactly as the general loop does. A change to the day's economics goes
// into both loops, and into this one's plain stretches (always on, flat tariff and fixed costs);
// test/engine/treasury-lean.test.ts runs both on the same paths and compares their bits.

import {
  hashpriceUnitHs,
  OPERATION_SHUTDOWN_UNPROFITABLE,
  paybackFromDay,
  reportedPaybackDay,
  type SimulationPlan,
  TREASURY_SELL_DAILY,
} from '../compile/plan.js';
import { writeCheckpoint } from './checkpoint-write.js';
import type { Uniform } from './failures.js';
import { runningFrom, runningTo } from './fleet-days.js';
import { EVENT_CAPEX, EVENT_SALVAGE, fleetEvents, nextFleetEvent } from './fleet-events.js';
import { failCohort, nextFailureDay } from './fleet-state.js';
import { METRIC } from './metrics.js';
import { resaleHashpriceAt } from './salvage.js';
import { sameEveryDay } from './same-every-day.js';
import type * as M from './workspace.js';

// NaN as a module constant: `Number.NaN` is a property read, which V8 compiles from what the
// interpreter saw at that spot. The first paths of a run seldom reach these spots (a break-even
// search's tariff), so the loop, compiled before they did, was thrown away and compiled again when
// one did, and the run sometimes kept a slower compilation for good (a path without payback:
// compile/plan.ts reportedPaybackDay()).
const NOT_FLAT = Number.NaN;

/** True when runLeanTreasury gives the plan's path the general loop's bits. */
export function isLean(plan: SimulationPlan, workspace: M.KernelWorkspace): boolean {
  const contract = plan.contract;
  return (
    workspace.fleet.aliveUnits.length === 1 &&
    workspace.trace === null &&
    workspace.dayCoins.length === 0 &&
    plan.treasury === TREASURY_SELL_DAILY &&
    !(contract.siteShare > 0 || contract.recoverUsd > 0)
  );
}

/**
 * The plan's tariff and fixed costs when each is the same on every day (NaN when it is not),
 * worked out once a plan and kept in the workspace: a plan's tables are not changed once compiled.
 */
function flatTables(plan: SimulationPlan, workspace: M.KernelWorkspace): M.FlatTables {
  const flat = workspace.flat;
  if (flat.plan !== plan) {
    flat.plan = plan;
    flat.tariffUsdPerKwh = sameEveryDay(plan.tariffUsdPerKwh, plan.days);
    flat.fixedUsdPerDay = sameEveryDay(plan.fixedUsdPerDay, plan.days);
  }
  return flat;
}

/** runTreasury for a plan isLean accepts (see the file comment). */
export function runLeanTreasury(
  plan: SimulationPlan,
  workspace: M.KernelWorkspace,
  rng: Uniform,
  tariffUsdPerKwh: Float64Array,
  priceUsd: Float64Array,
): void {
  const days = plan.days;
  const fleet = workspace.fleet;
  const netPosition = workspace.netPositionUsd;
  const cashFlow = workspace.cashFlowUsd;
  const dayCoinsPerHs = workspace.networkDays.coinsPerHs;
  const hashpriceUnit = hashpriceUnitHs(plan.protocol.coin);
  const fixedUsdPerDay = plan.fixedUsdPerDay;
  const shutdown = plan.operation === OPERATION_SHUTDOWN_UNPROFITABLE;
  // A tariff the same every day is a local (a break-even search's own tariff series is read).
  const flat = flatTables(plan, workspace);
  const flatTariff = tariffUsdPerKwh === plan.tariffUsdPerKwh ? flat.tariffUsdPerKwh : NOT_FLAT;
  const tariffIsFlat = !Number.isNaN(flatTariff);
  const flatFixed = flat.fixedUsdPerDay;
  const fixedIsFlat = !Number.isNaN(flatFixed);
  const checkpoints = workspace.checkpoints;
  const checkpointCount = checkpoints.length;
  let checkpoint = 0;
  let nextCheckpointDay = checkpointCount > 0 ? checkpoints[0] : -1;
  let spanStart = 0;
  let sumRevenue = 0;
  let sumPower = 0;
  let sumRunning = 0;
  let sumOff = 0;

  // The one cohort, in locals (its unit hashrate table starts at 0: cohort 0 x days).
  const lastFrom = runningFrom(fleet, 0);
  const lastTo = runningTo(fleet, 0, days);
  const unitDailyKwh = fleet.unitDailyKwh[0];
  const unitHostingUsd = fleet.unitHostingUsd[0];
  const unitMeteredUsd = fleet.unitMeteredUsd[0];
  const unitCreditUsd = fleet.unitCreditUsd[0];
  const maintenanceUsdPerUnit = fleet.maintenanceUsdPerUnitDay[0];
  const survival = 1 - fleet.failureProbPerDay[0];
  const unitHashrate = workspace.unitHashrate;
  const afterPoolFee = 1 - plan.poolFee;
  let units = fleet.aliveUnits[0];
  let nextFailure = rng === null ? -1 : nextFailureDay(fleet, 0, lastFrom, rng);

  // Payback: the first day the position is back at >= 0 after money was at stake (it was below 0
  // on an earlier day; the capex, or losses, put it there), on or after the fleet's last purchase
  // (plan.ts paybackFromDay). Never below 0: nothing to pay back, day 0 (which a payback, needing
  // an earlier day below 0, can never be).
  const paybackFrom = paybackFromDay(plan);
  let atStake = false;
  let paybackDay = -1;
  let cash = 0;
  // Coins are sold as mined: none is ever held (kept for the position's expression).
  const held = 0;
  let coinsMined = 0;
  let revenueTotal = 0;
  let powerTotal = 0;
  let creditsTotal = 0;
  let otherTotal = 0;
  let capexTotal = 0;
  let salvageTotal = 0;
  let daysShutDown = 0;
  let hashpriceSum = 0;
  const events = workspace.dayEvents;
  let nextEventDay = nextFleetEvent(fleet, -1);
  // Stretches where only coins and revenue change by day (see below): always on, units that do
  // not decay by the day, a tariff and fixed costs the same every day.
  const plain = !shutdown && (rng !== null || survival === 1) && tariffIsFlat && fixedIsFlat;

  let d = 0;
  while (d < days) {
    let capexToday = 0;
    let salvageToday = 0;
    const eventToday = d === nextEventDay;
    if (eventToday) {
      fleet.aliveUnits[0] = units;
      fleetEvents(
        plan,
        fleet,
        d,
        resaleHashpriceAt(plan, workspace.networkDays, priceUsd, d) * hashpriceUnit,
        events,
      );
      units = fleet.aliveUnits[0];
      capexToday = events[EVENT_CAPEX];
      salvageToday = events[EVENT_SALVAGE];
      capexTotal += capexToday;
      salvageTotal += salvageToday;
      nextEventDay = nextFleetEvent(fleet, d);
    }
    // The stretch ends before the next fleet event, after the next failure day or checkpoint.
    let eventStop = days;
    if (nextEventDay > d && nextEventDay < eventStop) eventStop = nextEventDay;
    if (nextFailure >= d && nextFailure < eventStop) eventStop = nextFailure + 1;
    let stop = eventStop;
    if (nextCheckpointDay >= d && nextCheckpointDay < stop) stop = nextCheckpointDay + 1;
    let unitsKwh = units * unitDailyKwh;
    let cohortMetered = units * unitMeteredUsd;
    let cohortCredit = units * unitCreditUsd;
    let cohortHosting = units * unitHostingUsd;
    let cohortMaintenance = units * maintenanceUsdPerUnit;
    if (plain && !eventToday && d >= lastFrom && stop <= lastTo) {
      // A plain stretch: the cohort runs every day of it with the same units, no capex or sale,
      // and only its coins and revenue change from day to day. The day's power, hosting,
      // maintenance, credits and costs are then the same every day: each is formed once, by the
      // expression the loop below would form every day (`0 +` as its sums start from 0).
      const power = 0 + unitsKwh * flatTariff;
      const hosting = 0 + cohortHosting + cohortMetered;
      const maintenance = 0 + cohortMaintenance;
      const credits = 0 + cohortCredit;
      const costs = power + hosting + maintenance + flatFixed - credits;
      const other = hosting + maintenance + flatFixed;
      // The stretch runs on through its checkpoints (a week apart) up to the next fleet event or
      // failure day, or the cohort's last running day: each week's days, then its checkpoint,
      // written as a stretch's end writes it below, without going round the day loop's events and
      // costs again (with a stretch a week, the loop took 8.3-8.5 ns a path-day; now 6.6-6.9).
      for (;;) {
        const from = d;
        for (; d < stop; d++) {
          const price = priceUsd[d];
          const coinsPerHs = dayCoinsPerHs[d];
          const coins = 0 + units * (unitHashrate[d] * coinsPerHs * afterPoolFee);
          const revenue = coins * price;
          const previousCash = cash;
          // revenue + salvage - costs - capex with no salvage or capex: `- 0` leaves every number
          // as it is, `+ 0` not a -0, so the one stays out and the other in.
          cash += revenue + 0 - costs;
          const position = cash + held * price;
          netPosition[d] = position;
          cashFlow[d] = cash - previousCash;
          if (paybackDay < 0) {
            if (position < 0) atStake = true;
            else if (atStake && d >= paybackFrom) paybackDay = d;
          }
          coinsMined += coins;
          revenueTotal += revenue;
          powerTotal += power;
          creditsTotal += credits;
          otherTotal += other;
          hashpriceSum += coinsPerHs * price * hashpriceUnit;
          sumRevenue += revenue;
          sumPower += power;
        }
        // One running cohort a day and none off: whole numbers, so one addition gives the same sum.
        sumRunning += d - from;
        if (d !== nextCheckpointDay + 1 || d >= eventStop) break;
        writeCheckpoint(
          hashpriceUnit,
          workspace,
          priceUsd,
          checkpoint,
          d - 1,
          spanStart,
          sumRevenue,
          sumPower,
          sumRunning,
          sumOff,
        );
        checkpoint++;
        nextCheckpointDay = checkpoint < checkpointCount ? checkpoints[checkpoint] : -1;
        spanStart = d;
        sumRevenue = 0;
        sumPower = 0;
        sumRunning = 0;
        sumOff = 0;
        stop = eventStop;
        if (nextCheckpointDay >= d && nextCheckpointDay < stop) stop = nextCheckpointDay + 1;
        // A week past the cohort's last running day goes the general way, below.
        if (stop > lastTo) break;
      }
      if (d === lastTo) fleet.aliveUnits[0] = units;
    }
    for (; d < stop; d++) {
      const price = priceUsd[d];
      const coinsPerHs = dayCoinsPerHs[d];
      const hashprice = coinsPerHs * price * hashpriceUnit;
      let coins = 0;
      let power = 0;
      let hosting = 0;
      let credits = 0;
      let maintenance = 0;
      let running = 0;
      let off = 0;
      if (d >= lastFrom && d < lastTo) {
        const cohortCoins = units * (unitHashrate[d] * coinsPerHs * afterPoolFee);
        const cohortPower = unitsKwh * (tariffIsFlat ? flatTariff : tariffUsdPerKwh[d]);
        running++;
        hosting += cohortHosting;
        maintenance += cohortMaintenance;
        if (shutdown && cohortCoins * price + cohortCredit < cohortPower + cohortMetered) off++;
        else {
          coins += cohortCoins;
          power += cohortPower;
          hosting += cohortMetered;
          credits += cohortCredit;
        }
        if (rng === null) {
          units *= survival;
          unitsKwh = units * unitDailyKwh;
          cohortMetered = units * unitMeteredUsd;
          cohortCredit = units * unitCreditUsd;
          cohortHosting = units * unitHostingUsd;
          cohortMaintenance = units * maintenanceUsdPerUnit;
        }
        if (d === lastTo - 1) fleet.aliveUnits[0] = units;
      }
      const capex = capexToday;
      const salvage = salvageToday;
      capexToday = 0;
      salvageToday = 0;
      const fixed = fixedIsFlat ? flatFixed : fixedUsdPerDay[d];
      const revenue = coins * price;
      const costs = power + hosting + maintenance + fixed - credits;
      const previousCash = cash;
      cash += revenue + salvage - costs - capex;
      const position = cash + held * price;
      netPosition[d] = position;
      cashFlow[d] = cash - previousCash;
      if (paybackDay < 0) {
        if (position < 0) atStake = true;
        else if (atStake && d >= paybackFrom) paybackDay = d;
      }
      coinsMined += coins;
      revenueTotal += revenue;
      powerTotal += power;
      creditsTotal += credits;
      otherTotal += hosting + maintenance + fixed;
      if (off > 0) daysShutDown++;
      hashpriceSum += hashprice;
      if (checkpointCount > 0) {
        sumRevenue += revenue;
        sumPower += power;
        sumRunning += running;
        sumOff += off;
      }
    }
    if (d - 1 === nextCheckpointDay) {
      writeCheckpoint(
        hashpriceUnit,
        workspace,
        priceUsd,
        checkpoint,
        d - 1,
        spanStart,
        sumRevenue,
        sumPower,
        sumRunning,
        sumOff,
      );
      checkpoint++;
      nextCheckpointDay = checkpoint < checkpointCount ? checkpoints[checkpoint] : -1;
      spanStart = d;
      sumRevenue = 0;
      sumPower = 0;
      sumRunning = 0;
      sumOff = 0;
    }
    if (d - 1 === nextFailure && rng !== null) {
      fleet.aliveUnits[0] = units;
      failCohort(fleet, 0, nextFailure, rng);
      units = fleet.aliveUnits[0];
      nextFailure = nextFailureDay(fleet, 0, d, rng);
    }
  }
  const metrics = workspace.metrics;
  metrics[METRIC.paybackDay] = reportedPaybackDay(paybackDay, atStake, paybackFrom, plan.days);
  metrics[METRIC.coinsMined] = coinsMined;
  metrics[METRIC.revenueUsd] = revenueTotal;
  metrics[METRIC.powerCostUsd] = powerTotal;
  metrics[METRIC.curtailmentCreditsUsd] = creditsTotal;
  metrics[METRIC.otherCostsUsd] = otherTotal;
  metrics[METRIC.capexUsd] = capexTotal;
  metrics[METRIC.salvageRealizedUsd] = salvageTotal;
  metrics[METRIC.daysShutDown] = daysShutDown;
  metrics[METRIC.meanHashpriceUsd] = hashpriceSum;
  metrics[METRIC.finalHashpriceUsd] =
    days > 0 ? dayCoinsPerHs[days - 1] * priceUsd[days - 1] * hashpriceUnit : 0;
  metrics[METRIC.finalCashUsd] = cash;
  metrics[METRIC.finalHeldCoins] = held;
  // A lean plan has no revenue share: no waterfall recovers (as the general loop reports it).
  metrics[METRIC.waterfallRecoveredDay] = Number.NaN;
}
