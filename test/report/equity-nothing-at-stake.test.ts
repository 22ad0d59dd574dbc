// A leased fleet whose owners never had money at stake: its equity "pays back on day 0" by the
// rule, which is no payback. Every place that prints the equity's payback says "nothing at stake",
// in the terminal's words, as the financing section does, not "0" days an analyst reads as a payback.
import { describe, expect, it } from 'vitest';
import { headlineRows } from '../../src/explorer/headline-rows.js';
import { explorerView, rowText } from '../../src/explorer/view.js';
import type { OkEntry } from '../../src/report/batch-cells.js';
import { batchFinanceTable } from '../../src/report/batch-finance-table.js';
import { financeHeadlineRows } from '../../src/report/finance-headline.js';
import { financeTable } from '../../src/report/finance-table.js';
import type { Distribution } from '../../src/stats/summary.js';
import { FIXTURE_SUMMARY, makeSummary } from '../fixtures/summary.js';

const zero: Distribution = {
  mean: 0,
  quantiles: { p5: 0, p10: 0, p25: 0, p50: 0, p75: 0, p90: 0, p95: 0 },
};
const mostly: Distribution = {
  mean: 120,
  quantiles: { p5: 0, p10: 0, p25: 0, p50: 0, p75: 874, p90: null, p95: null },
};

function leased(equityPaybackDays: Distribution, paths: number) {
  const h = FIXTURE_SUMMARY.headline;
  return makeSummary({
    run: { ...FIXTURE_SUMMARY.run, paths },
    headline: {
      ...h,
      equityPaybackDays,
      equityNoPayback: { p: 0, se: 0 },
      equityNothingAtStake: { p: paths === 1 ? 1 : 0.665, se: paths === 1 ? 0 : 0.033 },
      equityNpvUsd: h.npvUsd,
      equityIrr: h.irr,
      cashCostPerCoinUsd: h.costPerCoinUsd,
      allInCostPerCoinUsd: h.costPerCoinUsd,
    },
  });
}

const NOTHING = 'nothing at stake (the equity never below zero)';

describe('the equity payback of a fleet with nothing at stake', () => {
  it('summary.md’s Project and equity table of one outcome says what the terminal says, not 0 days', () => {
    const s = leased(zero, 1);
    const table = financeTable(s, true)[1];
    const row = table.rows.find(([label]) => label.startsWith('Payback, equity'))!;
    expect(row[1]).toBe(NOTHING);
    const terminal = financeHeadlineRows(s, true).find(([label]) => label === 'equity payback')!;
    expect(terminal[1]).toBe(NOTHING);
  });

  it('over paths, a quantile at day 0 reads "nothing at stake" in the table, the terminal and the explorer', () => {
    const s = leased(mostly, 200);
    const table = financeTable(s, false)[1];
    const row = table.rows.find(([label]) => label.startsWith('Payback, equity'))!;
    expect(row.slice(1, 6)).toEqual([...Array(4).fill('nothing at stake (0 d)'), '874']);
    const terminal = financeHeadlineRows(s, false).find(([label]) => label.startsWith('equity payback'))!;
    expect(terminal[1]).toMatch(/^nothing at stake \(0 d\)/);
    const v = explorerView(s);
    const median = headlineRows(v).find((r) => r.label === 'Equity payback, median')!;
    expect(rowText(median, v)).toMatch(/^nothing at stake/);
  });

  it('the batch index’s financing table says the share of paths with nothing at stake beside the share not paid back', () => {
    const s = leased(mostly, 200);
    const entry = {
      status: 'ok',
      folder: 'lease',
      run: s,
      backtest: null,
      backtestFolder: null,
    } as unknown as OkEntry;
    const cell = batchFinanceTable([entry]).rows[0][3].text;
    expect(cell).toBe(
      '0.000 (95 % ≤ 0.019); nothing at stake on 0.665 ± 0.033 (counted as paid back on day 0)',
    );
  });
});
