// The deterministic per-path kernel: one market path in, the fleet's daily economics and the
// path's metrics out. The Monte Carlo engine calls it once per path and the back-test once, so it
// allocates nothing: all state and outputs live in a KernelWorkspace made once per plan.
//
// First the network is stepped through every day of the path into tables (network.ts; kept from
// the previous path when the market's network is the same on every path). Then day d, in order:
// fleet events (capex, a first running day, a sale), handled out of the loop on their days; each
// cohort in its running window (deployDay <= d < min(retireDay, brickDay)) earns coins by its
// share of the difficulty and pays power, hosting and maintenance on its alive units, unless the
// shutdown rule switches it off (then it pays hosting and maintenance only); units then wear and
// fail, so day d's output uses the units alive at its start. Capex is paid on max(purchaseDay, 0);
// a cohort is sold on its retireDay unless bricked before. The treasury turns coins and costs into
// cash and held coins.
// Assumptions: hosting is charged on IT kW (not PUE-scaled, not uptime-scaled, reserved capacity);
// power is uptime- and PUE-scaled; a bricked cohort is written off on brickDay (no resale, no
// further opex); hashprice is gross of the pool fee.

import { internalRateOfReturn, netPresentValue } from '../stats/irr.js';
import type { Uniform } from './failures.js';
import { drawCohortFailures, drawFailureUniforms, type FleetState, resetFleetState } from './fleet-state.js';
import * as N from './network.js';
import {
  type MarketPath,
  OPERATION_SHUTDOWN_UNPROFITABLE,
  type SimulationPlan,
  TREASURY_HOLD,
  TREASURY_SELL_DAILY,
} from './plan.js';
import { resaleUsd, salvageAtHorizonUsd } from './salvage.js';
import * as M from './workspace.js';

export type { Uniform } from './failures.js';

/**
 * Runs `plan` over `path`, writing net positions, cash flows, metrics (and the trace, if enabled)
 * into `workspace`; returns workspace.metrics. With `rng` the failures are drawn (one uniform per
 * cohort per running day, see failures.ts); with null, alive units decay by the expected fraction.
 */
export function simulatePath(
  plan: SimulationPlan,
  path: MarketPath,
  workspace: M.KernelWorkspace,
  rng: Uniform = null,
  reuseNetwork = false,
): Float64Array {
  return simulatePathWith(plan, path, workspace, rng, plan.tariffUsdPerKwh, path.priceUsd, reuseNetwork);
}

/**
 * simulatePath with the tariff and price series given separately (break-even searches pass
 * constants). With `reuseNetwork` the network tables of the previous call on this workspace are
 * kept: the caller vouches that the path's hashrate, difficulty, blocks and fees are unchanged
 * (the same path again, or a market whose network series are the same on every path).
 */
export function simulatePathWith(
  plan: SimulationPlan,
  path: MarketPath,
  workspace: M.KernelWorkspace,
  rng: Uniform,
  tariffUsdPerKwh: Float64Array,
  priceUsd: Float64Array,
  reuseNetwork = false,
): Float64Array {
  M.assertWorkspaceFits(plan, path, workspace, tariffUsdPerKwh, priceUsd);
  if (!reuseNetwork) N.fillNetworkDays(workspace.networkDays, workspace.network, plan, path);
  resetFleetState(workspace.fleet, plan);
  workspace.metrics.fill(0);
  const uniforms =
    rng === null ? null : drawFailureUniforms(workspace.fleet, plan.days, rng, workspace.failureUniforms);
  runDays(plan, workspace, uniforms, tariffUsdPerKwh, priceUsd);
  finishMetrics(plan, priceUsd, workspace);
  return workspace.metrics;
}

/**
 * The day loop, over the network tables filled before it. Totals accumulate in locals and are
 * stored in the metric slots after the loop.
 */
function runDays(
  plan: SimulationPlan,
  workspace: M.KernelWorkspace,
  uniforms: Float64Array | null,
  tariffUsdPerKwh: Float64Array,
  priceUsd: Float64Array,
): void {
  const days = plan.days;
  const cohorts = plan.cohorts;
  const cohortCount = cohorts.length;
  const fleet = workspace.fleet;
  const alive = fleet.aliveUnits;
  const wear = fleet.wearFactor;
  const { capexDay, capexUsd, deployDay, endDay, hashrateHs, unitKw, uptime } = fleet;
  const { maintenanceUsdPerUnitDay, degradationPerDay, failureProbPerDay, failureThreshold } = fleet;
  let drawn = 0;
  const metrics = workspace.metrics;
  const netPosition = workspace.netPositionUsd;
  const cashFlow = workspace.cashFlowUsd;
  const trace = workspace.trace;
  // Weekly checkpoints (Monte Carlo timelines): sums since the last checkpoint, written out on
  // checkpoint days, so paths need no per-day trace and no second pass over their days.
  const checkpoints = workspace.checkpoints;
  const checkpointCount = checkpoints.length;
  const checkpointValues = workspace.checkpointValues;
  let checkpoint = 0;
  let nextCheckpointDay = checkpointCount > 0 ? checkpoints[0] : -1;
  let spanStart = 0;
  let sumRevenue = 0;
  let sumPower = 0;
  let sumRunning = 0;
  let sumOff = 0;
  const networkDays = workspace.networkDays;
  const dayCoinsPerHs = networkDays.coinsPerHs;
  const dayDifficulty = networkDays.difficulty;
  // Hashprice per TH/s for Bitcoin, per kH/s for Monero: the units analysts quote.
  const hashpriceUnitHs = plan.protocol.coin === 'bitcoin' ? 1e12 : 1e3;
  const keep = 1 - plan.poolFee;
  const shutdown = plan.operation === OPERATION_SHUTDOWN_UNPROFITABLE;
  const treasury = plan.treasury;
  const hostingUsdPerKwDay = plan.hostingUsdPerKwDay;
  const pue = plan.pue;
  const fixedUsdPerDay = plan.fixedUsdPerDay;

  // Payback is looked for from the first capex on (day 0 for a fleet that costs nothing).
  let firstCapexDay = days;
  for (let c = 0; c < cohortCount; c++) {
    if (capexUsd[c] > 0 && capexDay[c] < firstCapexDay) firstCapexDay = capexDay[c];
  }
  if (firstCapexDay === days) firstCapexDay = 0;
  // Whole-number loop state stays whole (no NaN or Infinity sentinels), so V8 keeps it untagged.
  let paybackDay = -1;
  let cash = 0;
  let held = 0;
  let coinsMined = 0;
  let revenueTotal = 0;
  let powerTotal = 0;
  let otherTotal = 0;
  let capexTotal = 0;
  let salvageTotal = 0;
  let daysShutDown = 0;
  let hashpriceSum = 0;
  const events = workspace.dayEvents;
  let nextEventDay = nextFleetEvent(fleet, -1);

  for (let d = 0; d < days; d++) {
    const price = priceUsd[d];
    const coinsPerHs = dayCoinsPerHs[d];
    const hashprice = coinsPerHs * price * hashpriceUnitHs;
    const powerUsdPerKw = tariffUsdPerKwh[d] * 24 * pue;

    let capex = 0;
    let salvage = 0;
    if (d === nextEventDay) {
      // A purchase, a first running day or a sale: rare days, handled out of the loop.
      fleetEvents(plan, fleet, d, hashprice, events);
      capex = events[EVENT_CAPEX];
      salvage = events[EVENT_SALVAGE];
      capexTotal += capex;
      salvageTotal += salvage;
      nextEventDay = nextFleetEvent(fleet, d);
    }
    let coins = 0;
    let power = 0;
    let hosting = 0;
    let maintenance = 0;
    let fleetHs = 0;
    let running = 0;
    let off = 0;
    for (let c = 0; c < cohortCount; c++) {
      if (d < deployDay[c] || d >= endDay[c]) continue;
      const units = alive[c];
      const itKw = units * unitKw[c];
      const cohortHs = units * hashrateHs[c] * wear[c] * uptime[c];
      const cohortCoins = cohortHs * coinsPerHs * keep;
      const cohortPower = itKw * uptime[c] * powerUsdPerKw;
      running++;
      hosting += itKw * hostingUsdPerKwDay;
      maintenance += units * maintenanceUsdPerUnitDay[c];
      if (shutdown && cohortCoins * price < cohortPower) off++;
      else {
        coins += cohortCoins;
        power += cohortPower;
        fleetHs += cohortHs;
      }
      // Wear and failures land at the end of the day, so day d's output uses its starting units.
      // Inlined here rather than in a helper: through a call, V8 boxed a double per cohort-day.
      wear[c] *= degradationPerDay[c];
      if (uniforms === null) alive[c] = units * (1 - failureProbPerDay[c]);
      else if (uniforms[drawn++] > failureThreshold[c]) drawCohortFailures(fleet, c, uniforms, drawn - 1);
    }

    const fixed = fixedUsdPerDay[d];
    const revenue = coins * price;
    const costs = power + hosting + maintenance + fixed;
    const previousCash = cash;
    if (treasury === TREASURY_SELL_DAILY) cash += revenue + salvage - costs - capex;
    else if (treasury === TREASURY_HOLD) {
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
    if (paybackDay < 0 && position >= 0 && d >= firstCapexDay) paybackDay = d;
    coinsMined += coins;
    revenueTotal += revenue;
    powerTotal += power;
    otherTotal += hosting + maintenance + fixed;
    if (off > 0) daysShutDown++;
    hashpriceSum += hashprice;
    if (checkpointCount > 0) {
      sumRevenue += revenue;
      sumPower += power;
      sumRunning += running;
      sumOff += off;
      if (d === nextCheckpointDay) {
        // Series-major, in the order of checkpoints.ts SERIES; flows are averages over the span.
        const span = d - spanStart + 1;
        checkpointValues[checkpoint] = position;
        checkpointValues[checkpointCount + checkpoint] = sumRevenue / span;
        checkpointValues[2 * checkpointCount + checkpoint] = sumPower / span;
        checkpointValues[3 * checkpointCount + checkpoint] = hashprice;
        checkpointValues[4 * checkpointCount + checkpoint] = price;
        checkpointValues[5 * checkpointCount + checkpoint] = dayDifficulty[d];
        checkpointValues[6 * checkpointCount + checkpoint] = sumRunning > 0 ? sumOff / sumRunning : 0;
        checkpoint++;
        nextCheckpointDay = checkpoint < checkpointCount ? checkpoints[checkpoint] : -1;
        spanStart = d + 1;
        sumRevenue = 0;
        sumPower = 0;
        sumRunning = 0;
        sumOff = 0;
      }
    }
    if (trace !== null) {
      trace.priceUsd[d] = price;
      trace.difficulty[d] = dayDifficulty[d];
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
      trace.maintenanceUsd[d] = maintenance;
      trace.fixedUsd[d] = fixed;
      trace.capexUsd[d] = capex;
      trace.salvageUsd[d] = salvage;
      trace.cashUsd[d] = cash;
      trace.heldCoins[d] = held;
    }
  }
  metrics[M.METRIC_PAYBACK_DAY] = paybackDay < 0 ? Number.NaN : paybackDay;
  metrics[M.METRIC_NPV_USD] = netPresentValue(cashFlow, days, plan.discountPerDay);
  metrics[M.METRIC_COINS_MINED] = coinsMined;
  metrics[M.METRIC_REVENUE_USD] = revenueTotal;
  metrics[M.METRIC_POWER_COST_USD] = powerTotal;
  metrics[M.METRIC_OTHER_COSTS_USD] = otherTotal;
  metrics[M.METRIC_CAPEX_USD] = capexTotal;
  metrics[M.METRIC_SALVAGE_REALIZED_USD] = salvageTotal;
  metrics[M.METRIC_DAYS_SHUT_DOWN] = daysShutDown;
  metrics[M.METRIC_MEAN_HASHPRICE_USD] = hashpriceSum;
  metrics[M.METRIC_FINAL_HASHPRICE_USD] =
    days > 0 ? dayCoinsPerHs[days - 1] * priceUsd[days - 1] * hashpriceUnitHs : 0;
  metrics[M.METRIC_FINAL_CASH_USD] = cash;
  metrics[M.METRIC_FINAL_HELD_COINS] = held;
}

const NO_EVENT = 2 ** 30;
const EVENT_CAPEX = 0;
const EVENT_SALVAGE = 1;

/**
 * Day `d`'s fleet events, in cohort order: capex paid, survivors sold (at the day's hashprice), and
 * the hashprice noted on a cohort's first running day (hashprice-linked resale). Writes the day's
 * capex and salvage into `events`.
 */
function fleetEvents(
  plan: SimulationPlan,
  fleet: FleetState,
  d: number,
  hashprice: number,
  events: Float64Array,
): void {
  let capex = 0;
  let salvage = 0;
  const cohorts = plan.cohorts;
  for (let c = 0; c < cohorts.length; c++) {
    if (d === fleet.capexDay[c]) capex += fleet.capexUsd[c];
    if (d === fleet.saleDay[c]) {
      salvage += resaleUsd(cohorts[c], fleet.aliveUnits[c], hashprice, fleet.deployHashpriceUsd[c]);
      fleet.aliveUnits[c] = 0;
    }
    if (d === firstRunningDay(fleet, c)) fleet.deployHashpriceUsd[c] = hashprice;
  }
  events[EVENT_CAPEX] = capex;
  events[EVENT_SALVAGE] = salvage;
}

/** The first day cohort `c` runs (deployDay <= d < endDay, d >= 0), or -1 when it never does. */
function firstRunningDay(fleet: FleetState, c: number): number {
  const first = Math.max(Math.ceil(fleet.deployDay[c]), 0);
  return first < fleet.endDay[c] ? first : -1;
}

/** The first day after `d` with a fleet event (see fleetEvents), or -1 when none is left. */
function nextFleetEvent(fleet: FleetState, d: number): number {
  let next = NO_EVENT;
  for (let c = 0; c < fleet.capexDay.length; c++) {
    const capexDay = fleet.capexDay[c];
    const saleDay = fleet.saleDay[c];
    const runDay = firstRunningDay(fleet, c);
    if (capexDay > d && capexDay < next) next = capexDay;
    if (saleDay > d && saleDay < next) next = saleDay;
    if (runDay > d && runDay < next) next = runDay;
  }
  return next === NO_EVENT ? -1 : next | 0;
}

/** Turns the accumulated totals into the path's metrics: horizon salvage, NPV and IRR terminal flows, ratios. */
function finishMetrics(plan: SimulationPlan, priceUsd: Float64Array, workspace: M.KernelWorkspace): void {
  const metrics = workspace.metrics;
  const days = plan.days;
  if (days === 0) {
    metrics.fill(Number.NaN);
    return;
  }
  const fleet = workspace.fleet;
  const last = days - 1;
  const salvageAtHorizon = salvageAtHorizonUsd(
    plan,
    fleet.aliveUnits,
    fleet.deployHashpriceUsd,
    metrics[M.METRIC_FINAL_HASHPRICE_USD],
  );
  // Held coins are valued at the last price and the fleet at its resale value, as a last-day inflow.
  const terminalUsd = metrics[M.METRIC_FINAL_HELD_COINS] * priceUsd[last] + salvageAtHorizon;
  workspace.cashFlowUsd[last] += terminalUsd;
  metrics[M.METRIC_NPV_USD] += terminalUsd * plan.discountPerDay ** last;
  metrics[M.METRIC_IRR_ANNUAL] = internalRateOfReturn(workspace.cashFlowUsd, days, 365);

  const net = workspace.netPositionUsd[last];
  const capex = metrics[M.METRIC_CAPEX_USD];
  const coins = metrics[M.METRIC_COINS_MINED];
  const opex = metrics[M.METRIC_POWER_COST_USD] + metrics[M.METRIC_OTHER_COSTS_USD];
  const capexNetOfResale = capex - metrics[M.METRIC_SALVAGE_REALIZED_USD] - salvageAtHorizon;
  metrics[M.METRIC_NET_POSITION_USD] = net;
  metrics[M.METRIC_ROI] = capex > 0 ? net / capex : Number.NaN;
  metrics[M.METRIC_ROI_WITH_SALVAGE] = capex > 0 ? (net + salvageAtHorizon) / capex : Number.NaN;
  metrics[M.METRIC_OPEX_PER_COIN_USD] = coins > 0 ? opex / coins : Number.NaN;
  metrics[M.METRIC_ALL_IN_PER_COIN_USD] = coins > 0 ? (opex + capexNetOfResale) / coins : Number.NaN;
  metrics[M.METRIC_SALVAGE_AT_HORIZON_USD] = salvageAtHorizon;
  metrics[M.METRIC_MEAN_HASHPRICE_USD] /= days;
}
