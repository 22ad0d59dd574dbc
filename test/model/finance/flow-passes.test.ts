import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  SCAN_CUMULATIVE_CHANGES,
  SCAN_TOTAL,
  scan,
  scanFlows,
} from '../../../src/model/finance/flow-passes.js';

// scanFlows works out the cumulative position's sign only on the days its product with the last
// sign is not positive. Against the plain count (the sign worked out every day): the same counts
// and totals, to the bit.

/** How often the cumulative flows change sign, and their total, the sign worked out every day. */
function plainCumulative(flows: Float64Array): [number, number] {
  let cumulative = 0;
  let sign = 0;
  let changes = 0;
  for (const f of flows) {
    cumulative += f;
    const now = cumulative > 0 ? 1 : cumulative < 0 ? -1 : 0;
    if (now !== 0 && now !== sign) {
      if (sign !== 0) changes++;
      sign = now;
    }
  }
  return [changes, cumulative];
}

/** A number in [min, max] with ordinary digits (fc.double favours extremes and subnormals). */
const amount = (min: number, max: number) =>
  fc.integer({ min: 0, max: 1_000_003 }).map((k) => min + ((max - min) * k) / 1_000_003);

describe('scanFlows', () => {
  it('scanFlows() counts the cumulative sign changes as the plain count does, on ordinary and extreme flows', () => {
    const flow = fc.oneof(
      amount(-100, 100),
      fc.integer({ min: -3, max: 3 }),
      fc.double(),
      fc.constantFrom(0, -0, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 5e-324),
    );
    fc.assert(
      fc.property(fc.array(flow, { maxLength: 60 }), (list) => {
        const flows = Float64Array.from(list);
        scanFlows(flows, flows.length, 0.9997);
        expect([scan[SCAN_CUMULATIVE_CHANGES], scan[SCAN_TOTAL]]).toEqual(plainCumulative(flows));
      }),
      { numRuns: 1000 },
    );
  });
});
