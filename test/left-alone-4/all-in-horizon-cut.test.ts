// The all-in cost per coin (cash cost plus the machines' tax depreciation) of a horizon that ends
// inside a tax year counted that whole year's depreciation over the coins of the days it ran: six
// months of S19 XPs on a 5-year straight line counted a full fifth of their cost, twice what their
// six months depreciate. It now counts the share of that tax year's days within the horizon, as a
// listed miner's all-in cost of a period counts the period's depreciation; the tax is unchanged (the
// horizon is taxed as a sale, so the year's depreciation and the gain on it cancel).
// By hand: 100 S19 XPs at 2,800 USD (280,000 USD), depreciated 56,000 USD a tax year.
import { describe, expect, it } from 'vitest';
import { horizonTaxYearShare } from '../../src/engine/compile/books.js';
import type { RunSummary } from '../../src/stats/summary.js';
import { useScratchFolder } from '../analyst-questions-2/hand.js';

const { backtest, scenarioFile } = useScratchFolder({ charts: false });

const CAPEX = 100 * 2800;
const YEAR = CAPEX / 5;
const file = (name: string, start: string, horizon: string) =>
  scenarioFile(
    name,
    `name: ${name}
start: ${start}
horizon: ${horizon}
fleet:
  - { name: s19xp, model: Antminer S19 XP, count: 100, unitPrice: 2800 USD }
power: { price: 0.06 USD/kWh }
costs: { poolFee: 2 % }
finance:
  tax: { rate: 21 %, depreciation: { method: straight-line, lifeYears: 5 } }
`,
  );

/** The depreciation the all-in cost per coin counts: (all-in - cash) x coins. */
const depreciationCounted = (s: RunSummary) => {
  const h = s.headline;
  return (
    (h.allInCostPerCoinUsd!.quantiles.p50! - h.cashCostPerCoinUsd!.quantiles.p50!) *
    h.coinsMined.quantiles.p50!
  );
};

describe('the all-in cost per coin of a horizon that ends inside a tax year', { timeout: 120_000 }, () => {
  it('minesim backtest of 181 days from 2023-01-01: 181 / 365 of 2023’s depreciation, not all of it', async () => {
    const { summary } = await backtest(file('half-year', '2023-01-01', '181 days'));
    expect(summary.scenario.end).toBe('2023-06-30');
    expect(depreciationCounted(summary)).toBeCloseTo((YEAR * 181) / 365, 4);
  });

  it('minesim backtest of 547 days from 2023-01-01: 2023’s whole and 182 / 366 of 2024’s (a leap year)', async () => {
    const { summary } = await backtest(file('year-and-half', '2023-01-01', '547 days'));
    expect(summary.scenario.end).toBe('2024-06-30');
    expect(depreciationCounted(summary)).toBeCloseTo(YEAR + (YEAR * 182) / 366, 4);
  });

  it('minesim backtest of 90 days from 2023-07-01: the first tax year runs from the start to 2023-12-31 (184 days), so 90 / 184 of it', async () => {
    const { summary } = await backtest(file('second-half', '2023-07-01', '90 days'));
    expect(depreciationCounted(summary)).toBeCloseTo((YEAR * 90) / 184, 4);
  });

  it('minesim backtest of two whole tax years: their whole depreciation, as before', async () => {
    const { summary } = await backtest(file('two-years', '2023-01-01', '731 days'));
    expect(depreciationCounted(summary)).toBeCloseTo(2 * YEAR, 4);
  });
});

describe('horizonTaxYearShare()', () => {
  it('is the share of the last tax year’s days within the horizon, 1 on a fiscal year end', () => {
    // 2021-11-10 + 800 days: tax years end on days 51, 416, 781 and 799 (2024-01-18); 2024 has 366 days.
    expect(horizonTaxYearShare('2021-11-10', 800, '12-31')).toBeCloseTo(18 / 366, 12);
    expect(horizonTaxYearShare('2021-01-01', 365, '12-31')).toBe(1);
    // One tax year, from the start to its fiscal year end (06-30): 2021-11-10 to 2022-06-30, 233 days.
    expect(horizonTaxYearShare('2021-11-10', 100, '06-30')).toBeCloseTo(100 / 233, 12);
  });
});
