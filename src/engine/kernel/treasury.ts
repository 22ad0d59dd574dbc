// The treasury's general day loop, for every plan treasury-lean.ts (one cohort selling daily, no
// share, no trace) does not take. A change to the day's economics goes into both loops
// (test/engine/treasury-lean.test.ts compares their bits).

import {
  hashpriceUnitHs,
  OPERATION_SHUTDOWN_UNPROFITABLE,
  paybackFromDay,
  reportedPaybackDay,
  type SimulationPlan,
  TREASURY_HOLD,
  TREASURY_SELL_DAILY,
} from '../compile/plan.js';
import { writeCheckpoint } from './checkpoint-write.js';
import type { Uniform } from './failures.js';
import { runningFrom, runningTo } from './fleet-days.js';
import { EVENT_CAPEX, EVENT_SALVAGE, fleetEvents, nextFleetEvent } from './fleet-events.js';
import { failCohort, nextFailureDay } from './fleet-state.js';
import { METRIC } from './metrics.js';
import { resaleHashpriceAt } from './salvage.js';
import type * as M from './workspace.js';

/**
 * The treasury, day by day: fleet events, the last cohort's day (the others' are in the fleet's
 * per-day columns, see fleet-days.ts), revenue and costs into cash and held coins, the net position and
 * the day's cash flow, the payback day and the totals (stored in the metric slots after the loop).
 */
export function runTreasury(
  plan: SimulationPlan,
  workspace: M.KernelWorkspace,
  rng: Uniform,
  tariffUsdPerKwh: Float64Array,
  priceUsd: Float64Array,
): void {
  const days = plan.days;
  const fleet = workspace.fleet;
  const fleetDays = workspace.fleetDays;
  const columns = fleet.aliveUnits.length > 1;
  const metrics = workspace.metrics;
  const netPosition = workspace.netPositionUsd;
  const cashFlow = workspace.cashFlowUsd;
  const trace = workspace.trace;
  const networkDays = workspace.networkDays;
  const dayCoinsPerHs = networkDays.coinsPerHs;
  const hashpriceUnit = hashpriceUnitHs(plan.protocol.coin);
  const treasury = plan.treasury;
  const fixedUsdPerDay = plan.fixedUsdPerDay;
  const shutdown = plan.operation === OPERATION_SHUTDOWN_UNPROFITABLE;
  // The treasury's rule as booleans in locals: the day loop reads no imported constant (V8 checks
  // an imported binding on every read).
  const sellDaily = treasury === TREASURY_SELL_DAILY;
  const holdCoins = treasury === TREASURY_HOLD;
  // Weekly checkpoints (Monte Carlo timelines): sums since the last checkpoint, written out on
  // checkpoint days, so paths need no per-day trace and no second pass over their days.
  const checkpoints = workspace.checkpoints;
  const checkpointCount = checkpoints.length;
  let checkpoint = 0;
  let nextCheckpointDay = checkpointCount > 0 ? checkpoints[0] : -1;
  let spanStart = 0;
  let sumRevenue = 0;
  let sumPower = 0;
  let sumRunning = 0;
  let sumOff = 0;
  // A revenue share keeps the owner's part of the coins; a waterfall changes it once the owner's
  // margin (its coins' value - power + credits) adds up to recoverUsd, from the next day on.
  const contract = plan.contract;
  let keep = 1 - contract.siteShare;
  const recoverUsd = contract.recoverUsd;
  let recovered = 0;
  let waterfallRecoveredDay = Number.NaN;
  // Without a share the day loop skips both (a loop-invariant branch, nearly free).
  const shared = contract.siteShare > 0 || recoverUsd > 0;
  // The day's coins kept for the hedges' cover (hedge-cover.ts), with a forward or a hedging option only.
  const dayCoins = workspace.dayCoins;
  const keepsCoins = dayCoins.length > 0;

  // The last cohort, in locals (none: an empty window).
  const last = fleet.aliveUnits.length - 1;
  const lastFrom = last < 0 ? 0 : runningFrom(fleet, last);
  const lastTo = last < 0 ? 0 : runningTo(fleet, last, days);
  const unitDailyKwh = last < 0 ? 0 : fleet.unitDailyKwh[last];
  const unitHostingUsd = last < 0 ? 0 : fleet.unitHostingUsd[last];
  const unitMeteredUsd = last < 0 ? 0 : fleet.unitMeteredUsd[last];
  const unitCreditUsd = last < 0 ? 0 : fleet.unitCreditUsd[last];
  const maintenanceUsdPerUnit = last < 0 ? 0 : fleet.maintenanceUsdPerUnitDay[last];
  const survival = last < 0 ? 1 : 1 - fleet.failureProbPerDay[last];
  const table = last < 0 ? 0 : last * days;
  const unitHashrate = workspace.unitHashrate;
  const afterPoolFee = 1 - plan.poolFee;
  let units = last < 0 ? 0 : fleet.aliveUnits[last];
  let nextFailure = last < 0 || rng === null ? -1 : nextFailureDay(fleet, last, lastFrom, rng);

  // Payback: the first day the position is back at >= 0 after money was at stake (it was below 0
  // on an earlier day; the capex, or losses, put it there), on or after the fleet's last purchase
  // (plan.ts paybackFromDay). Never below 0: nothing to pay back, day 0 (which a payback, needing
  // an earlier day below 0, can never be).
  const paybackFrom = paybackFromDay(plan);
  let atStake = false;
  // Whole-number loop state stays whole (no NaN or Infinity sentinels), so V8 keeps it untagged.
  let paybackDay = -1;
  let cash = 0;
  let held = 0;
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

  // The days run in stretches without a fleet event or a failure of the last cohort: those are
  // handled between stretches, so the day loop itself makes no call (a call inside it, even on a
  // rare branch, costs V8's register allocation about a quarter of the loop's time).
  let d = 0;
  while (d < days) {
    let capexToday = 0;
    let salvageToday = 0;
    if (d === nextEventDay) {
      // A purchase or a sale on day d: its capex and salvage enter the day's flows below.
      if (last >= 0) fleet.aliveUnits[last] = units;
      fleetEvents(plan, fleet, d, resaleHashpriceAt(plan, networkDays, priceUsd, d) * hashpriceUnit, events);
      if (last >= 0) units = fleet.aliveUnits[last];
      capexToday = events[EVENT_CAPEX];
      salvageToday = events[EVENT_SALVAGE];
      capexTotal += capexToday;
      salvageTotal += salvageToday;
      nextEventDay = nextFleetEvent(fleet, d);
    }
    let stop = days;
    if (nextEventDay > d && nextEventDay < stop) stop = nextEventDay;
    if (nextFailure >= d && nextFailure < stop) stop = nextFailure + 1;
    // A checkpoint day ends its stretch too: its values are written after the loop, which so
    // carries only the sums since the last checkpoint.
    if (nextCheckpointDay >= d && nextCheckpointDay < stop) stop = nextCheckpointDay + 1;
    // The last cohort's products of its units alive, which change only between stretches (events,
    // failures) unless units decay by the expected survival every day (then they are redone after
    // each decay). Each is the same product the day would form, so hoisting it moves no bit.
    let unitsKwh = units * unitDailyKwh;
    let cohortMetered = units * unitMeteredUsd;
    let cohortCredit = units * unitCreditUsd;
    let cohortHosting = units * unitHostingUsd;
    let cohortMaintenance = units * maintenanceUsdPerUnit;
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
      let fleetHs = 0;
      let offHs = 0;
      if (columns) {
        coins = fleetDays.coins[d];
        power = fleetDays.power[d];
        hosting = fleetDays.hosting[d];
        credits = fleetDays.credits[d];
        maintenance = fleetDays.maintenance[d];
        running = fleetDays.running[d];
        off = fleetDays.off[d];
        fleetHs = fleetDays.hashrateHs[d];
        offHs = fleetDays.offHs[d];
      }
      if (d >= lastFrom && d < lastTo) {
        // The same cohort-day as in fleet-days.ts runFleetColumns: one unit's coins are its
        // hashrate times the day's coins per H/s after the pool fee, worked out here rather than
        // in a table filled every path (a pass over the days less).
        const cohortCoins = units * (unitHashrate[table + d] * coinsPerHs * afterPoolFee);
        const cohortPower = unitsKwh * tariffUsdPerKwh[d];
        running++;
        hosting += cohortHosting;
        maintenance += cohortMaintenance;
        if (shutdown && cohortCoins * price + cohortCredit < cohortPower + cohortMetered) {
          off++;
          offHs += units * unitHashrate[table + d];
        } else {
          coins += cohortCoins;
          power += cohortPower;
          hosting += cohortMetered;
          credits += cohortCredit;
          if (trace !== null || shutdown) fleetHs += units * unitHashrate[table + d];
        }
        if (rng === null) {
          units *= survival;
          unitsKwh = units * unitDailyKwh;
          cohortMetered = units * unitMeteredUsd;
          cohortCredit = units * unitCreditUsd;
          cohortHosting = units * unitHostingUsd;
          cohortMaintenance = units * maintenanceUsdPerUnit;
        }
        if (d === lastTo - 1) {
          // The window ends: what the sale and the horizon's salvage see.
          fleet.aliveUnits[last] = units;
        }
      }
      const capex = capexToday;
      const salvage = salvageToday;
      capexToday = 0;
      salvageToday = 0;
      const fixed = fixedUsdPerDay[d];
      if (shared) {
        coins *= keep;
        if (recovered < recoverUsd) {
          recovered += coins * price - power + credits;
          if (recovered >= recoverUsd) {
            keep = 1 - contract.siteShareAfter;
            waterfallRecoveredDay = d;
          }
        }
      }
      const revenue = coins * price;
      const costs = power + hosting + maintenance + fixed - credits;
      const previousCash = cash;
      if (sellDaily) cash += revenue + salvage - costs - capex;
      else if (holdCoins) {
        held += coins;
        cash += salvage - costs - capex;
      } else {
        // Sell-to-cover: sell just enough of the stack to pay what the day's cash-in does not cover.
        held += coins;
        const due = costs + capex - salvage;
        let sold = due > 0 && price > 0 ? due / price : 0;
        if (sold > held) sold = held;
        held -= sold;
        cash += sold * price - due;
      }
      const position = cash + held * price;
      netPosition[d] = position;
      cashFlow[d] = cash - previousCash;
      if (paybackDay < 0) {
        if (position < 0) atStake = true;
        else if (atStake && d >= paybackFrom) paybackDay = d;
      }
      coinsMined += coins;
      if (keepsCoins) dayCoins[d] = coins;
      revenueTotal += revenue;
      powerTotal += power;
      creditsTotal += credits;
      otherTotal += hosting + maintenance + fixed;
      if (off > 0) daysShutDown++;
      hashpriceSum += hashprice;
      if (checkpointCount > 0) {
        sumRevenue += revenue;
        sumPower += power;
        // The shut-down share weighs each cohort by its hashrate: the day's share of the running
        // fleet's hashrate switched off, averaged over the days any cohort runs (one cohort: the
        // share of its running days it is off, as treasury-lean.ts counts it).
        if (running > 0) sumRunning++;
        if (off > 0 && offHs > 0) sumOff += offHs / (fleetHs + offHs);
      }
      if (trace !== null) {
        trace.priceUsd[d] = price;
        trace.difficulty[d] = networkDays.difficulty[d];
        trace.hashpriceUsd[d] = hashprice;
        trace.revenueUsd[d] = revenue;
        trace.powerUsd[d] = power;
        trace.runningCohorts[d] = running;
        trace.shutDownCohorts[d] = off;
        trace.height[d] = networkDays.startHeight[d];
        trace.subsidyPerBlock[d] = networkDays.subsidy[d];
        trace.fleetHashrateHs[d] = fleetHs;
        trace.coinsMined[d] = coins;
        trace.hostingUsd[d] = hosting;
        trace.creditsUsd[d] = credits;
        trace.maintenanceUsd[d] = maintenance;
        trace.fixedUsd[d] = fixed;
        trace.capexUsd[d] = capex;
        trace.salvageUsd[d] = salvage;
        trace.cashUsd[d] = cash;
        trace.heldCoins[d] = held;
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
      // The last cohort's failure day has just ended: its units fail now.
      fleet.aliveUnits[last] = units;
      failCohort(fleet, last, nextFailure, rng);
      units = fleet.aliveUnits[last];
      nextFailure = nextFailureDay(fleet, last, d, rng);
    }
  }
  metrics[METRIC.paybackDay] = reportedPaybackDay(paybackDay, atStake, paybackFrom, plan.days);
  metrics[METRIC.coinsMined] = coinsMined;
  metrics[METRIC.waterfallRecoveredDay] = waterfallRecoveredDay;
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
}
