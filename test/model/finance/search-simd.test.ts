import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blocksOf, evaluateMoments, MOMENTS, momentsAt } from '../../../src/model/finance/flow-moments.js';
import { coarseAt, evaluateCoarse } from '../../../src/model/finance/rough-root.js';
import {
  evaluateSearchMoments,
  searchAbsolute,
  searchMoments,
  searchScratch,
} from '../../../src/model/finance/search-simd.js';

// The WebAssembly SIMD passes of the IRR search's moments against evaluateMoments and
// evaluateCoarse's loop, the JavaScript they stand in for: on the same block moments and rate, g,
// -g', g'', the bound and its weight (and the coarse view's g, -g', g'', bound and size) must be
// the same to the bit (toEqual tells -0 from +0 and takes NaN as equal to NaN).

/** A number in [min, max] with ordinary digits (fc.double favours extremes and subnormals). */
const amount = (min: number, max: number) =>
  fc.integer({ min: 0, max: 1_000_003 }).map((k) => min + ((max - min) * k) / 1_000_003);

/** Rates per day over the range irr.ts searches (about -2.5 % to +3.8 % a day) and near zero. */
const rhoArb = fc.oneof(amount(-0.025, 0.038), amount(-1e-6, 1e-6), fc.constant(0));

function both(moments: Float64Array, absolute: Float64Array, length: number, rho: number, reversed: boolean) {
  evaluateMoments(moments, absolute, length, rho, reversed);
  const plain = Array.from(momentsAt);
  expect(searchScratch(blocksOf(length))).toBe(true);
  searchMoments.set(moments);
  searchAbsolute.set(absolute);
  evaluateSearchMoments(length, rho, reversed);
  const simd = Array.from(momentsAt);
  // evaluateCoarse on the same moments, in arrays of their own and in the module's.
  evaluateCoarse(moments, absolute, length, rho, reversed);
  const coarse = Array.from(coarseAt);
  evaluateCoarse(searchMoments, searchAbsolute, length, rho, reversed);
  return [
    [...plain, ...coarse],
    [...simd, ...coarseAt],
  ];
}

describe('search-simd', () => {
  it('evaluateSearchMoments() and evaluateCoarse() on searchMoments give evaluateMoments() and evaluateCoarse() to the bit on block moments of many sizes, forwards and reversed', () => {
    const caseArb = fc.record({
      length: fc.integer({ min: 1, max: 4000 }),
      scale: amount(0, 12),
      seed: fc.integer({ min: 1, max: 1_000_000 }),
      reversed: fc.boolean(),
    });
    fc.assert(
      fc.property(caseArb, rhoArb, (c, rho) => {
        const blocks = blocksOf(c.length);
        const moments = new Float64Array(blocks * MOMENTS);
        const absolute = new Float64Array(blocks);
        let s = c.seed;
        const next = () => {
          s = (s * 16807) % 2147483647;
          return s / 2147483647;
        };
        for (let i = 0; i < moments.length; i++) moments[i] = (next() - 0.5) * 10 ** (c.scale * next());
        for (let b = 0; b < blocks; b++) absolute[b] = 10 ** (c.scale * next());
        const [plain, simd] = both(moments, absolute, c.length, rho, c.reversed);
        expect(simd).toEqual(plain);
      }),
      { numRuns: 400 },
    );
  });

  it("evaluateSearchMoments() and evaluateCoarse() on searchMoments give the JavaScript passes' bits on fc.double moments, NaN, infinities and zeros of both signs", () => {
    const value = fc.oneof(
      fc.double(),
      fc.constantFrom(0, -0, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
    );
    fc.assert(
      fc.property(
        fc.array(value, { minLength: 9 * 3, maxLength: 9 * 3 }),
        rhoArb,
        fc.boolean(),
        (list, rho, reversed) => {
          const moments = Float64Array.from(list.slice(0, 3 * MOMENTS));
          const absolute = Float64Array.from(list.slice(3 * MOMENTS, 3 * MOMENTS + 3));
          const [plain, simd] = both(moments, absolute, 3 * 32, rho, reversed);
          expect(simd).toEqual(plain);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('searchScratch() makes views of as many blocks as asked, from a few to more than the memory it started with', () => {
    for (const blocks of [1, 5000, 3, 2000]) {
      expect(searchScratch(blocks)).toBe(true);
      expect(searchMoments.length).toBe(blocks * MOMENTS);
      expect(searchAbsolute.length).toBe(blocks);
      const moments = Float64Array.from({ length: blocks * MOMENTS }, (_, i) => Math.sin(i) * 1000);
      const absolute = Float64Array.from({ length: blocks }, (_, b) => 2000 + b);
      const [plain, simd] = both(moments, absolute, blocks * 32, 0.0004, false);
      expect(simd).toEqual(plain);
    }
  });
});
