// The deterministic per-path kernel: one market path in, the fleet's daily economics and the
// path's metrics out. The Monte Carlo engine calls it once per path and the back-test once, so it
// allocates nothing: all state and outputs live in a KernelWorkspace made once per plan.
//
// First the network is stepped through every day of the path into tables (network.ts; kept from
// the previous path when the market's network is the same on every path). Then the cohorts: each
// one in its running window (deployDay <= d < min(retireDay, brickDay)) earns coins by its share
// of the difficulty and pays power, hosting and maintenance on its alive units, unless the
// shutdown rule switches it off (then it pays hosting and maintenance only); units then wear and
// fail, so day d's output uses the units alive at its start. All cohorts but the last are run one
// after the other into per-day columns (fleet-days.ts); the last runs inside the treasury's day
// loop (treasury.ts), which adds the columns, pays capex on max(purchaseDay, 0), sells a cohort on
// its retireDay unless bricked before (fleet-events.ts), and turns coins and costs into cash and
// held coins. A one-cohort fleet, the common case, so runs in a single loop with all its state in
// locals; the path's metrics are then finished in path-metrics.ts.
// Assumptions: nameplate hosting is charged on IT kW (not PUE-scaled, not uptime-scaled, reserved
// capacity), metered hosting and curtailment credits only on days a cohort runs, and a revenue
// share takes its share of the day's coins, changing at a waterfall's flip (model/hosting.ts says
// how the shutdown rule sees each); power is uptime- and PUE-scaled; a bricked cohort is written
// off on brickDay (no resale, no further opex); hashprice is gross of the pool fee.
// A one-cohort fleet selling daily, without a revenue share or a trace (most Monte Carlo paths),
// runs the same day loop in treasury-lean.ts, with those features' state left out.

import * as N from '../../model/network-day.js';
import type { MarketPath, SimulationPlan } from '../compile/plan.js';
import { runBooks } from './books.js';
import type { Uniform } from './failures.js';
import { fillUnitTables, runFleetColumns } from './fleet-days.js';
import { resetFleetState } from './fleet-state.js';
import { hedgeCover } from './hedge-cover.js';
import { finishMetrics } from './path-metrics.js';
import { runTreasury } from './treasury.js';
import { isLean, runLeanTreasury } from './treasury-lean.js';
import * as M from './workspace.js';

export type { Uniform } from './failures.js';

/**
 * Runs `plan` over `path`, writing net positions, cash flows, metrics (and the trace, if enabled)
 * into `workspace`; returns workspace.metrics. With `rng` the failures are drawn (two uniforms per
 * failure day and one per cohort, cohort by cohort, see failures.ts); with null, alive units decay
 * by the expected fraction.
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
  runPathDays(plan, path, workspace, rng, tariffUsdPerKwh, priceUsd, reuseNetwork);
  finishMetrics(plan, priceUsd, workspace);
  // Financing and tax read the path's project flows; without them the pass is skipped.
  if (plan.books !== null) runBooks(plan, priceUsd, workspace);
  // A forward or a hedging option beside the coins the path mined (its days kept only then).
  if (workspace.dayCoins.length > 0) hedgeCover(plan, priceUsd, workspace);
  return workspace.metrics;
}

/**
 * The days of simulatePathWith without what is measured on them afterwards (the IRR, the NPV, the
 * other metrics, the books): writes the net positions and cash flows into `workspace`, and returns
 * the net positions. For break-even searches, which read only the last day's net position (the same
 * number simulatePathWith's metrics report as netAtHorizonUsd); workspace.metrics holds only the
 * treasury's running totals.
 */
export function runPathDays(
  plan: SimulationPlan,
  path: MarketPath,
  workspace: M.KernelWorkspace,
  rng: Uniform,
  tariffUsdPerKwh: Float64Array,
  priceUsd: Float64Array,
  reuseNetwork = false,
): Float64Array {
  M.assertWorkspaceFits(plan, path, workspace, tariffUsdPerKwh, priceUsd);
  // The heights and subsidies of the days are read by the trace alone.
  if (!reuseNetwork)
    N.fillNetworkDays(workspace.networkDays, workspace.network, plan, path, workspace.trace !== null);
  resetFleetState(workspace.fleet, plan, rng !== null);
  fillUnitTables(plan, workspace);
  workspace.metrics.fill(0);
  runFleetColumns(plan, workspace, rng, tariffUsdPerKwh, priceUsd);
  // The common fleet (one cohort, coins sold daily, no share, no trace) runs a loop of its own.
  if (isLean(plan, workspace)) runLeanTreasury(plan, workspace, rng, tariffUsdPerKwh, priceUsd);
  else runTreasury(plan, workspace, rng, tariffUsdPerKwh, priceUsd);
  return workspace.netPositionUsd;
}
