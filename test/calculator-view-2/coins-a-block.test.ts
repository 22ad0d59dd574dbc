// One rule for an amount of coins a block, in every command: `minesim hashprice`, the run's daily
// view and `minesim quote` print the same subsidy and fees alike. An amount exact to the satoshi
// (a subsidy of 3.125 or 1.5625 BTC, fees given as 0.025) is printed in full, trailing zeros
// dropped; any other (the day's fees over its blocks) to 4 decimals, or 4 significant digits where
// those are more.
import { describe, expect, it } from 'vitest';
import { loadHistory } from '../../src/data/history.js';
import { cliMessages } from '../../src/messages/cli.js';
import { shownCoins } from '../../src/messages/shown.js';
import { quoteDay } from '../../src/model/quote.js';
import { dailyViewConditions } from '../../src/report/daily-view-table.js';
import type { DailyView } from '../../src/stats/summary.js';

const view = (rewardPerBlock: number, feesPerBlock: number): DailyView => ({
  date: '2028-05-01',
  priceUsd: 100_000,
  hashpriceUsd: 30,
  hashpriceUnit: 'USD/PH/s/day',
  machineHashrateUnit: 'TH/s',
  tariffUsdPerKwh: 0.06,
  fees: { model: 'per-block', rewardPerBlock, feesPerBlock, share: null, dayFeesPerBlock: null },
  cohorts: [],
  fleet: { profitUsd: 0, fixedUsd: 0, capexUsd: 0, paybackDays: null },
  monteCarlo: { paybackDaysP50: null, paidBackByThen: null },
});

describe('coins a block', () => {
  it('one rule: exact to the satoshi in full, else 4 decimals or 4 significant digits', () => {
    expect(shownCoins(3.125)).toBe('3.125');
    expect(shownCoins(12.5)).toBe('12.5');
    expect(shownCoins(50)).toBe('50');
    expect(shownCoins(1.5625)).toBe('1.5625');
    expect(shownCoins(0.78125)).toBe('0.78125');
    expect(shownCoins(0.025)).toBe('0.025');
    expect(shownCoins(3.44757513 / 144)).toBe('0.02394');
    expect(shownCoins(0)).toBe('0');
    expect(shownCoins(17.592186044415)).toBe('17.5922');
    expect(shownCoins(1.234e-10)).toBe('1.234e-10');
  });

  it('`minesim hashprice` prints the subsidy as the run does: 12.5 BTC, not 12.5000', () => {
    const line = cliMessages.hashpriceInputs(1809, 559.971e9, 155, 12.5, 478.87 / 155, 'BTC');
    expect(line).toContain('subsidy 12.5 BTC/block');
    expect(line).toContain('fees 3.0895 BTC/block');
  });

  it("the run's daily view prints a subsidy after the 2028 halving in full: 1.5625, not 1.563", () => {
    const text = dailyViewConditions(view(1.5625, 0.025), 'BTC');
    expect(text).toContain('1.5625 BTC a block and 0.025 BTC of fees');
  });

  it('`minesim quote` names the subsidy and fees by the same rule', () => {
    const history = loadHistory('bitcoin');
    const given = quoteDay('bitcoin', history, history.lastDate, { hashpriceUsd: 34.8, priceUsd: 78_600 });
    if ('error' in given) throw new Error(given.error);
    // The data's last day: 3.125 BTC and 3.44757513 BTC of fees over 144 blocks.
    expect(given.source).toContain('(3.125 and 0.02394 BTC)');
    const made = quoteDay('bitcoin', history, history.lastDate, {
      difficulty: 150e12,
      priceUsd: 90_000,
      fees: { coins: 0.025 },
    });
    if ('error' in made) throw new Error(made.error);
    expect(made.source).toContain('subsidy of 3.125 BTC a block');
    expect(made.source).toContain('fees of 0.025 BTC a block');
    const past = quoteDay('bitcoin', history, '2025-12-10', { hashpriceUsd: 34.8, priceUsd: 78_600 });
    if ('error' in past) throw new Error(past.error);
    expect(past.source).toContain('(0.02394 BTC a block)');
  });
});
