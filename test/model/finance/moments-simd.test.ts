import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFlowBlocks, type FlowBlocks, fillBlocks } from '../../../src/model/finance/flow-moments.js';
import { fillBlocksPaired } from '../../../src/model/finance/moments-simd.js';
import { fleetFlows } from '../../fixtures/fleet-flows.js';

// The WebAssembly SIMD pass of the books' block moments against fillBlocks, the JavaScript pass it
// stands in for: on the same flows, every moment, block sum and sum of |f| must be the same to the
// bit (toEqual tells -0 from +0 and takes NaN as equal to NaN).

function arrays(blocks: FlowBlocks): number[][] {
  return [Array.from(blocks.moments), Array.from(blocks.sums), Array.from(blocks.absolute)];
}

/** fillBlocks and fillBlocksPaired of flows[0..length), the second into blocks full of another value. */
function both(flows: Float64Array, length: number): [number[][], number[][]] {
  const plain = createFlowBlocks(length);
  fillBlocks(flows, length, plain);
  const paired = createFlowBlocks(length);
  paired.moments.fill(7);
  paired.sums.fill(7);
  paired.absolute.fill(7);
  fillBlocksPaired(flows, length, paired);
  return [arrays(plain), arrays(paired)];
}

describe('moments-simd', () => {
  it('fillBlocksPaired() gives fillBlocks() to the bit on fleet-like flows, with an odd or even count of whole blocks and a part block', () => {
    fc.assert(
      fc.property(fleetFlows, (flows) => {
        const [plain, paired] = both(flows, flows.length);
        expect(paired).toEqual(plain);
      }),
      { numRuns: 400 },
    );
  });

  it('fillBlocksPaired() gives fillBlocks() to the bit on fc.double flows, NaN, infinities and zeros of both signs', () => {
    const anyFlows = fc.array(
      fc.oneof(
        fc.double(),
        fc.constantFrom(0, -0, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
      ),
      { minLength: 64, maxLength: 200 },
    );
    fc.assert(
      fc.property(anyFlows, (list) => {
        const flows = Float64Array.from(list);
        const [plain, paired] = both(flows, flows.length);
        expect(paired).toEqual(plain);
      }),
      { numRuns: 400 },
    );
  });

  it('fillBlocksPaired() takes a prefix of the flows, and flows longer than the memory it started with', () => {
    const long = Float64Array.from({ length: 30_000 }, (_, t) => (t === 0 ? -5e5 : 300 - t / 100));
    for (const length of [30_000, 29_999, 1826, 64, 63, 1, 0]) {
      const [plain, paired] = both(long, length);
      expect(paired).toEqual(plain);
    }
  });
});
