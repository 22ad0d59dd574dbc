import { describe, expect, it } from 'vitest';
import { loadHistory } from '../../src/data/history.js';
import { historicalHashprice, isHashpriceError } from '../../src/model/hashprice.js';

describe('historicalHashprice()', () => {
  it('historicalHashprice() on 2021-08-07 is within 2.5 % of the published 383.5 USD/PH/s/day', () => {
    const perPh = historicalHashprice(loadHistory('bitcoin'), '2021-08-07');
    if (isHashpriceError(perPh)) throw new Error(perPh.message);
    expect(perPh.unit).toBe('USD/PH/s/day');
    expect(Math.abs(perPh.hashpriceUsd / 383.5 - 1)).toBeLessThan(0.025);
    const result = historicalHashprice(loadHistory('bitcoin'), '2021-08-07', 'TH');
    if (isHashpriceError(result)) throw new Error(result.message);
    expect(result.unit).toBe('USD/TH/s/day');
    expect(result.hashpriceUsd * 1000).toBeCloseTo(perPh.hashpriceUsd, 9);
    expect(result.subsidyPerBlock).toBe(6.25);
    // Coin Metrics' daily close (44,485 USD) is 2.0 % above the 24-h price Hashrate Index used (43,629).
    expect(result.priceUsd / 43_629 - 1).toBeCloseTo(0.0196, 3);
    expect(Math.abs(result.hashpriceUsd / 0.3835 - 1)).toBeLessThan(0.025);
  });

  it('historicalHashprice() averages the subsidy over the mixed blocks of a halving day', () => {
    const result = historicalHashprice(loadHistory('bitcoin'), '2020-05-11');
    if (isHashpriceError(result)) throw new Error(result.message);
    expect(result.blocks).toBe(157);
    expect(result.subsidyPerBlock).toBeCloseTo(1_781.25 / 157, 12);
  });

  it('historicalHashprice() for Monero is USD per kH/s per day from subsidy and fees per block', () => {
    const result = historicalHashprice(loadHistory('monero'), '2017-05-17');
    if (isHashpriceError(result)) throw new Error(result.message);
    expect(result.unit).toBe('USD/kH/s/day');
    const rewardXmr = result.subsidyPerBlock + result.feesPerBlock;
    expect(result.hashpriceUsd).toBeCloseTo(
      (86_400_000 / result.difficulty) * rewardXmr * result.priceUsd,
      12,
    );
    expect(result.hashpriceUsd).toBeCloseTo(2.348, 3);
  });

  it('historicalHashprice() returns an error naming the covered range for a date outside the data', () => {
    const result = historicalHashprice(loadHistory('monero'), '2021-01-01');
    expect(isHashpriceError(result)).toBe(true);
    if (!isHashpriceError(result)) return;
    expect(result).toMatchObject({
      error: 'date-out-of-range',
      firstDate: '2014-05-20',
      lastDate: '2020-02-09',
    });
    expect(result.message).toContain('2014-05-20 to 2020-02-09');
    expect(isHashpriceError(historicalHashprice(loadHistory('bitcoin'), 'yesterday'))).toBe(true);
  });
});
