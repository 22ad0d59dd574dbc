// The price model of a scenario that names none (model/market/defaults.ts): the calibration
// study's choice, the bootstrap/GARCH-t mixture weighted by score, wherever the history lets it
// score its models as of starts up to 2 years before the start and calibrate them on the history
// before it; else the block bootstrap, the study's choice among the models that run on every
// start. Decided once, at validation, so every command, the assumptions table and the run read the
// same model.

import { addDays, daysBetween } from '../data/dates.js';
import { loadHistory } from '../data/history.js';
import { calibrationWindow } from '../model/market/calibrate.js';
import { DEFAULT_PRICE_MODEL, EARLY_PRICE_MODEL } from '../model/market/defaults.js';
import { STUDY_WINDOW_DAYS } from '../model/market/price/bootstrap.js';
import { priceModelSchema } from '../model/market/price/registry.js';
import { priceWindowProblems, scoredMixtureProblems } from './coverage.js';
import type { Scenario } from './normalize.js';

const isScored = (model: { type: string; weights?: string }) =>
  model.type === 'mixture' && model.weights === 'by-score';

let parsedDefault: Scenario['price']['model'] | undefined;
const defaultModel = () => {
  parsedDefault ??= priceModelSchema.parse(DEFAULT_PRICE_MODEL) as Scenario['price']['model'];
  return parsedDefault;
};

const withDefault = (s: Scenario, start = s.start): Scenario => ({
  ...s,
  start,
  price: { ...s.price, model: defaultModel() },
});

/**
 * Gives a scenario whose price model is defaulted (schema's prefault: the bootstrap) the mixture
 * where it can run; where it cannot, keeps the bootstrap and records why on `scenario.earlyPrice`.
 */
export function chooseDefaultPrice(s: Scenario): void {
  if (isScored(s.network.model)) {
    s.earlyPrice = { reason: 'scored-network' };
    toHistoryEnd(s);
    return;
  }
  const mixture = withDefault(s);
  if (scoredMixtureProblems(mixture).length > 0) {
    s.earlyPrice = { reason: 'early', from: firstMixtureStart(s) };
    return;
  }
  // Scored on the history's last 2 years, a start far past them may still leave its own models
  // too few days to calibrate on (the GARCH-t's 2 years, before the bootstrap's 4), as may
  // imported days whose price never moves.
  if (priceWindowProblems(mixture).length > 0) {
    s.earlyPrice = { reason: 'window', last: loadHistory(s.coin).lastDate };
    toHistoryEnd(s);
    return;
  }
  s.price = { ...s.price, model: defaultModel() };
}

/**
 * The default bootstrap on a start past the history's end resamples the 4 years to the history's
 * last day (all of it, if shorter), as the shipped S21 scenario names them, and the assumptions
 * table says how long before the start they end. Its 4 years before the start held only what of
 * them was history: a start on 2029-10-01 resampled the 45 days to 2025-11-14, whose mean of
 * -187.1 % a year every path carried; a start 1,467 days past the end held none and was refused.
 */
function toHistoryEnd(s: Scenario): void {
  const h = loadHistory(s.coin);
  if (h.days < 2 || calibrationWindow(h, s.start, STUDY_WINDOW_DAYS).lastDate <= h.lastDate) return;
  const first = addDays(h.lastDate, 1 - STUDY_WINDOW_DAYS);
  const from = first < h.firstDate ? h.firstDate : first;
  const written = { ...EARLY_PRICE_MODEL, from, to: h.lastDate };
  s.price = { ...s.price, model: priceModelSchema.parse(written) as Scenario['price']['model'] };
  if (s.earlyPrice !== undefined)
    s.earlyPrice.pastEnd = {
      from,
      to: h.lastDate,
      days: daysBetween(from, h.lastDate) + 1,
      fourYears: from === first,
      daysBefore: daysBetween(h.lastDate, s.start),
    };
}

/**
 * The first history day from which the mixture runs for this scenario (more history before a
 * start only helps it), by bisection over the days after the start; null when none does.
 */
function firstMixtureStart(s: Scenario): string | null {
  const h = loadHistory(s.coin);
  const runs = (i: number) => scoredMixtureProblems(withDefault(s, h.dateAt(i))).length === 0;
  let low = Math.max(0, h.indexOf(s.start));
  let high = h.days - 1;
  if (h.days === 0 || !runs(high)) return null;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (runs(mid)) high = mid;
    else low = mid + 1;
  }
  return h.dateAt(low);
}
