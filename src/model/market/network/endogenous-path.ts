// One path of the endogenous network (endogenous.ts states the equations): the day loop that
// steps the chain's difficulty and subsidy along with the hashrate it sets, and the lines the
// assumptions table shows. Allocation-free: the state, margins and normals are the workspace's.

import type { MarketPath } from '../../../engine/compile/plan.js';
import type { Rng } from '../../../engine/random/rng.js';
import { DAYS_PER_RATE_YEAR as YEAR } from '../../calendar.js';
import {
  dayFeesPerBlock,
  NET_DAY_DIFFICULTY,
  NET_DAY_SUBSIDY,
  type NetworkRules,
  resetNetworkState,
  stepNetworkDay,
} from '../../network-day.js';
import type { CalibrationWindow } from '../calibrate.js';
import { type Assumption, calibratedOn, pct } from '../model.js';

const SECONDS_PER_DAY = 86_400;
/** Most of the fleet's log that can be switched off (e^-10 of it stays on). */
export const SHUTDOWN_MAX_LOG = 10;

export interface EndogenousNetworkPlan {
  type: 'endogenous';
  startHs: number;
  /** The protocol and start state the model steps its own difficulty and subsidy with. */
  rules: NetworkRules;
  lagDays: number;
  /** kappa, per day per unit of log margin. */
  entryPerDay: number;
  /** u*, log margin. */
  entryMargin: number;
  /** u_off, log margin. */
  shutdownMargin: number;
  /** psi. */
  shutdown: number;
  volPerSqrtDay: number;
  powerPriceUsdPerKwh: number;
  /** ln of the frontier's power cost on the start day, USD per H/s a day. */
  lnCostStart: number;
  efficiencyLogPerDay: number;
  /** The margins of the lagDays days before the start, oldest first. */
  pastMargin: Float64Array;
}

/**
 * The log growth of the network over the days before its lag lets the path's own margins answer
 * (fillEndogenous, below, orders on the margins of the days before the start until then): entry at
 * kappa x (u - u*) a day on margins already known, so exactly what the noiseless path grows by
 * then. A frontier far cheaper than the network's hashprice with a fast entry and a long lag can
 * grow past any number before the margin falls (the range check, scenario/market-range.ts).
 */
export function preLagLogGrowth(
  response: { lagDays: number; entryMargin: number; pastMargin: Float64Array; entryPerDay: number },
  days: number,
): number {
  let growth = 0;
  for (let d = 1; d < Math.min(days, response.lagDays); d++) {
    const above = response.pastMargin[d] - response.entryMargin;
    if (above > 0) growth += response.entryPerDay * above;
  }
  return growth;
}

/** The log share switched off at log margin `u` (0 above the shutdown margin). */
function switchedOff(h: EndogenousNetworkPlan, u: number): number {
  const below = h.shutdownMargin - u;
  return h.shutdown * (below > 0 ? (below < SHUTDOWN_MAX_LOG ? below : SHUTDOWN_MAX_LOG) : 0);
}

/**
 * Fills `path.networkHashrateHs` for `days` days; reads the path's price and fees. `margin` holds
 * the day's log margins, `normals` the network stream's shocks (none drawn without noise).
 */
export function fillEndogenous(
  h: EndogenousNetworkPlan,
  days: number,
  path: MarketPath,
  state: Float64Array,
  margin: Float64Array,
  normals: Float64Array,
  rng: Rng | null,
): void {
  const out = path.networkHashrateHs;
  const price = path.priceUsd;
  const hpd = h.rules.protocol.hashesPerDifficulty;
  const lag = h.lagDays;
  const past = h.pastMargin;
  const noisy = h.volPerSqrtDay > 0 && rng !== null;
  if (noisy) rng.fillNormals(normals, 1, days);
  resetNetworkState(state, h.rules);
  let k = Math.log(h.startHs) + switchedOff(h, past[lag - 1]);
  for (let d = 0; d < days; d++) {
    if (d > 0) {
      const ordered = d < lag ? past[d] : margin[d - lag];
      const above = ordered - h.entryMargin;
      k += h.entryPerDay * (above > 0 ? above : 0);
      if (noisy) k += h.volPerSqrtDay * normals[d];
    }
    const yesterday = d === 0 ? past[lag - 1] : margin[d - 1];
    out[d] = Math.exp(k - switchedOff(h, yesterday));
    stepNetworkDay(state, h.rules, path, d);
    const subsidy = state[NET_DAY_SUBSIDY];
    const revenue = price[d] * (subsidy + dayFeesPerBlock(path, d, subsidy)) * SECONDS_PER_DAY;
    margin[d] =
      Math.log(revenue / (state[NET_DAY_DIFFICULTY] * hpd)) - (h.lnCostStart - h.efficiencyLogPerDay * d);
  }
}

const ratio = (u: number) => (Math.exp(u) >= 100 ? Math.exp(u).toFixed(0) : Math.exp(u).toFixed(2));

/** The assumptions table's lines for a resolved plan. */
export function describeEndogenous(
  p: EndogenousNetworkPlan,
  frontierNote: string,
  window: CalibrationWindow,
  fitted: boolean,
): Assumption[] {
  const note = fitted ? `${calibratedOn(window)} (values given explicitly win)` : 'given';
  return [
    {
      label: 'Network model',
      value: `endogenous: delivery lag ${p.lagDays} days, entry ${pct(p.entryPerDay * YEAR)} a year per unit of log margin above ${ratio(p.entryMargin)}x cost, shutdown ${p.shutdown.toFixed(2)} below ${ratio(p.shutdownMargin)}x cost, volatility ${pct(p.volPerSqrtDay * Math.sqrt(YEAR))}`,
      note,
    },
    {
      label: 'Network frontier',
      value: `power ${p.powerPriceUsdPerKwh} USD/kWh, hardware efficiency +${pct(-Math.expm1(-p.efficiencyLogPerDay * YEAR))} / year`,
      note: frontierNote,
    },
  ];
}
