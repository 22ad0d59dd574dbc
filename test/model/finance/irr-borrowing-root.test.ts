// Flows whose stake comes back within days and that lose more later (a small down payment repaid
// by the first weeks' revenue, then debt service beyond it) have several rates. The one the search
// found in its range was a borrowing's: the present value rises through it, so read as a return it
// says the other way round. 200 USD down, 10 USD a day back for 100 days, then 15 USD a day out
// for 600 days lost 8,200 USD, 41 times the stake, and showed an IRR of +7,601 % a year, ranked
// above every winning path. Such flows have no IRR now (the paths that have none are counted
// apart), in the dense search and in the books' sparse one alike.
import { describe, expect, it } from 'vitest';
import { createFlowBlocks, fillBlocks } from '../../../src/model/finance/flow-moments.js';
import { internalRateOfReturn, netPresentValue } from '../../../src/model/finance/irr.js';
import { signChanges, sparsePresentValueAndRate } from '../../../src/model/finance/sparse-irr.js';
import { NO_FACTORS } from '../../../src/model/finance/sparse-scan.js';

const flows = (parts: [number, number][]) => Float64Array.from(parts.flatMap(([v, n]) => Array(n).fill(v)));

/** The sparse search on `f` given as a base with no day replaced, and as zeros with every day replaced. */
function sparseRates(f: Float64Array): number[] {
  const rate = (base: Float64Array, days: number[], values: number[]) => {
    const blocks = createFlowBlocks(base.length);
    fillBlocks(base, base.length, blocks);
    const out = new Float64Array(2);
    sparsePresentValueAndRate(
      {
        base,
        blocks,
        baseNpv: netPresentValue(base, base.length, 0.9997),
        baseChanges: signChanges(base, base.length),
        days: Int32Array.from(days),
        values: Float64Array.from(values),
        count: days.length,
        length: base.length,
        factors: NO_FACTORS,
        factorsDiscount: Number.NaN,
      },
      0.9997,
      365.25,
      out,
    );
    return out[1];
  };
  const every = Array.from({ length: f.length }, (_, t) => t);
  return [rate(f, [], []), rate(new Float64Array(f.length), every, [...f])];
}

/** Present value at an annual rate, days discounted at 365.25 a year. */
const pv = (f: Float64Array, annual: number) => netPresentValue(f, f.length, (1 + annual) ** (-1 / 365.25));

describe('a rate through which the present value rises is not an IRR', () => {
  const lostMore = flows([
    [-200, 1],
    [10, 100],
    [-15, 600],
  ]);

  it('the stake back within days, then 41 times it lost: the present value rises through +7,601 %', () => {
    // Below zero and at zero the present value is below zero (-8,200 undiscounted); it turns
    // positive near +7,601 % a year (the early days' 10 USD outweigh the later 15 USD) and back
    // below zero past the top of the range searched (as the rate grows, only the -200 is left).
    expect(pv(lostMore, 0)).toBeCloseTo(-8200, 6);
    expect(pv(lostMore, 75)).toBeLessThan(0);
    expect(pv(lostMore, 77)).toBeGreaterThan(0);
    expect(pv(lostMore, 1e6)).toBeGreaterThan(0);
  });

  it('has no IRR, dense and sparse (it was +7,601 % a year)', () => {
    expect(internalRateOfReturn(lostMore, lostMore.length)).toBeNaN();
    for (const r of sparseRates(lostMore)) expect(r).toBeNaN();
  });

  it('a path that paid back and stayed paid back keeps its one positive rate', () => {
    // 200 down, 1 a day for 400 days, then 0.5 a day out for 300: +50 at the end, the position
    // above zero from day 200 on (Norstrom: one positive rate, the present value falling through it).
    const kept = flows([
      [-200, 1],
      [1, 400],
      [-0.5, 300],
    ]);
    const r = internalRateOfReturn(kept, kept.length);
    expect(r).toBeGreaterThan(0);
    expect(Math.abs(pv(kept, r))).toBeLessThan(1e-6);
    expect(pv(kept, r * 0.9)).toBeGreaterThan(0);
    for (const s of sparseRates(kept)) expect(s).toBeCloseTo(r, 8);
  });
});
