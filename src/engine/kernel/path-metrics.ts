// A path's metrics from the totals the kernel's day loop left (kernel.ts): resale value at the
// horizon, the terminal flow, NPV and IRR over the daily flows, and the ratios.

import { DAYS_PER_YEAR } from '../../model/calendar.js';
import { presentValueAndRate } from '../../model/finance/irr.js';
import type { SimulationPlan } from '../compile/plan.js';
import { hashpriceUnitHs } from '../compile/plan.js';
import { METRIC } from './metrics.js';
import { resaleHashpriceAt, salvageAtHorizonUsd } from './salvage.js';
import type * as M from './workspace.js';

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
    resaleHashpriceAt(plan, workspace.networkDays, priceUsd, last) * hashpriceUnitHs(plan.protocol.coin),
  );
  // Held coins are valued at the last price and the fleet at its resale value, as a last-day inflow.
  const terminalUsd = metrics[METRIC.finalHeldCoins] * priceUsd[last] + salvageAtHorizon;
  workspace.cashFlowUsd[last] += terminalUsd;
  const dcf = workspace.dayEvents;
  // The IRR is annualised over the year of scenario/units.ts (365.25 days).
  presentValueAndRate(workspace.cashFlowUsd, days, plan.discountPerDay, DAYS_PER_YEAR, dcf);
  metrics[METRIC.npvUsd] = dcf[0];
  metrics[METRIC.irr] = dcf[1];

  const net = workspace.netPositionUsd[last];
  const capex = metrics[METRIC.capexUsd];
  const coins = metrics[METRIC.coinsMined];
  const powerNet = metrics[METRIC.powerCostUsd] - metrics[METRIC.curtailmentCreditsUsd];
  const opex = powerNet + metrics[METRIC.otherCostsUsd];
  metrics[METRIC.powerCostNetUsd] = powerNet;
  const capexNetOfResale = capex - metrics[METRIC.salvageRealizedUsd] - salvageAtHorizon;
  metrics[METRIC.netAtHorizonUsd] = net;
  metrics[METRIC.roiAtHorizon] = capex > 0 ? net / capex : Number.NaN;
  metrics[METRIC.roiWithSalvage] = capex > 0 ? (net + salvageAtHorizon) / capex : Number.NaN;
  metrics[METRIC.opexPerCoinUsd] = coins > 0 ? opex / coins : Number.NaN;
  metrics[METRIC.costPerCoinUsd] = perCoin(opex + capexNetOfResale, coins);
  metrics[METRIC.salvageAtHorizonUsd] = salvageAtHorizon;
  metrics[METRIC.meanHashpriceUsd] /= days;
}

/**
 * A cost per coin: `cost` over `coins`; with no coin mined, +Infinity where there was a cost (costs
 * and nothing to show for them: ranked after every finite cost, as a payback never reached is
 * after every day, stats/quantiles.ts), NaN where there was none (no cost per coin at all).
 */
export function perCoin(cost: number, coins: number): number {
  if (coins > 0) return cost / coins;
  return cost > 0 ? Number.POSITIVE_INFINITY : Number.NaN;
}
