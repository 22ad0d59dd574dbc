// A path's metrics from the totals the kernel's day loop left (kernel.ts): resale value at the
// horizon, the terminal flow, NPV and IRR over the daily flows, and the ratios.

import { presentValueAndRate } from '../stats/irr.js';
import type { SimulationPlan } from './plan.js';
import { salvageAtHorizonUsd } from './salvage.js';
import * as M from './workspace.js';

/** Turns the accumulated totals into the path's metrics: horizon salvage, NPV and IRR terminal flows, ratios. */
export function finishMetrics(
  plan: SimulationPlan,
  priceUsd: Float64Array,
  workspace: M.KernelWorkspace,
): void {
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
  const dcf = workspace.dayEvents;
  presentValueAndRate(workspace.cashFlowUsd, days, plan.discountPerDay, 365, dcf);
  metrics[M.METRIC_NPV_USD] = dcf[0];
  metrics[M.METRIC_IRR_ANNUAL] = dcf[1];

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
