// The calculator's answer against hand computations: an Antminer S21 (200 TH/s at 17.5 J/TH,
// 3,500 W) at 0.06 USD/kWh and the hashprice of the week of 2026-01-22 (34.8 USD/PH/s/day, BTC
// about 78,600 USD; a large pool's report). By hand: revenue 0.2 PH/s x 34.8 = 6.96 USD a day;
// power 3.5 kW x 24 h x 0.06 = 5.04 USD; profit 1.92 USD, 0.0096 USD per TH/s; break-even
// hashprice 5.04 / 0.2 = 25.2 USD/PH/s/day (the CBECI threshold: 17.5 J/TH x 0.06 / 41.67 =
// 0.0252 USD/TH/s/day); break-even price 78,600 x 25.2 / 34.8 = 56,917 USD; at 3,400 USD (its
// April 2025 price) it pays back in 3,400 / 1.92 = 1,771 days.
import { describe, expect, it } from 'vitest';
import {
  type DayConditions,
  dailyHosting,
  fleetDay,
  type MachineDay,
  machineDay,
  paybackDays,
} from '../../src/model/daily-view.js';
import { NO_CONTRACT } from '../../src/model/hosting.js';

const PRICE = 78_600;
const HASHPRICE_PH = 34.8;
const S21 = {
  name: 'Antminer S21',
  units: 1,
  hashrateHs: 200e12,
  powerW: 3500,
  uptime: 1,
  unitCapexUsd: 3400,
  maintenanceUsdPerDay: 0,
};

function day(overrides: Partial<DayConditions> = {}): DayConditions {
  return {
    coinsPerHsDay: HASHPRICE_PH / 1e15 / PRICE,
    priceUsd: PRICE,
    tariffUsdPerKwh: 0.06,
    pue: 1,
    poolFee: 0,
    contract: NO_CONTRACT,
    hashpriceUnitHs: 1e15,
    machineUnitHs: 1e12,
    ...overrides,
  };
}

describe('machineDay() against a calculator computed by hand', () => {
  it('machineDay() of an S21 at 0.06 USD/kWh and 34.8 USD/PH/s/day earns 6.96, pays 5.04 and pays back in 1,771 days', () => {
    const m = machineDay(S21, day());
    expect(m.revenueUsd).toBeCloseTo(6.96, 10);
    expect(m.powerUsd).toBeCloseTo(5.04, 10);
    expect(m.profitUsd).toBeCloseTo(1.92, 10);
    expect(m.profitUsdPerUnitHashrate).toBeCloseTo(0.0096, 12);
    expect(m.breakEvenHashpriceUsd).toBeCloseTo(25.2, 10);
    expect(m.breakEvenHashpriceUsd! / 1000).toBeCloseTo((17.5 * 0.06) / (1000 / 24), 10);
    expect(m.breakEvenPriceUsd).toBeCloseTo((78_600 * 25.2) / 34.8, 6);
    expect(Math.round(m.breakEvenPriceUsd!)).toBe(56_917);
    expect(m.paybackDays).toBeCloseTo(3400 / 1.92, 8);
    expect(Math.round(m.paybackDays!)).toBe(1771);
  });

  it('machineDay() with a revenue share gives the revenue before the site’s share and the share as hosting: 6.821 - 5.04 - 2.046 = -0.265', () => {
    const share = { ...NO_CONTRACT, basis: 'revenue-share' as const, siteShare: 0.3, siteShareAfter: 0.3 };
    const m = machineDay(S21, day({ poolFee: 0.02, contract: share }));
    expect(m.revenueUsd).toBeCloseTo(6.96 * 0.98, 10);
    expect(m.hostingUsd).toBeCloseTo(6.96 * 0.98 * 0.3, 10);
    expect(m.profitUsd).toBeCloseTo(6.96 * 0.98 * 0.7 - 5.04, 10);
    expect(m.profitUsd).toBeCloseTo(m.revenueUsd - m.powerUsd - m.hostingUsd, 12);
    expect(m.breakEvenHashpriceUsd).toBeCloseTo(5.04 / (0.2 * 0.98 * 0.7), 10);
    expect(m.paybackDays).toBeNull();
  });

  it('machineDay() charges each hosting basis as the kernel does', () => {
    const kw = 3.5;
    const nameplate = machineDay(
      { ...S21, uptime: 0.9 },
      day({ contract: { ...NO_CONTRACT, nameplateUsdPerKwDay: 0.3 } }),
    );
    expect(nameplate.hostingUsd).toBeCloseTo(kw * 0.3, 12);
    const credited = machineDay(
      { ...S21, uptime: 0.9 },
      day({ contract: { ...NO_CONTRACT, nameplateUsdPerKwDay: 0.3, minimumUptime: 0.95 } }),
    );
    expect(credited.hostingUsd).toBeCloseTo((kw * 0.3 * 0.9) / 0.95, 12);
    const allIn = machineDay(
      S21,
      day({
        tariffUsdPerKwh: 0,
        contract: { ...NO_CONTRACT, basis: 'all-in', meteredUsdPerKwDay: 24 * 0.075 },
      }),
    );
    expect(allIn.hostingUsd).toBeCloseTo(kw * 24 * 0.075, 12);
    expect(allIn.powerUsd).toBe(0);
    expect(allIn.profitUsd).toBeCloseTo(6.96 - 6.3, 10);
  });

  it('machineDay() adds curtailment credits to the profit and lowers the break-even by them', () => {
    const m = machineDay(S21, day({ contract: { ...NO_CONTRACT, creditUsdPerKwDay: 0.04 } }));
    expect(m.creditsUsd).toBeCloseTo(0.14, 12);
    expect(m.profitUsd).toBeCloseTo(1.92 + 0.14, 10);
    expect(m.breakEvenHashpriceUsd).toBeCloseTo((5.04 - 0.14) / 0.2, 10);
  });

  it('machineDay(): revenue - power - hosting - maintenance + credits = profit on every hosting basis', () => {
    const bases: DayConditions['contract'][] = [
      NO_CONTRACT,
      { ...NO_CONTRACT, basis: 'per-kw', nameplateUsdPerKwDay: 0.3, minimumUptime: 0.97 },
      { ...NO_CONTRACT, basis: 'per-kw', meteredUsdPerKwDay: 0.3 },
      { ...NO_CONTRACT, basis: 'all-in', meteredUsdPerKwDay: 24 * 0.075 },
      { ...NO_CONTRACT, basis: 'revenue-share', siteShare: 0.3, siteShareAfter: 0.5, recoverUsd: 3400 },
      { ...NO_CONTRACT, basis: 'revenue-share', siteShare: 1, siteShareAfter: 1 },
    ];
    for (const contract of bases) {
      const t = contract.basis === 'all-in' ? 0 : 0.06;
      const withCredits = { ...contract, creditUsdPerKwDay: 0.04 };
      for (const c of [contract, withCredits]) {
        const m: MachineDay = machineDay(
          { ...S21, uptime: 0.95, maintenanceUsdPerDay: 0.25 },
          day({ tariffUsdPerKwh: t, pue: 1.05, poolFee: 0.02, contract: c }),
        );
        const sum = m.revenueUsd - m.powerUsd - m.hostingUsd - m.maintenanceUsd + m.creditsUsd;
        expect(sum, c.basis).toBeCloseTo(m.profitUsd, 12);
        expect(m.revenueUsd, c.basis).toBeCloseTo(6.96 * 0.95 * 0.98, 10);
      }
    }
  });

  it('dailyHosting() names the basis, the all-in rate and the revenue share with a waterfall’s later split, and is undefined without a contract', () => {
    expect(dailyHosting(NO_CONTRACT)).toBeUndefined();
    expect(dailyHosting({ ...NO_CONTRACT, basis: 'all-in', meteredUsdPerKwDay: 24 * 0.075 })).toEqual({
      basis: 'all-in',
      allInUsdPerKwh: expect.closeTo(0.075, 12),
      siteShare: null,
      siteShareAfter: null,
    });
    const waterfall = {
      ...NO_CONTRACT,
      basis: 'revenue-share' as const,
      siteShare: 0.3,
      siteShareAfter: 0.5,
    };
    expect(dailyHosting({ ...waterfall, recoverUsd: 3400 })).toMatchObject({
      siteShare: 0.3,
      siteShareAfter: 0.5,
    });
    // Without a waterfall there is no later split.
    expect(dailyHosting({ ...waterfall, siteShareAfter: 0.3 })).toMatchObject({ siteShareAfter: null });
  });

  it('machineDay() at 0 % uptime earns and draws nothing, still pays a nameplate fee, has no break-even and never pays back', () => {
    const m = machineDay(
      { ...S21, uptime: 0 },
      day({ contract: { ...NO_CONTRACT, basis: 'per-kw', nameplateUsdPerKwDay: 0.3 } }),
    );
    expect(m.revenueUsd).toBe(0);
    expect(m.powerUsd).toBe(0);
    expect(m.hostingUsd).toBeCloseTo(3.5 * 0.3, 12);
    expect(m.profitUsd).toBeCloseTo(-3.5 * 0.3, 12);
    expect(m.breakEvenHashpriceUsd).toBeNull();
    expect(m.breakEvenPriceUsd).toBeNull();
    expect(m.paybackDays).toBeNull();
  });

  it('machineDay() at a tariff of 0.2 USD/kWh loses 6.96 - 16.8 = -9.84 USD a day: payback never, break-even 84 USD/PH/s/day and 189,724 BTC', () => {
    const m = machineDay(S21, day({ tariffUsdPerKwh: 0.2 }));
    expect(m.profitUsd).toBeCloseTo(6.96 - 16.8, 10);
    expect(m.paybackDays).toBeNull();
    expect(m.breakEvenHashpriceUsd).toBeCloseTo(16.8 / 0.2, 10);
    expect(m.breakEvenPriceUsd).toBeCloseTo((78_600 * 84) / 34.8, 6);
    expect(fleetDay([{ ...m, paidDay: 0, hashingFromDay: 0 }], 0).paybackDays).toBeNull();
  });

  it('machineDay() at a coin price of 0 earns nothing but still has a break-even price: 25.2 / 34.8 x 78,600 = 56,917 USD (it was none)', () => {
    // The coins a hash earns are the day's (difficulty, subsidy and fees); only the price is 0.
    const m = machineDay(S21, day({ priceUsd: 0 }));
    expect(m.revenueUsd).toBe(0);
    expect(m.profitUsd).toBeCloseTo(-5.04, 12);
    expect(m.breakEvenHashpriceUsd).toBeCloseTo(25.2, 10);
    expect(m.breakEvenPriceUsd).toBeCloseTo((78_600 * 25.2) / 34.8, 6);
    expect(m.paybackDays).toBeNull();
    // A hash that earns no coins has no break-even price at any price.
    expect(machineDay(S21, day({ coinsPerHsDay: 0 })).breakEvenPriceUsd).toBeNull();
  });

  it('paybackDays() is null when the machine makes no profit, and fleetDay() subtracts the fixed costs', () => {
    expect(paybackDays(3400, -1)).toBeNull();
    expect(paybackDays(0, 1)).toBe(0);
    const m = machineDay({ ...S21, units: 10 }, day());
    const fleet = fleetDay([{ ...m, paidDay: 0, hashingFromDay: 0 }], 9.2);
    expect(fleet.profitUsd).toBeCloseTo(10 * 1.92 - 9.2, 10);
    expect(fleet.paybackDays).toBeCloseTo(34_000 / 10, 8);
  });

  it('paybackDays() of a free machine that loses money is never: it was day 0, "Days to payback 0 d" for an S9 given away at 0.05 USD/kWh', () => {
    expect(paybackDays(0, -1.057)).toBeNull();
    expect(paybackDays(0, 0)).toBe(0);
    const free = machineDay({ ...S21, unitCapexUsd: 0 }, day({ tariffUsdPerKwh: 0.2 }));
    expect(free.profitUsd).toBeLessThan(0);
    expect(free.paybackDays).toBeNull();
  });

  it('machineDay() counts the days before the machine hashes: 14 idle days + 3,400 / 1.92 = 1,784.8 days from its capex', () => {
    expect(machineDay({ ...S21, idleDays: 14 }, day()).paybackDays).toBeCloseTo(14 + 3400 / 1.92, 9);
  });
});
