// The history's figures a run reads meet the bounds the scenario's own figures meet. The shipped
// history does; days a user imports (`minesim data import`) are checked to be positive and to agree
// with the history where they overlap, not to stay within those bounds, so a price of 1e300 USD on
// an imported day would otherwise reach the engine as the start price or a replayed day.
import type { History } from '../data/history.js';
import { loadHistory } from '../data/history.js';
import { schemaMessages as m } from '../messages/schema.js';
import { startPlace } from '../model/chain-clock.js';
import type { RuleProblem, Scenario } from './normalize.js';
import type { PathKey } from './problem.js';
import { LIMITS } from './schema/limits.js';

interface Series {
  values: ArrayLike<number>;
  min: number;
  max: number;
  what: string;
  allowed: string;
  path: PathKey[];
}

/** The first day in [from, to) whose value is outside [min, max], as [index, value]. */
function firstOutside(s: Series, from: number, to: number): [number, number] | undefined {
  for (let i = from; i < to; i++) {
    const v = s.values[i];
    if (!(v >= s.min && v <= s.max)) return [i, v];
  }
  return undefined;
}

export function historyValues(s: Scenario, out: RuleProblem[], history: History = loadHistory(s.coin)): void {
  const place = startPlace(history, s.start);
  // Outside the history the start state is carried from its last day (coverage-start.ts says how far).
  const start = place.inside ? place.index : history.days - 1;
  if (start < 0) return;
  const checks: [used: boolean, replayed: boolean, Series][] = [
    [
      s.price.start === undefined,
      s.price.model.type === 'historical',
      {
        values: history.priceUsd,
        min: LIMITS.minCoinPriceUsd,
        max: LIMITS.moneyUsd,
        what: 'price',
        allowed: `${LIMITS.shownMinCoinPrice} to ${LIMITS.shownMoney}`,
        path: ['price'],
      },
    ],
    [
      s.network.difficulty === undefined &&
        s.network.hashrate === undefined &&
        s.network.hashprice === undefined,
      s.network.model.type === 'historical',
      {
        values: history.difficulty,
        min: LIMITS.minDifficulty,
        max: LIMITS.maxDifficulty,
        what: 'difficulty',
        allowed: '1 to 1e30',
        path: ['network'],
      },
    ],
  ];
  for (const [used, replayed, series] of checks) {
    if (!used && !replayed) continue;
    // A replay reads every day of the horizon the history holds; a start value, the start day.
    const end = replayed && place.inside ? Math.min(history.days, start + s.days) : start + 1;
    const bad = firstOutside(series, start, end);
    if (bad)
      out.push({
        path: series.path,
        message: m.historyOutOfBounds(series.what, history.dateAt(bad[0]), bad[1], series.allowed),
      });
  }
}
