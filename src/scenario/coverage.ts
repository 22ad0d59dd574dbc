// Rules on what the history must cover: the chain's state on the start date (model/chain-state.ts
// says what can be carried past the history's last day, and how far), replays of the history,
// and every calibration window. A window the history does not fully cover is refused unless the
// model says `partial: allowed`, so no model ever runs on parameters estimated from days that are
// not there. Each problem names the keys that would fix it.

import { daysBetween } from '../data/dates.js';
import type { History } from '../data/history.js';
import { loadHistory } from '../data/history.js';
import { coverageMessages as m } from '../messages/coverage.js';
import { rewardAt, startPlace } from '../model/chain-clock.js';
import {
  chainState,
  MARKET_CARRY_DAYS,
  missingStartState,
  PROTOCOL_CARRY_DAYS,
  type StartNeed,
} from '../model/chain-state.js';
import { coinProtocol } from '../model/coins/index.js';
import { type CalibrationWindow, calibrationWindow, logReturns } from '../model/market/calibrate.js';
import { DEFAULT_FEE_DAYS, feeShareWindow, startFeesPerBlock } from '../model/market/fees/fee-level.js';
import { garchFittable, MIN_FIT_RETURNS } from '../model/market/garch-fit.js';
import { componentViews } from '../model/market/mixture.js';
import { NET_OF_LUCK_MIN_DAYS, netOfLuckVolatility } from '../model/market/network/block-luck.js';
import { DEFAULT_FIT_DAYS } from '../model/market/network/endogenous.js';
import { scoredMixtures } from './coverage-scored.js';
import { givenStartState } from './given-state.js';
import { hashUnitChangeWithin } from './machine-algorithm.js';
import type { RuleProblem, Scenario } from './normalize.js';
import type { PathKey } from './problem.js';
import { LIMITS } from './schema/limits.js';

/** Fewest days a partial calibration window may hold. */
export const MIN_PARTIAL_DAYS: number = LIMITS.minCalibrationDays;

type Rule = (s: Scenario, h: History, out: RuleProblem[]) => void;

/** Where each missing start figure is given; the example is the coin's (startStateExamples). */
const NEED_KEYS: Record<StartNeed, { path: PathKey[]; keys: string }> = {
  height: { path: ['network', 'height'], keys: '`network.height`' },
  difficulty: {
    path: ['network', 'difficulty'],
    keys: '`network.difficulty`, `network.hashrate` or `network.hashprice` (with `price.start`)',
  },
  price: { path: ['price', 'start'], keys: '`price.start`' },
};

const startState: Rule = (s, h, out) => {
  const given = givenStartState(s);
  const place = startPlace(h, s.start);
  for (const { need, limitDays } of missingStartState(h, s.start, given)) {
    const { path, keys } = NEED_KEYS[need];
    const example = coinProtocol(s.coin).startStateExamples[need];
    out.push({
      path,
      message:
        limitDays === null || place.inside
          ? m.startBeforeHistory(s.coin, s.start, h.firstDate, h.lastDate, keys, example)
          : m.startPastHistory(s.coin, s.start, h.lastDate, place.daysAfter, limitDays, keys, example),
    });
  }
  if (s.network.hashprice !== undefined && s.network.difficulty !== undefined)
    out.push({ path: ['network', 'hashprice'], message: m.hashpriceAndDifficulty() });
  else if (s.network.hashprice !== undefined && missingStartState(h, s.start, given).length === 0) {
    // The hashprice fixes the difficulty as the coins a block pays x the price / the hashprice: a
    // block that pays nothing (Bitcoin from block 6,930,000, fees a share of its 0 subsidy) gives
    // a difficulty of 0, a network of 0 H/s.
    const fees = startFeesPerBlock(s.fees.model, s.start, h);
    const c = chainState(s.coin, h, s.start, given, fees);
    const reward = rewardAt(s.coin, c.height, c.supply);
    if (reward + fees(reward) === 0)
      out.push({
        path: ['network', 'hashprice'],
        message: m.hashpriceBlockPaysNothing(
          s.coin,
          Math.floor(c.height),
          coinProtocol(s.coin).noSubsidyHeight,
        ),
      });
  }
  // Past the history's last day the chain is at least as high as it was at that day's end: a
  // lower height would date the halvings ahead too late.
  const last = h.days - 1;
  const lastEnd = h.height[last] + h.blocks[last];
  if (!place.inside && place.daysAfter > 0 && given.height !== undefined && given.height < lastEnd)
    out.push({
      path: ['network', 'height'],
      message: m.heightBelowHistory(
        s.coin,
        s.start,
        lastEnd.toLocaleString('en-US'),
        h.lastDate,
        place.daysAfter <= PROTOCOL_CARRY_DAYS,
      ),
    });
};

/**
 * A replayed series needs the history on the start date (the replay is cut where it ends), and
 * runs the history's own figures from it: a start figure given beside it would be shown, and used
 * by the held-fixed answer, but not by any path.
 */
const replays: Rule = (s, h, out) => {
  if (startPlace(h, s.start).inside) {
    if (s.network.model.type === 'historical') {
      for (const key of ['difficulty', 'hashrate', 'hashprice'] as const)
        if (s.network[key] !== undefined)
          out.push({
            path: ['network', key],
            message: m.givenBesideReplay(`network.${key}`, 'network', s.start),
          });
      // The replay's blocks are the chain's: a height of another day would pay them its rewards.
      if (s.network.height !== undefined)
        out.push({ path: ['network', 'height'], message: m.heightBesideReplay(s.start, s.coin) });
    }
    if (s.price.model.type === 'historical' && s.price.start !== undefined)
      out.push({ path: ['price', 'start'], message: m.givenBesideReplay('price.start', 'price', s.start) });
    return;
  }
  const replayed: [boolean, PathKey[]][] = [
    [s.price.model.type === 'historical', ['price', 'model', 'type']],
    [s.network.model.type === 'historical', ['network', 'model', 'type']],
    [s.fees.model.type === 'historical', ['fees', 'model', 'type']],
  ];
  for (const [is, path] of replayed)
    if (is) out.push({ path, message: m.replayOutsideHistory(s.coin, s.start, h.firstDate, h.lastDate) });
};

function checkWindow(
  s: Scenario,
  h: History,
  days: number,
  partial: 'allowed' | 'refused',
  path: PathKey[],
  instead: string,
  out: RuleProblem[],
  minDays = MIN_PARTIAL_DAYS,
  windowOf: (days: number) => CalibrationWindow = (d) => calibrationWindow(h, s.start, d),
): void {
  const w = windowOf(days);
  if (w.coveredDays >= w.requestedDays) return;
  const partialKey = `${path.slice(0, -1).join('.')}.partial: allowed`;
  if (partial === 'allowed' && w.coveredDays >= minDays) return;
  // The most days of the history any window of this start holds: a longer window adds days only
  // where its missing ones lie past the history's end.
  const most = windowOf(h.days + w.requestedDays).coveredDays;
  out.push({
    path,
    message:
      partial === 'allowed'
        ? m.partialTooShort(
            w.firstDate,
            w.lastDate,
            w.coveredDays,
            minDays,
            s.coin,
            h.firstDate,
            h.lastDate,
            instead,
            most >= minDays ? w.requestedDays + minDays - w.coveredDays : null,
            most,
          )
        : m.windowNotCovered(
            w.firstDate,
            w.lastDate,
            w.coveredDays,
            w.requestedDays,
            s.coin,
            h.firstDate,
            h.lastDate,
            instead,
            partialKey,
          ),
  });
}

/** Each model's windows; a mixture's components each as if it were the scenario's model. */
const calibrationWindows: Rule = (s, h, out) => {
  for (const [family, rule] of [
    ['price', priceWindows],
    ['network', networkWindows],
  ] as const)
    for (const view of componentViews(s, family)) {
      const own: RuleProblem[] = [];
      rule(view.s, h, own);
      for (const p of own) out.push({ path: view.at(p.path), message: view.say(p.message) });
    }
};

/** The GARCH-t parameters a calibration fits when they are not given. */
const GARCH_FITTED = ['alpha', 'beta', 'nu', 'volatility'] as const;

const priceWindows: Rule = (s, h, out) => {
  const p = s.price.model;
  if ((p.type === 'gbm' || p.type === 'jump-diffusion') && p.calibrate !== undefined) {
    const jumpKeys = ['jumpsPerYear', 'jumpMean', 'jumpVolatility'] as const;
    const allGiven =
      p.drift !== undefined &&
      p.volatility !== undefined &&
      (p.type === 'gbm' || jumpKeys.every((k) => p[k] !== undefined));
    const keys =
      p.type === 'gbm'
        ? '`price.model.drift` and `price.model.volatility`'
        : '`price.model.drift`, `volatility`, `jumpsPerYear`, `jumpMean` and `jumpVolatility`';
    if (!allGiven) checkWindow(s, h, p.calibrate, p.partial, ['price', 'model', 'calibrate'], keys, out);
  }
  // A partial window for a GARCH-t fit holds at least the returns a fit takes, and they must vary:
  // a window whose price never moves (imported days can hold one) has no variance to fit.
  if (p.type === 'garch-t' && p.calibrate !== undefined) {
    const before = out.length;
    const instead = '`price.model.alpha`, `beta`, `nu`, `volatility` and `drift`';
    checkWindow(
      s,
      h,
      p.calibrate,
      p.partial,
      ['price', 'model', 'calibrate'],
      instead,
      out,
      MIN_FIT_RETURNS + 1,
    );
    const fitted = GARCH_FITTED.some((key) => p[key] === undefined);
    const w = calibrationWindow(h, s.start, p.calibrate);
    if (out.length === before && fitted && !garchFittable(logReturns(h.priceUsd, w)))
      out.push({
        path: ['price', 'model', 'calibrate'],
        message: m.flatWindow(w.firstDate, w.lastDate, 'GARCH-t', instead),
      });
  }
  if (p.type === 'bootstrap') {
    if (p.from === undefined)
      checkWindow(
        s,
        h,
        p.window,
        p.partial,
        ['price', 'model', 'window'],
        'an explicit `price.model.from` and `price.model.to` inside the history',
        out,
      );
    else
      for (const end of ['from', 'to'] as const) {
        const date = p[end];
        if (date !== undefined && h.indexOf(date) < 0)
          out.push({
            path: ['price', 'model', end],
            message: m.dateOutsideHistory(date, s.coin, h.firstDate, h.lastDate),
          });
      }
  }
};

const networkWindows: Rule = (s, h, out) => {
  const n = s.network.model;
  if (n.type === 'growth' && n.rate === undefined && n.calibrate !== undefined)
    checkNetworkWindow(s, h, n.calibrate, n.partial, '`network.model.rate`', out);
  if (
    n.type === 'stochastic' &&
    n.calibrate !== undefined &&
    (n.drift === undefined || n.volatility === undefined)
  )
    checkNetworkWindow(
      s,
      h,
      n.calibrate,
      n.partial,
      '`network.model.drift` and `network.model.volatility`',
      out,
      // A volatility net of block luck reads changes of 7-day means up to 56 days apart.
      n.blockLuck === 'removed' && n.volatility === undefined
        ? Math.max(MIN_PARTIAL_DAYS, NET_OF_LUCK_MIN_DAYS)
        : MIN_PARTIAL_DAYS,
    );
  if (n.type === 'endogenous') {
    const given = [n.lag, n.entryRate, n.entryMargin, n.shutdownMargin, n.shutdown, n.volatility];
    if (given.some((v) => v === undefined))
      checkNetworkWindow(
        s,
        h,
        n.calibrate ?? DEFAULT_FIT_DAYS,
        n.partial,
        '`network.model.lag`, `entryRate`, `entryMargin`, `shutdownMargin`, `shutdown` and `volatility`',
        out,
      );
  }
};

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
): void {
  const path: PathKey[] = ['network', 'model', 'calibrate'];
  checkWindow(s, h, days, partial, path, instead, out, minDays);
  const w = calibrationWindow(h, s.start, days);
  const protocol = coinProtocol(s.coin);
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
    ),
  });
}

/**
 * The fee level is part of the start state: the fees of the window before the start, or past the
 * history's last day the fees of its last window, carried forward as far as a price may be. Either
 * window must lie inside the history, unless the scenario allows a partial one.
 */
const feeLevel: Rule = (s, h, out) => {
  const f = s.fees.model;
  if (f.type !== 'share-of-subsidy' || f.share !== undefined) return;
  const days = f.calibrate ?? DEFAULT_FEE_DAYS;
  const place = startPlace(h, s.start);
  if (!place.inside && place.daysAfter > 0) {
    if (place.daysAfter > MARKET_CARRY_DAYS)
      out.push({
        path: ['fees', 'model', 'share'],
        message: m.startPastHistory(
          s.coin,
          s.start,
          h.lastDate,
          place.daysAfter,
          MARKET_CARRY_DAYS,
          '`fees.model.share` (or `fees.model: { type: per-block, amount: ... }`)',
          'fees.model: { type: share-of-subsidy, share: 2 % }',
        ),
      });
    if (place.daysAfter > MARKET_CARRY_DAYS) return;
  }
  checkWindow(
    s,
    h,
    days,
    f.partial,
    ['fees', 'model', 'calibrate'],
    '`fees.model.share`',
    out,
    MIN_PARTIAL_DAYS,
    (d) => feeShareWindow(s.start, h, d),
  );
};

/**
 * A volatility net of block luck on the scenario's own window: where the 7-day means move no more
 * than the luck of their days gives them, the walk's variance reads 0 or less, a network without a
 * random part, which no window of a year has read. (The by-score starts before it are scored as
 * they read.)
 */
const netOfLuckReads: Rule = (s, h, out) => {
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

const scoredMixture = scoredMixtures({ price: priceWindows, network: networkWindows, fees: feeLevel });

const RULES: Rule[] = [startState, replays, calibrationWindows, netOfLuckReads, scoredMixture, feeLevel];

/** Every coverage problem of the scenario against its coin's history. */
export function checkCoverage(s: Scenario, out: RuleProblem[]): void {
  const h = loadHistory(s.coin);
  for (const rule of RULES) rule(s, h, out);
}

/** The coverage problems of the scenario's mixtures weighted by score alone (scenario/default-price.ts). */
export function scoredMixtureProblems(s: Scenario): RuleProblem[] {
  const out: RuleProblem[] = [];
  scoredMixture(s, loadHistory(s.coin), out);
  return out;
}

/** The coverage problems of the scenario's price model's own calibration windows at its start (scenario/default-price.ts). */
export function priceWindowProblems(s: Scenario): RuleProblem[] {
  const out: RuleProblem[] = [];
  const h = loadHistory(s.coin);
  for (const view of componentViews(s, 'price')) priceWindows(view.s, h, out);
  return out;
}
