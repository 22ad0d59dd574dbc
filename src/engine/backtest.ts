// The back-test: the scenario's fleet replayed on the actual price, difficulty, blocks and fees
// from its start date. Failures take their expected values (fractional units), so the result is
// one deterministic path.
import { addDays } from '../data/dates.js';
import type { Scenario } from '../scenario/normalize.js';
import { breakEvenPrice, breakEvenTariff } from './breakeven.js';
import { weeklyCheckpoints } from './checkpoints.js';
import { compilePlan } from './compile.js';
import { historicalPath } from './history-path.js';
import { simulatePath } from './kernel.js';
import { METRIC } from './metrics.js';
import type { MarketPath, SimulationPlan } from './plan.js';
import * as M from './workspace.js';

export interface Backtest {
  plan: SimulationPlan;
  path: MarketPath;
  metrics: Float64Array;
  netPositionUsd: Float64Array;
  /** Weekly checkpoint days and their values (series-major, see checkpoints.ts). */
  checkpoints: Int32Array;
  checkpointValues: Float64Array;
  trace: M.KernelTrace;
  breakEvenTariffUsdPerKwh: number;
  breakEvenPriceUsd: number;
  paybackDate: string | null;
  cutAt?: string;
}

export function runBacktest(s: Scenario): Backtest {
  const history = historicalPath(s);
  const plan = compilePlan(s, history.days);
  const workspace = M.createKernelWorkspace(plan, { trace: true, checkpoints: weeklyCheckpoints(plan.days) });
  simulatePath(plan, history.path, workspace, null);
  const metrics = workspace.metrics.slice();
  const netPositionUsd = workspace.netPositionUsd.slice();
  const checkpointValues = workspace.checkpointValues.slice();
  const trace = { ...workspace.trace! };
  for (const column of M.TRACE_COLUMNS) trace[column] = trace[column].slice();
  // The break-even searches reuse (and overwrite) the workspace: copies were taken above.
  const breakEvenTariffUsdPerKwh = breakEvenTariff(plan, history.path, workspace);
  const breakEvenPriceUsd = breakEvenPrice(plan, history.path, workspace);
  const payback = metrics[METRIC.paybackDay];
  return {
    plan,
    path: history.path,
    metrics,
    netPositionUsd,
    checkpoints: workspace.checkpoints,
    checkpointValues,
    trace,
    breakEvenTariffUsdPerKwh,
    breakEvenPriceUsd,
    paybackDate: Number.isNaN(payback) ? null : addDays(s.start, payback),
    ...(history.cutAt ? { cutAt: history.cutAt } : {}),
  };
}

const TABLE_COLUMNS: [string, keyof M.KernelTrace][] = [
  ['price_usd', 'priceUsd'],
  ['difficulty', 'difficulty'],
  ['height', 'height'],
  ['subsidy_per_block', 'subsidyPerBlock'],
  ['hashprice_usd', 'hashpriceUsd'],
  ['fleet_hashrate_hs', 'fleetHashrateHs'],
  ['coins_mined', 'coinsMined'],
  ['revenue_usd', 'revenueUsd'],
  ['power_usd', 'powerUsd'],
  ['hosting_usd', 'hostingUsd'],
  ['maintenance_usd', 'maintenanceUsd'],
  ['fixed_usd', 'fixedUsd'],
  ['capex_usd', 'capexUsd'],
  ['salvage_usd', 'salvageUsd'],
  ['cash_usd', 'cashUsd'],
  ['held_coins', 'heldCoins'],
  ['shut_down_cohorts', 'shutDownCohorts'],
];

/** The daily table as CSV: date, each trace column, and the cumulative net position. */
export function backtestCsv(s: Scenario, b: Backtest): string {
  const header = ['date', ...TABLE_COLUMNS.map(([name]) => name), 'net_position_usd'].join(',');
  const rows = [header];
  for (let d = 0; d < b.plan.days; d++) {
    const cells = [addDays(s.start, d)];
    for (const [, column] of TABLE_COLUMNS) cells.push(formatCell(b.trace[column][d]));
    cells.push(formatCell(b.netPositionUsd[d]));
    rows.push(cells.join(','));
  }
  return `${rows.join('\n')}\n`;
}

function formatCell(v: number): string {
  if (!Number.isFinite(v)) return '';
  if (v === 0) return '0';
  const abs = Math.abs(v);
  return abs >= 1e6 || abs < 1e-3 ? v.toPrecision(8) : Number(v.toFixed(6)).toString();
}
