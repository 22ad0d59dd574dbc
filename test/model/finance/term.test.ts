// A contract's term in whole months (model/finance/term.ts): which terms in days are whole months,
// the terms around one that is not, and the days its months fall due within a horizon. Months are
// 30.4375 days (365.25 / 12), so month k of a contract from day s ends on s + round(k x 30.4375).
import { describe, expect, it } from 'vitest';
import {
  dueDay,
  endsWithin,
  longestTermWithin,
  monthsAround,
  termMonths,
  wholeMonths,
} from '../../../src/model/finance/term.js';

describe('wholeMonths', () => {
  it('wholeMonths() takes a term in days within half a day of whole months as those months: 30, 61, 91, 183, 365, 730 and 1826 days', () => {
    // 30.4375, 60.875, 91.3125, 182.625, 365.25, 730.5 and 1826.25 days.
    expect([30, 61, 91, 183, 365, 730, 1826].map(wholeMonths)).toEqual([1, 2, 3, 6, 12, 24, 60]);
  });

  it('wholeMonths() takes the months and years a unit converts to exactly: 24 months, 3 years, 100 years', () => {
    expect(wholeMonths(24 * (365.25 / 12))).toBe(24);
    expect(wholeMonths(3 * 365.25)).toBe(36);
    expect(wholeMonths(100 * 365.25)).toBe(1200);
  });

  it('wholeMonths() is NaN for a term that is no whole months: 45 days, 2 weeks, 52 weeks, 1095 days (36 months are 1095.75)', () => {
    for (const days of [45, 14, 364, 1095, 29, 29.9]) expect(wholeMonths(days)).toBeNaN();
  });

  it('monthsAround() gives the whole-month terms on either side, at least one month: 45 days between 1 and 2, 14 days between 1 and 2, 1095 between 35 and 36', () => {
    expect(monthsAround(45)).toEqual([1, 2]);
    expect(monthsAround(14)).toEqual([1, 2]);
    expect(monthsAround(1095)).toEqual([35, 36]);
  });

  it('termMonths() throws on a term the schema should have refused, rather than rounding it', () => {
    expect(termMonths(730)).toBe(24);
    expect(() => termMonths(45)).toThrow(/not whole months/);
  });
});

describe('the days a contract falls due within a horizon', () => {
  // 5 years are 1826.25 days, simulated as 1826 days (indexes 0 to 1825); 60 months from day 0
  // end on round(60 x 30.4375) = 1826, where the horizon ends.
  it('dueDay() pays a month due the day after the horizon’s last day on its last day, and the others on their own day', () => {
    expect(dueDay(0, 60, 1826)).toBe(1825);
    expect(dueDay(0, 59, 1826)).toBe(1796);
    expect(dueDay(0, 1, 1826)).toBe(30);
    expect(dueDay(10, 60, 1826)).toBe(1836);
  });

  it('endsWithin() holds for 60 months from day 0 in a 5-year horizon, not from day 1, nor in a horizon of 1825 days', () => {
    expect(endsWithin(0, 60, 1826)).toBe(true);
    expect(endsWithin(1, 60, 1826)).toBe(false);
    expect(endsWithin(0, 60, 1825)).toBe(false);
    expect(endsWithin(0, 61, 1826)).toBe(false);
  });

  it('longestTermWithin() is the longest term that ends within the horizon: 60 months from day 0, 59 from day 1, 0 when not a month is left', () => {
    expect(longestTermWithin(0, 1826)).toBe(60);
    expect(longestTermWithin(1, 1826)).toBe(59);
    expect(longestTermWithin(0, 1825)).toBe(59);
    expect(longestTermWithin(1800, 1826)).toBe(0);
    expect(longestTermWithin(1795, 1826)).toBe(1);
  });
});
