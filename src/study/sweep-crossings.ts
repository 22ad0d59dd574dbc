// Where a sweep's measures cross their thresholds along its first axis, row by row of the grid:
// the payback boundary the charts draw (P(payback <= 2 years) at 0.5) and each claim's own.

import { parseClaim } from '../scenario/claims.js';
import type { BoundaryCrossing, SweepPointResult, SweepResult } from './sweep-result.js';

/**
 * The claim boundary drawn on the charts: where P(payback <= 2 years) crosses 0.5. That is exactly
 * where the claim `payback > 2 years` turns from more likely than not to less likely (its share is
 * 1 - P), it needs no claim in the scenario, and P(payback <= 2 years) = 0.5 is also where the
 * median payback crosses 2 years, so one line serves both heatmaps.
 */
export const BOUNDARY = { measure: 'paybackWithin2y', threshold: 0.5 } as const;

/** The grid's points as rows along the first axis, one row per combination of the other axes. */
export function gridRows(result: Pick<SweepResult, 'axes' | 'points'>): SweepPointResult[][] {
  const length = result.axes[0]?.values.length ?? 0;
  if (length === 0) return [];
  const rows = result.points.length / length;
  // The first axis varies slowest, so a row's points are `rows` apart.
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length }, (_, i) => result.points[i * rows + r]),
  );
}

/**
 * Where P(payback <= 2 years) crosses BOUNDARY.threshold along the first axis, in each row of the
 * grid: linear interpolation between the two grid values on either side. A measure equal to the
 * threshold at a grid value counts as a crossing there.
 */
export function boundaryCrossings(result: Pick<SweepResult, 'axes' | 'points'>): BoundaryCrossing[] {
  return crossings(result, (p) => p[BOUNDARY.measure].p, BOUNDARY.threshold);
}

/** Where one of the scenario's claims flips: its share against its own threshold (`>= 0.8`). */
export interface ClaimBoundary {
  /** The claim as the scenario writes it. */
  text: string;
  /** What the claim says of its share, as in its result: `> 0.5`. */
  threshold: string;
  crossings: BoundaryCrossing[];
}

/**
 * Each claim's boundary: where its share crosses the probability it claims (`payback > 1 year`:
 * 0.5; `P(payback <= 18 months) >= 0.8`: 0.8), found as boundaryCrossings() finds the 2-year line.
 * The 2-year line is one claim's boundary only (`payback > 2 years`, whose share is 1 - P(payback
 * <= 2 years)); these are every claim's. A point where the claim is over no path (no IRR on any)
 * has no share to cross.
 */
export function claimBoundaries(result: Pick<SweepResult, 'axes' | 'points'>): ClaimBoundary[] {
  const first = result.points[0]?.claims ?? [];
  return first.map((claim, c) => {
    const probability = Number(claim.threshold.slice(claim.threshold.indexOf(' ') + 1));
    return {
      text: claim.text,
      threshold: claim.threshold,
      crossings: crossings(result, (p) => claimShareAt(p, c), probability),
    };
  });
}

/**
 * The share of the point's claim `c` over every path, or NaN where the run does not know it: a
 * claim over no path (no IRR on any), or on a payback time past where a replay of the history
 * stops, whose share is over the paths paid back by then (none of which can have taken longer)
 * while the others may pay back in time or not (its interval, from which its verdict is read,
 * spans them).
 */
export function claimShareAt(p: SweepPointResult, c: number): number {
  const claim = p.claims[c];
  if (claim.paths === 0) return Number.NaN;
  if (p.cutAt !== undefined && claim.paths !== undefined) {
    const parsed = parseClaim(claim.text);
    if (parsed.ok && (parsed.claim.metric === 'payback' || parsed.claim.metric === 'equity-payback'))
      return Number.NaN;
  }
  return claim.share;
}

/**
 * Where `measure` crosses `threshold` along the first axis, in each row of the grid: linear
 * interpolation between the two grid values on either side. A measure equal to the threshold at a
 * grid value counts as a crossing there. Between two points of one outcome each (a share of 0 or 1)
 * the crossing is a step, which the crossing names (`step`).
 */
function crossings(
  result: Pick<SweepResult, 'axes' | 'points'>,
  measure: (p: SweepPointResult) => number,
  threshold: number,
): BoundaryCrossing[] {
  const x = result.axes[0]?.values ?? [];
  const found: BoundaryCrossing[] = [];
  for (const row of gridRows(result)) {
    let ordinal = 0;
    for (let i = 0; i < row.length; i++) {
      const a = measure(row[i]) - threshold;
      const b = i + 1 < row.length ? measure(row[i + 1]) - threshold : Number.NaN;
      let at: number | null = null;
      if (a === 0) at = x[i];
      else if (a * b < 0) at = x[i] + (a / (a - b)) * (x[i + 1] - x[i]);
      // Between two points of one outcome each the share steps from 0 to 1 (or back): the line
      // interpolated is their middle, not a value at which the share is the threshold.
      const step = at !== null && a !== 0 && row[i].oneOutcome === true && row[i + 1].oneOutcome === true;
      if (at !== null)
        found.push({
          values: [Number(at.toPrecision(6)), ...row[i].values.slice(1)],
          ordinal: ordinal++,
          ...(step ? { step: { from: x[i], to: x[i + 1] } } : {}),
        });
    }
  }
  return found;
}
