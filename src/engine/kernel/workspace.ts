// Everything the per-path kernel writes, preallocated once per plan and reused for every path:
// the fleet's per-cohort columns, the network state, the per-day net position and cash flows, the
// metric slots, scratch series for break-even searches and, on request, the daily trace. A run
// overwrites all of it, so copy what you keep before the next path.

import { coversCoins } from '../../model/finance/books-plan.js';
import { createNetworkDays, type NetworkDays } from '../../model/network-day-tables.js';
import { createNetworkState, type NetworkState } from '../../model/network-state.js';
import type { MarketPath, SimulationPlan } from '../compile/plan.js';
import { type BooksWorkspace, createBooksWorkspace } from './books-workspace.js';
import { SERIES_COUNT } from './checkpoints.js';
import { createFleetDays, type FleetDays } from './fleet-days.js';
import { createFleetState, type FleetState } from './fleet-state.js';
import { METRIC_COUNT } from './metrics.js';

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
  /** Curtailment credits earned by the cohorts hashing, USD (a cash inflow; powerUsd is gross of them). */
  creditsUsd: Float64Array;
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
  'creditsUsd',
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
  /** The path's metrics, laid out as metrics.ts METRICS. */
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
  /**
   * Per cohort (cohort-major, days each): one unit's hashrate after uptime and wear, H/s
   * (fleet-days.ts, treasury.ts).
   */
  unitHashrate: Float64Array;
  /** The plan the unit hashrate table was filled for (it depends on nothing else); null before. */
  unitHashratePlan: SimulationPlan | null;
  /** Scratch: the capex and salvage of a fleet-event day, then the NPV and IRR (treasury.ts). */
  dayEvents: Float64Array;
  /** Scratch constant series for break-even searches. */
  scratchTariffUsdPerKwh: Float64Array;
  scratchPriceUsd: Float64Array;
  /**
   * The coins the fleet mined each day (after the pool fee and a site's share), kept for a plan
   * with a forward or a hedging option (hedge-cover.ts); empty otherwise, and then not written.
   */
  dayCoins: Float64Array;
  /** The books' columns (books.ts); null when the plan has no financing or tax. */
  books: BooksWorkspace | null;
  /** Which of the plan's day tables hold one value every day (treasury-lean.ts). */
  flat: FlatTables;
}

/** The plan's tariff and fixed costs when each is the same every day, NaN otherwise; for `plan`. */
export interface FlatTables {
  plan: SimulationPlan | null;
  tariffUsdPerKwh: number;
  fixedUsdPerDay: number;
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
    // A loan's covenant reads the failures drawn (covenant.ts); a plan of the same shape has the
    // same loans (assertWorkspaceFits), so a workspace without a loan never needs the log.
    fleet: createFleetState(cohortCount, plan.books !== null && plan.books.loans.length > 0 ? days : 0),
    fleetDays: createFleetDays(days),
    network: createNetworkState(),
    networkDays: createNetworkDays(days),
    unitHashrate: new Float64Array(days * cohortCount),
    unitHashratePlan: null,
    dayEvents: new Float64Array(2),
    scratchTariffUsdPerKwh: new Float64Array(days),
    scratchPriceUsd: new Float64Array(days),
    dayCoins: new Float64Array(dayCoinsLength(plan)),
    books: createBooksWorkspace(plan),
    flat: { plan: null, tariffUsdPerKwh: Number.NaN, fixedUsdPerDay: Number.NaN },
  };
}

/** The days of coins a workspace keeps for `plan` (KernelWorkspace.dayCoins). */
function dayCoinsLength(plan: SimulationPlan): number {
  return plan.books?.hedges.some(coversCoins) === true ? plan.days : 0;
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
  const books = plan.books;
  const wb = workspace.books;
  if (
    (books === null) !== (wb === null) ||
    (books !== null &&
      wb !== null &&
      (wb.balance.length !== books.loans.length ||
        wb.nextLease.length !== books.leases.length ||
        wb.nextHedge.length !== books.hedges.length)) ||
    workspace.dayCoins.length !== dayCoinsLength(plan)
  )
    throw new Error('kernel: workspace made for a plan with other financing or tax');
  const shortest = Math.min(
    priceUsd.length,
    tariffUsdPerKwh.length,
    plan.fixedUsdPerDay.length,
    path.networkHashrateHs.length,
    path.feesPerBlock.length,
    path.difficulty === undefined ? days : path.difficulty.length,
    path.blocks === undefined ? days : path.blocks.length,
    path.issuance === undefined ? days : path.issuance.length,
    path.feesPerSubsidy === undefined ? days : path.feesPerSubsidy.length,
  );
  if (shortest < days) throw new Error(`kernel: a daily series has ${shortest} days, the plan needs ${days}`);
}
