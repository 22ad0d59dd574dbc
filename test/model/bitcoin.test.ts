import { describe, expect, it } from 'vitest';
import {
  breakEvenEfficiencyJPerTh,
  costToMineOneBtcUsd,
  expectedBlocksPerDay,
  HASHES_PER_DIFFICULTY,
  halvingHeight,
  hashpriceUsdPerThDay,
  powerCostUsdPerThDay,
  RETARGET_TIMESPAN_S,
  retargetDifficulty,
  subsidyBtc,
} from '../../src/model/bitcoin.js';

describe('subsidyBtc()', () => {
  it('subsidyBtc() halves every 210,000 blocks', () => {
    expect(subsidyBtc(0)).toBe(50);
    expect(subsidyBtc(209_999)).toBe(50);
    expect(subsidyBtc(210_000)).toBe(25);
    expect(subsidyBtc(420_000)).toBe(12.5);
    expect(subsidyBtc(630_000)).toBe(6.25);
    expect(subsidyBtc(839_999)).toBe(6.25);
    expect(subsidyBtc(840_000)).toBe(3.125);
  });

  it('subsidyBtc() shifts whole satoshis, so odd amounts are floored', () => {
    // 5,000,000,000 sat >> 10 = 4,882,812.5 -> 4,882,812 sat.
    expect(subsidyBtc(10 * 210_000)).toBe(0.04882812);
    expect(subsidyBtc(33 * 210_000)).toBe(0);
    expect(subsidyBtc(64 * 210_000)).toBe(0);
  });
});

describe('halvingHeight()', () => {
  it('halvingHeight() puts the first four halvings at 210,000 / 420,000 / 630,000 / 840,000', () => {
    expect([1, 2, 3, 4].map(halvingHeight)).toEqual([210_000, 420_000, 630_000, 840_000]);
  });

  it('halvingHeight() rejects a negative or fractional halving number', () => {
    expect(() => halvingHeight(-1)).toThrow(/got -1/);
    expect(() => halvingHeight(1.5)).toThrow(/got 1.5/);
  });
});

describe('retargetDifficulty()', () => {
  const d = 1e12;

  it('retargetDifficulty() leaves difficulty unchanged when the epoch took 14 days', () => {
    expect(retargetDifficulty(d, RETARGET_TIMESPAN_S)).toBe(d);
    expect(RETARGET_TIMESPAN_S).toBe(1_209_600);
  });

  it('retargetDifficulty() scales by target / actual inside the clamp', () => {
    expect(retargetDifficulty(d, RETARGET_TIMESPAN_S / 2)).toBeCloseTo(2 * d, -1);
    expect(retargetDifficulty(d, RETARGET_TIMESPAN_S * 2)).toBeCloseTo(d / 2, -1);
  });

  it('retargetDifficulty() rises by at most x4 however fast the epoch was', () => {
    expect(retargetDifficulty(d, RETARGET_TIMESPAN_S / 10)).toBe(4 * d);
    expect(retargetDifficulty(d, 0)).toBe(4 * d);
  });

  it('retargetDifficulty() falls by at most /4 however slow the epoch was', () => {
    expect(retargetDifficulty(d, RETARGET_TIMESPAN_S * 10)).toBe(d / 4);
    expect(retargetDifficulty(2, RETARGET_TIMESPAN_S * 10)).toBe(1);
  });
});

describe('per-terahash economics', () => {
  it('expectedBlocksPerDay() is 144 for a network exactly matching its difficulty', () => {
    const difficulty = 5.6e11;
    const hashrateHs = (difficulty * HASHES_PER_DIFFICULTY) / 600;
    expect(expectedBlocksPerDay(hashrateHs, difficulty)).toBeCloseTo(144, 9);
  });

  it('hashpriceUsdPerThDay() reproduces the 2021-08-07 Hashrate Index figure', () => {
    // Hashrate Index roundup 2021-08-07: BTC 43,629 USD, difficulty 14.5T, "average fee
    // percentage per block" 1.34 %, hashprice 0.3835 USD/TH/day. The fee percentage is read as a
    // share of the whole block reward, so fees = 6.25 x 0.0134 / (1 - 0.0134) BTC. (Reading it
    // as 1.34 % of the subsidy gives 0.38337, 0.033 % below the published value.)
    const feesBtc = (6.25 * 0.0134) / (1 - 0.0134);
    const hashprice = hashpriceUsdPerThDay(43_629, 14.5e12, 6.25, feesBtc);
    expect(hashprice.toFixed(4)).toBe('0.3834');
    expect(Math.abs(hashprice / 0.3835 - 1)).toBeLessThan(0.0003);
  });

  it('powerCostUsdPerThDay() is 0.024 x J/TH x USD/kWh', () => {
    // An S9 (98 J/TH) at 0.05 USD/kWh: 98 W x 24 h = 2.352 kWh per TH/s per day.
    expect(powerCostUsdPerThDay(98, 0.05)).toBeCloseTo(0.1176, 12);
  });

  it('breakEvenEfficiencyJPerTh() is 41.67 x hashprice / tariff', () => {
    expect(breakEvenEfficiencyJPerTh(1, 1)).toBeCloseTo(41.6667, 4);
    const jPerTh = breakEvenEfficiencyJPerTh(0.3834, 0.06);
    expect(powerCostUsdPerThDay(jPerTh, 0.06)).toBeCloseTo(0.3834, 12);
  });

  it("costToMineOneBtcUsd() reproduces Hayes' 588.36 USD per BTC to the cent", () => {
    // Hayes' worked example: difficulty 60,883,825,480, 0.135 USD/kWh, 0.75 W/GH (750 J/TH),
    // 12.5 BTC per block, 1,000 GH/s (the fleet size cancels). Only 2^32 hashes per difficulty
    // gives 588.36; the exact 2^48 / 65,535 gives 588.37, so Hayes used 2^32.
    const cost = costToMineOneBtcUsd(750, 0.135, 60_883_825_480, 12.5);
    expect(cost.toFixed(2)).toBe('588.36');
    const exactHashesPerDifficulty = 2 ** 48 / 65_535;
    expect(((cost * exactHashesPerDifficulty) / HASHES_PER_DIFFICULTY).toFixed(2)).toBe('588.37');
  });
});
