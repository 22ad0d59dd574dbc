import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AT_G, AT_G1, AT_G2, at, evaluateAt } from '../../../src/model/finance/flow-passes.js';
import { evaluateStagedAt, stageFlows } from '../../../src/model/finance/flow-simd.js';
import { amount, fleetFlows } from '../../fixtures/fleet-flows.js';

// The WebAssembly SIMD pass of the IRR's Halley iterations against evaluateAt, the JavaScript pass
// it stands in for: on the same flows and rate, g, -g' and g'' must be the same to the bit.

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
      fc.property(fleetFlows, rhoArb, (flows, rho) => {
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
