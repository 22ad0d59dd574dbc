// A back-test's IRR of ≤ -99.99 % (its one path's stake mostly lost within months, or lost more
// than it put in after some money back) was printed with no word of what it is, where its -100 %
// (a total loss) had the total loss's note: both are explained now, as in a run's tables.
import { describe, expect, it } from 'vitest';
import { IRR_FLOOR } from '../../src/model/finance/irr-bounds.js';
import { backtestTable } from '../../src/report/backtest-table.js';
import { IRR_FLOOR_WHY, TOTAL_LOSS_WHY } from '../../src/report/coverage.js';
import type { RunSummary } from '../../src/stats/summary.js';
import { makeSummary } from '../fixtures/summary.js';

/** A back-test whose one path's IRR is `irr`. */
function backtestWith(irr: number): RunSummary {
  const s = makeSummary({ kind: 'backtest' });
  for (const k of Object.keys(s.headline.irr.quantiles) as (keyof typeof s.headline.irr.quantiles)[])
    s.headline.irr.quantiles[k] = irr;
  return s;
}

const irrRow = (s: RunSummary) => backtestTable(s).rows.find((r) => r[0].startsWith('IRR'))![1];

describe("a back-test's IRR at the floor", () => {
  it('prints ≤ -99.99 % with the note that says what it is', () => {
    const s = backtestWith(IRR_FLOOR);
    expect(irrRow(s)).toBe('≤ -99.99 %');
    expect(backtestTable(s).note).toContain(IRR_FLOOR_WHY);
    expect(backtestTable(s).note).not.toContain(TOTAL_LOSS_WHY);
  });

  it('a total loss keeps its own note, a rate neither', () => {
    expect(backtestTable(backtestWith(-1)).note).toContain(TOTAL_LOSS_WHY);
    expect(backtestTable(backtestWith(-1)).note).not.toContain(IRR_FLOOR_WHY);
    const rate = backtestTable(backtestWith(0.12)).note;
    expect(rate).not.toContain(IRR_FLOOR_WHY);
    expect(rate).not.toContain(TOTAL_LOSS_WHY);
  });
});
