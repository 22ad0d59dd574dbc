import { describe, expect, it } from 'vitest';
import { countPilot, PILOT_VALUE_BY_VALUE } from '../../src/engine/run/pilot-count.js';
import {
  addValuesBatched,
  createHistogramSet,
  createValueBatch,
  flushValueBatch,
} from '../../src/stats/histogram.js';

/** Path-major values of `paths` paths x `slots` slots: in and out of [0, 1), NaN, and zeros of both signs. */
function values(paths: number, slots: number): Float64Array {
  const raw = new Float64Array(paths * slots);
  let x = 12345;
  for (let i = 0; i < raw.length; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    const u = x / 2147483648;
    raw[i] = i % 17 === 0 ? Number.NaN : i % 13 === 0 ? (i % 2 === 0 ? -0 : 0) : u * 1.4 - 0.2;
  }
  return raw;
}

describe('countPilot', () => {
  const series = 3;
  const checkpoints = 5;
  const slots = series * checkpoints;
  const lo = new Float64Array(slots);
  const hi = new Float64Array(slots).fill(1);
  for (const paths of [0, 1, PILOT_VALUE_BY_VALUE - 1, PILOT_VALUE_BY_VALUE, 200])
    it(`countPilot() of ${paths} paths gives the counts and extremes (to the sign of a zero) of one batch of them`, () => {
      const raw = values(paths + 3, slots);
      // Paths [3, paths + 3): a pilot range that does not start at path 0 (a shard's).
      const h = createHistogramSet(series, checkpoints, lo, hi, new Uint8Array(lo.length));
      countPilot(h, raw, slots, 3, paths + 3);
      const batched = createHistogramSet(series, checkpoints, lo, hi, new Uint8Array(lo.length));
      const batch = createValueBatch(slots, Math.max(1, paths));
      for (let k = 3; k < paths + 3; k++)
        addValuesBatched(batched, raw.subarray(k * slots, (k + 1) * slots), batch);
      flushValueBatch(batched, batch);
      expect(h.counts).toEqual(batched.counts);
      for (let slot = 0; slot < slots; slot++) {
        expect(Object.is(h.min[slot], batched.min[slot])).toBe(true);
        expect(Object.is(h.max[slot], batched.max[slot])).toBe(true);
      }
    });
});
