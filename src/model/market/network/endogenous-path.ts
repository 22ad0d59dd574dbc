// One path of the endogenous network (endogenous.ts states the equations): the day loop that
// steps the chain's difficulty and subsidy along with the hashrate it sets, and the lines the
// assumptions table shows. Allocation-free: the state, margins and normals are the workspace's.

import type { MarketPath } from '../../../engine/compile/plan.js';
import type { Rng } from '../../../engine/random/rng.js';
import { counted } from '../../../messages/shown.js';
import { DAYS_PER_RATE_YEAR as YEAR } from '../../calendar.js';
import { dayFeesPerBlock } from '../../day-fees.js';
import { stepNetworkDay } from '../../network-day.js';
import {
  NET_DAY_DIFFICULTY,
  NET_DAY_SUBSIDY,
  type NetworkRules,
  resetNetworkState,
} from '../../network-state.js';
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
 * The most the network's installed capacity can grow by entry over `days` (noise aside), natural
 * log, under the model's own rules. `marginRise` bounds how far the path's margin can rise above
 * the margins before the start (price, reward, the frontier's gain, and a difficulty that falls
 * with the hashrate); `settleDays` is the days of entry at a unit of log margin that the
 * difficulty's lag behind the hashrate can add (0 where it follows within the day).
 * A day adds kappa (u_{t-L} - u*)^+, and no margin stands more than `above` (the margins before
 * the start's most above u*, plus `marginRise`) above u*: so at most kappa x days x `above`. And
 * once the hashrate stands `above` over its start and the difficulty has followed, the margin is
 * at u* or below and nothing more is ordered; what still arrives is the last L days' orders,
 * kappa x `above` a day at most, and the entry while the difficulty catches up (`settleDays`).
 * Whichever bound is less. The margins before the start can stand as far above u* as a frontier
 * far cheaper than the hashprice puts them.
 */
export function entryLogGrowth(
  response: { lagDays: number; entryMargin: number; pastMargin: Float64Array; entryPerDay: number },
  marginRise: number,
  days: number,
  settleDays: number,
): number {
  const kappa = response.entryPerDay;
  // No entry rate (a fit that failed, which the rules report) adds nothing here.
  if (!(kappa > 0)) return 0;
  let gap = 0;
  for (const u of response.pastMargin) if (u - response.entryMargin > gap) gap = u - response.entryMargin;
  const above = gap + marginRise;
  return Math.min(kappa * days * above, above + kappa * (response.lagDays * above + settleDays));
}

/** The log share switched off at log margin `u` (0 above the shutdown margin). */
function switchedOff(h: EndogenousNetworkPlan, u: number): number {
  const below = h.shutdownMargin - u;
  return h.shutdown * (below > 0 ? (below < SHUTDOWN_MAX_LOG ? below : SHUTDOWN_MAX_LOG) : 0);
}

/**
 * Fills `path.networkHashrateHs` for `days` days; reads the path's price and fees. `margin` holds
 * the day's log margins, `normals` the network stream's shocks (none drawn without noise). With
 * `floorHs` (the fleet's hashrate before failures a day) the network never hashes less: the fleet
 * is part of it, and the chain stepped here (the margins' difficulty) is then the kernel's.
 */
export function fillEndogenous(
  h: EndogenousNetworkPlan,
  days: number,
  path: MarketPath,
  state: Float64Array,
  margin: Float64Array,
  normals: Float64Array,
  rng: Rng | null,
  floorHs: Float64Array | null = null,
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
    const hashrateHs = Math.exp(k - switchedOff(h, yesterday));
    out[d] = floorHs !== null && hashrateHs < floorHs[d] ? floorHs[d] : hashrateHs;
    stepNetworkDay(state, h.rules, path, d);
    const subsidy = state[NET_DAY_SUBSIDY];
    const revenue = price[d] * (subsidy + dayFeesPerBlock(path, d, subsidy)) * SECONDS_PER_DAY;
    margin[d] =
      Math.log(revenue / (state[NET_DAY_DIFFICULTY] * hpd)) - (h.lnCostStart - h.efficiencyLogPerDay * d);
  }
}

/** A margin as a ratio to the cost: whole from 100, two decimals from 0.01, three figures below. */
export function marginRatio(u: number): string {
  const x = Math.exp(u);
  return x >= 100 ? x.toFixed(0) : x >= 0.01 ? x.toFixed(2) : x.toPrecision(3);
}

/** The assumptions table's lines for a resolved plan. */
export function describeEndogenous(
  p: EndogenousNetworkPlan,
  frontierNote: string,
  window: CalibrationWindow,
  fitted: boolean,
  clauses: readonly string[] = [],
): Assumption[] {
  // What the note adds on the fit: its entry rate's error and the parameters at a limit of the fit.
  const more = clauses.map((c) => `; ${c}`).join('');
  const note = fitted ? `${calibratedOn(window)} (values given explicitly win)${more}` : 'given';
  return [
    {
      label: 'Network model',
      value: `endogenous: delivery lag ${counted(p.lagDays, 'day')}, entry ${pct(p.entryPerDay * YEAR)} a year per unit of log margin above ${marginRatio(p.entryMargin)}x cost, shutdown ${p.shutdown.toFixed(2)} below ${marginRatio(p.shutdownMargin)}x cost, volatility ${pct(p.volPerSqrtDay * Math.sqrt(YEAR))}`,
      note,
    },
    {
      label: 'Network frontier',
      value: `power ${p.powerPriceUsdPerKwh} USD/kWh, hardware efficiency +${pct(-Math.expm1(-p.efficiencyLogPerDay * YEAR))} a year`,
      note: frontierNote,
    },
  ];
}
