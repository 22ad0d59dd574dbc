// Coverage rules of the start (scenario/coverage.ts): the chain's state on the start date
// (model/start-carry.ts says what can be carried past the history's last day, and how far), and
// replays of the history, which need it on that date.

import type { History } from '../data/history.js';
import { coverageMessages as m } from '../messages/coverage.js';
import { rewardAt, startPlace } from '../model/chain-clock.js';
import { chainState } from '../model/chain-state.js';
import { coinProtocol } from '../model/coins/index.js';
import { startFeesPerBlock } from '../model/market/fees/fee-level.js';
import { missingStartState, PROTOCOL_CARRY_DAYS, type StartNeed } from '../model/start-carry.js';
import { givenStartState } from './given-state.js';
import type { RuleProblem, Scenario } from './normalize.js';
import type { PathKey } from './problem.js';

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

/**
 * Before the history, the figure of its first day as the example: today's (startStateExamples)
 * followed on a start of 2009 dated no halving ahead (a height of 930,000) or priced BTC at 78,600 USD.
 */
function firstDayExample(need: StartNeed, h: History): string {
  if (need === 'height') return `network.height: ${h.height[0]}`;
  if (need === 'difficulty') return `network.difficulty: ${Number(h.difficulty[0].toPrecision(6))}`;
  return `price.start: ${Number(h.priceUsd[0].toPrecision(4))} USD`;
}

/** The history's last height carried `daysAfter - 1` whole days at the coin's target block rate. */
function heightEstimate(s: Scenario, h: History, daysAfter: number) {
  const lastEnd = h.height[h.days - 1] + h.blocks[h.days - 1];
  const perDay = Math.round(86_400 / coinProtocol(s.coin).blockIntervalS);
  return { lastEnd, perDay, height: lastEnd + (daysAfter - 1) * perDay };
}

export const startState: Rule = (s, h, out) => {
  const protocol = coinProtocol(s.coin);
  if (s.start < protocol.genesisDate) {
    out.push({
      path: ['start'],
      message: m.beforeGenesis(protocol.name, s.start, protocol.genesisDate, 'start'),
    });
    return;
  }
  const given = givenStartState(s);
  const place = startPlace(h, s.start);
  // Before the history the chain is below the height it had on the history's first day: a higher
  // one would date the halvings ahead in another era.
  if (!place.inside && place.daysAfter < 0 && given.height !== undefined && given.height > h.height[0])
    out.push({
      path: ['network', 'height'],
      message: m.heightAboveHistory(s.coin, s.start, h.height[0], h.firstDate),
    });
  for (const { need, limitDays } of missingStartState(h, s.start, given)) {
    const { path, keys } = NEED_KEYS[need];
    const example = coinProtocol(s.coin).startStateExamples[need];
    // Past the history a height is shown as the history's last carried at the target rate: a fixed
    // example (930,000) validated on any later start and dated the halvings ahead months late.
    const estimate =
      need === 'height' && !place.inside && place.daysAfter > 0
        ? heightEstimate(s, h, place.daysAfter)
        : null;
    out.push({
      path,
      message:
        limitDays === null || place.inside
          ? m.startBeforeHistory(s.coin, s.start, h.firstDate, h.lastDate, keys, firstDayExample(need, h))
          : estimate === null
            ? m.startPastHistory(s.coin, s.start, h.lastDate, place.daysAfter, limitDays, keys, example)
            : m.startPastHistory(
                s.coin,
                s.start,
                h.lastDate,
                place.daysAfter,
                limitDays,
                keys,
                `network.height: ${estimate.height}`,
                m.heightExampleFrom(estimate.lastEnd, h.lastDate, estimate.perDay),
              ),
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
        lastEnd,
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
export const replays: Rule = (s, h, out) => {
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
