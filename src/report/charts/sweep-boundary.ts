// The claim boundary on a sweep's charts (where P(payback <= 2 years) crosses 0.5; see BOUNDARY in
// study/sweep-crossings.ts): its segments along the heatmap's cell edges, and the subtitle line
// that says what the orange line is, or why there is none.
import { parseClaim } from '../../scenario/claims.js';
import { BOUNDARY } from '../../study/sweep-crossings.js';
import type { SweepResult } from '../../study/sweep-result.js';
import { round } from './theme.js';

export const P_TITLE = 'P(payback ≤ 2 years)';

/**
 * The scenario's claims whose share crosses its threshold exactly on the orange line, with the
 * side it is on: `complement` when its share is 1 - P(payback <= 2 years) (`payback > 2 years`,
 * `payback > 24 months`, `P(payback > 730 days) > 0.5`), else P itself (`P(payback <= 2 years) >=
 * 0.5`). Payback days are whole days, so P(payback <= 2 years) (730.5 days) is the share of
 * payback days <= 730: `payback > v` and `payback <= v` split the paths there for any v from 730
 * to 731 short of it, `payback >= v` and `payback < v` for any v past 730 up to 731.
 */
export function lineClaims(result: Pick<SweepResult, 'points'>): { text: string; complement: boolean }[] {
  const claims: { text: string; complement: boolean }[] = [];
  for (const c of result.points[0]?.claims ?? []) {
    const parsed = parseClaim(c.text);
    if (!parsed.ok) continue;
    const { metric, op, value, probability } = parsed.claim;
    if (metric !== 'payback' || probability !== BOUNDARY.threshold) continue;
    const splits = op === '>' || op === '<=' ? Math.floor(value) === 730 : Math.ceil(value) === 731;
    if (splits) claims.push({ text: c.text, complement: op === '>' || op === '>=' });
  }
  return claims;
}

/** True when the scenario tests a claim the boundary belongs to. */
function claimsTwoYears(result: SweepResult): boolean {
  return lineClaims(result).length > 0;
}

/** The longest claim a note names; a longer one is cut with an ellipsis. */
const NAMED_CLAIM_CHARS = 48;

/**
 * The line a scenario whose claims are all other than `payback > 2 years` reads under the orange
 * line's: that it is not where they flip, and where to find that; null without such claims.
 */
function otherClaimsNote(result: SweepResult): string | null {
  if (claimsTwoYears(result)) return null;
  const texts = result.points[0]?.claims.map((c) => c.text) ?? [];
  if (texts.length === 0) return null;
  const where = 'the terminal and sweep.json (claimBoundaries) say where';
  if (texts.length > 1)
    return `It is not where the scenario’s ${texts.length} claims flip: ${where} each does.`;
  const text =
    texts[0].length > NAMED_CLAIM_CHARS ? `${texts[0].slice(0, NAMED_CLAIM_CHARS - 1)}…` : texts[0];
  return `It is not where the scenario’s claim “${text}” flips: ${where} it does.`;
}

/**
 * How to read the boundary, a subtitle line each: what the orange line is, when one is drawn, and
 * that it is not the scenario's claims' boundary when they are other than `payback > 2 years`;
 * otherwise which side of the threshold the whole sweep lies on.
 */
export function boundaryNote(result: SweepResult, drawn: boolean, how: 'edges' | 'rules'): string[] {
  const threshold = BOUNDARY.threshold;
  if (!drawn) {
    // Points on both sides of the threshold always have a crossing between two neighbours.
    const above = result.points.every((p) => p[BOUNDARY.measure].p >= threshold);
    return [`No orange line: ${P_TITLE} is ${above ? 'at or above' : 'below'} ${threshold} at every point.`];
  }
  // Between points of one outcome each the share steps from 1 to 0: no value has a share of 0.5.
  const steps =
    how === 'rules' && result.boundary.length > 0 && result.boundary.every((c) => c.step !== undefined);
  const [own] = lineClaims(result);
  const claim =
    own === undefined
      ? steps
        ? '; between them the payback crosses two years'
        : '; there paying back within two years is a coin toss'
      : steps
        ? `; between them the scenario’s claim “${own.text}” flips`
        : `; there the scenario’s claim “${own.text}” ${own.complement ? 'turns less likely than not' : 'is as likely as not'}`;
  const line =
    how === 'edges'
      ? `Orange line: between neighbouring cells on either side of ${P_TITLE} = ${threshold}`
      : steps
        ? `Orange rules: midway between the points where ${P_TITLE} steps between 0 and 1 (one outcome a point, so it is ${threshold} at no value between them)`
        : `Orange rules: where ${P_TITLE} = ${threshold}, interpolated between the points`;
  const others = otherClaimsNote(result);
  return [`${line}${claim}.`, ...(others === null ? [] : [others])];
}

/**
 * The boundary along the cell edges: a segment on every edge between two neighbouring cells that
 * lie on either side of the threshold (a cell exactly at it counts as above).
 */
export function boundaryEdges(
  cells: readonly { x0: number | null; y0: number | null; p: number | null }[],
  xEdges: readonly number[],
  yEdges: readonly number[],
): { x0: number | null; x1: number | null; y0: number | null; y1: number | null }[] {
  const column = (c: { x0: number | null }) => xEdges.findIndex((e) => round(e) === c.x0);
  const row = (c: { y0: number | null }) => yEdges.findIndex((e) => round(e) === c.y0);
  const above = new Map<string, boolean>();
  for (const c of cells) above.set(`${column(c)},${row(c)}`, (c.p ?? 0) >= BOUNDARY.threshold);
  const side = (i: number, j: number) => above.get(`${i},${j}`);
  const segments: { x0: number | null; x1: number | null; y0: number | null; y1: number | null }[] = [];
  for (let i = 0; i < xEdges.length - 1; i++)
    for (let j = 0; j < yEdges.length - 1; j++) {
      const here = side(i, j);
      if (here === undefined) continue;
      const right = side(i + 1, j);
      if (right !== undefined && right !== here)
        segments.push({
          x0: round(xEdges[i + 1]),
          x1: round(xEdges[i + 1]),
          y0: round(yEdges[j]),
          y1: round(yEdges[j + 1]),
        });
      const up = side(i, j + 1);
      if (up !== undefined && up !== here)
        segments.push({
          x0: round(xEdges[i]),
          x1: round(xEdges[i + 1]),
          y0: round(yEdges[j + 1]),
          y1: round(yEdges[j + 1]),
        });
    }
  return segments;
}
