// The note on a scenario that names no price model and starts past the history: its default, the
// block bootstrap of the history's last 4 years (scenario/default-price.ts), carries their mean log
// return on every path, however long before the start they end. Monero's last 4 years, 2016-02-10
// to 2020-02-09, rose 130.7 % a year (log): a desktop that loses 0.09 USD a day held fixed at
// today's figures paid back within 2 years on half the paths. The assumptions table said so; the
// terminal, where the answer is read, said only that figures were carried forward. Printed by
// `validate` and the commands that run a scenario, and in the assumptions table (startNotes).
import { loadHistory } from '../data/history.js';
import { coverageMessages as m } from '../messages/coverage.js';
import { DAYS_PER_YEAR } from '../model/calendar.js';
import { logReturns } from '../model/market/calibrate.js';
import { pct } from '../model/market/model.js';
import type { HardwareNote } from './hardware-notes.js';
import type { Scenario } from './normalize.js';

/** The default price's note past the history, or null where the scenario names its price model. */
export function defaultPricePastEndNote(s: Scenario): HardwareNote | null {
  const past = s.earlyPrice?.pastEnd;
  if (past === undefined) return null;
  const h = loadHistory(s.coin);
  const returns = logReturns(h.priceUsd, { from: h.indexOf(past.from), to: h.indexOf(past.to) + 1 });
  let sum = 0;
  for (const r of returns) sum += r;
  const drift = returns.length > 0 ? (sum / returns.length) * DAYS_PER_YEAR : 0;
  return {
    label: 'price.model',
    value: m.defaultPricePastEnd(past.from, past.to, past.daysBefore, pct(drift)),
    note: m.defaultPricePastEndAdvice(past.from, past.to),
  };
}
