import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  presentValueSignAtRho,
  SCAN_ABSOLUTE,
  scan,
  scanFlows,
} from '../../../src/model/finance/flow-passes.js';
import { IRR_CEILING } from '../../../src/model/finance/irr.js';

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

// presentValueSignAtRho stops once the sum's sign is settled. Against the plain present value
// (every period, in order): the same sign, 0 exactly when it is 0, finite exactly when it is.

/** The present value at rho over every period, written plainly. */
function plainPresentValue(flows: Float64Array, rho: number): number {
  const step = Math.exp(-rho);
  let [sum, factor] = [0, 1];
  for (let t = 0; t < flows.length; t++) {
    sum += flows[t] * factor;
    factor *= step;
  }
  return sum;
}

/** What the IRR search reads of a present value: its sign, its being 0, finite or NaN. */
const signOf = (x: number) => [x > 0, x === 0, Number.isFinite(x), Number.isNaN(x)];

/** The top of the IRR search's range per day, where irr.ts asks for the sign alone. */
const TOP = Math.log1p(IRR_CEILING) / 365;

/** A fleet's days: an outlay on day 0, then daily nets that drift down and may turn negative. */
const fleetArb = fc
  .record({
    outlay: amount(0, 5000),
    first: amount(-5, 30),
    slope: amount(0, 0.05),
    days: fc.integer({ min: 1, max: 1826 }),
    noise: fc.array(amount(0.5, 1.5), { minLength: 97, maxLength: 97 }),
  })
  .map(({ outlay, first, slope, days, noise }) => {
    const flows = new Float64Array(days);
    flows[0] = -outlay;
    for (let t = 1; t < days; t++) flows[t] = (first - slope * t) * noise[t % 97];
    return flows;
  });

describe('presentValueSignAtRho', () => {
  const same = (flows: Float64Array, rho: number) => {
    scanFlows(flows, flows.length, 1);
    const fast = presentValueSignAtRho(flows, flows.length, rho, scan[SCAN_ABSOLUTE]);
    expect(signOf(fast)).toEqual(signOf(plainPresentValue(flows, rho)));
  };

  it("presentValueSignAtRho() has the plain present value's sign, zero and finiteness on a fleet's days", () => {
    fc.assert(fc.property(fleetArb, fc.oneof(fc.constant(TOP), amount(1e-4, 0.1)), same), { numRuns: 1000 });
  });

  it("presentValueSignAtRho() has the plain present value's sign, zero and finiteness on runs of flows of one sign", () => {
    fc.assert(fc.property(runsArb, fc.oneof(fc.constant(TOP), amount(1e-4, 1)), same), { numRuns: 1000 });
  });

  it("presentValueSignAtRho() has the plain present value's sign, zero and finiteness on any flows and at any rho", () => {
    fc.assert(
      fc.property(anyArb, fc.oneof(fc.constant(TOP), amount(-0.1, 0.1), fc.constantFrom(0, 50, 800)), same),
      { numRuns: 1000 },
    );
  });

  it('presentValueSignAtRho() stops where a day-0 outlay settles the sign, so a flow after it is not read', () => {
    const flows = new Float64Array(1826).fill(3);
    flows[0] = -2000;
    scanFlows(flows, flows.length, 1);
    const absolute = scan[SCAN_ABSOLUTE];
    flows[1000] = Number.NaN;
    expect(presentValueSignAtRho(flows, flows.length, TOP, absolute)).toBeLessThan(0);
  });

  it('presentValueSignAtRho() sums every period at a rho of 0 or below, as the plain present value', () => {
    const flows = Float64Array.of(-10, 4, 4, 4);
    scanFlows(flows, flows.length, 1);
    expect(presentValueSignAtRho(flows, 4, 0, scan[SCAN_ABSOLUTE])).toBe(plainPresentValue(flows, 0));
    expect(presentValueSignAtRho(flows, 4, -0.01, scan[SCAN_ABSOLUTE])).toBe(plainPresentValue(flows, -0.01));
  });
});
