// What a scenario's endogenous network (endogenous.ts) resolves to on the history: the frontier
// (given, or the catalog's as known on the start date), the daily log margin of every history day
// against its power cost, the fit of the parameters not given (endogenous-fit.ts), kept by history
// and written model since the rules, the range check and the compiler each ask, and the response
// as written or fitted, with the margins of the days before the start that the plan steps from.
// The parameters given are held at their values while the others are fitted.
import type { z } from 'zod';
import { parseIsoDate } from '../../../data/dates.js';
import type { HardwareModel } from '../../../data/hardware-model.js';
import type { History } from '../../../data/history.js';
import { DAYS_PER_RATE_YEAR as YEAR } from '../../calendar.js';
import { coinProtocol } from '../../coins/index.js';
import { ruleRewardsPerBlock } from '../../rule-reward.js';
import { calibrationWindow } from '../calibrate.js';
import type { MarketScenario } from '../model.js';
import { type EndogenousFit, fitEndogenous } from './endogenous-fit.js';
import type { endogenousSchema } from './endogenous-schema.js';
import { catalogFrontier, FRONTIER_YEARS } from './frontier.js';

const SECONDS_PER_DAY = 86_400;
const JOULES_PER_KWH = 3.6e6;
/** Days of history the fit reads by default. */
export const DEFAULT_FIT_DAYS = 730;
/** Yearly frontier improvement assumed when the catalog has no frontier before the start. */
const ASSUMED_GAIN = 0.2;

type Written = z.output<typeof endogenousSchema>;

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

/**
 * The daily log margin u of every history day before `to`, against a frontier costed at
 * `lnCostStart` on day `startOffset`. A day's blocks are read at the emission rule's reward
 * (model/rule-reward.ts), as the path's simulated days pay theirs: the fit's margins, the margins
 * before the start the path steps from and a cost measured against the day before the start then
 * sit on the simulated days' scale. Read as issued, Monero's days in January to April 2017 stood
 * about 1 % under it (2014-05-27: 15.3 %), and a path's margins rose by that at the start.
 */
export function historyMargins(
  history: History,
  hashesPerDifficulty: number,
  lnCostStart: number,
  efficiencyLogPerDay: number,
  startOffset: number,
  to: number,
): Float64Array {
  const u = new Float64Array(to);
  const rule = ruleRewardsPerBlock(history);
  let last = Number.NaN;
  for (let i = 0; i < to; i++) {
    const blocks = history.blocks[i];
    const reward =
      rule === null ? (history.issuance[i] + history.fees[i]) / blocks : rule[i] + history.fees[i] / blocks;
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
    ? fitEndogenous({ logHashrate, margin: margins, blocks: history.blocks }, window, {
        ...(m.lag !== undefined ? { lagDays: Math.max(1, Math.round(m.lag)) } : {}),
        ...(m.entryRate !== undefined ? { entryPerDay: m.entryRate / YEAR } : {}),
        ...(m.entryMargin !== undefined ? { entryMargin: Math.log(m.entryMargin) } : {}),
        ...(m.shutdownMargin !== undefined ? { shutdownMargin: Math.log(m.shutdownMargin) } : {}),
        ...(m.shutdown !== undefined ? { shutdown: m.shutdown } : {}),
      })
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

export const orFit = (given: number | undefined, fitted: number | undefined) => given ?? fitted ?? Number.NaN;

/**
 * The model's response, as written or fitted: what the plan steps and the range check bounds.
 * `startHashprice` is the start day's hashprice (USD per H/s a day, model/start-hashprice.ts
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
