// Everything the per-path kernel writes, preallocated once per plan and reused for every path:
// the fleet's per-cohort columns, the network state, the per-day net position and cash flows, the
// metric slots, scratch series for break-even searches and, on request, the daily trace. A run
// overwrites all of it, so copy what you keep before the next path.

import { SERIES_COUNT } from './checkpoints.js';
import { createFleetDays, type FleetDays } from './fleet-days.js';
import { createFleetState, type FleetState } from './fleet-state.js';
import { createNetworkDays, createNetworkState, type NetworkDays, type NetworkState } from './network.js';
import type { MarketPath, SimulationPlan } from './plan.js';

// Metric slots of KernelWorkspace.metrics. Money in USD, durations in day indexes.
/** First day index (from the first capex day on) with net position >= 0; NaN when never within the horizon. */
export const METRIC_PAYBACK_DAY = 0;
/** Cash + held coins at the last day's price, on the last day (no unrealized salvage). */
export const METRIC_NET_POSITION_USD = 1;
/** Net position at the horizon / total capex; NaN without capex. */
export const METRIC_ROI = 2;
/** (Net position + resale value of cohorts still held at the horizon) / total capex. */
export const METRIC_ROI_WITH_SALVAGE = 3;
/** Daily cash flows discounted at plan.discountPerDay, plus final holdings and salvage on the last day. */
export const METRIC_NPV_USD = 4;
/** Annualised IRR of the same flows; NaN when undefined. */
export const METRIC_IRR_ANNUAL = 5;
/** Coins credited to the fleet after the pool fee. */
export const METRIC_COINS_MINED = 6;
/** (Power + hosting + maintenance + fixed) / coins mined. */
export const METRIC_OPEX_PER_COIN_USD = 7;
/** (Opex + capex - realized salvage - salvage at the horizon) / coins mined. */
export const METRIC_ALL_IN_PER_COIN_USD = 8;
/** Coins mined valued at the price of the day they were mined. */
export const METRIC_REVENUE_USD = 9;
export const METRIC_POWER_COST_USD = 10;
/** Hosting + maintenance + fixed costs. */
export const METRIC_OTHER_COSTS_USD = 11;
export const METRIC_CAPEX_USD = 12;
/** Resale received on retire days. */
export const METRIC_SALVAGE_REALIZED_USD = 13;
/** Resale value of cohorts still held (not retired, not bricked) at the horizon. */
export const METRIC_SALVAGE_AT_HORIZON_USD = 14;
/** Days on which at least one running cohort was switched off as unprofitable. */
export const METRIC_DAYS_SHUT_DOWN = 15;
/** Mean of the daily hashprice (USD per PH/s per day for Bitcoin, per kH/s per day for Monero). */
export const METRIC_MEAN_HASHPRICE_USD = 16;
export const METRIC_FINAL_CASH_USD = 17;
export const METRIC_FINAL_HELD_COINS = 18;
/** Hashprice on the last day (what horizon salvage is valued at). */
export const METRIC_FINAL_HASHPRICE_USD = 19;
export const METRIC_COUNT = 20;

/** Metric names in slot order, for tables and CSV headers. */
export const METRIC_NAMES: readonly string[] = [
  'paybackDay',
  'netPositionUsd',
  'roi',
  'roiWithSalvage',
  'npvUsd',
  'irrAnnual',
  'coinsMined',
  'opexPerCoinUsd',
  'allInPerCoinUsd',
  'revenueUsd',
  'powerCostUsd',
  'otherCostsUsd',
  'capexUsd',
  'salvageRealizedUsd',
  'salvageAtHorizonUsd',
  'daysShutDown',
  'meanHashpriceUsd',
  'finalCashUsd',
  'finalHeldCoins',
  'finalHashpriceUsd',
];

/** Per-day columns, filled only when the workspace was created with `trace: true`. */
export interface KernelTrace {
  priceUsd: Float64Array;
  /** Difficulty the day's revenue used (harmonic time-weighted mean on a retarget day). */
  difficulty: Float64Array;
  /** Height at the start of the day (fractional). */
  height: Float64Array;
  /** Mean subsidy (Bitcoin) or base reward (Monero) per block, coins. */
  subsidyPerBlock: Float64Array;
  hashpriceUsd: Float64Array;
  /** Hashrate of the cohorts hashing that day (after uptime), H/s. */
  fleetHashrateHs: Float64Array;
  coinsMined: Float64Array;
  revenueUsd: Float64Array;
  powerUsd: Float64Array;
  hostingUsd: Float64Array;
  maintenanceUsd: Float64Array;
  fixedUsd: Float64Array;
  capexUsd: Float64Array;
  salvageUsd: Float64Array;
  /** End-of-day cash, USD. */
  cashUsd: Float64Array;
  /** End-of-day coins held. */
  heldCoins: Float64Array;
  /** Cohorts within their running window (deployed, not retired, not bricked). */
  runningCohorts: Float64Array;
  /** Running cohorts switched off as unprofitable. */
  shutDownCohorts: Float64Array;
}

export const TRACE_COLUMNS: readonly (keyof KernelTrace)[] = [
  'priceUsd',
  'difficulty',
  'height',
  'subsidyPerBlock',
  'hashpriceUsd',
  'fleetHashrateHs',
  'coinsMined',
  'revenueUsd',
  'powerUsd',
  'hostingUsd',
  'maintenanceUsd',
  'fixedUsd',
  'capexUsd',
  'salvageUsd',
  'cashUsd',
  'heldCoins',
  'runningCohorts',
  'shutDownCohorts',
];

export interface KernelWorkspace {
  days: number;
  cohortCount: number;
  /** End-of-day net position (cash + held coins at the day's price), always filled. */
  netPositionUsd: Float64Array;
  /** Change of cash each day; the last day also holds final holdings and salvage at the horizon. */
  cashFlowUsd: Float64Array;
  metrics: Float64Array;
  trace: KernelTrace | null;
  /** Day index of each weekly checkpoint (empty: none kept). */
  checkpoints: Int32Array;
  /** Checkpoint values of the last path, series-major: [s * checkpoints.length + i] (see checkpoints.ts). */
  checkpointValues: Float64Array;
  fleet: FleetState;
  /** The fleet's per-day columns of the path. */
  fleetDays: FleetDays;
  network: NetworkState;
  /** The path's network, day by day (network.ts fillNetworkDays). */
  networkDays: NetworkDays;
  /** Per cohort (cohort-major, days each): one unit's hashrate after uptime and wear, H/s (kernel.ts). */
  unitHashrate: Float64Array;
  /** Per cohort (cohort-major, days each): coins one alive unit earns after the pool fee (kernel.ts). */
  unitCoins: Float64Array;
  /** The plan the unit tables were filled for (with the current network tables); null before. */
  unitTablesPlan: SimulationPlan | null;
  /** Scratch: the capex and salvage of a fleet-event day, then the NPV and IRR (kernel.ts). */
  dayEvents: Float64Array;
  /** Scratch constant series for break-even searches. */
  scratchTariffUsdPerKwh: Float64Array;
  scratchPriceUsd: Float64Array;
}

export interface KernelWorkspaceOptions {
  /** Fill every per-day trace column (back-tests). */
  trace?: boolean;
  /** Keep the values of these checkpoint days (Monte Carlo timelines; see checkpoints.ts). */
  checkpoints?: Int32Array;
}

export function createKernelWorkspace(
  plan: SimulationPlan,
  options: KernelWorkspaceOptions = {},
): KernelWorkspace {
  const days = plan.days;
  const cohortCount = plan.cohorts.length;
  return {
    days,
    cohortCount,
    netPositionUsd: new Float64Array(days),
    cashFlowUsd: new Float64Array(days),
    metrics: new Float64Array(METRIC_COUNT),
    trace: options.trace === true ? createTrace(days) : null,
    checkpoints: options.checkpoints ?? new Int32Array(0),
    checkpointValues: new Float64Array(SERIES_COUNT * (options.checkpoints?.length ?? 0)),
    fleet: createFleetState(cohortCount),
    fleetDays: createFleetDays(days),
    network: createNetworkState(),
    networkDays: createNetworkDays(days),
    unitHashrate: new Float64Array(days * cohortCount),
    unitCoins: new Float64Array(days * cohortCount),
    unitTablesPlan: null,
    dayEvents: new Float64Array(2),
    scratchTariffUsdPerKwh: new Float64Array(days),
    scratchPriceUsd: new Float64Array(days),
  };
}

function createTrace(days: number): KernelTrace {
  const trace = {} as KernelTrace;
  for (const column of TRACE_COLUMNS) trace[column] = new Float64Array(days);
  return trace;
}

/** Throws when `workspace` was made for another plan shape or a daily series is too short. */
export function assertWorkspaceFits(
  plan: SimulationPlan,
  path: MarketPath,
  workspace: KernelWorkspace,
  tariffUsdPerKwh: Float64Array,
  priceUsd: Float64Array,
): void {
  const days = plan.days;
  if (workspace.days !== days || workspace.cohortCount !== plan.cohorts.length) {
    throw new Error(
      `kernel: workspace made for ${workspace.days} days x ${workspace.cohortCount} cohorts, plan has ${days} x ${plan.cohorts.length}`,
    );
  }
  const shortest = Math.min(
    priceUsd.length,
    tariffUsdPerKwh.length,
    plan.fixedUsdPerDay.length,
    path.networkHashrateHs.length,
    path.feesPerBlock.length,
    path.difficulty === undefined ? days : path.difficulty.length,
    path.blocks === undefined ? days : path.blocks.length,
  );
  if (shortest < days) throw new Error(`kernel: a daily series has ${shortest} days, the plan needs ${days}`);
}
