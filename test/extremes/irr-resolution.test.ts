import { describe, expect, it } from 'vitest';
import { irrFormat } from '../../src/report/coverage.js';
import { formatPercent } from '../../src/report/format.js';

// 10 units bought on 2023-01-01 with a loan of 100 % of their price at 100 % for one month, taxed
// at 100 % with the machines written off in one year, run on the history: the tax takes the whole
// of the equity's gain (its revenue less power, interest and the machines' cost, and the gain on
// the machines valued at the horizon), so the equity's flows add up to zero and its IRR is 0
// (its NPV at 10 % is -354.57 USD: the tax is paid after the gains come in). The IRR search found
// 3.95e-15 a year, within its resolution (it stops when the daily log rate moves less than 1e-15:
// 365.25e-15 = 3.65e-13 a year) of zero, and the run printed "actual equity (history) IRR
// 0.000000000000395 %", a positive rate nothing in the flows gives. It prints 0 %.
describe('irrFormat() of a rate within the search resolution of zero', () => {
  it('irrFormat(formatPercent)(3.95e-15) prints 0 %, not 0.000000000000395 %', () => {
    expect(irrFormat(formatPercent)(3.9498075138490715e-15)).toBe('0 %');
    expect(irrFormat(formatPercent)(-2e-13)).toBe('0 %');
  });

  it('irrFormat(formatPercent) keeps a small rate beyond the resolution: 1e-9 a year is 0.0000001 %', () => {
    expect(irrFormat(formatPercent)(1e-9)).toBe('0.0000001 %');
    expect(irrFormat(formatPercent)(-0.389)).toBe('-38.9 %');
  });
});
