// An IRR shown as ≤ -99.99 %: a path that got some money back yet lost more than it put in has no
// rate at all (its present value is below zero at every rate), and is carried at the floor; a total
// loss's -100 % is counted with it where there are such paths
// (test/stats/irr-total-loss-ranking.test.ts). The notes said such an IRR "lies beyond the annual
// rates searched" (the report), "lies at or below the lowest rate searched" (the batch) and a total loss "below every
// other path": now one sentence, IRR_FLOOR_WHY, in both, and the total loss's note says the ranking.
import { describe, expect, it } from 'vitest';
import { internalRateOfReturn } from '../../src/model/finance/irr.js';
import { IRR_FLOOR } from '../../src/model/finance/irr-bounds.js';
import { CENSORED_WHY, IRR_FLOOR_WHY, irrFormat, TOTAL_LOSS_WHY } from '../../src/report/coverage.js';
import { formatPercent } from '../../src/report/format.js';

const flows = (parts: [number, number][]) => Float64Array.from(parts.flatMap(([v, n]) => Array(n).fill(v)));

describe('an IRR at the floor reads by one rule', () => {
  it('a loss of three times the capex after some money back: ≤ -99.99 %; a total loss -100 %', () => {
    // 1,000 USD in, 10 USD a day back for 100 days, then 5 USD a day out for 600 days: 3,000 lost.
    const more = flows([
      [-1000, 1],
      [10, 100],
      [-5, 600],
    ]);
    expect(internalRateOfReturn(more, more.length)).toBe(IRR_FLOOR);
    expect(irrFormat(formatPercent)(IRR_FLOOR)).toBe('≤ -99.99 %');
    const total = flows([
      [-1000, 1],
      [0, 700],
    ]);
    expect(internalRateOfReturn(total, total.length)).toBe(-1);
  });

  it("the notes say such a path has no rate and where it ranks, and the report's note is the batch's", () => {
    expect(IRR_FLOOR_WHY).toContain('or has none');
    expect(IRR_FLOOR_WHY).toContain('lost more than it put in has no rate at all');
    expect(CENSORED_WHY.startsWith(IRR_FLOOR_WHY)).toBe(true);
    expect(TOTAL_LOSS_WHY).not.toContain('below every other path');
    expect(IRR_FLOOR_WHY).toContain('a total loss (-100 %) is counted with them');
    expect(TOTAL_LOSS_WHY).not.toContain('above it in the ranking');
  });
});
