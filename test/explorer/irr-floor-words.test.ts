// An IRR of ≤ -99.99 % (a rate below the lowest searched, or none: a stake mostly lost within
// months, or more lost than put in) was printed bare by the terminal's back-test headline and the
// explorer's IRR rows, beside -100 % said to be a total loss: both now say in a few words what it is.
import { describe, expect, it } from 'vitest';
import { headlineTable } from '../../src/cli/headline.js';
import { HEADLINE_ROWS } from '../../src/explorer/headline-rows.js';
import { explorerView, rowText } from '../../src/explorer/view.js';
import { IRR_FLOOR } from '../../src/model/finance/irr-bounds.js';
import { AT_FLOOR } from '../../src/report/coverage.js';
import type { RunSummary } from '../../src/stats/summary.js';
import { makeSummary } from '../fixtures/summary.js';

/** `s` with every quantile of its IRRs at `irr`. */
function withIrr(s: RunSummary, irr: number): RunSummary {
  const at = {
    mean: null,
    quantiles: { p5: irr, p10: irr, p25: irr, p50: irr, p75: irr, p90: irr, p95: irr },
  };
  return { ...s, headline: { ...s.headline, irr: at, equityIrr: at, afterTaxIrr: at } };
}

describe('an IRR of ≤ -99.99 % says what it is where it is printed alone', () => {
  it("the terminal's back-test headline", () => {
    const line = headlineTable(withIrr(makeSummary({ kind: 'backtest' }), IRR_FLOOR))
      .split('\n')
      .find((l) => l.includes('NPV / IRR'))!;
    expect(line).toContain(`≤ -99.99 % (${AT_FLOOR})`);
  });

  it("the explorer's project, equity and after-tax IRR rows", () => {
    const view = explorerView(withIrr(makeSummary({ kind: 'monte-carlo' }), IRR_FLOOR));
    for (const label of [
      'IRR, median (per year)',
      'Equity IRR, median (per year)',
      'IRR after tax, median (per year)',
    ])
      expect(rowText(HEADLINE_ROWS.find((r) => r.label === label)!, view)).toContain(
        `≤ -99.99 % (${AT_FLOOR})`,
      );
  });
});
