// Coverage rules of mixtures with `weights: by-score`: each model of the mixture is run as of
// starts before the scenario's (model/market/price/score.ts, network/score.ts), so there must be
// such starts, and each model's windows must be covered at the first of them (then at every later
// one too). A network mixture's forecasts are driven by the scenario's own price and fee models,
// run as of the same starts: their windows must be covered there too, and a price mixture whose
// weights are themselves scored cannot drive them (its scores would be scored again at each start).

import { loadCatalog } from '../data/catalog.js';
import { addDays, daysBetween } from '../data/dates.js';
import type { History } from '../data/history.js';
import { coverageMessages as m } from '../messages/coverage.js';
import { componentViews, type Family } from '../model/market/mixture.js';
import { networkModel } from '../model/market/network/registry.js';
import { priceModel } from '../model/market/price/registry.js';
import { SCORE_OPTIONS, scoreEnd, scoreOrigins } from '../model/market/price/score.js';
import type { RuleProblem, Scenario } from './normalize.js';
import type { PathKey } from './problem.js';

type Rule = (s: Scenario, h: History, out: RuleProblem[]) => void;

/** The coverage rules of one model of each family (scenario/coverage.ts). */
export interface WindowRules {
  price: Rule;
  network: Rule;
  fees: Rule;
}

const RECORDS = { price: priceModel, network: networkModel };

const isScored = (model: { type: string; weights?: string }) =>
  model.type === 'mixture' && model.weights === 'by-score';

/** The rule on scored mixtures of both families, given the families' window rules. */
export function scoredMixtures(windows: WindowRules): Rule {
  return (s, h, out) => {
    for (const family of ['price', 'network'] as const) {
      if (!isScored(s[family].model)) continue;
      const origins = scoreOrigins(scoreEnd(h, s.start), SCORE_OPTIONS);
      if (origins.length === 0) {
        out.push({
          path: [family, 'model', 'weights'],
          message: m.scoreNeedsHistory(
            s.start,
            h.firstDate,
            SCORE_OPTIONS.windowDays,
            SCORE_OPTIONS.horizonDays,
          ),
        });
        continue;
      }
      const first: Scenario = { ...s, start: h.dateAt(origins[0]), scoredOrigin: true };
      componentsCovered(family, first, h, windows[family], out, (type, index) =>
        m.scoreWindowNotCovered(type, first.start, laterStart(s, h, family, windows[family], index)),
      );
      if (family === 'network') drivers(first, h, windows, out);
    }
  };
}

/** Each model of `family` at the first scored start `first`; a problem is put on the model. */
function componentsCovered(
  family: Family,
  first: Scenario,
  h: History,
  rule: Rule,
  out: RuleProblem[],
  message: (type: string, index: number) => string,
): void {
  componentViews(first, family).forEach((view, index) => {
    const model = view.s[family].model;
    const path = view.at([family, 'model']);
    if (model.type === 'bootstrap' && 'from' in model && model.from !== undefined) {
      out.push({ path: [...path, 'from'], message: m.scoreFixedWindow() });
      return;
    }
    if (!runsAt(family, view.s, h, rule)) out.push({ path, message: message(model.type, index) });
  });
}

/**
 * Whether the model of `family` in `s` runs as of its start: its windows covered, and its own
 * rules met there too (a fit that needs more history than there is, the endogenous network's, is
 * refused there, not found missing while the weights are scored).
 */
function runsAt(family: Family, s: Scenario, h: History, rule: Rule): boolean {
  const model = s[family].model;
  const own: RuleProblem[] = [];
  rule(s, h, own);
  if (own.length === 0)
    RECORDS[family](model.type).rules?.(model, s, own, { history: () => h, catalog: loadCatalog });
  return own.length === 0;
}

/**
 * The earliest start on which the model `index` of the scored mixture of `family` runs as of the
 * first scored start (a later start scores from later starts, with more history before them), or
 * null where no start within the history does.
 */
function laterStart(s: Scenario, h: History, family: Family, rule: Rule, index: number): string | null {
  const runs = (days: number) => {
    const start = addDays(s.start, days);
    const origins = scoreOrigins(scoreEnd(h, start), SCORE_OPTIONS);
    if (origins.length === 0) return false;
    const view = componentViews({ ...s, start: h.dateAt(origins[0]), scoredOrigin: true }, family)[index];
    return runsAt(family, view.s, h, rule);
  };
  let high = daysBetween(s.start, h.lastDate);
  if (high < 1 || !runs(high)) return null;
  let low = 1;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (runs(mid)) high = mid;
    else low = mid + 1;
  }
  return addDays(s.start, low);
}

/** The scenario's price and fee models, which drive a scored network mixture's forecasts. */
function drivers(first: Scenario, h: History, windows: WindowRules, out: RuleProblem[]): void {
  if (isScored(first.price.model)) {
    out.push({ path: ['network', 'model', 'weights'], message: m.scoreDriverScored() });
    return;
  }
  componentsCovered('price', first, h, windows.price, out, (type) =>
    m.scoreDriverNotCovered('price', type, first.start),
  );
  const own: RuleProblem[] = [];
  windows.fees(first, h, own);
  const path: PathKey[] = ['fees', 'model'];
  if (own.length > 0)
    out.push({ path, message: m.scoreDriverNotCovered('fee', first.fees.model.type, first.start) });
}
