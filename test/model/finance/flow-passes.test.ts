import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scan, scanFlows } from '../../../src/model/finance/flow-passes.js';

// scanFlows takes four days at a time where their flows share a sign and looks at the cumulative
// position's sign only where it may have changed. Against the plain pass (every day in full, the
// sign worked out every day): the same six results, to the bit.

/** scanFlows day by day, written plainly: [changes, start, cumulative changes, total, npv, absolute]. */
function plainScan(flows: Float64Array, discountPerPeriod: number): number[] {
  let [npv, factor, changes, sign] = [0, 1, 0, 0];
  let [inflow, inflowTime, outflow, outflowTime] = [0, 0, 0, 0];
  let [cumulative, cumulativeSign, cumulativeChanges] = [0, 0, 0];
  for (let t = 0; t < flows.length; t++) {
    const f = flows[t];
    if (f > 0) {
      inflow += f;
      inflowTime += t * f;
      if (sign < 0) changes++;
      sign = 1;
    } else if (f < 0) {
      outflow -= f;
      outflowTime -= t * f;
      if (sign > 0) changes++;
      sign = -1;
    }
    npv += f * factor;
    factor *= discountPerPeriod;
    cumulative += f;
    const now = cumulative > 0 ? 1 : cumulative < 0 ? -1 : 0;
    if (now !== 0 && now !== cumulativeSign) {
      if (cumulativeSign !== 0) cumulativeChanges++;
      cumulativeSign = now;
    }
  }
  const start = Math.log(inflow / outflow) / (inflowTime / inflow - outflowTime / outflow);
  const absolute = Number.isFinite(npv) ? inflow + outflow : Number.NaN;
  return [changes, start, cumulativeChanges, cumulative, npv, absolute];
}

/** A number in [min, max] with ordinary digits (fc.double favours extremes and subnormals). */
const amount = (min: number, max: number) =>
  fc.integer({ min: 0, max: 1_000_003 }).map((k) => min + ((max - min) * k) / 1_000_003);

/** Runs of flows of one sign (as a fleet's days are), whose cumulative position crosses zero. */
const runsArb = fc
  .array(fc.record({ days: fc.integer({ min: 1, max: 9 }), size: amount(0, 50), sign: fc.boolean() }), {
    maxLength: 12,
  })
  .chain((runs) =>
    fc.array(amount(0.5, 1.5), { minLength: 120, maxLength: 120 }).map((noise) => {
      const flows: number[] = [];
      for (const run of runs)
        for (let d = 0; d < run.days; d++)
          flows.push((run.sign ? 1 : -1) * run.size * noise[flows.length % noise.length]);
      return Float64Array.from(flows);
    }),
  );

/** Any flows, zeros of both signs, NaN, infinities and subnormals among them. */
const anyArb = fc
  .array(
    fc.oneof(
      amount(-100, 100),
      fc.integer({ min: -3, max: 3 }),
      fc.double(),
      fc.constantFrom(0, -0, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 5e-324),
    ),
    { maxLength: 40 },
  )
  .map((list) => Float64Array.from(list));

describe('scanFlows', () => {
  it('scanFlows() gives the plain day-by-day pass to the bit on runs of flows of one sign', () => {
    fc.assert(
      fc.property(runsArb, amount(0.99, 1), (flows, discount) => {
        scanFlows(flows, flows.length, discount);
        expect([...scan]).toEqual(plainScan(flows, discount));
      }),
      { numRuns: 1000 },
    );
  });

  it('scanFlows() gives the plain day-by-day pass to the bit on any flows, NaN, infinities and zeros of both signs', () => {
    fc.assert(
      fc.property(anyArb, (flows) => {
        scanFlows(flows, flows.length, 0.9997);
        expect([...scan]).toEqual(plainScan(flows, 0.9997));
      }),
      { numRuns: 1000 },
    );
  });

  it('scanFlows() reads only flows[0..length)', () => {
    const flows = Float64Array.of(-10, 3, 3, 3, 3, 3, Number.NaN, -1e9);
    scanFlows(flows, 6, 1);
    expect([...scan]).toEqual(plainScan(flows.subarray(0, 6), 1));
  });
});
