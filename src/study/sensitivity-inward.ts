// An input --by moves to an end the scenario's rules refuse (a margin call's restoreTo above its
// covenant): each end is tried alone; with one end refused the input stays at the base on that side
// and moves inward only (sensitivity.ts notes why); with both refused the study cannot move it by
// --by, and its message gives the two ends and the reasons, so the user can give a range instead.
import type { Problem } from '../scenario/problem.js';
import type { GridResult } from './sweep-grid.js';
import { isFractionUnit, type SweepAxis } from './vary.js';

export type InwardMove =
  /** One end refused: the range with that end at the base, its grid, and the refused end's reason. */
  | { kind: 'inward'; range: SweepAxis; built: GridResult; refused: { side: 0 | 1; reason: string } }
  /** Both ends refused: the ends as the user would write them, and the reasons. */
  | { kind: 'refused'; low: string; high: string; reasons: string }
  /** Neither end alone is refused (the two together are), or the inward range is refused too. */
  | { kind: 'none' };

/**
 * Tries each end of `moved` (the range --by made for `key`, around `base`, in the field's bare unit
 * `bare`) alone through `build`, and what the input can do then (see the file comment).
 */
export async function moveInward(
  key: string,
  moved: SweepAxis,
  base: number,
  bare: string | null,
  build: (axis: SweepAxis) => Promise<GridResult>,
): Promise<InwardMove> {
  const alone = await Promise.all(
    moved.values.map((v) => build({ ...moved, text: `${key}=${v}`, values: [v] })),
  );
  const ok = alone.map((a) => a.ok);
  const failed = alone[ok[0] ? 1 : 0];
  if (ok[0] !== ok[1] && !failed.ok) {
    const side = ok[0] ? 1 : 0;
    const inward = byInward(moved, side, base);
    const built = await build(inward);
    if (built.ok)
      return { kind: 'inward', range: inward, built, refused: { side, reason: refusalOf(failed.problems) } };
    return { kind: 'none' };
  }
  if (ok[0] || ok[1]) return { kind: 'none' };
  const [low, high] = moved.values.map((v) =>
    isFractionUnit(bare)
      ? `${Number((v * 100).toPrecision(12))} %`
      : `${Number(v.toPrecision(12))}${bare === null || bare === 'number' ? '' : ` ${bare}`}`,
  );
  const reasons = [...new Set(alone.flatMap((a) => (a.ok ? [] : [refusalOf(a.problems)])))].join('; ');
  return { kind: 'refused', low, high, reasons };
}

/** `range` with its end on `side` (0 low, 1 high) at `base`. */
function byInward(range: SweepAxis, side: 0 | 1, base: number): SweepAxis {
  const values = side === 0 ? [base, range.values[1]] : [range.values[0], base];
  return { ...range, text: `${range.key}=${values[0]}..${values[1]}`, values };
}

/** A refused end's reasons, without the value and grid point the user did not write. */
function refusalOf(problems: readonly Problem[]): string {
  return problems
    .map((p) => p.message.replace(/ \(at the grid point [^)]*\)$/, '').replace(/ \(got [^)]*\)$/, ''))
    .join('; ');
}
