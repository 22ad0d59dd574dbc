import { describe, expect, it } from 'vitest';
import { depreciationSchedule } from '../../../src/model/finance/depreciation.js';
import { leaseImpliedRate } from '../../../src/model/finance/lease.js';
import {
  annuityDenominators,
  annuityPayment,
  loanSchedule,
  paymentDay,
  periodPrincipalFrom,
} from '../../../src/model/finance/loan.js';
import { TAX_DUE, TAX_POOL, yearTax } from '../../../src/model/finance/tax.js';

describe('loan schedules', () => {
  it('loanSchedule() of 100,000 USD at 12 % over 12 months pays the annuity 8,884.88 USD a month and ends at zero', () => {
    // P r / (1 - (1 + r)^-n) with r = 1 % a month, n = 12: 8,884.8788.
    const payment = (100_000 * 0.01) / (1 - 1.01 ** -12);
    expect(annuityPayment(100_000, 0.01, 12)).toBeCloseTo(payment, 9);
    expect(payment).toBeCloseTo(8884.879, 3);
    const rows = loanSchedule(100_000, 0.12, 12, true);
    let balance = 100_000;
    for (const row of rows) {
      expect(row.interest).toBeCloseTo(balance * 0.01, 9);
      expect(row.interest + row.principal).toBeCloseTo(payment, 9);
      balance -= row.principal;
    }
    expect(rows[11].balance).toBeCloseTo(0, 8);
    expect(rows.reduce((s, r) => s + r.interest, 0)).toBeCloseTo(12 * payment - 100_000, 8);
  });

  it('annuityPayment() and annuityDenominators() at a rate too small for 1 + r (1e-300 % a year) repay P / n, not Infinity', () => {
    // 1 + 1e-302 / 12 is 1 in doubles, so 1 - (1 + r)^-n was 0 and the payment Infinity (fuzz
    // case 29753: the summary's equity series was NaN from the first payment on).
    const r = 1e-302 / 12;
    expect(annuityPayment(12_000, r, 6)).toBeCloseTo(2000, 9);
    const denominators = annuityDenominators(r, 6);
    expect(periodPrincipalFrom(12_000, r, 6, true, denominators)).toBeCloseTo(2000, 9);
    // At 1e-12 a month, half of r's digits were lost to 1 + r: the payment is P r / (n r (1 - (n + 1) r / 2)).
    const small = 1e-12;
    const byHand = (12_000 * small) / (6 * small * (1 - (7 * small) / 2));
    expect(Math.abs(annuityPayment(12_000, small, 6) / byHand - 1)).toBeLessThan(1e-15);
    const rows = loanSchedule(12_000, 1e-302, 6, true);
    expect(rows.every((row) => Number.isFinite(row.principal))).toBe(true);
    expect(rows[5].balance).toBeCloseTo(0, 9);
  });

  it('loanSchedule() of a bullet loan pays interest only, then the whole principal at maturity', () => {
    const rows = loanSchedule(50_000, 0.128, 24, false);
    expect(rows.slice(0, 23).every((r) => r.principal === 0)).toBe(true);
    expect(rows[0].interest).toBeCloseTo((50_000 * 0.128) / 12, 9);
    expect(rows[23].principal).toBe(50_000);
    expect(rows[23].balance).toBe(0);
  });

  it('paymentDay() puts month k at round(k x 30.4375) days after the drawdown', () => {
    expect(paymentDay(0, 1)).toBe(30);
    expect(paymentDay(10, 12)).toBe(10 + 365);
    expect(paymentDay(0, 24)).toBe(731);
  });

  it('leaseImpliedRate() finds the annuity rate of a lease without a residual', () => {
    const payment = annuityPayment(10_000, 0.01, 24);
    expect(leaseImpliedRate(10_000, payment, 24, 0)).toBeCloseTo(0.12, 9);
  });
});

describe('depreciation schedules', () => {
  it('depreciationSchedule() straight line writes 10,000 USD off at 2,000 USD a year over 5 years', () => {
    expect(
      Array.from(
        depreciationSchedule(10_000, { method: 'straight-line', lifeYears: 5, factor: 2, bonus: 0 }),
      ),
    ).toEqual([2000, 2000, 2000, 2000, 2000]);
  });

  it('depreciationSchedule() with 80 % bonus expenses 8,000 USD in year one and the rest straight line over 5 years', () => {
    const s = depreciationSchedule(10_000, { method: 'bonus', lifeYears: 5, factor: 2, bonus: 0.8 });
    const expected = [8400, 400, 400, 400, 400];
    s.forEach((v, i) => {
      expect(v).toBeCloseTo(expected[i], 9);
    });
  });

  it('depreciationSchedule() with 100 % bonus expenses everything in year one', () => {
    const s = depreciationSchedule(10_000, { method: 'bonus', lifeYears: 5, factor: 2, bonus: 1 });
    expect(Array.from(s)).toEqual([10_000, 0, 0, 0, 0]);
  });

  it('depreciationSchedule() double declining over 5 years switches to straight line in year four: 4,000, 2,400, 1,440, 1,080, 1,080', () => {
    const s = depreciationSchedule(10_000, {
      method: 'declining-balance',
      lifeYears: 5,
      factor: 2,
      bonus: 0,
    });
    const expected = [4000, 2400, 1440, 1080, 1080];
    s.forEach((v, i) => {
      expect(v).toBeCloseTo(expected[i], 9);
    });
  });
});

describe('tax with losses carried forward', () => {
  const rule = { rate: 0.21, carryForward: true, offsetLimit: 0.8 };

  it('yearTax() carries a 1,000 USD loss forward and lets it offset at most 80 % of the next years’ profits', () => {
    const state = new Float64Array(2);
    yearTax(-1000, rule, state);
    expect(state[TAX_POOL]).toBe(1000);
    expect(state[TAX_DUE]).toBe(0);
    // Year two: 1,000 USD of profit, 800 USD offset, 200 USD taxed at 21 %.
    yearTax(1000, rule, state);
    expect(state[TAX_DUE]).toBeCloseTo(42, 12);
    expect(state[TAX_POOL]).toBeCloseTo(200, 12);
    // Year three: the 200 USD left offset, 800 USD taxed.
    yearTax(1000, rule, state);
    expect(state[TAX_DUE]).toBeCloseTo(168, 12);
    expect(state[TAX_POOL]).toBeCloseTo(0, 12);
  });

  it('yearTax() without carry-forward loses the loss and taxes the whole next profit', () => {
    const state = new Float64Array(2);
    yearTax(-1000, { ...rule, carryForward: false }, state);
    yearTax(1000, { ...rule, carryForward: false }, state);
    expect(state[TAX_DUE]).toBeCloseTo(210, 12);
  });
});
