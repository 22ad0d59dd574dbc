// The README's "A decision today" table: one Antminer S21 (200 TH/s, 3,500 W) at 0.08 USD/kWh on
// the network of the 2026-01-22 retarget (difficulty 141.67 T, 3.125 BTC a block). The figures
// are the calculators' deterministic ones, computed here by hand from the protocol's formulas.
import { describe, expect, it } from 'vitest';
import { hashpriceUsdPerThDay, powerCostUsdPerThDay } from '../../src/model/bitcoin.js';

const DIFFICULTY = 141.67e12;
const SUBSIDY = 3.125;
const TARIFF = 0.08;
const J_PER_TH = 3500 / 200;

/** Break-even coin price: the power cost per TH/s-day over the coins one TH/s earns a day. */
function breakEvenPrice(feeShare: number, poolFee: number): number {
  const revenueAtOneUsd = hashpriceUsdPerThDay(1, DIFFICULTY, SUBSIDY, SUBSIDY * feeShare) * (1 - poolFee);
  return powerCostUsdPerThDay(J_PER_TH, TARIFF) / revenueAtOneUsd;
}

describe('one S21 at 0.08 USD/kWh on the 2026-01-22 network', () => {
  it('powerCostUsdPerThDay() puts the break-even hashprice at 33.6 USD/PH/s/day', () => {
    // 0.024 kWh per TH/s-day per J/TH x 17.5 J/TH x 0.08 USD/kWh = 0.0336 USD per TH/s-day.
    expect(powerCostUsdPerThDay(J_PER_TH, TARIFF) * 1000).toBeCloseTo(33.6, 10);
  });

  it('hashpriceUsdPerThDay() at 78,600 USD gives 35.1 USD/PH/s/day, within 1 % of the published 34.8', () => {
    const perPh = hashpriceUsdPerThDay(78_600, DIFFICULTY, SUBSIDY, SUBSIDY * 0.0075) * 1000;
    expect(perPh).toBeCloseTo(35.14, 2);
    expect(Math.abs(perPh / 34.8 - 1)).toBeLessThan(0.01);
  });

  it('the break-even BTC price is 75,700 USD without fees, 75,200 with 0.75 % fees, 76,700 after a 2 % pool fee', () => {
    expect(Math.round(breakEvenPrice(0, 0) / 100) * 100).toBe(75_700);
    expect(Math.round(breakEvenPrice(0.0075, 0) / 100) * 100).toBe(75_200);
    expect(Math.round(breakEvenPrice(0.0075, 0.02) / 100) * 100).toBe(76_700);
  });
});
