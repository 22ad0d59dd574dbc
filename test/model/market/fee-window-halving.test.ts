// A calibrated fee share whose window spans a halving before the start. The share is the window's
// fees over its new coins, so at the start's halved subsidy it gives about half the fees a block
// the window paid, with no word of it. By hand from data/btc-daily.csv, the 90 days before
// 2020-05-12 (2020-02-12 to 2020-05-11, the halving at block 630,000 on 2020-05-11): fees
// 3,420.6 BTC over 13,027 blocks = 0.2626 BTC a block, issuance 162,656 BTC, share 2.10 %, which
// at 6.25 BTC gives 0.1314 BTC a block (the 90 days after paid 0.5600). Before, the note said only
// 'calibrated on 90 days before the start'.
import { describe, expect, it } from 'vitest';
import { compileMarketDraft } from '../../fixtures/market.js';

const feesNote = async (start: string) => {
  const { market } = await compileMarketDraft({
    start,
    price: { model: { type: 'fixed' } },
    fees: { model: { type: 'share-of-subsidy', calibrate: '90 days' } },
  });
  return market.assumptions.find((a) => a.label === 'Fees')?.note;
};

describe('a fee window across a halving', () => {
  it('compileMarket() says what a fee share measured across a halving gives at the start', async () => {
    expect(await feesNote('2020-05-12')).toBe(
      'calibrated on 90 days before the start, across the halving at block 630,000: at the start’s subsidy the share gives 0.1314 BTC a block, where the window paid 0.2626',
    );
  });

  it('compileMarket() adds nothing to a window within one halving era', async () => {
    expect(await feesNote('2019-01-01')).toBe('calibrated on 90 days before the start');
  });
});
