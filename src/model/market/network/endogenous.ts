// Endogenous network hashrate: the network grows and shrinks with miners' economics. Each day t
// (from the start, t = 0):
//   HP_t = P_t (S_t + F_t) 86,400 / (D_t x hashes per difficulty)   hashprice, USD per H/s a day,
//          from the path's price P, the subsidy S and fees F of the simulated blocks, and the
//          difficulty D the network's own hashrate sets (engine/network.ts: Bitcoin retargets by
//          epoch, Monero follows within the day)
//   c_t  = e_0 exp(-g t) x power price x 86,400 / 3.6e6             power cost of a frontier
//          machine, USD per H/s a day; e_0 the best J/H of the catalog at the start, g its yearly
//          improvement (frontier.ts), both as known before the start
//   u_t  = ln(HP_t / c_t)                                           the frontier's log margin
//   k_t  = k_{t-1} + kappa (u_{t-L} - u*)^+ + sigma z_t            installed capacity (log):
//          machines ordered while the margin beats u* arrive L days later; z_t standard normal
//   h_t  = k_t - psi min((u_off - u_{t-1})^+, 10)                  operating hashrate (log):
//          below the margin u_off the least efficient machines switch off, and come back when it
//          recovers; at most e^-10 of the fleet can be off
// h_0 is the start hashrate; the margins before the start come from the history. The parameters
// (L, kappa, u*, u_off, psi, sigma) are fitted on the history before the start (endogenous-fit.ts)
// unless given. Assumed: the fleet renews at the pace of the frontier (obsolescence is folded into
// the frontier's falling cost), and the fleet's power price is one number.
import { z } from 'zod';
import { addDays, parseIsoDate } from '../../../data/dates.js';
import type { HardwareModel } from '../../../data/hardware-model.js';
import type { History } from '../../../data/history.js';
import { schemaMessages as msg } from '../../../messages/schema.js';
import { LIMITS } from '../../../scenario/schema/limits.js';
import { quantity } from '../../../scenario/schema/quantity.js';
import { DAYS_PER_RATE_YEAR as YEAR } from '../../calendar.js';
import { startHashpriceUsdPerHsDay } from '../../chain-state.js';
import { coinProtocol } from '../../coins/index.js';
import { calibrationWindow } from '../calibrate.js';
import type { MarketModel, MarketScenario } from '../model.js';
import { calibrate, partial, volatility } from '../schema-parts.js';
import { type EndogenousFit, fitEndogenous } from './endogenous-fit.js';
import {
  describeEndogenous,
  type EndogenousNetworkPlan,
  fillEndogenous,
  marginRatio,
} from './endogenous-path.js';
import { catalogFrontier, FRONTIER_YEARS } from './frontier.js';

export type { EndogenousNetworkPlan } from './endogenous-path.js';

const SECONDS_PER_DAY = 86_400;
const JOULES_PER_KWH = 3.6e6;
/** Days of history the fit reads by default. */
export const DEFAULT_FIT_DAYS = 730;
/** Yearly frontier improvement assumed when the catalog has no frontier before the start. */
const ASSUMED_GAIN = 0.2;

const ratio = (description: string) => z.number().gt(0).max(1e6).optional().meta({ description });

const schema = z.strictObject({
  type: z.literal('endogenous').meta({
    description:
      "Hashrate driven by miners' economics: machines are ordered while hashprice beats the power cost of the newest hardware and arrive after a delivery lag; machines switch off when the margin falls and come back when it recovers. Fitted on the history before the start.",
  }),
  powerPrice: quantity('energy-price', {
    description:
      'Power price of the marginal fleet, e.g. `0.05 USD/kWh`: the cost `entryMargin` and `shutdownMargin` are ratios to. Fitted margins take up any power price (every margin shifts alike), so with both fitted it changes nothing.',
    above: 0,
    max: LIMITS.tariffUsdPerKwh,
    shownMin: '0 USD/kWh',
    shownMax: LIMITS.shownTariff,
  }).prefault('0.05 USD/kWh'),
  efficiency: quantity('efficiency', {
    description: 'Energy per hash of the best hardware at the start, e.g. `17.5 J/TH`; default: the catalog.',
    above: 0,
    max: 1e6,
    shownMin: '0 J/H',
    shownMax: '1e6 J/H',
  }).optional(),
  efficiencyGain: quantity('rate-per-year', {
    description:
      'Yearly fall in the energy per hash of the best hardware; default: the catalog. A fall per month compounds.',
    perYear: 'share',
    min: 0,
    max: 0.9,
    shownMin: '0 %',
    shownMax: '90 %',
  }).optional(),
  lag: quantity('duration', {
    description: 'Delivery lag of new machines; default: fitted.',
    min: 1,
    max: 365,
    shownMin: '1 day',
    shownMax: '365 days',
  }).optional(),
  entryRate: quantity('rate-per-year', {
    description:
      'Growth of installed hashrate a year per unit of log margin above the entry margin; default: fitted.',
    min: 0,
    max: 100,
    shownMin: '0 %',
    shownMax: '10000 %',
  }).optional(),
  entryMargin: ratio(
    "Hashprice over the frontier's power cost at which ordering stops, e.g. `3`; default: fitted.",
  ),
  shutdownMargin: ratio(
    "Hashprice over the frontier's power cost below which machines switch off; default: fitted.",
  ),
  shutdown: z.number().min(0).max(1).optional().meta({
    description:
      'Log share of the fleet switched off per unit of log margin below the shutdown margin; default: fitted.',
  }),
  volatility: volatility().optional(),
  calibrate: calibrate('the parameters not given (default `2 years`)'),
  partial: partial(),
});

type Written = z.output<typeof schema>;

/** Energy per hash as the assumptions print it: J/TH for ASICs, J/H for slower machines. */
const joulesText = (joulesPerHash: number) =>
  joulesPerHash * 1e12 < 1e6
    ? `${(joulesPerHash * 1e12).toPrecision(3)} J/TH`
    : `${joulesPerHash.toPrecision(3)} J/H`;

/** The frontier: given, or from the catalog as known on the start date. */
function frontierOf(m: Written, s: MarketScenario, catalog: readonly HardwareModel[]) {
  const protocol = coinProtocol(s.coin);
  // The algorithm of the last proof-of-work change on or before the start (none: the coin's first).
  const inForce = protocol.powChanges.filter((c) => c.date <= s.start).at(-1)?.algorithm;
  const found = catalogFrontier(catalog, protocol.defaultHardwareClass, s.start, inForce);
  const joulesPerHash = m.efficiency ?? found?.joulesPerHash ?? Number.NaN;
  const gain = m.efficiencyGain ?? found?.gainPerYear ?? ASSUMED_GAIN;
  const note =
    m.efficiencyGain !== undefined
      ? 'given'
      : found
        ? `catalog frontier, ${found.from} to ${found.to}${found.newestMonth === null ? '' : `, its rate measured on the ${FRONTIER_YEARS} years to the catalog's newest machine (${found.newestMonth}), and its efficiency carried forward at that rate to the start (${joulesText(found.joulesPerHash)}): the catalog knows nothing released after it`}`
        : `assumed: the catalog has no frontier before the start`;
  return { joulesPerHash, gain, note };
}

/** The daily log margin u of every history day before `to`, against a frontier costed at `lnCostStart` on day `startOffset`. */
export function historyMargins(
  history: History,
  hashesPerDifficulty: number,
  lnCostStart: number,
  efficiencyLogPerDay: number,
  startOffset: number,
  to: number,
): Float64Array {
  const u = new Float64Array(to);
  let last = Number.NaN;
  for (let i = 0; i < to; i++) {
    const blocks = history.blocks[i];
    const reward = (history.issuance[i] + history.fees[i]) / blocks;
    const hashprice =
      (history.priceUsd[i] * reward * SECONDS_PER_DAY) / (history.difficulty[i] * hashesPerDifficulty);
    const value = Math.log(hashprice) - (lnCostStart + efficiencyLogPerDay * (startOffset - i));
    if (blocks > 0 && Number.isFinite(value)) last = value;
    u[i] = last;
  }
  return u;
}

type Resolved = ReturnType<typeof resolveAnew>;
/** Resolutions by history and written model: the rules, the range check and the compiler each ask. */
const resolved = new WeakMap<History, Map<string, Resolved>>();

/**
 * Everything a scenario's endogenous network resolves to, with the window and the fit behind it.
 * `catalog`: the shipped hardware catalog, whose frontier sets the cost (engine/compile/inputs.ts).
 */
export function resolveEndogenous(
  m: Written,
  s: MarketScenario,
  history: History,
  catalog: readonly HardwareModel[],
): Resolved {
  let byKey = resolved.get(history);
  if (byKey === undefined) {
    byKey = new Map();
    resolved.set(history, byKey);
  }
  // `partial` only decides whether the rules accept a short window; the resolution never reads it,
  // so a model written with and without it resolves once.
  const { partial: _partial, ...read } = m;
  const key = JSON.stringify([s.coin, s.start, read]);
  const hit = byKey.get(key);
  if (hit !== undefined && hit.catalog === catalog) return hit;
  if (byKey.size >= 256) byKey.clear();
  const r = resolveAnew(m, s, history, catalog);
  byKey.set(key, r);
  return r;
}

function resolveAnew(m: Written, s: MarketScenario, history: History, catalog: readonly HardwareModel[]) {
  const protocol = coinProtocol(s.coin);
  const frontier = frontierOf(m, s, catalog);
  const efficiencyLogPerDay = -Math.log1p(-frontier.gain) / YEAR;
  const window = calibrationWindow(history, s.start, m.calibrate ?? DEFAULT_FIT_DAYS);
  const startOffset = parseIsoDate(s.start) - parseIsoDate(history.firstDate);
  const margins = historyMargins(
    history,
    protocol.hashesPerDifficulty,
    0,
    efficiencyLogPerDay,
    startOffset,
    window.to,
  );
  // Without an efficiency (none given, none in the catalog) the margins are measured against the
  // last day before the start: the fit is the same, only the thresholds read as relative.
  const relative = Number.isNaN(frontier.joulesPerHash);
  const lnCostStart = relative
    ? margins[window.to - 1]
    : Math.log((frontier.joulesPerHash * m.powerPrice * SECONDS_PER_DAY) / JOULES_PER_KWH);
  for (let i = 0; i < margins.length; i++) margins[i] -= lnCostStart;
  const needsFit = [m.lag, m.entryRate, m.entryMargin, m.shutdownMargin, m.shutdown, m.volatility].some(
    (v) => v === undefined,
  );
  const logHashrate = Float64Array.from(history.hashrateHs.subarray(0, window.to), Math.log);
  const fit = needsFit
    ? fitEndogenous({ logHashrate, margin: margins, blocks: history.blocks }, window)
    : null;
  const note = relative
    ? `${frontier.note}; no efficiency known, margins relative to the day before the start`
    : frontier.note;
  return {
    catalog,
    frontier: { ...frontier, note },
    efficiencyLogPerDay,
    lnCostStart,
    window,
    margins,
    fit,
    needsFit,
  };
}

const orFit = (given: number | undefined, fitted: number | undefined) => given ?? fitted ?? Number.NaN;

/**
 * The model's response, as written or fitted: what the plan steps and the range check bounds.
 * `startHashprice` is the start day's hashprice (USD per H/s a day, model/chain-state.ts
 * startHashpriceUsdPerHsDay): the days before the start that the history does not hold (a start
 * past its last day) are taken at it, against each day's frontier cost.
 */
export function endogenousResponse(
  m: Written,
  s: MarketScenario,
  history: History,
  r: Resolved,
  startHashprice: number,
) {
  const fit: Partial<EndogenousFit> = r.fit ?? {};
  const lagDays = Math.max(1, Math.round(orFit(m.lag, fit.lagDays)));
  const entryMargin =
    m.entryMargin !== undefined ? Math.log(m.entryMargin) : orFit(undefined, fit.entryMargin);
  const pastMargin = new Float64Array(lagDays);
  // The margins of the days before the start: the history's where it holds them; past its last
  // day, the start day's hashprice carried back, as the start state carries the chain forward
  // (a start inside the history, or on the day after its last, has every one from the history).
  // Where neither is known (before the history's first margin, or no start hashprice), the
  // network is taken to start in balance (at the entry margin).
  const startOffset = parseIsoDate(s.start) - parseIsoDate(history.firstDate);
  const lnStart = Math.log(startHashprice);
  let carried = 0;
  for (let j = 0; j < lagDays; j++) {
    const i = startOffset - lagDays + j;
    if (i >= 0 && i < r.window.to && Number.isFinite(r.margins[i])) pastMargin[j] = r.margins[i];
    else if (i >= history.days && Number.isFinite(lnStart) && Number.isFinite(r.lnCostStart)) {
      pastMargin[j] = lnStart - (r.lnCostStart + r.efficiencyLogPerDay * (startOffset - i));
      carried++;
    } else pastMargin[j] = entryMargin;
  }
  const entryPerDay = m.entryRate !== undefined ? m.entryRate / YEAR : orFit(undefined, fit.entryPerDay);
  return { fit, lagDays, entryMargin, pastMargin, entryPerDay, carried };
}

export const endogenousNetwork: MarketModel<typeof schema, EndogenousNetworkPlan> = {
  type: 'endogenous',
  schema,
  resolve(m, { s, history, catalog, plan }, out) {
    const r = resolveEndogenous(m, s, history, catalog);
    const startHashprice = startHashpriceUsdPerHsDay(s.coin, plan.initial, plan.start.feesPerBlock);
    const { fit, lagDays, entryMargin, pastMargin, entryPerDay, carried } = endogenousResponse(
      m,
      s,
      history,
      r,
      startHashprice,
    );
    const shutdownMargin =
      m.shutdownMargin !== undefined ? Math.log(m.shutdownMargin) : orFit(undefined, fit.shutdownMargin);
    const p: EndogenousNetworkPlan = {
      type: 'endogenous',
      startHs: plan.initial.networkHashrateHs,
      rules: { protocol: plan.protocol, initial: plan.initial },
      lagDays,
      entryPerDay,
      entryMargin,
      shutdownMargin,
      shutdown: orFit(m.shutdown, fit.shutdown),
      volPerSqrtDay:
        m.volatility !== undefined ? m.volatility / Math.sqrt(YEAR) : orFit(undefined, fit.volPerSqrtDay),
      powerPriceUsdPerKwh: m.powerPrice,
      lnCostStart: r.lnCostStart,
      efficiencyLogPerDay: r.efficiencyLogPerDay,
      pastMargin,
    };
    out.push(...describeEndogenous(p, r.frontier.note, r.window, r.fit !== null));
    if (carried > 0)
      out.push({
        label: 'Network margins before the start',
        value: `${carried} of the ${lagDays} days before the start at the start day’s hashprice, ${marginRatio(Math.log(startHashprice) - r.lnCostStart)}x cost`,
        note: `the history ends on ${history.lastDate}: machines ordered on those days arrive in the first ${lagDays} days, and the capacity switched off on the start day is that day's`,
      });
    return p;
  },
  calm: (plan) => ({ ...plan, volPerSqrtDay: 0 }),
  // It reads the path's price and fees, so it is filled on every path even without noise.
  fixed: () => false,
  stochastic: (plan) => plan.volPerSqrtDay > 0,
  fill(h, at, w, source) {
    fillEndogenous(
      h,
      at.days,
      w.path,
      w.networkState,
      w.networkScratch,
      w.networkNormals,
      source,
      at.fleetFloorHs ?? null,
    );
  },
  rules(m, s, out, data) {
    const r = resolveEndogenous(m, s, data.history(), data.catalog());
    // A frontier so efficient that a hash's power costs less than the smallest double has a log
    // cost of -Infinity: every margin would be infinite, and the hashrate with it.
    if (!Number.isNaN(r.frontier.joulesPerHash) && !Number.isFinite(r.lnCostStart))
      out.push({
        path: ['network', 'model', m.efficiency !== undefined ? 'efficiency' : 'powerPrice'],
        message: msg.endogenousCostUnderflow(r.frontier.joulesPerHash, m.powerPrice),
      });
    // Without an efficiency the margins are measured against the day before the start: none
    // before the history's first day, and every margin would be NaN (no entry, no shutdown).
    if (Number.isNaN(r.frontier.joulesPerHash) && !Number.isFinite(r.lnCostStart))
      out.push({ path: ['network', 'model', 'efficiency'], message: msg.endogenousNoFrontier(s.start) });
    // A window the history does not cover is refused by the coverage rules (scenario/coverage.ts).
    const covered = r.window.coveredDays >= r.window.requestedDays || m.partial === 'allowed';
    if (r.needsFit && r.fit === null && covered)
      out.push({
        path: ['network', 'model'],
        message: msg.endogenousNoFit(r.window.firstDate, r.window.lastDate),
      });
  },
  // No input for a sensitivity study: the power price only shifts every margin by one log, which
  // the fitted entry and shutdown margins take up, so moving it moves nothing (only given margins
  // answer it, and a study can name it with --input network.model.powerPrice=LOW..HIGH).
  study: {
    id: 'endogenous',
    label: 'endogenous network',
    input: { type: 'endogenous' },
    // Early starts fit on what history there is before them (the fit itself needs 12 weeks after
    // a year of margins, and says so when it has less).
    atStart: (input, start, first) =>
      addDays(start, -DEFAULT_FIT_DAYS) < first ? { ...input, partial: 'allowed' } : input,
  },
};
