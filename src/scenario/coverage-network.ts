// Coverage rules of a network model's calibration windows (scenario/coverage.ts): covered by the
// history, of one kind of hash, and, for a volatility net of block luck, with a random part to read.

import { addDays, daysBetween } from '../data/dates.js';
import type { History } from '../data/history.js';
import { defaultModelMessages } from '../messages/calibration.js';
import { coverageMessages as m } from '../messages/coverage.js';
import { coinProtocol } from '../model/coins/index.js';
import { calibrationWindow, estimateDiffusion, smoothedLogReturns } from '../model/market/calibrate.js';
import { componentViews } from '../model/market/mixture.js';
import { NET_OF_LUCK_MIN_DAYS, netOfLuckVolatility } from '../model/market/network/block-luck.js';
import { DEFAULT_FIT_DAYS } from '../model/market/network/endogenous.js';
import {
  FIT_LEAD_DAYS,
  FIT_MIN_WEEKS,
  SCENARIO_FIT_MIN_WEEKS,
} from '../model/market/network/endogenous-fit.js';
import { GROWTH_FIT_MIN_DAYS } from '../model/market/network/growth.js';
import { checkWindow, MIN_PARTIAL_DAYS } from './coverage-window.js';
import { hashUnitChangeWithin } from './machine-algorithm.js';
import { networkExample } from './network-example.js';
import type { RuleProblem, Scenario } from './normalize.js';
import type { PathKey } from './problem.js';

type Rule = (s: Scenario, h: History, out: RuleProblem[]) => void;

export const networkWindows: Rule = (s, h, out) => {
  const n = s.network.model;
  if (n.type === 'growth' && n.rate === undefined && n.calibrate !== undefined)
    // A partial window holds at least the days a fitted growth reads (growth.ts).
    checkNetworkWindow(s, h, n.calibrate, n.partial, '`network.model.rate`', out, GROWTH_FIT_MIN_DAYS);
  if (
    n.type === 'stochastic' &&
    n.calibrate !== undefined &&
    (n.drift === undefined || n.volatility === undefined)
  ) {
    const before = out.length;
    checkNetworkWindow(
      s,
      h,
      n.calibrate,
      n.partial,
      // The default's keys alone would lack its type: its figures given are written whole.
      s.defaultModels?.includes('network')
        ? defaultModelMessages.givenModelWritten('network', networkExample(s.coin, h))
        : '`network.model.drift` and `network.model.volatility`',
      out,
      // A volatility net of block luck reads changes of 7-day means up to 56 days apart.
      Math.max(
        n.blockLuck === 'removed' && n.volatility === undefined
          ? Math.max(MIN_PARTIAL_DAYS, NET_OF_LUCK_MIN_DAYS)
          : MIN_PARTIAL_DAYS,
        defaultPastEndDays(s, h, n.calibrate),
      ),
      defaultWritten(s),
    );
    // A window whose hashrate never moves (imported days can hold one) reads a volatility of 0:
    // a network without a random part under the stochastic model's name. (Net of block luck, the
    // walk's variance reads 0 or less there, and netOfLuckReads refuses it.)
    if (out.length === before && n.volatility === undefined && n.blockLuck === 'kept') {
      const w = calibrationWindow(h, s.start, n.calibrate);
      if (estimateDiffusion(smoothedLogReturns(h.hashrateHs, w)).volatility === 0)
        out.push({
          path: ['network', 'model', 'calibrate'],
          message: m.flatNetworkWindow(
            w.firstDate,
            w.lastDate,
            s.defaultModels?.includes('network')
              ? defaultModelMessages.givenModelWritten('network', networkExample(s.coin, h))
              : '`network.model.volatility`',
          ),
        });
    }
  }
  if (n.type === 'endogenous') {
    const given = [n.lag, n.entryRate, n.entryMargin, n.shutdownMargin, n.shutdown, n.volatility];
    const days = n.calibrate ?? DEFAULT_FIT_DAYS;
    if (given.some((v) => v === undefined)) {
      const before = out.length;
      checkNetworkWindow(
        s,
        h,
        days,
        n.partial,
        '`network.model.lag`, `entryRate`, `entryMargin`, `shutdownMargin`, `shutdown` and `volatility`',
        out,
        fitLeastDays(s, h, days),
      );
      // A window whose hashrate never moves (imported days can hold one): every parameter read
      // from it sits at a limit of the fit (entry at its floor, no shutdown, no noise).
      const w = calibrationWindow(h, s.start, days);
      if (out.length === before && estimateDiffusion(smoothedLogReturns(h.hashrateHs, w)).volatility === 0)
        out.push({
          path: ['network', 'model', 'calibrate'],
          message: m.flatEndogenousWindow(w.firstDate, w.lastDate),
        });
    }
  }
};

/**
 * The fewest days of the history an endogenous network's window must hold for its fit to run
 * (model/market/network/endogenous-fit.ts): its weeks (a year of them; a scored mixture's earlier
 * starts, 12), after the year of lags where the window begins within a year of the history's first
 * day; a shorter window or a partial one offered instead holds them (a start 379 days into the
 * history has no window that does).
 */
function fitLeastDays(s: Scenario, h: History, days: number): number {
  const w = calibrationWindow(h, s.start, days);
  const lead = daysBetween(h.firstDate, w.firstDate) < FIT_LEAD_DAYS ? FIT_LEAD_DAYS : 0;
  // A scenario's own fit reads a year of weeks; a scored mixture's earlier starts, the fewest.
  const weeks = s.scoredOrigin ? FIT_MIN_WEEKS : SCENARIO_FIT_MIN_WEEKS;
  return Math.max(MIN_PARTIAL_DAYS, lead + weeks * 7);
}

/**
 * The default network (no model named) on a start past the history's end reads its drift from the
 * days its year holds: on the 30 a partial window may hold, a year before the start, that drift was
 * -59.1 % a year for a start on 2026-10-10 (36 days), a standard error of about 115 % a year at its
 * 29 % volatility, and the run said nothing beside its figures. The default takes at least half its
 * window there; a named model, whose window the analyst chose, keeps the partial least.
 */
export const DEFAULT_NETWORK_PAST_END_MIN_DAYS = 183;

function defaultPastEndDays(s: Scenario, h: History, days: number): number {
  if (!s.defaultModels?.includes('network')) return MIN_PARTIAL_DAYS;
  return calibrationWindow(h, s.start, days).lastDate > h.lastDate
    ? DEFAULT_NETWORK_PAST_END_MIN_DAYS
    : MIN_PARTIAL_DAYS;
}

/**
 * The default network written in full with a window of `days` (the scenario names no model, so
 * the advice's `network.model.partial` alone would be refused for the model's missing type).
 */
function defaultWritten(s: Scenario): ((days: number) => string) | undefined {
  if (!s.defaultModels?.includes('network')) return undefined;
  return (days) =>
    `network.model: { type: ${s.network.model.type}, calibrate: ${days} days, partial: allowed }`;
}

/**
 * A network model's window: covered by the history, and of one kind of hash. A window across a
 * change of proof of work to another family (Monero's RandomX) fits the change of unit as a move
 * of the network.
 */
function checkNetworkWindow(
  s: Scenario,
  h: History,
  days: number,
  partial: 'allowed' | 'refused',
  instead: string,
  out: RuleProblem[],
  minDays = MIN_PARTIAL_DAYS,
  written?: (days: number) => string,
): void {
  const path: PathKey[] = ['network', 'model', 'calibrate'];
  const protocol = coinProtocol(s.coin);
  // A longer window advised that spans a change of hash unit would be refused below when followed.
  const across = (d: number) => {
    const at = calibrationWindow(h, s.start, d);
    const c = hashUnitChangeWithin(protocol, at.firstDate, at.lastDate);
    return c === undefined ? undefined : m.acrossHashUnitChange(c.name, c.date, c.before, c.algorithm);
  };
  checkWindow(s, h, days, partial, path, instead, out, minDays, undefined, minDays, written, across);
  const w = calibrationWindow(h, s.start, days);
  const change = hashUnitChangeWithin(protocol, w.firstDate, w.lastDate);
  if (change === undefined) return;
  out.push({
    path,
    message: m.windowAcrossAlgorithm(
      w.firstDate,
      w.lastDate,
      protocol.name,
      change.name,
      change.date,
      change.before,
      change.algorithm,
      daysBetween(change.date, s.start) - 1,
      instead,
      // The shortest window the model calibrates on: a start whose window of it lies after the day of the change.
      minDays,
      addDays(change.date, minDays + 1),
    ),
  });
}

/**
 * A volatility net of block luck on the scenario's own window: where the 7-day means move no more
 * than the luck of their days gives them, the walk's variance reads 0 or less, a network without a
 * random part, which no window of a year has read. (The by-score starts before it are scored as
 * they read.)
 */
export const netOfLuckReads: Rule = (s, h, out) => {
  for (const view of componentViews(s, 'network')) {
    const n = view.s.network.model;
    if (n.type !== 'stochastic' || n.blockLuck !== 'removed' || n.volatility !== undefined) continue;
    if (n.calibrate === undefined) continue;
    const w = calibrationWindow(h, s.start, n.calibrate);
    // A window the history does not cover enough is refused by calibrationWindows.
    if (w.coveredDays < NET_OF_LUCK_MIN_DAYS) continue;
    const net = netOfLuckVolatility(Float64Array.from(h.hashrateHs, Math.log), h.blocks, w);
    if (net !== null && !(net.variancePerDay > 0))
      out.push({
        path: view.at(['network', 'model', 'calibrate']),
        message: view.say(m.netOfLuckNone(w.firstDate, w.lastDate, net.variancePerDay)),
      });
  }
};
