// Rules on what the history must cover: the chain's state on the start date (model/start-carry.ts
// says what can be carried past the history's last day, and how far), replays of the history,
// and every calibration window. A window the history does not fully cover is refused unless the
// model says `partial: allowed`, so no model ever runs on parameters estimated from days that are
// not there. Each problem names the keys that would fix it.
//
// The rules live one family a file: the start and replays (coverage-start.ts), the window check
// they share (coverage-window.ts), the price, network and fee models' windows (coverage-price.ts,
// coverage-network.ts, coverage-fees.ts) and mixtures weighted by score (coverage-scored.ts).

import type { History } from '../data/history.js';
import { loadHistory } from '../data/history.js';
import { componentViews } from '../model/market/mixture.js';
import { feeLevel } from './coverage-fees.js';
import { netOfLuckReads, networkWindows } from './coverage-network.js';
import { priceWindows } from './coverage-price.js';
import { scoredMixtures } from './coverage-scored.js';
import { replays, startState } from './coverage-start.js';
import type { RuleProblem, Scenario } from './normalize.js';

type Rule = (s: Scenario, h: History, out: RuleProblem[]) => void;

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
