// The comparison of a run with a pinned one in the explorer: each headline row's two values and
// its change, as text (view.ts says how each row reads).
import { explorerMessages as m } from '../messages/explorer.js';
import { NONE } from '../report/format.js';
import { shareInterval } from '../stats/shares.js';
import type { Distribution, Estimate, QuantileKey } from '../stats/summary.js';
import { headlineRows } from './headline-rows.js';
import { type ExplorerView, hasOneOutcome, outcomesOf, rowEstimate, rowFor, rowText, yesNo } from './view.js';

/**
 * Whether two medians' 95 % intervals (summary.json's intervals.p50; or another quantile's, `key`) overlap; null where either run
 * has none (too few paths, one outcome: the cells say so). An end that is null is a payback past
 * its own run's horizon, after its last day (`daysA`, `daysB`: scenario.days, the days the run
 * simulated, days 0 to days - 1): an interval past a 365-day horizon is day 365 or later, which
 * holds a 730-day run's [400, 450] and meets its [300, 365]. A run without a horizon given reads a null end as later than any day.
 */
export function intervalsOverlap(
  a: Distribution | undefined,
  b: Distribution | undefined,
  daysA = Number.POSITIVE_INFINITY,
  daysB = Number.POSITIVE_INFINITY,
  key: QuantileKey = 'p50',
): boolean | null {
  const [x, y] = [a?.intervals?.[key], b?.intervals?.[key]];
  if (x === undefined || x === null || y === undefined || y === null) return null;
  // `high` lies wholly before the interval starting at `low` (null: day `days` or later, past its run's last day).
  const before = (high: number | null, low: number | null, days: number) =>
    high !== null && high < (low ?? days);
  return !before(x.high, y.low, daysB) && !before(y.high, x.low, daysA);
}

/**
 * Whether two shares' 95 % intervals overlap (stats/shares.ts shareInterval: Wilson's, over each
 * run's paths, in pairs under antithetic; a share of 0 or 1 has one too): a difference between them
 * may be the Monte Carlo noise of either run, as two medians' overlapping intervals say.
 */
export function sharesOverlap(
  a: Estimate,
  b: Estimate,
  runA: { paths: number; antithetic: boolean },
  runB: { paths: number; antithetic: boolean },
): boolean {
  const [lowA, highA] = shareInterval(a, runA.paths, runA.antithetic);
  const [lowB, highB] = shareInterval(b, runB.paths, runB.antithetic);
  return !(highA < lowB || highB < lowA);
}

/** One row of the comparison with a pinned run: both values and the change, as text. */
export function comparisonRows(
  pinned: ExplorerView,
  current: ExplorerView,
): [string, string, string, string][] {
  // A run of many paths beside a run of one outcome: the rows of many, each saying what the other's value is.
  const mixed = hasOneOutcome(pinned) !== hasOneOutcome(current);
  const [one, side] = hasOneOutcome(pinned) ? [pinned, 'pinned' as const] : [current, 'now' as const];
  return headlineRows(pinned, current).map((row) => {
    const [rowA, rowB] = [rowFor(row, pinned), rowFor(row, current)];
    const [a, b] = [rowA.value(pinned), rowB.value(current)];
    const [textA, textB] = [rowText(row, pinned), rowText(row, current)];
    const [formatA, formatB] = [rowA.format, rowB.format];
    // A value that is only a bound (≤ or ≥) has no exact change.
    const bounded = /^[≤≥]/.test(textA) || /^[≤≥]/.test(textB);
    // A yes or no (a run of one outcome) has no difference to print: whether it changed.
    // Counts of two coins (BTC beside XMR) have no difference.
    const otherCoin = row.inCoins === true && pinned.scenario.coinUnit !== current.scenario.coinUnit;
    const change =
      a === null || b === null || bounded || otherCoin
        ? NONE
        : formatA === yesNo || formatB === yesNo
          ? // The same answer and the same words after it (the history's default on the same day).
            textA === textB
            ? 'unchanged'
            : `${textA} to ${textB}`
          : signed((row.change ?? (row.inCoins ? rowA.format : row.format))(b - a), b - a);
    const label =
      mixed && row.onHistory === undefined
        ? m.mixedRow(row.label, side, outcomesOf(one), rowFor(row, one).format === yesNo)
        : row.label;
    // A median's change beside whether the two runs' 95 % intervals overlap: a what-if's change
    // within them may be the Monte Carlo noise of either run.
    // A share's change likewise beside whether the two shares' 95 % intervals overlap.
    const [shareA, shareB] = [rowEstimate(rowA, pinned), rowEstimate(rowB, current)];
    const overlap =
      shareA !== null && shareB !== null
        ? sharesOverlap(shareA, shareB, pinned.run, current.run)
        : row.interval === undefined || hasOneOutcome(pinned) || hasOneOutcome(current)
          ? null
          : intervalsOverlap(
              row.interval(pinned),
              row.interval(current),
              pinned.scenario.days,
              current.scenario.days,
              row.quantile,
            );
    return [label, textA, textB, overlap === null ? change : `${change} (${m.intervalsOverlap(overlap)})`];
  });
}

function signed(text: string, delta: number): string {
  return delta > 0 && !text.startsWith('+') ? `+${text}` : text;
}
