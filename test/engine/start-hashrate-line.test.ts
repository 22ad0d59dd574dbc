// The assumption line 'Start network hashrate' says the figure the run's network starts from.
import { describe, expect, it } from 'vitest';
import { compileMarketDraft } from '../fixtures/market.js';

const line = (assumptions: { label: string; value: string; note?: string }[]) =>
  assumptions.find((a) => a.label === 'Start network hashrate');

describe('compileMarket() start network hashrate line', () => {
  it('compileMarket() prints a start network below 0.01 EH/s in its own prefix: 23.7 TH/s on 2013-01-01, not 0.00 EH/s', async () => {
    // The mean of the 7 days to 2013-01-01 in data/btc-daily.csv: 23.674 TH/s (the day's 23.995).
    const { market } = await compileMarketDraft({
      start: '2013-01-01',
      price: { start: '13 USD', model: { type: 'fixed' } },
    });
    expect(line(market.assumptions)).toEqual({
      label: 'Start network hashrate',
      value: '23.7 TH/s',
      note: 'history, the mean of the 7 days to 2013-01-01',
    });
  });
});
