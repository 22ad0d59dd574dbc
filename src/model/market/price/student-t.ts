// Student-t draws scaled to variance 1, for GARCH-t innovations: T = Z / sqrt(X / nu) with Z a
// standard normal and X a chi-square with nu degrees of freedom, X = 2 G, G ~ Gamma(nu / 2) by
// Marsaglia and Tsang (2000), whose shape here is above 1 (nu > 2), so it needs no boost. The
// draws come from the caller's stream only and allocate nothing: a path's numbers depend on its
// stream alone.
import type { Rng } from '../../../engine/random/rng.js';

/** The constants of Marsaglia-Tsang for shape a >= 1: d = a - 1/3, c = 1 / sqrt(9 d). */
export interface GammaConstants {
  d: number;
  c: number;
}

export function gammaConstants(shape: number): GammaConstants {
  const d = shape - 1 / 3;
  return { d, c: 1 / Math.sqrt(9 * d) };
}

/**
 * A Gamma(shape, 1) draw, shape >= 1, by Marsaglia-Tsang's squeeze and rejection. Its draws are
 * raw, the same on both paths of an antithetic pair: a t's mirror is -Z over the same chi-square
 * (Z mirrored alone), and a chi-square drawn from mirrored numbers would differ, its rejection
 * step take another number of draws, and the pair's streams fall out of step.
 */
export function gammaDraw(rng: Rng, d: number, c: number): number {
  for (;;) {
    const x = rng.rawNormal();
    const t = 1 + c * x;
    if (t <= 0) continue;
    const v = t * t * t;
    const u = rng.rawUniform();
    const x2 = x * x;
    if (u < 1 - 0.0331 * x2 * x2) return d * v;
    if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) return d * v;
  }
}

/**
 * A t(nu) draw scaled to variance 1: Z sqrt((nu - 2) / X), X = 2 G. `d` and `c` are
 * gammaConstants(nu / 2).
 */
export function standardT(rng: Rng, nu: number, d: number, c: number): number {
  const z = rng.normal();
  return z * Math.sqrt((nu - 2) / (2 * gammaDraw(rng, d, c)));
}
