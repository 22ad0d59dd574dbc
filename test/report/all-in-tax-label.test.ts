// The books' all-in cost per coin adds the depreciation the tax rule allows (a bonus front-loads it
// into the first tax year), not the book depreciation listed miners publish with their all-in
// costs: its label says so wherever it is printed, so an analyst does not set it beside theirs
// (DOMAIN.md: CoinShares' 96-137 k USD a BTC in 2024 are with book depreciation).
import { describe, expect, it } from 'vitest';
import { financeHeadlineRows } from '../../src/report/finance-headline.js';
import { financeTable } from '../../src/report/finance-table.js';
import { FIXTURE_SUMMARY, makeSummary } from '../fixtures/summary.js';

const h = FIXTURE_SUMMARY.headline;
const booked = makeSummary({
  headline: {
    ...h,
    equityPaybackDays: h.paybackDays,
    equityNoPayback: { p: 0.2, se: 0.01 },
    equityNpvUsd: h.npvUsd,
    equityIrr: h.irr,
    cashCostPerCoinUsd: h.costPerCoinUsd,
    allInCostPerCoinUsd: h.costPerCoinUsd,
  },
});

describe('the all-in cost per coin with tax depreciation', () => {
  it('summary.md’s financing table labels it tax, not book, depreciation and says why it is not comparable', () => {
    const table = financeTable(booked, false)[1];
    const row = table.rows.find(([label]) => label.startsWith('All-in cost per coin'))!;
    expect(row[0]).toBe('All-in cost per coin, with tax (not book) depreciation (USD/BTC)');
    expect(table.note).toMatch(/not the book depreciation of listed miners’ all-in costs/);
    expect(table.note).toMatch(/bonus/);
  });

  it('the terminal’s line says tax, not book, depreciation', () => {
    for (const one of [true, false]) {
      const labels = financeHeadlineRows(booked, one).map(([label]) => label);
      expect(labels.some((l) => l.endsWith('cash / all-in with tax (not book) depreciation'))).toBe(true);
    }
  });
});
