// The lines a sweep prints after its table: where the payback boundary lies in each row of the
// grid (its crossings, or the side of it the row stays on), then the same of each claim against its
// own threshold.

import { sweepMessages } from '../messages/sweep.js';
import { BOUNDARY, claimBoundaries, claimShareAt, gridRows } from '../study/sweep-crossings.js';
import type { BoundaryCrossing, SweepPointResult, SweepResult } from '../study/sweep-result.js';
import { formatAxisQuantity } from '../study/vary.js';

/**
 * Where the boundary lies in each row of the grid: its crossings, or the side of it the row stays
 * on; then the same of each of the scenario's claims, against its own threshold.
 */
export function sweepBoundaryLines(result: SweepResult): string[] {
  const first = result.axes[0];
  if (!first) return [];
  // A sweep of one value (the grid refuses one beside other axes): no "all along" it to speak of.
  const one =
    first.values.length === 1 && result.axes.length === 1
      ? `${first.key} = ${formatAxisQuantity(first, first.values[0])}`
      : null;
  const lines = rowLines(
    result,
    result.boundary,
    (p) => p[BOUNDARY.measure].p > BOUNDARY.threshold,
    (at, when, between) => sweepMessages.boundary(at, when, between),
    (above, when) =>
      one === null ? sweepMessages.noBoundary(first.key, above, when) : sweepMessages.oneValue(one, above),
    (from, to, shares, when) => sweepMessages.boundaryStep(from, to, shares, when),
  );
  for (const [c, claim] of claimBoundaries(result).entries()) {
    const probability = Number(claim.threshold.slice(claim.threshold.indexOf(' ') + 1));
    const unknown = result.points.filter((p) => Number.isNaN(claimShareAt(p, c))).length;
    if (unknown > 0) {
      // Its share is not known at some points: no side to stay on, and no crossing beside them.
      lines.push(
        sweepMessages.claimUnknown(claim.text, unknown, result.points.length, first.key),
        ...claim.crossings.map((x) =>
          sweepMessages.claimBoundary(
            claim.text,
            probability,
            `${first.key} = ${formatAxisQuantity(first, Number(x.values[0].toPrecision(3)))}`,
            result.axes
              .slice(1)
              .map((axis, i) => `${axis.key} = ${formatAxisQuantity(axis, x.values[i + 1])}`)
              .join(', '),
          ),
        ),
      );
      continue;
    }
    lines.push(
      ...rowLines(
        result,
        claim.crossings,
        (p) => p.claims[c].share > probability,
        (at, when, between) => sweepMessages.claimBoundary(claim.text, probability, at, when, between),
        (above, when) =>
          one === null
            ? sweepMessages.claimNoBoundary(claim.text, probability, first.key, above, when)
            : sweepMessages.claimOneValue(claim.text, probability, one, above),
        (from, to, shares, when) =>
          sweepMessages.claimBoundaryStep(claim.text, probability, from, to, shares, when),
      ),
    );
  }
  return lines;
}

/** A line per crossing of each row of the grid, or one saying which side the row stays on. */
function rowLines(
  result: SweepResult,
  boundary: readonly BoundaryCrossing[],
  above: (p: SweepPointResult) => boolean,
  crossing: (at: string, when: string, between: { low: string; high: string } | null) => string,
  none: (above: boolean, when: string) => string,
  step: (from: string, to: string, shares: [number, number], when: string) => string,
): string[] {
  const [first, ...others] = result.axes;
  const lines: string[] = [];
  for (const row of gridRows(result)) {
    const rest = row[0].values.slice(1);
    const when = others.map((axis, i) => `${axis.key} = ${formatAxisQuantity(axis, rest[i])}`).join(', ');
    const crossings = boundary.filter((c) => c.values.slice(1).every((v, i) => v === rest[i]));
    for (const c of crossings) {
      if (c.step !== undefined) {
        // One outcome on either side: the share is 0 or 1 at each, so name the step, not a middle.
        const { from, to } = c.step;
        const side = (v: number) => (above(row[first.values.indexOf(v)]) ? 1 : 0);
        lines.push(
          step(
            `${first.key} = ${formatAxisQuantity(first, from)}`,
            formatAxisQuantity(first, to),
            [side(from), side(to)],
            when,
          ),
        );
        continue;
      }
      const at = c.values[0];
      // boundaryCrossings() keeps 6 digits: a crossing on a grid value is within them of it.
      const onGrid = first.values.some((v) => Math.abs(v - at) <= 1e-5 * Math.max(Math.abs(v), Math.abs(at)));
      const low = Math.max(...first.values.filter((v) => v < at));
      const high = Math.min(...first.values.filter((v) => v > at));
      lines.push(
        crossing(
          `${first.key} = ${formatAxisQuantity(first, Number(at.toPrecision(3)))}`,
          when,
          onGrid ? null : { low: formatAxisQuantity(first, low), high: formatAxisQuantity(first, high) },
        ),
      );
    }
    if (crossings.length === 0) lines.push(none(above(row[0]), when));
  }
  return lines;
}
