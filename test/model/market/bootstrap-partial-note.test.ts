// The reference says of `partial: allowed`: "the assumptions table says how many days were used".
// The calibrated models say it ("calibrated on 684 of 1461 days before the start (partial window
// allowed)"); the block bootstrap gave only the window's dates, and nothing that it was partial.
import { describe, expect, it } from 'vitest';
import { compileMarketDraft } from '../../fixtures/market.js';

const priceModelNote = async (market: Record<string, unknown>) => {
  const { market: m } = await compileMarketDraft(market);
  return m.assumptions.find((a) => a.label === 'Price model')?.note;
};

describe('the block bootstrap on a partial window', () => {
  it('compileMarket() says how many of the window days the history held', async () => {
    // A start on 2012-06-01 with the 4-year window (1,461 days from 2008-06-01) reads the history
    // from its first day, 2010-07-18, to 2012-05-31: 684 days of prices.
    expect(
      await priceModelNote({
        start: '2012-06-01',
        fleet: [{ hashrate: '10 GH/s', power: '100 W', count: 1, unitPrice: '100 USD' }],
        price: { model: { type: 'bootstrap', partial: 'allowed' } },
      }),
    ).toBe(
      'daily log returns 2010-07-18 to 2012-05-31, 684 of 1461 days before the start (partial window allowed); their mean of 219.3 % a year (log) is kept, the drift every path carries on average (`demean: true` takes it out)',
    );
  });

  it('a window inside the history names no partial window', async () => {
    expect(await priceModelNote({ start: '2021-01-01', price: { model: { type: 'bootstrap' } } })).toBe(
      'daily log returns 2017-01-01 to 2020-12-31; their mean of 84.3 % a year (log) is kept, the drift every path carries on average (`demean: true` takes it out)',
    );
  });
});
