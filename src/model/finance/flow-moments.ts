// Daily flows compressed for the IRR's search (sparse-irr.ts): per block of BLOCK days, the moments
// M_j = sum_i f_i u_i^j (j = 0..ORDER) about the block's centre (u_i = i - (BLOCK - 1) / 2), and the
// block's sum of |f|. Within a block e^(-a u) = sum_j (-a u)^j / j! + a remainder of at most
// |a h|^(ORDER+1) / (ORDER+1)! x e^(|a h|) (h = (BLOCK - 1) / 2, Lagrange's bound), so
// g(rho) = sum_t f_t e^(-rho t) = sum_blocks e^(-rho centre) sum_j (-rho)^j / j! M_j, off by at
// most that remainder times sum_blocks e^(-rho centre) x the block's sum of |f|: `evaluateMoments`
// returns the bound with g, so the caller can prove the rate it finds or fall back to every day.
// One pass of ORDER + 1 multiply-adds a day makes the moments; g, -g' and g'' at a rate then cost
// a pass over the blocks, BLOCK times fewer terms than over the days.
// Reversed (the flows read from the last day back, as irr.ts searches below a zero rate): the
// same moments with u's sign flipped and the blocks' centres measured from the last day.

/** Days a block. */
export const BLOCK = 16;
/** Highest moment kept. */
export const ORDER = 6;
/** Moments a block. */
export const MOMENTS = ORDER + 1;
/** A block's centre, days from its first day. */
export const HALF = (BLOCK - 1) / 2;
/** (ORDER + 1)!: the remainder's denominator. */
const REMAINDER_FACTORIAL = 5040;

/** Blocks covering `length` days (the last padded with zero flows). */
export function blocksOf(length: number): number {
  return Math.ceil(length / BLOCK);
}

/** Per block in `signs`: the sign of its first non-zero flow, of its last (0: none), how often they change sign. */
export const SIGN_FIRST = 0;
export const SIGN_LAST = 1;
export const SIGN_CHANGES = 2;
/** Entries a block in `signs`. */
export const SIGNS = 3;

/**
 * The moments of flows[0..length) by block into `moments` ([block * MOMENTS + j]), each block's sum
 * of |f| into `absolute` and its signs into `signs` ([block * SIGNS + SIGN_...]), in one pass. Each
 * must hold blocksOf(length) blocks.
 */
export function fillMoments(
  flows: Float64Array,
  length: number,
  moments: Float64Array,
  absolute: Float64Array,
  signs: Int32Array,
): void {
  const blocks = blocksOf(length);
  let t = 0;
  for (let b = 0; b < blocks; b++) {
    const end = Math.min(length, t + BLOCK);
    let m0 = 0;
    let m1 = 0;
    let m2 = 0;
    let m3 = 0;
    let m4 = 0;
    let m5 = 0;
    let m6 = 0;
    let sum = 0;
    let first = 0;
    let last = 0;
    let changes = 0;
    for (let u = -HALF; t < end; t++, u++) {
      const f = flows[t];
      const f1 = f * u;
      const f2 = f1 * u;
      const f3 = f2 * u;
      const f4 = f3 * u;
      const f5 = f4 * u;
      m0 += f;
      m1 += f1;
      m2 += f2;
      m3 += f3;
      m4 += f4;
      m5 += f5;
      m6 += f5 * u;
      sum += Math.abs(f);
      if (f !== 0) {
        const sign = f > 0 ? 1 : -1;
        if (sign !== last) {
          if (last !== 0) changes++;
          else first = sign;
          last = sign;
        }
      }
    }
    const at = b * MOMENTS;
    moments[at] = m0;
    moments[at + 1] = m1;
    moments[at + 2] = m2;
    moments[at + 3] = m3;
    moments[at + 4] = m4;
    moments[at + 5] = m5;
    moments[at + 6] = m6;
    absolute[b] = sum;
    signs[b * SIGNS + SIGN_FIRST] = first;
    signs[b * SIGNS + SIGN_LAST] = last;
    signs[b * SIGNS + SIGN_CHANGES] = changes;
  }
}

/** Adds `delta` on day `t` to the moments and the bound's sums (a flow replaced by another). */
export function addToMoments(moments: Float64Array, absolute: Float64Array, t: number, delta: number): void {
  const b = Math.floor(t / BLOCK);
  const u = t - b * BLOCK - HALF;
  let p = delta;
  const at = b * MOMENTS;
  for (let j = 0; j < MOMENTS; j++) {
    moments[at + j] += p;
    p *= u;
  }
  // The bound's sum stays an upper bound on the block's sum of |f| after the change.
  absolute[b] += Math.abs(delta);
}

/** What evaluateMoments found. */
export const momentsAt = new Float64Array(5);
/** g(rho) = sum f e^(-rho t) (t read backwards from the last day when reversed). */
export const MAT_G = 0;
/** sum t f e^(-rho t) = -g'(rho). */
export const MAT_G1 = 1;
/** sum t^2 f e^(-rho t) = g''(rho) (to a lower order than g: it only steers the search). */
export const MAT_G2 = 2;
/** A bound on |g - the sum over the days|, the Taylor remainder (rounding aside). */
export const MAT_BOUND = 3;
/** sum over the blocks of e^(-rho centre) x the block's sum of |f|: the scale of g's rounding. */
export const MAT_WEIGHT = 4;

/**
 * g, -g' and g'' at rho from the moments of flows[0..length), into `momentsAt`, with a bound on g's
 * error. Reversed: of the flows read backwards (time T - t, T = length - 1). -g' and g'' are
 * summed to lower orders than g: the root is g's, they only steer the step, and the caller proves
 * the root on g's bound.
 */
export function evaluateMoments(
  moments: Float64Array,
  absolute: Float64Array,
  length: number,
  rho: number,
  reversed: boolean,
): void {
  const blocks = blocksOf(length);
  // e^(-a u) = sum_j k_j u^j with k_j = (-a)^j / j!, a = rho x direction (u runs backwards reversed).
  const direction = reversed ? -1 : 1;
  const a = rho * direction;
  const k1 = -a;
  const k2 = (k1 * k1) / 2;
  const k3 = (k2 * k1) / 3;
  const k4 = (k3 * k1) / 4;
  const k5 = (k4 * k1) / 5;
  const k6 = (k5 * k1) / 6;
  // e^(-rho tau) at the blocks' centres tau, one multiply apart.
  let tau = reversed ? length - 1 - HALF : HALF;
  const tauStep = direction * BLOCK;
  let weight = Math.exp(-rho * tau);
  const step = Math.exp(-rho * tauStep);
  // Sums over the blocks of e M_j, e tau M_j and e tau^2 M_0 (e = e^(-rho tau)); then per block
  // P = sum_j k_j M_j = sum f e^(-a u), Q = sum_j k_j M_(j+1) = sum u f e^(-a u), and
  // g = sum e P, -g' = sum e (tau P + direction Q), g'' = sum e (tau^2 P + 2 direction tau Q + R):
  // g to ORDER, -g' to ORDER - 2, g'' to 0 (at a = 0: they only steer the step).
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let s4 = 0;
  let s5 = 0;
  let s6 = 0;
  let t0 = 0;
  let t1 = 0;
  let t2 = 0;
  let t3 = 0;
  let t4 = 0;
  let v0 = 0;
  let bound = 0;
  for (let b = 0, at = 0; b < blocks; b++, at += MOMENTS) {
    const e = weight;
    const m0 = moments[at];
    const m1 = moments[at + 1];
    const m2 = moments[at + 2];
    const et = e * tau;
    s0 += e * m0;
    s1 += e * m1;
    s2 += e * m2;
    s3 += e * moments[at + 3];
    s4 += e * moments[at + 4];
    s5 += e * moments[at + 5];
    s6 += e * moments[at + 6];
    t0 += et * m0;
    t1 += et * m1;
    t2 += et * m2;
    t3 += et * moments[at + 3];
    t4 += et * moments[at + 4];
    v0 += et * tau * m0;
    bound += e * absolute[b];
    weight *= step;
    tau += tauStep;
  }
  momentsAt[MAT_G] = s0 + k1 * s1 + k2 * s2 + k3 * s3 + k4 * s4 + k5 * s5 + k6 * s6;
  momentsAt[MAT_G1] =
    t0 +
    k1 * t1 +
    k2 * t2 +
    k3 * t3 +
    k4 * t4 +
    direction * (s1 + k1 * s2 + k2 * s3 + k3 * s4 + k4 * s5 + k5 * s6);
  momentsAt[MAT_G2] = v0 + 2 * direction * t1 + s2;
  const x = Math.abs(a) * HALF;
  const x2 = x * x;
  momentsAt[MAT_BOUND] = ((x2 * x2 * x2 * x) / REMAINDER_FACTORIAL) * Math.exp(x) * bound;
  momentsAt[MAT_WEIGHT] = bound;
}
