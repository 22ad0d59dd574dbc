// The rough view of a flow series for the first steps of the IRR's search (sparse-irr.ts): its
// block moments (flow-moments.ts) up to the second only, three terms a block instead of eight.
// g from it is off by up to (|rho| HALF)^3 / 6 x e^(|rho| HALF) of the flows' discounted size, so
// its root is only near g's; the search goes on from there on all the moments, which decide and
// prove the rate, in one step or two instead of the five or so from a two-flow start.

import { BLOCK, blocksOf, HALF, MOMENTS } from './flow-moments.js';
import { coarseInModule, coarseOut, searchAbsolute, searchMoments } from './search-simd.js';

/** Halley's iteration's step count before it gives up (as irr.ts's). */
const STEPS = 30;

/** What evaluateCoarse found: g, -g', g'' (as momentsAt), a bound on g's error and its scale. */
export const coarseAt = new Float64Array(5);

/**
 * g, -g' and g'' at rho from the moments up to the second only: a cheaper, rougher view, off by at
 * most (|rho| HALF)^3 / 6 x e^(|rho| HALF) of the flows' discounted size (coarseAt[3]; the size in
 * coarseAt[4]), for the first steps of the search and the signs at the ends of the range; the full
 * moments then decide (and prove) the rate from the root it finds. On the IRR search's moments
 * (search-simd.ts searchMoments and searchAbsolute) the blocks' loop runs in its WebAssembly SIMD
 * pass, to the bit.
 */
export function evaluateCoarse(
  moments: Float64Array,
  absolute: Float64Array,
  length: number,
  rho: number,
  reversed: boolean,
): void {
  const blocks = blocksOf(length);
  const direction = reversed ? -1 : 1;
  const k1 = -rho * direction;
  const k2 = (k1 * k1) / 2;
  let tau = reversed ? length - 1 - HALF : HALF;
  const tauStep = direction * BLOCK;
  let weight = Math.exp(-rho * tau);
  const step = Math.exp(-rho * tauStep);
  let g = 0;
  let g1 = 0;
  let g2 = 0;
  let size = 0;
  // The search's moments in search-simd.ts's memory: the blocks' loop in its pass, to the bit.
  if (
    moments === searchMoments &&
    absolute === searchAbsolute &&
    coarseInModule(blocks, k1, k2, direction, weight, step, tau, tauStep)
  ) {
    g = coarseOut[0];
    g1 = coarseOut[1];
    g2 = coarseOut[2];
    size = coarseOut[3];
  } else {
    for (let b = 0, at = 0; b < blocks; b++, at += MOMENTS) {
      const m1 = moments[at + 1];
      const m2 = moments[at + 2];
      const p = moments[at] + k1 * m1 + k2 * m2;
      const q = direction * (m1 + k1 * m2);
      const tp = tau * p;
      g += weight * p;
      g1 += weight * (tp + q);
      g2 += weight * (tau * (tp + 2 * q) + m2);
      size += weight * absolute[b];
      weight *= step;
      tau += tauStep;
    }
  }
  coarseAt[0] = g;
  coarseAt[1] = g1;
  coarseAt[2] = g2;
  const x = Math.abs(rho) * HALF;
  coarseAt[3] = ((x * x * x) / 6) * Math.exp(x) * size;
  coarseAt[4] = size;
}

/**
 * The rough search stops once a step moves rho x length less than this: at its own root, so that
 * the full moments' first step from there is as short as the rough view's error.
 */
const COARSE_DONE = 1e-6;

/**
 * Halley's iteration on the moments up to the second (evaluateCoarse) from `start`:
 * a root near g's, to start the search on all the moments from; NaN when it leaves (lo, hi) or does
 * not settle.
 */
export function roughRoot(
  moments: Float64Array,
  absolute: Float64Array,
  length: number,
  reversed: boolean,
  start: number,
  lo: number,
  hi: number,
): number {
  let rho = start;
  for (let i = 0; i < STEPS; i++) {
    evaluateCoarse(moments, absolute, length, rho, reversed);
    const g = coarseAt[0];
    const g1 = coarseAt[1];
    if (g === 0) return rho;
    if (!(g1 !== 0)) return Number.NaN;
    const denominator = 2 * g1 * g1 - g * coarseAt[2];
    const move = denominator > 0 ? (2 * g * g1) / denominator : g / g1;
    const next = rho + move;
    if (!(next > lo && next < hi)) return Number.NaN;
    if (Math.abs(move) * length < COARSE_DONE) return next;
    rho = next;
  }
  return Number.NaN;
}
