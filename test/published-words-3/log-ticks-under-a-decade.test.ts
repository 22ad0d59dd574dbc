// A log axis over less than a decade (a back-test's difficulty from 2024-05 to 2025-11, about 60T
// to 160T) had one tick, 100T, its 1-2-5 steps the only ones inside: a reader could not tell the
// level anywhere else. It now has the multiples of the largest power of ten that puts three or
// more inside (60T, 80T, ... 160T), thinned to at most seven as the powers of ten are.
import { describe, expect, it } from 'vitest';
import { logTicks } from '../../src/report/charts/scale-ticks.js';

describe('logTicks() under a decade', () => {
  it('gives three or more ticks where the 1-2-5 steps give one (60T to 160T: not 100T alone)', () => {
    expect(logTicks([6e13, 1.6e14])).toEqual([6e13, 8e13, 1e14, 1.2e14, 1.4e14, 1.6e14]);
    expect(logTicks([55_000, 125_000])).toEqual([60_000, 70_000, 80_000, 90_000, 100_000, 110_000, 120_000]);
    expect(logTicks([101, 109])).toEqual([101, 103, 105, 107, 109]);
  });

  it('keeps the powers of ten and the 1-2-5 steps where they give three or more, and one tick for a domain of one value', () => {
    expect(logTicks([900, 2_100_000])).toEqual([1e3, 1e4, 1e5, 1e6]);
    expect(logTicks([1500, 12_000])).toEqual([2000, 5000, 10_000]);
    expect(logTicks([5, 5])).toEqual([5]);
  });
});
