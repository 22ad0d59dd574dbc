// Daily flows compressed for the IRR's search (sparse-irr.ts), made in one pass over the days:
// - per block of BLOCK days, the moments M_j = sum_i f_i u_i^j (j = 0..ORDER) about the block's
//   centre (u_i = i - HALF). Within a block e^(-a u) = sum_j (-a u)^j / j! + a remainder of at most
//   |a h|^(ORDER+1) / (ORDER+1)! x e^(|a h|) (h = HALF, Lagrange's bound), so
//   g(rho) = sum_t f_t e^(-rho t) = sum_blocks e^(-rho centre) sum_j (-rho)^j / j! M_j, off by at
//   most that remainder times sum_blocks e^(-rho centre) x the block's sum of |f|: evaluateMoments
//   returns the bound with g, so the caller can prove the rate it finds or fall back to the days;
// - per block, what the first scan needs (sparse-scan.ts): the sum (M_0) and the sum of |f|.
// g, -g' and g'' at a rate then cost a pass over the blocks, BLOCK times fewer terms than the days.
// Reversed (the flows read from the last day back, as irr.ts searches below a zero rate): the same
// moments with u's sign flipped and the blocks' centres measured from the last day.

/** Days a block of moments. */
export const BLOCK = 32;
/** Highest moment kept. */
export const ORDER = 7;
/** Moments a block. */
export const MOMENTS = ORDER + 1;
/** A block's centre, days from its first day. */
export const HALF = (BLOCK - 1) / 2;
/** (ORDER + 1)!: the remainder's denominator. */
const REMAINDER_FACTORIAL = 40320;
/** Days a scan block (sparse-scan.ts): a block. */
export const SCAN = BLOCK;

/** Blocks of moments covering `length` days (the last padded with zero flows). */
export function blocksOf(length: number): number {
  return Math.ceil(length / BLOCK);
}

/** Scan blocks covering `length` days. */
export function scanBlocksOf(length: number): number {
  return blocksOf(length);
}

/** A flow series' blocks: what fillBlocks makes. */
export interface FlowBlocks {
  /** [block * MOMENTS + j]. */
  moments: Float64Array;
  /** Per block: the sum of the flows (M_0, kept apart for the scan) and of their absolute values. */
  sums: Float64Array;
  absolute: Float64Array;
}

/** Blocks for `length` days. */
export function createFlowBlocks(length: number): FlowBlocks {
  return {
    moments: new Float64Array(blocksOf(length) * MOMENTS),
    sums: new Float64Array(scanBlocksOf(length)),
    absolute: new Float64Array(scanBlocksOf(length)),
  };
}

/**
 * The blocks of flows[0..length) into `out` (made by createFlowBlocks for as many days), in one
 * pass; from block `first` on (those before it left as they are). A whole block is read in pairs
 * of days at u and -u, which share |u|'s powers: the even moments take the pair's sum, the odd
 * ones its difference (half the multiplies). moments-simd.ts runs this two blocks at a time.
 */
export function fillBlocks(flows: Float64Array, length: number, out: FlowBlocks, first = 0): void {
  const { moments, sums, absolute } = out;
  const blocks = blocksOf(length);
  for (let b = first; b < blocks; b++) {
    const from = b * BLOCK;
    if (from + BLOCK > length) {
      fillPartBlock(flows, length, out, b);
      continue;
    }
    let m0 = 0;
    let m1 = 0;
    let m2 = 0;
    let m3 = 0;
    let m4 = 0;
    let m5 = 0;
    let m6 = 0;
    let m7 = 0;
    let held = 0;
    const middle = from + BLOCK / 2;
    let u = 0.5;
    for (let i = 0; i < BLOCK / 2; i++, u++) {
      // Day middle - 1 - i is at -u, day middle + i at u; the powers of u by multiplies (a table of
      // them costs more in loads than it saves).
      const low = flows[middle - 1 - i];
      const high = flows[middle + i];
      const even = high + low;
      const u2 = u * u;
      const odd1 = (high - low) * u;
      const even2 = even * u2;
      const odd3 = odd1 * u2;
      const even4 = even2 * u2;
      const odd5 = odd3 * u2;
      const even6 = even4 * u2;
      m0 += even;
      m1 += odd1;
      m2 += even2;
      m3 += odd3;
      m4 += even4;
      m5 += odd5;
      m6 += even6;
      m7 += odd5 * u2;
      held += Math.abs(low) + Math.abs(high);
    }
    const at = b * MOMENTS;
    moments[at] = m0;
    moments[at + 1] = m1;
    moments[at + 2] = m2;
    moments[at + 3] = m3;
    moments[at + 4] = m4;
    moments[at + 5] = m5;
    moments[at + 6] = m6;
    moments[at + 7] = m7;
    sums[b] = m0;
    absolute[b] = held;
  }
}

/** fillBlocks for block b, which the series ends within: day by day, the days past the end as zeros. */
function fillPartBlock(flows: Float64Array, length: number, out: FlowBlocks, b: number): void {
  const at = b * MOMENTS;
  for (let j = 0; j < MOMENTS; j++) out.moments[at + j] = 0;
  let held = 0;
  for (let t = b * BLOCK; t < length; t++) {
    const f = flows[t];
    const u = t - b * BLOCK - HALF;
    let p = f;
    for (let j = 0; j < MOMENTS; j++) {
      out.moments[at + j] += p;
      p *= u;
    }
    held += Math.abs(f);
  }
  out.sums[b] = out.moments[at];
  out.absolute[b] = held;
}

/**
 * An upper bound on how far the running sum of flows[from..end) rises above its start: the inflows
 * of the scan blocks that hold those days (half their sum of |f| plus their sum), with a margin
 * above the sums' rounding.
 */
export function inflowsBound(blocks: FlowBlocks, from: number, end: number): number {
  const { sums, absolute } = blocks;
  let rise = 0;
  let size = 0;
  for (let b = Math.floor(from / SCAN); b * SCAN < end; b++) {
    const held = absolute[b];
    rise += 0.5 * (held + sums[b]);
    size += held;
  }
  return rise + 1e-12 * size;
}

/**
 * Adds `delta` on day `t` to the moments, and its size to the block's sum of |f| (which then
 * bounds the block's sum of |f| from above, as evaluateMoments's bound needs).
 */
export function addToMoments(moments: Float64Array, absolute: Float64Array, t: number, delta: number): void {
  const b = Math.floor(t / BLOCK);
  const u = t - b * BLOCK - HALF;
  let p = delta;
  const at = b * MOMENTS;
  for (let j = 0; j < MOMENTS; j++) {
    moments[at + j] += p;
    p *= u;
  }
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
 * The sums over the blocks evaluateMoments makes (e = e^(-rho tau) at the blocks' centres tau):
 * [SUM_S + j] = sum e M_j (j = 0 .. ORDER), [SUM_T + j] = sum e tau M_j (j = 0 .. ORDER - 2),
 * [SUM_V] = sum e tau^2 M_0, [SUM_BOUND] = sum e x the block's sum of |f|. Each is added block by
 * block in order, so a pass that makes them elsewhere (search-simd.ts) gives the same bits.
 */
export const blockSums = new Float64Array(2 * MOMENTS);
export const SUM_S = 0;
export const SUM_T = MOMENTS;
export const SUM_V = 2 * MOMENTS - 2;
export const SUM_BOUND = 2 * MOMENTS - 1;

/** The first block centre's tau, from which the blocks' centres are a step of BLOCK days apart. */
export function firstCentre(length: number, reversed: boolean): number {
  return reversed ? length - 1 - HALF : HALF;
}

/**
 * g, -g' and g'' at rho from the moments of flows[0..length) (and the scan blocks' sums of |f|),
 * into `momentsAt`, with a bound on g's error. Reversed: of the flows read backwards (time T - t,
 * T = length - 1). -g' and g'' are summed to lower orders than g: the root is g's, they only steer
 * the step, and the caller proves the root on g's bound.
 */
export function evaluateMoments(
  moments: Float64Array,
  absolute: Float64Array,
  length: number,
  rho: number,
  reversed: boolean,
): void {
  const blocks = blocksOf(length);
  const direction = reversed ? -1 : 1;
  // e^(-rho tau) at the blocks' centres tau, one multiply apart.
  let tau = firstCentre(length, reversed);
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
  let s7 = 0;
  let t0 = 0;
  let t1 = 0;
  let t2 = 0;
  let t3 = 0;
  let t4 = 0;
  let t5 = 0;
  let v0 = 0;
  let bound = 0;
  for (let b = 0, at = 0; b < blocks; b++, at += MOMENTS) {
    const e = weight;
    const m0 = moments[at];
    const m1 = moments[at + 1];
    const m2 = moments[at + 2];
    const m3 = moments[at + 3];
    const m4 = moments[at + 4];
    const m5 = moments[at + 5];
    const et = e * tau;
    s0 += e * m0;
    s1 += e * m1;
    s2 += e * m2;
    s3 += e * m3;
    s4 += e * m4;
    s5 += e * m5;
    s6 += e * moments[at + 6];
    s7 += e * moments[at + 7];
    t0 += et * m0;
    t1 += et * m1;
    t2 += et * m2;
    t3 += et * m3;
    t4 += et * m4;
    t5 += et * m5;
    v0 += et * tau * m0;
    bound += e * absolute[b];
    weight *= step;
    tau += tauStep;
  }
  const sums = blockSums;
  sums[SUM_S] = s0;
  sums[SUM_S + 1] = s1;
  sums[SUM_S + 2] = s2;
  sums[SUM_S + 3] = s3;
  sums[SUM_S + 4] = s4;
  sums[SUM_S + 5] = s5;
  sums[SUM_S + 6] = s6;
  sums[SUM_S + 7] = s7;
  sums[SUM_T] = t0;
  sums[SUM_T + 1] = t1;
  sums[SUM_T + 2] = t2;
  sums[SUM_T + 3] = t3;
  sums[SUM_T + 4] = t4;
  sums[SUM_T + 5] = t5;
  sums[SUM_V] = v0;
  sums[SUM_BOUND] = bound;
  finishMoments(rho, reversed);
}

/** momentsAt at rho from the block sums in `blockSums` (evaluateMoments's, or a pass's that gives its bits). */
export function finishMoments(rho: number, reversed: boolean): void {
  // e^(-a u) = sum_j k_j u^j with k_j = (-a)^j / j!, a = rho x direction (u runs backwards reversed).
  const direction = reversed ? -1 : 1;
  const a = rho * direction;
  const k1 = -a;
  const k2 = (k1 * k1) / 2;
  const k3 = (k2 * k1) / 3;
  const k4 = (k3 * k1) / 4;
  const k5 = (k4 * k1) / 5;
  const k6 = (k5 * k1) / 6;
  const k7 = (k6 * k1) / 7;
  const sums = blockSums;
  const s1 = sums[SUM_S + 1];
  const s2 = sums[SUM_S + 2];
  const s3 = sums[SUM_S + 3];
  const s4 = sums[SUM_S + 4];
  const s5 = sums[SUM_S + 5];
  const s6 = sums[SUM_S + 6];
  const s7 = sums[SUM_S + 7];
  const t1 = sums[SUM_T + 1];
  const bound = sums[SUM_BOUND];
  momentsAt[MAT_G] = sums[SUM_S] + k1 * s1 + k2 * s2 + k3 * s3 + k4 * s4 + k5 * s5 + k6 * s6 + k7 * s7;
  momentsAt[MAT_G1] =
    sums[SUM_T] +
    k1 * t1 +
    k2 * sums[SUM_T + 2] +
    k3 * sums[SUM_T + 3] +
    k4 * sums[SUM_T + 4] +
    k5 * sums[SUM_T + 5] +
    direction * (s1 + k1 * s2 + k2 * s3 + k3 * s4 + k4 * s5 + k5 * s6 + k6 * s7);
  momentsAt[MAT_G2] = sums[SUM_V] + 2 * direction * t1 + s2;
  const x = Math.abs(a) * HALF;
  const x2 = x * x;
  const x4 = x2 * x2;
  momentsAt[MAT_BOUND] = ((x4 * x4) / REMAINDER_FACTORIAL) * Math.exp(x) * bound;
  momentsAt[MAT_WEIGHT] = bound;
}
