// The owners' stake in flows that return money before any is put in (a machine that cost
// nothing, a lease paid in arrears, a loan of the whole price): their money is at stake from the
// first day the cumulative position is below zero, and an IRR is a return on that stake (irr.ts).
import type { SparseFlows } from './sparse-scan.js';

/** Whether the first non-zero flow is money returned (> 0), before any is put in. */
export function returnsFirst(flows: Float64Array, length: number): boolean {
  for (let t = 0; t < length; t++) if (flows[t] !== 0) return flows[t] > 0;
  return false;
}

/** returnsFirst of the flows of `s` (sparse-irr.ts), without writing them out. */
export function sparseReturnsFirst(s: SparseFlows): boolean {
  let k = 0;
  for (let t = 0; t < s.length; t++) {
    let flow = s.base[t];
    if (k < s.count && s.days[k] === t) flow = s.values[k++];
    if (flow !== 0) return flow > 0;
  }
  return false;
}

/**
 * The stake's flows into `out` (grown as needed and returned with their count): the flows from
 * the first day the cumulative position is below zero, the ones before summed into it; count 0
 * when it never is (nothing at stake).
 */
export function stakeFlows(
  flows: Float64Array,
  length: number,
  out: Float64Array,
): { flows: Float64Array; length: number } {
  let cumulative = 0;
  for (let first = 0; first < length; first++) {
    cumulative += flows[first];
    if (!(cumulative < 0)) continue;
    const rest = length - first;
    const into = out.length < rest ? new Float64Array(rest) : out;
    into[0] = cumulative;
    for (let t = 1; t < rest; t++) into[t] = flows[first + t];
    return { flows: into, length: rest };
  }
  return { flows: out, length: 0 };
}
