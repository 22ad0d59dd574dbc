// The deterministic per-path kernel: one market path in, the fleet's daily economics and the
// path's metrics out. The Monte Carlo engine calls it once per path and the back-test once, so it
// allocates nothing: all state and outputs live in a KernelWorkspace made once per plan.
//
// Day d, in order: the network steps (network.ts); each cohort in its running window
// (deployDay <= d < min(retireDay, brickDay)) earns coins by its share of the difficulty and pays
// power, hosting and maintenance on its alive units, unless the shutdown rule switches it off
// (then it pays hosting and maintenance only); units then wear and fail, so day d's output uses
// the units alive at its start. Capex is paid on max(purchaseDay, 0); a cohort is sold on its
// retireDay unless bricked before. The treasury turns coins and costs into cash and held coins.
// Assumptions: hosting is charged on IT kW (not PUE-scaled, not uptime-scaled, reserved capacity);
// power is uptime- and PUE-scaled; a bricked cohort is written off on brickDay (no resale, no
// further opex); hashprice is gross of the pool fee.

import { internalRateOfReturn } from '../stats/irr.js';
import type { Uniform } from './failures.js';
import { drawCohortFailures, drawFailureUniforms, resetFleetState } from './fleet-state.js';
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

const SECONDS_PER_DAY = 86_400;

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
): Float64Array {
  return simulatePathWith(plan, path, workspace, rng, plan.tariffUsdPerKwh, path.priceUsd);
}

/** simulatePath with the tariff and price series given separately (break-even searches pass constants). */
export function simulatePathWith(
  plan: SimulationPlan,
  path: MarketPath,
  workspace: M.KernelWorkspace,
  rng: Uniform,
  tariffUsdPerKwh: Float64Array,
  priceUsd: Float64Array,
): Float64Array {
  M.assertWorkspaceFits(plan, path, workspace, tariffUsdPerKwh, priceUsd);
  resetFleetState(workspace.fleet, plan);
  N.resetNetworkState(workspace.network, plan);
  workspace.metrics.fill(0);
  const uniforms =
    rng === null ? null : drawFailureUniforms(workspace.fleet, plan.days, rng, workspace.failureUniforms);
  runDays(plan, path, workspace, uniforms, tariffUsdPerKwh, priceUsd);
  finishMetrics(plan, priceUsd, workspace);
  return workspace.metrics;
}

/**
 * The day loop. Totals accumulate in the metric slots as the days go, not in locals written out
 * after the loop: V8 compiles this loop on-stack while the first path runs, before any code past
 * the loop has type feedback, and code there would deoptimize on every later path.
 */
function runDays(
  plan: SimulationPlan,
  path: MarketPath,
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
  const deployHashprice = fleet.deployHashpriceUsd;
  const { capexDay, capexUsd, deployDay, endDay, saleDay, hashrateHs, unitKw, uptime } = fleet;
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
  const network = workspace.network;
  const hashesPerDifficulty = plan.protocol.hashesPerDifficulty;
  // Hashprice per TH/s for Bitcoin, per kH/s for Monero: the units analysts quote.
  const hashpriceUnitHs = plan.protocol.coin === 'bitcoin' ? 1e12 : 1e3;
  const keep = 1 - plan.poolFee;
  const shutdown = plan.operation === OPERATION_SHUTDOWN_UNPROFITABLE;
  const treasury = plan.treasury;
  const hostingUsdPerKwDay = plan.hostingUsdPerKwDay;
  const pue = plan.pue;
  const discountPerDay = plan.discountPerDay;
  const feesPerBlock = path.feesPerBlock;
  const fixedUsdPerDay = plan.fixedUsdPerDay;

  // Payback is looked for from the first capex on (day 0 for a fleet that costs nothing).
  let firstCapexDay = days;
  for (let c = 0; c < cohortCount; c++) {
    if (capexUsd[c] > 0 && capexDay[c] < firstCapexDay) firstCapexDay = capexDay[c];
  }
  if (firstCapexDay === days) firstCapexDay = 0;
  metrics[M.METRIC_PAYBACK_DAY] = Number.NaN;
  let cash = 0;
  let held = 0;
  let discount = 1;

  for (let d = 0; d < days; d++) {
    const price = priceUsd[d];
    N.stepNetworkDay(network, plan, path, d);
    const difficulty = network[N.NET_DAY_DIFFICULTY];
    // Gross coins one H/s earns today.
    const coinsPerHs =
      difficulty > 0
        ? (SECONDS_PER_DAY * (network[N.NET_DAY_SUBSIDY] + feesPerBlock[d])) /
          (difficulty * hashesPerDifficulty)
        : 0;
    const hashprice = coinsPerHs * price * hashpriceUnitHs;
    const powerUsdPerKw = tariffUsdPerKwh[d] * 24 * pue;

    let coins = 0;
    let power = 0;
    let hosting = 0;
    let maintenance = 0;
    let capex = 0;
    let salvage = 0;
    let fleetHs = 0;
    let running = 0;
    let off = 0;
    for (let c = 0; c < cohortCount; c++) {
      if (d === capexDay[c]) capex += capexUsd[c];
      if (d === saleDay[c]) {
        salvage += resaleUsd(cohorts[c], alive[c], hashprice, deployHashprice[c]);
        alive[c] = 0;
      }
      if (d < deployDay[c] || d >= endDay[c]) continue;
      if (Number.isNaN(deployHashprice[c])) deployHashprice[c] = hashprice;
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
    if (d >= firstCapexDay && position >= 0 && Number.isNaN(metrics[M.METRIC_PAYBACK_DAY])) {
      metrics[M.METRIC_PAYBACK_DAY] = d;
    }
    metrics[M.METRIC_NPV_USD] += (cash - previousCash) * discount;
    discount *= discountPerDay;
    metrics[M.METRIC_COINS_MINED] += coins;
    metrics[M.METRIC_REVENUE_USD] += revenue;
    metrics[M.METRIC_POWER_COST_USD] += power;
    metrics[M.METRIC_OTHER_COSTS_USD] += hosting + maintenance + fixed;
    metrics[M.METRIC_CAPEX_USD] += capex;
    metrics[M.METRIC_SALVAGE_REALIZED_USD] += salvage;
    metrics[M.METRIC_DAYS_SHUT_DOWN] += off > 0 ? 1 : 0;
    metrics[M.METRIC_MEAN_HASHPRICE_USD] += hashprice;
    metrics[M.METRIC_FINAL_HASHPRICE_USD] = hashprice;
    metrics[M.METRIC_FINAL_CASH_USD] = cash;
    metrics[M.METRIC_FINAL_HELD_COINS] = held;
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
        checkpointValues[5 * checkpointCount + checkpoint] = difficulty;
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
      trace.difficulty[d] = difficulty;
      trace.hashpriceUsd[d] = hashprice;
      trace.revenueUsd[d] = revenue;
      trace.powerUsd[d] = power;
      trace.runningCohorts[d] = running;
      trace.shutDownCohorts[d] = off;
      trace.height[d] = network[N.NET_DAY_START_HEIGHT];
      trace.subsidyPerBlock[d] = network[N.NET_DAY_SUBSIDY];
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
