import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AT_G, AT_G1, AT_G2, at, evaluateAt } from '../../../src/model/finance/flow-passes.js';
import { evaluateStagedAt, stageFlows } from '../../../src/model/finance/flow-simd.js';

// The WebAssembly SIMD pass of the IRR's Halley iterations against evaluateAt, the JavaScript pass
// it stands in for: on the same flows and rate, g, -g' and g'' must be the same to the bit.

/** A number in [min, max] with ordinary digits (fc.double favours extremes and subnormals). */
const amount = (min: number, max: number) =>
  fc.integer({ min: 0, max: 1_000_003 }).map((k) => min + ((max - min) * k) / 1_000_003);

/** Daily flows like a fleet's: capex first, then income that may turn to losses, a terminal flow. */
const flowsArb = fc
  .record({
    length: fc.integer({ min: 0, max: 2000 }),
    capex: amount(0, 1e6),
    income: amount(-50, 500),
    drift: amount(-0.5, 0.2),
    noise: amount(0, 300),
    terminal: amount(-1e5, 1e6),
    seed: fc.integer({ min: 1, max: 1_000_000 }),
  })
  .map((c) => {
    const flows = new Float64Array(c.length);
    let s = c.seed;
    for (let t = 0; t < c.length; t++) {
      s = (s * 16807) % 2147483647;
      flows[t] = c.income + c.drift * t + c.noise * (s / 2147483647 - 0.5);
    }
    if (c.length > 0) {
      flows[0] -= c.capex;
      flows[c.length - 1] += c.terminal;
    }
    return flows;
  });

/** Rates per day over the range irr.ts searches (about -2.5 % to +3.8 % a day) and near zero. */
const rhoArb = fc.oneof(amount(-0.025, 0.038), amount(-1e-6, 1e-6), fc.constant(0));

function bits(): number[] {
  return [at[AT_G], at[AT_G1], at[AT_G2]];
}

function both(flows: Float64Array, length: number, rho: number): [number[], number[]] {
  evaluateAt(flows, length, rho);
  const plain = bits();
  expect(stageFlows(flows, length)).toBe(true);
  evaluateStagedAt(rho);
  return [plain, bits()];
}

describe('flow-simd', () => {
  it('evaluateStagedAt() gives evaluateAt() to the bit on fleet-like flows, odd and even lengths', () => {
    fc.assert(
      fc.property(flowsArb, rhoArb, (flows, rho) => {
        const [plain, simd] = both(flows, flows.length, rho);
        expect(simd).toEqual(plain);
      }),
      { numRuns: 400 },
    );
  });

  it('evaluateStagedAt() gives evaluateAt() to the bit on fc.double flows, NaN, infinities and zeros of both signs', () => {
    const anyFlows = fc.array(
      fc.oneof(
        fc.double(),
        fc.constantFrom(0, -0, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
      ),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(anyFlows, rhoArb, (list, rho) => {
        const flows = Float64Array.from(list);
        const [plain, simd] = both(flows, flows.length, rho);
        // toEqual tells -0 from +0 and takes NaN as equal to NaN.
        expect(simd).toEqual(plain);
      }),
      { numRuns: 400 },
    );
  });

  it('stageFlows() takes a prefix of the flows, and flows longer than the memory it started with', () => {
    const long = Float64Array.from({ length: 30_000 }, (_, t) => (t === 0 ? -5e5 : 300 - t / 100));
    for (const length of [30_000, 29_999, 1826, 1, 0]) {
      const [plain, simd] = both(long, length, 0.0004);
      expect(simd).toEqual(plain);
    }
    expect(stageFlows(long, 30_001)).toBe(false);
    expect(stageFlows(long, -1)).toBe(false);
  });
});
