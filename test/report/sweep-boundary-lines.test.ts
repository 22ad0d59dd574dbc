// The lines under a sweep's table: where the 2-year line and each claim's boundary lie, row by row.
import { describe, expect, it } from 'vitest';
import { sweepMessages } from '../../src/messages/sweep.js';
import { sweepBoundaryLines } from '../../src/report/sweep-boundary-lines.js';
import { makeClaimSweep } from '../fixtures/sweep.js';

const sweep = makeClaimSweep();

describe('sweepBoundaryLines()', () => {
  it('sweepBoundaryLines() says, row by row, where the boundary lies or which side the row stays on', () => {
    const lines = sweepBoundaryLines(sweep);
    // A line for each of the 6 rows of the 2-year line, then 6 for the claim `payback > 2 years`
    // (its share is 1 - P(payback <= 2 years), so it crosses 0.5 where that does).
    expect(lines).toHaveLength(12);
    expect(lines.slice(6).every((l) => l.startsWith('claim “payback > 2 years”: its share'))).toBe(true);
    const first = sweep.boundary[0];
    // Interpolated between the tariffs of the grid on either side of it.
    const tariffs = sweep.axes[0].values;
    const low = Math.max(...tariffs.filter((v) => v < first.values[0]));
    const high = Math.min(...tariffs.filter((v) => v > first.values[0]));
    expect(lines).toContain(
      sweepMessages.boundary(
        `power.price = ${Number(first.values[0].toPrecision(3))} USD/kWh`,
        `fleet[0].unitPrice = ${first.values[1]} USD`,
        { low: `${low} USD/kWh`, high: `${high} USD/kWh` },
      ),
    );
  });
});
