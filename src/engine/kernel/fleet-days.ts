// The fleet's side of a path, cohort by cohort: per-unit tables of each cohort's hashrate and
// coins by day, and the per-day columns of every cohort but the last (the kernel's treasury runs
// the last one inside its own day loop). Each cohort's days run in one tight loop with its state in
// locals; failures are applied between stretches of days, so the loop makes no call.

import type { NetworkDays } from '../../model/network-day-tables.js';
import { hashpriceUnitHs, OPERATION_SHUTDOWN_UNPROFITABLE, type SimulationPlan } from '../compile/plan.js';
import type { Uniform } from './failures.js';
import { type FleetState, failCohort, nextFailureDay } from './fleet-state.js';
import { resaleHashpriceAt } from './salvage.js';
import { sameEveryDay } from './same-every-day.js';

/** The kernel's per-day fleet columns (runFleetColumns): sums over the cohorts running that day. */
export interface FleetDays {
  /** Coins credited (after the pool fee) by the cohorts hashing. */
  coins: Float64Array;
  /** Power bill of the cohorts hashing, USD. */
  power: Float64Array;
  /** Nameplate hosting of the cohorts running, and metered hosting of those hashing, USD. */
  hosting: Float64Array;
  /** Curtailment credits of the cohorts hashing, USD. */
  credits: Float64Array;
  maintenance: Float64Array;
  /** Cohorts in their running window. */
  running: Float64Array;
  /** Running cohorts switched off as unprofitable. */
  off: Float64Array;
  /** Hashrate of the cohorts hashing (after uptime), H/s. */
  hashrateHs: Float64Array;
  /** Hashrate the cohorts switched off as unprofitable would hash (after uptime), H/s. */
  offHs: Float64Array;
}

/**
 * What the fleet's day loops read and write of the kernel's workspace (a KernelWorkspace is one;
 * workspace.ts builds it, so this file names the parts rather than importing the whole).
 */
export interface FleetWorkspace {
  /** Days the workspace was made for (the per-cohort tables' stride). */
  days: number;
  fleet: FleetState;
  fleetDays: FleetDays;
  networkDays: Pick<NetworkDays, 'coinsPerHs' | 'difficulty' | 'subsidySteps'>;
  /** Per cohort and day: one alive unit's hashrate after uptime and wear, H/s. */
  unitHashrate: Float64Array;
  /** The plan unitHashrate was filled for (filled once a plan). */
  unitHashratePlan: SimulationPlan | null;
  /** The daily trace, when kept (back-tests): only whether there is one matters here. */
  trace: object | null;
}

export function createFleetDays(days: number): FleetDays {
  const column = () => new Float64Array(days);
  return {
    coins: column(),
    power: column(),
    hosting: column(),
    credits: column(),
    maintenance: column(),
    running: column(),
    off: column(),
    hashrateHs: column(),
    offHs: column(),
  };
}

/**
 * The fleet's cohorts but the last, cohort by cohort: each cohort's running days in one tight loop
 * with its state in locals, adding its coins, power, hosting, credits, maintenance and counts into the
 * per-day columns of workspace.fleetDays (the first cohort writes every day, zeros outside its
 * window, the others add to it, so no column needs clearing). The last cohort runs inside the
 * treasury's day loop (treasury.ts runTreasury), so a one-cohort fleet needs no columns at all.
 * Also notes every cohort's resale hashprice on its first running day (the week's mean to it:
 * salvage.ts resaleHashpriceAt).
 */
export function runFleetColumns(
  plan: SimulationPlan,
  workspace: FleetWorkspace,
  rng: Uniform,
  tariffUsdPerKwh: Float64Array,
  priceUsd: Float64Array,
): void {
  const days = plan.days;
  const fleet = workspace.fleet;
  const cohortCount = fleet.aliveUnits.length;
  const { coins, power, hosting, credits, maintenance, running, off, hashrateHs, offHs } =
    workspace.fleetDays;
  const dayCoinsPerHs = workspace.networkDays.coinsPerHs;
  const { unitHashrate } = workspace;
  const keep = 1 - plan.poolFee;
  const hashpriceUnit = hashpriceUnitHs(plan.protocol.coin);
  const shutdown = plan.operation === OPERATION_SHUTDOWN_UNPROFITABLE;
  // Columns only some readers need are left out of the cohorts after the first when no reader
  // needs them: the running count and the hashrate on and off are read by the shut-down share
  // (always 0 when the fleet is always on) and the trace. Adding a cohort's zero hosting or
  // maintenance would leave a column's bits unchanged, so a cohort without them skips them.
  const traced = workspace.trace !== null;
  const counted = traced || shutdown;
  // A tariff that is the same every day (the common flat price) lets the plain cohorts' loop
  // form a day's power once a stretch; NaN when it varies (see addCoinsAndPower).
  const flatTariff = cohortCount > 2 ? sameEveryDay(tariffUsdPerKwh, days) : Number.NaN;
  for (let c = 0; c < cohortCount; c++) {
    const from = runningFrom(fleet, c);
    if (from < runningTo(fleet, c, days)) {
      fleet.deployHashpriceUsd[c] =
        resaleHashpriceAt(plan, workspace.networkDays, priceUsd, from) * hashpriceUnit;
    }
  }
  for (let c = 0; c < cohortCount - 1; c++) {
    const from = runningFrom(fleet, c);
    const to = runningTo(fleet, c, days);
    if (c === 0) {
      // The first cohort lays down every day: zeros before and after its window (skipped here,
      // written below).
      for (let d = 0; d < days; d++) {
        if (d >= from && d < to) d = to - 1;
        else {
          coins[d] = 0;
          power[d] = 0;
          hosting[d] = 0;
          credits[d] = 0;
          maintenance[d] = 0;
          running[d] = 0;
          off[d] = 0;
          hashrateHs[d] = 0;
          offHs[d] = 0;
        }
      }
    }
    if (from >= to) continue;
    const first = c === 0;
    const unitDailyKwh = fleet.unitDailyKwh[c];
    const unitHostingUsd = fleet.unitHostingUsd[c];
    const unitMeteredUsd = fleet.unitMeteredUsd[c];
    const unitCreditUsd = fleet.unitCreditUsd[c];
    const maintenanceUsdPerUnit = fleet.maintenanceUsdPerUnitDay[c];
    const survival = 1 - fleet.failureProbPerDay[c];
    const table = c * days;
    let units = fleet.aliveUnits[c];
    let nextFailure = rng === null ? -1 : nextFailureDay(fleet, c, from, rng);
    // A cohort after the first that only adds coins and power (always on, no hosting, credits or
    // maintenance, no trace): its stretches go through a loop that does only that.
    const plain =
      !first &&
      !shutdown &&
      !traced &&
      unitHostingUsd === 0 &&
      unitMeteredUsd === 0 &&
      unitCreditUsd === 0 &&
      maintenanceUsdPerUnit === 0;
    let d = from;
    while (d < to) {
      const stop = nextFailure >= d && nextFailure < to ? nextFailure + 1 : to;
      if (plain) {
        fleet.aliveUnits[c] = units;
        addCoinsAndPower(workspace, c, d, stop, keep, rng === null, tariffUsdPerKwh, flatTariff);
        units = fleet.aliveUnits[c];
        d = stop;
      }
      for (; d < stop; d++) {
        // The same cohort-day as in treasury.ts runTreasury's day loop.
        const unitHs = unitHashrate[table + d];
        const cohortHs = units * unitHs;
        // One unit's coins as the treasury works out the last cohort's (the same bits).
        const cohortCoins = units * (unitHs * dayCoinsPerHs[d] * keep);
        const cohortPower = units * unitDailyKwh * tariffUsdPerKwh[d];
        const cohortMetered = units * unitMeteredUsd;
        const cohortCredit = units * unitCreditUsd;
        // The shutdown rule weighs what running costs and brings in (model/hosting.ts).
        const isOff = shutdown && cohortCoins * priceUsd[d] + cohortCredit < cohortPower + cohortMetered;
        if (first) {
          hosting[d] = units * unitHostingUsd + (isOff ? 0 : cohortMetered);
          credits[d] = isOff ? 0 : cohortCredit;
          maintenance[d] = units * maintenanceUsdPerUnit;
          running[d] = 1;
          off[d] = isOff ? 1 : 0;
          coins[d] = isOff ? 0 : cohortCoins;
          power[d] = isOff ? 0 : cohortPower;
          hashrateHs[d] = isOff ? 0 : cohortHs;
          offHs[d] = isOff ? cohortHs : 0;
        } else {
          if (unitHostingUsd !== 0) hosting[d] += units * unitHostingUsd;
          if (maintenanceUsdPerUnit !== 0) maintenance[d] += units * maintenanceUsdPerUnit;
          if (counted) running[d] += 1;
          if (isOff) {
            off[d] += 1;
            offHs[d] += cohortHs;
          } else {
            coins[d] += cohortCoins;
            power[d] += cohortPower;
            hosting[d] += cohortMetered;
            credits[d] += cohortCredit;
            if (counted) hashrateHs[d] += cohortHs;
          }
        }
        // Failures land at the end of the day, so day d's output uses its starting units.
        if (rng === null) units *= survival;
      }
      if (rng !== null && d - 1 === nextFailure) {
        fleet.aliveUnits[c] = units;
        failCohort(fleet, c, nextFailure, rng);
        units = fleet.aliveUnits[c];
        nextFailure = nextFailureDay(fleet, c, d, rng);
      }
    }
    fleet.aliveUnits[c] = units;
  }
}

/**
 * Cohort `c`'s days [from, stop) when it adds only coins and power to the columns: the arithmetic
 * of runFleetColumns' loop for such a cohort, to the bit. Units alive are read from and left in
 * fleet.aliveUnits (decaying by the expected survival a day when `decay`). `flatTariff` is the
 * tariff of every day when it is the same every day (sameEveryDay), NaN otherwise.
 */
function addCoinsAndPower(
  workspace: FleetWorkspace,
  c: number,
  from: number,
  stop: number,
  keep: number,
  decay: boolean,
  tariffUsdPerKwh: Float64Array,
  flatTariff: number,
): void {
  const { coins, power } = workspace.fleetDays;
  const dayCoinsPerHs = workspace.networkDays.coinsPerHs;
  const unitHashrate = workspace.unitHashrate;
  const fleet = workspace.fleet;
  const unitDailyKwh = fleet.unitDailyKwh[c];
  const survival = 1 - fleet.failureProbPerDay[c];
  const table = c * workspace.days;
  let units = fleet.aliveUnits[c];
  if (!decay) {
    // Units stay whole through the stretch (failures come between stretches), so the power's
    // first product, (units x kWh) x tariff evaluated left to right, is the same every day:
    // worked out once, it gives the same bits, and the loop without the decay's branch and
    // multiply runs in little more than half the time.
    const unitsKwh = units * unitDailyKwh;
    let d = from;
    if (!Number.isNaN(flatTariff)) {
      // The same tariff every day: the day's power is one product, formed once. Two days a turn
      // (each day's sums as ever, in the same order): the two days' chains interleave, about a
      // third faster on this loop, which a fleet of many cohorts spends most of its time in.
      const dayPower = unitsKwh * flatTariff;
      for (; d + 1 < stop; d += 2) {
        const first = units * (unitHashrate[table + d] * dayCoinsPerHs[d] * keep);
        const second = units * (unitHashrate[table + d + 1] * dayCoinsPerHs[d + 1] * keep);
        coins[d] += first;
        coins[d + 1] += second;
        power[d] += dayPower;
        power[d + 1] += dayPower;
      }
    } else {
      for (; d + 1 < stop; d += 2) {
        const first = units * (unitHashrate[table + d] * dayCoinsPerHs[d] * keep);
        const second = units * (unitHashrate[table + d + 1] * dayCoinsPerHs[d + 1] * keep);
        coins[d] += first;
        coins[d + 1] += second;
        power[d] += unitsKwh * tariffUsdPerKwh[d];
        power[d + 1] += unitsKwh * tariffUsdPerKwh[d + 1];
      }
    }
    if (d < stop) {
      coins[d] += units * (unitHashrate[table + d] * dayCoinsPerHs[d] * keep);
      power[d] += unitsKwh * tariffUsdPerKwh[d];
    }
    return;
  }
  for (let d = from; d < stop; d++) {
    coins[d] += units * (unitHashrate[table + d] * dayCoinsPerHs[d] * keep);
    power[d] += units * unitDailyKwh * tariffUsdPerKwh[d];
    units *= survival;
  }
  fleet.aliveUnits[c] = units;
}

/**
 * Per cohort and day of its running window, one alive unit's hashrate after uptime and the wear
 * since deployment (workspace.unitHashrate). It depends on the plan alone, so it is filled once a
 * plan; the day loops multiply it by the day's coins per H/s and the units alive.
 */
export function fillUnitTables(plan: SimulationPlan, workspace: FleetWorkspace): void {
  if (workspace.unitHashratePlan === plan) return;
  const days = plan.days;
  const fleet = workspace.fleet;
  const unitHashrate = workspace.unitHashrate;
  for (let c = 0; c < fleet.aliveUnits.length; c++) {
    const hashrate = fleet.hashrateHs[c] * fleet.uptime[c];
    const degradation = fleet.degradationPerDay[c];
    const table = c * days;
    let wear = 1;
    for (let d = runningFrom(fleet, c), to = runningTo(fleet, c, days); d < to; d++) {
      unitHashrate[table + d] = hashrate * wear;
      wear *= degradation;
    }
  }
  workspace.unitHashratePlan = plan;
}

/** First day cohort `c` runs: its deployment day, or day 0. */
export function runningFrom(fleet: FleetState, c: number): number {
  return Math.max(Math.ceil(fleet.deployDay[c]), 0);
}

/** Day after cohort `c`'s last running day: its end (retired or bricked), or the horizon. */
export function runningTo(fleet: FleetState, c: number, days: number): number {
  return Math.min(Math.ceil(fleet.endDay[c]), days);
}
