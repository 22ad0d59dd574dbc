// A sweep's table printed a point's median equity IRR of -100 % (a total loss) or ≤ -99.99 % (a
// rate below the lowest searched, or none: a stake lost more than over) bare, with no word of what
// either is, where a run's report, summary.md and the batch index explain both. The table now
// carries the same notes when some point prints one, and none otherwise.
import { describe, expect, it } from 'vitest';
import { IRR_FLOOR } from '../../src/model/finance/irr-bounds.js';
import { IRR_FLOOR_WHY, TOTAL_LOSS_WHY } from '../../src/report/coverage.js';
import { sweepIrrNotes } from '../../src/report/sweep-text-table.js';
import type { SweepResult } from '../../src/study/sweep-result.js';

/** Points whose books have these median equity IRRs and 95 % intervals. */
const result = (points: { irr: number | null; bound?: '≤' | '≥'; low?: number; high?: number }[]) =>
  ({
    points: points.map((p) => ({
      books: {
        medianEquityIrr: p.irr,
        medianEquityIrrBound: p.bound ?? null,
        ...(p.low === undefined ? {} : { medianEquityIrrInterval: { low: p.low, high: p.high } }),
      },
    })),
  }) as unknown as Pick<SweepResult, 'points'>;

describe("a sweep's table says what an IRR of -100 % or ≤ -99.99 % is", () => {
  it('a median at the floor, or marked ≤ as bounded by it: the floor note', () => {
    expect(sweepIrrNotes(result([{ irr: 0.2 }, { irr: IRR_FLOOR }]))).toEqual([IRR_FLOOR_WHY]);
    expect(sweepIrrNotes(result([{ irr: -0.5, bound: '≤' }]))).toEqual([IRR_FLOOR_WHY]);
    // An interval's end at the floor is printed so too.
    expect(sweepIrrNotes(result([{ irr: 0.1, low: IRR_FLOOR, high: 0.3 }]))).toEqual([IRR_FLOOR_WHY]);
  });

  it('a median of -100 %: the total loss note', () => {
    expect(sweepIrrNotes(result([{ irr: -1, low: -1, high: -1 }]))).toEqual([TOTAL_LOSS_WHY]);
  });

  it('rates only, or a run without books: no note', () => {
    expect(sweepIrrNotes(result([{ irr: 0.2, low: 0.1, high: 0.3 }, { irr: null }]))).toEqual([]);
    expect(sweepIrrNotes({ points: [{}, {}] } as unknown as Pick<SweepResult, 'points'>)).toEqual([]);
  });
});
