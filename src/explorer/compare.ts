// The comparison of a run with a pinned one in the explorer: each headline row's two values and
// its change, as text (view.ts says how each row reads).
import { explorerMessages as m } from '../messages/explorer.js';
import { NONE } from '../report/format.js';
import {
  type ExplorerView,
  hasOneOutcome,
  headlineRows,
  outcomesOf,
  rowFor,
  rowText,
  yesNo,
} from './view.js';

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
    const change =
      a === null || b === null || bounded
        ? NONE
        : formatA === yesNo || formatB === yesNo
          ? a === b && formatA === formatB
            ? 'unchanged'
            : `${textA} to ${textB}`
          : signed((row.change ?? row.format)(b - a), b - a);
    const label = mixed
      ? m.mixedRow(row.label, side, outcomesOf(one), rowFor(row, one).format === yesNo)
      : row.label;
    return [label, textA, textB, change];
  });
}

function signed(text: string, delta: number): string {
  return delta > 0 && !text.startsWith('+') ? `+${text}` : text;
}
