// The default price on a start past the history. Whichever default runs there (the mixture, or
// the block bootstrap of the history's last 4 years: scenario/default-price.ts), it is fitted on
// the history and carries the mean log return of its last years on every path, however long
// before the start they end. Monero's last 4 years, 2016-02-10 to 2020-02-09, rose 130.7 % a year
// (log): a desktop that loses 0.09 USD a day held fixed at today's figures paid back within 2
// years on half the paths (0.495). So the default is held to the limit a market figure is carried
// past the history (model/start-carry.ts, MARKET_CARRY_DAYS): within it the run says what the
// default carries (a note printed by `validate`, the commands that run a scenario and the
// assumptions table); past it the scenario is refused with what to give, as a price is.
import { addDays } from '../data/dates.js';
import { type History, loadHistory } from '../data/history.js';
import { coverageMessages as m } from '../messages/coverage.js';
import { DAYS_PER_YEAR } from '../model/calendar.js';
import { startPlace } from '../model/chain-clock.js';
import { logReturns } from '../model/market/calibrate.js';
import { pct } from '../model/market/model.js';
import { STUDY_WINDOW_DAYS } from '../model/market/price/bootstrap.js';
import { MARKET_CARRY_DAYS } from '../model/start-carry.js';
import type { HardwareNote } from './hardware-notes.js';
import type { RuleProblem, Scenario } from './normalize.js';

/** The mean log return a year of the history's prices over `from` to `to`, as printed. */
function windowDrift(h: History, from: string, to: string): string {
  const returns = logReturns(h.priceUsd, { from: h.indexOf(from), to: h.indexOf(to) + 1 });
  let sum = 0;
  for (const r of returns) sum += r;
  return pct(returns.length > 0 ? (sum / returns.length) * DAYS_PER_YEAR : 0);
}

/** The default price's note past the history, or null where the scenario names its price model. */
export function defaultPricePastEndNote(s: Scenario): HardwareNote | null {
  const past = s.earlyPrice?.pastEnd;
  if (past === undefined) return null;
  const h = loadHistory(s.coin);
  return {
    label: 'price.model',
    value: m.defaultPricePastEnd(past.from, past.to, past.daysBefore, windowDrift(h, past.from, past.to)),
    note: m.defaultPricePastEndAdvice(past.from, past.to),
  };
}

/**
 * A scenario that names no price model and starts more than MARKET_CARRY_DAYS past the history:
 * refused, naming the history's last 4 years (all of it, if shorter) and the trend the default
 * would carry from them.
 */
export function defaultPricePastCarry(s: Scenario): RuleProblem[] {
  if (!s.defaultModels?.includes('price')) return [];
  const h = loadHistory(s.coin);
  if (h.days < 2) return [];
  const place = startPlace(h, s.start);
  if (place.inside || place.daysAfter <= MARKET_CARRY_DAYS) return [];
  const first = addDays(h.lastDate, 1 - STUDY_WINDOW_DAYS);
  const from = first < h.firstDate ? h.firstDate : first;
  return [
    {
      path: ['price', 'model'],
      message: m.defaultPricePastCarry(
        s.coin,
        s.start,
        h.lastDate,
        place.daysAfter,
        MARKET_CARRY_DAYS,
        from,
        windowDrift(h, from, h.lastDate),
      ),
    },
  ];
}
