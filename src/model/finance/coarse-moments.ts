// A coarser, cheaper view of a flow series' block moments (flow-moments.ts) for the first steps of
// the IRR's search (sparse-irr.ts): pairs of blocks merged into blocks of COARSE days, moments up
// to the second only. g from it is off by up to about (rho x COARSE / 2)^3 / 6 of the flows' size,
// so its root is only near g's; the search then goes on from there on the full moments, which
// decide (and prove) the rate. It saves most of the passes over the full moments: Halley's
// iteration needs one or two of them from a start that close.

import { BLOCK, HALF, MOMENTS } from './flow-moments.js';

/** Blocks merged into one coarse block. */
const MERGED = 2;
/** Days a coarse block. */
export const COARSE = BLOCK * MERGED;
const COARSE_HALF = (COARSE - 1) / 2;
/** Moments a coarse block (0, 1, 2). */
export const COARSE_MOMENTS = 3;

/** Coarse blocks covering `blocks` blocks. */
export function coarseBlocksOf(blocks: number): number {
  return Math.ceil(blocks / MERGED);
}

/** The coarse moments of `blocks` blocks' moments into `coarse` ([block * COARSE_MOMENTS + j]). */
export function coarsen(moments: Float64Array, blocks: number, coarse: Float64Array): void {
  const count = coarseBlocksOf(blocks);
  for (let c = 0; c < count; c++) {
    let m0 = 0;
    let m1 = 0;
    let m2 = 0;
    for (let i = 0; i < MERGED; i++) {
      const b = c * MERGED + i;
      if (b >= blocks) break;
      // The block's centre from the coarse block's: u' = u + shift.
      const shift = i * BLOCK + HALF - COARSE_HALF;
      const at = b * MOMENTS;
      const b0 = moments[at];
      const b1 = moments[at + 1];
      m0 += b0;
      m1 += b1 + shift * b0;
      m2 += moments[at + 2] + shift * (2 * b1 + shift * b0);
    }
    const at = c * COARSE_MOMENTS;
    coarse[at] = m0;
    coarse[at + 1] = m1;
    coarse[at + 2] = m2;
  }
}

/** What evaluateCoarse found: g, -g', g'' (as flow-moments.ts momentsAt, without a bound). */
export const coarseAt = new Float64Array(3);

/** g, -g' and g'' at rho from coarse moments of `length` days (reversed: read from the last day back). */
export function evaluateCoarse(coarse: Float64Array, length: number, rho: number, reversed: boolean): void {
  const count = coarseBlocksOf(Math.ceil(length / BLOCK));
  const direction = reversed ? -1 : 1;
  const k1 = -rho * direction;
  const k2 = (k1 * k1) / 2;
  let tau = reversed ? length - 1 - COARSE_HALF : COARSE_HALF;
  const tauStep = direction * COARSE;
  let weight = Math.exp(-rho * tau);
  const step = Math.exp(-rho * tauStep);
  let g = 0;
  let g1 = 0;
  let g2 = 0;
  for (let c = 0, at = 0; c < count; c++, at += COARSE_MOMENTS) {
    const m1 = coarse[at + 1];
    const m2 = coarse[at + 2];
    const p = coarse[at] + k1 * m1 + k2 * m2;
    const q = direction * (m1 + k1 * m2);
    const tp = tau * p;
    g += weight * p;
    g1 += weight * (tp + q);
    g2 += weight * (tau * (tp + 2 * q) + m2);
    weight *= step;
    tau += tauStep;
  }
  coarseAt[0] = g;
  coarseAt[1] = g1;
  coarseAt[2] = g2;
}
