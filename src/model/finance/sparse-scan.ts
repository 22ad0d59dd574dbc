// The first scan of irr.ts (flow-passes.ts scanFlows: sign changes of the flows and of their
// cumulative sums, totals, the two-flow start, the NPV) and the suffix sums' sign changes, for a
// base series with a few days replaced (sparse-irr.ts), from the base's blocks (flow-moments.ts)
// rather than its days (its scan blocks of SCAN days):
// - sign changes: the base's count (its own scan's), corrected around each run of replaced days
//   (sparseSignChanges);
// - cumulative sums: within a block they lie between its start's sum less its outflows and plus
//   its inflows (its replaced days' flows counted for the base's), so the sign of every day's sum
//   is known when that range is clear of zero by SLACK of the flows' size; otherwise the block is
//   read day by day. The sums are added in another order than the days' scan, so they may differ from it
//   in the last bits: only a cumulative sum within rounding of zero could be signed otherwise;
// - the NPV: the base's (the caller's, over its days) plus each replaced day's change, discounted
//   (by the factors made once for the discount, when the caller has them);
// - the start: the two-flow model, its times from the blocks' centres (to within half a block). It
//   is only where the search starts.

import { type FlowBlocks, SCAN, scanBlocksOf } from './flow-moments.js';

const SCAN_HALF = (SCAN - 1) / 2;

/** A base series with some days replaced: the flows a call measures. */
export interface SparseFlows {
  /** The base series (the project's daily flows). */
  base: Float64Array;
  /** The base's blocks over `length` days (flow-moments.ts fillBlocks). */
  blocks: FlowBlocks;
  /** The base's NPV over `length` days at the discount the scan is given. */
  baseNpv: number;
  /** How often the base's non-zero flows change sign over `length` days. */
  baseChanges: number;
  /** Days replaced, ascending, each < length, and the flows on them. */
  days: Int32Array;
  values: Float64Array;
  count: number;
  length: number;
  /**
   * e^(t ln factorsDiscount) for t < factors.length (discountFactors, made once a workspace): the
   * NPV's discount factors of the replaced days, the scan's own exp to the bit, read where they are
   * of the discount the scan is given (it takes the exp itself otherwise).
   */
  factors: Float64Array;
  factorsDiscount: number;
}

/** No discount factors: the scan takes each day's exp itself. */
export const NO_FACTORS = new Float64Array(0);

/** e^(t ln discountPerPeriod) for t = 0 .. length - 1, as scanSparse takes them (allocates). */
export function discountFactors(discountPerPeriod: number, length: number): Float64Array {
  const factors = new Float64Array(length);
  const logDiscount = Math.log(discountPerPeriod);
  for (let t = 0; t < length; t++) factors[t] = Math.exp(t * logDiscount);
  return factors;
}

/** A cumulative sum within this share of the flows' absolute sum of zero is read day by day. */
const SLACK = 1e-12;

/** What scanSparse found (as flow-passes.ts scan). */
export const scanned = new Float64Array(6);
export const CHANGES = 0;
export const START = 1;
export const CUMULATIVE_CHANGES = 2;
export const TOTAL = 3;
export const NPV = 4;
/** An upper bound on the sum of the absolute flows; NaN when a flow is not finite. */
export const ABSOLUTE = 5;

/** Sign-change counter state: [last sign, changes]. */
const counter = new Float64Array(2);

/** Notes value's sign in `counter` (a zero is skipped, as in irr.ts). */
function note(value: number): void {
  const now = value > 0 ? 1 : value < 0 ? -1 : 0;
  if (now !== 0 && now !== counter[0]) {
    if (counter[0] !== 0) counter[1]++;
    counter[0] = now;
  }
}

/** 1, -1 or 0 by the sign of f. */
function signOf(f: number): number {
  return f > 0 ? 1 : f < 0 ? -1 : 0;
}

/**
 * How often the non-zero flows of `s` change sign: the base's count, less the changes among the
 * base's flows around each run of replaced days, plus those among the flows of `s` there. A run's
 * window reaches from the last kept non-zero day before it to the first after it (or the series'
 * ends): outside the windows both series are the same, and a change between two consecutive
 * non-zero flows lies within one window or outside all of them.
 */
export function sparseSignChanges(s: SparseFlows): number {
  const { base, days, values, count, length } = s;
  let changes = s.baseChanges;
  let k = 0;
  while (k < count) {
    // Days between runs are kept, so the walk back meets only zeros until a kept non-zero day.
    let from = days[k] - 1;
    while (from > 0 && base[from] === 0) from--;
    if (from < 0) from = 0;
    // The run goes on over replaced days and zeros until a kept non-zero day.
    let last = k;
    let to = days[k] + 1;
    while (to < length) {
      if (last + 1 < count && days[last + 1] === to) last++;
      else if (base[to] !== 0) break;
      to++;
    }
    if (to >= length) to = length - 1;
    let baseSign = 0;
    let sign = 0;
    let j = k;
    for (let t = from; t <= to; t++) {
      const f = base[t];
      let c = f;
      if (j <= last && days[j] === t) c = values[j++];
      const fs = signOf(f);
      if (fs !== 0) {
        if (baseSign !== 0 && fs !== baseSign) changes--;
        baseSign = fs;
      }
      const cs = signOf(c);
      if (cs !== 0) {
        if (sign !== 0 && cs !== sign) changes++;
        sign = cs;
      }
    }
    k = last + 1;
  }
  return changes;
}

/** How often the non-zero flows[0..length) change sign (as flow-passes.ts scanFlows counts them). */
export function signChanges(flows: Float64Array, length: number): number {
  let changes = 0;
  let sign = 0;
  for (let t = 0; t < length; t++) {
    const fs = signOf(flows[t]);
    if (fs !== 0) {
      if (sign !== 0 && fs !== sign) changes++;
      sign = fs;
    }
  }
  return changes;
}

/** scanFlows over the flows of `s`, into `scanned`. */
export function scanSparse(s: SparseFlows, discountPerPeriod: number): void {
  const { base, days, values, count, length } = s;
  const { sums, absolute } = s.blocks;
  const blocks = scanBlocksOf(length);
  let npv = s.baseNpv;
  let size = 0;
  for (let b = 0; b < blocks; b++) size += absolute[b];
  const logDiscount = Math.log(discountPerPeriod);
  const factors = s.factorsDiscount === discountPerPeriod ? s.factors : NO_FACTORS;
  for (let k = 0; k < count; k++) {
    const t = days[k];
    size += Math.abs(values[k]);
    npv += (values[k] - base[t]) * (t < factors.length ? factors[t] : Math.exp(t * logDiscount));
  }
  const slack = SLACK * size;
  let inflow = 0;
  let inflowTime = 0;
  let outflow = 0;
  let outflowTime = 0;
  let cumulativeSign = 0;
  let cumulativeChanges = 0;
  // The base's sum before the block, and the replaced days' changes so far.
  let before = 0;
  let shift = 0;
  let k = 0;
  let next = count > 0 ? days[0] : length;
  for (let b = 0; b < blocks; b++) {
    const from = b * SCAN;
    const to = Math.min(length, from + SCAN);
    const m0 = sums[b];
    const held = absolute[b];
    // The block's inflows and outflows, with its replaced days' flows for the base's.
    let outflows = 0.5 * (held - m0);
    let inflows = 0.5 * (held + m0);
    let j = k;
    let change = 0;
    for (; j < count && days[j] < to; j++) {
      const f = base[days[j]];
      const c = values[j];
      inflows += Math.max(c, 0) - Math.max(f, 0);
      outflows += Math.max(-c, 0) - Math.max(-f, 0);
      change += c - f;
    }
    // Every cumulative sum within the block is its start's plus a part of the block's flows.
    const low = before + shift - outflows;
    const high = before + shift + inflows;
    if (low > slack || high < -slack) {
      const centre = from + SCAN_HALF;
      inflow += inflows;
      inflowTime += centre * inflows;
      outflow += outflows;
      outflowTime += centre * outflows;
      const now = low > slack ? 1 : -1;
      if (now !== cumulativeSign) {
        if (cumulativeSign !== 0) cumulativeChanges++;
        cumulativeSign = now;
      }
      before += m0;
      shift += change;
      k = j;
      next = k < count ? days[k] : length;
      continue;
    }
    // Day by day: a replaced day, or a cumulative sum that may be near zero.
    let cumulative = before + shift;
    for (let t = from; t < to; t++) {
      const f = base[t];
      let c = f;
      if (t === next) {
        c = values[k++];
        next = k < count ? days[k] : length;
        shift += c - f;
      }
      if (c > 0) {
        inflow += c;
        inflowTime += t * c;
      } else if (c < 0) {
        outflow -= c;
        outflowTime -= t * c;
      }
      cumulative += c;
      const now = cumulative > 0 ? 1 : cumulative < 0 ? -1 : 0;
      if (now !== 0 && now !== cumulativeSign) {
        if (cumulativeSign !== 0) cumulativeChanges++;
        cumulativeSign = now;
      }
    }
    before += m0;
  }
  scanned[CHANGES] = sparseSignChanges(s);
  scanned[START] = Math.log(inflow / outflow) / (inflowTime / inflow - outflowTime / outflow);
  scanned[CUMULATIVE_CHANGES] = cumulativeChanges;
  scanned[TOTAL] = before + shift;
  scanned[NPV] = npv;
  scanned[ABSOLUTE] = Number.isFinite(npv) && Number.isFinite(size) ? size : Number.NaN;
}

/**
 * flow-passes.ts suffixSignChanges over the flows of `s`: how often total - (the sum before day t)
 * changes sign over t, i.e. the sums up to s = -1 .. length - 2 against `total`.
 */
export function sparseSuffixSignChanges(s: SparseFlows, total: number): number {
  const { base, days, values, count, length } = s;
  const { sums, absolute } = s.blocks;
  const blocks = scanBlocksOf(length);
  let size = 0;
  for (let b = 0; b < blocks; b++) size += absolute[b];
  for (let k = 0; k < count; k++) size += Math.abs(values[k]);
  const slack = SLACK * size;
  counter[0] = 0;
  counter[1] = 0;
  // The sum before day 0 is 0.
  note(-total);
  let before = 0;
  let shift = 0;
  let k = 0;
  let next = count > 0 ? days[0] : length;
  // Sums up to the day before the last.
  const end = length - 1;
  for (let b = 0; b < blocks; b++) {
    const from = b * SCAN;
    const to = Math.min(end, from + SCAN);
    if (from >= to) break;
    const m0 = sums[b];
    const low = before + shift - 0.5 * (absolute[b] - m0) - total;
    const high = before + shift + 0.5 * (absolute[b] + m0) - total;
    if (next >= from + SCAN && to === from + SCAN && (low > slack || high < -slack)) {
      note(low > slack ? 1 : -1);
      before += m0;
      continue;
    }
    let cumulative = before + shift;
    for (let t = from; t < to; t++) {
      const f = base[t];
      let c = f;
      if (t === next) {
        c = values[k++];
        next = k < count ? days[k] : length;
        shift += c - f;
      }
      cumulative += c;
      note(cumulative - total);
    }
    before += m0;
    // A block cut short by the end: its replaced days after `to` are past the sums counted.
  }
  return counter[1];
}
