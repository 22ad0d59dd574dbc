// The assumption line 'Start network hashrate' says the figure the run's network starts from.
import { describe, expect, it } from 'vitest';
import { compileMarketDraft, eachMarketPath } from '../fixtures/market.js';

const line = (assumptions: { label: string; value: string; note?: string }[]) =>
  assumptions.find((a) => a.label === 'Start network hashrate');

describe('compileMarket() start network hashrate line', () => {
  it('compileMarket() under a replayed network prints the replay’s first day, 4.31 EH/s on 2017-05-17, not the week’s mean 4.25', async () => {
    // data/btc-daily.csv, 2017-05-17: 4,314,627.131 TH/s (155 blocks); the mean of the 7 days to it
    // 4,247,024.678 TH/s. The replay takes the day's figure on day 0 (and every day after).
    const { market } = await compileMarketDraft({
      start: '2017-05-17',
      network: { model: { type: 'historical' } },
    });
    let day0 = Number.NaN;
    eachMarketPath(market, 1, 1, (p) => {
      day0 = p.networkHashrateHs[0];
    });
    expect(day0 / 1e18).toBeCloseTo(4.314627, 6);
    expect(line(market.assumptions)).toEqual({
      label: 'Start network hashrate',
      value: '4.31 EH/s',
      note: 'history on 2017-05-17',
    });
  });

  it('compileMarket() prints a start network below 0.01 EH/s in its own prefix: 23.7 TH/s on 2013-01-01, not 0.00 EH/s', async () => {
    // The mean of the 7 days to 2013-01-01 in data/btc-daily.csv: 23.674 TH/s (the day's 23.995).
    const { market } = await compileMarketDraft({
      start: '2013-01-01',
      price: { start: '13 USD', model: { type: 'fixed' } },
    });
    expect(line(market.assumptions)).toEqual({
      label: 'Start network hashrate',
      value: '23.7 TH/s',
      // 11 % above the difficulty's 144 blocks a day (the off-target note, in the same prefix).
      note: 'history, the mean of the 7 days to 2013-01-01; 11.00 % above the 21.3 TH/s at which the difficulty in force at the start (2.97964 M) finds a block every 600 s, so the retargets raise the difficulty toward it even with no growth',
    });
  });
});
