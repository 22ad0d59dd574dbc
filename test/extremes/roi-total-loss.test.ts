import { describe, expect, it } from 'vitest';
import { formatRoi, roiPercent } from '../../src/report/format.js';

// 10 units of 100 TH/s bought for 2,000 USD each (capex 20,000 USD) on 2025-11-14, the history's
// last day, replayed: the run stops that day with a net position of -19,997 USD (one day's 3.3 USD
// of profit), an ROI of -19,997 / 20,000 = -99.98 %. The terminal, summary.md and report.html
// printed "-100 %" to three significant digits: the figure the tables keep for a total loss, money
// put in and nothing back (the IRR beside it already prints -99.96 % as -99.96). Likewise a fleet
// of 1e12 USD units that earns 8,840 USD in a year: -99.99999991 % (-99.9999999 to the digit that keeps it above -100), printed -100 %; and a fleet
// whose power costs more than it mines, -100.000004 % (0.01 USD of capex, 4.4e-10 USD of power),
// printed -100 % too.
describe('roiPercent and formatRoi near a total loss', () => {
  it('roiPercent(-0.9998) prints -99.98, not the total loss -100', () => {
    expect(roiPercent(-19_997 / 20_000)).toBe('-99.98');
    expect(formatRoi(-19_997 / 20_000)).toBe('-99.98 %');
  });

  it('roiPercent of a loss past the capex keeps the digits that put it below -100', () => {
    expect(roiPercent(-1.000000044)).toBe('-100.000004');
  });

  it('roiPercent of a loss a billionth short of the capex keeps it above -100', () => {
    expect(roiPercent(-(1e13 - 8_840) / 1e13)).toBe('-99.9999999');
  });

  it('roiPercent(-1), a total loss, is -100; other values keep 3 significant digits', () => {
    expect(roiPercent(-1)).toBe('-100');
    expect(roiPercent(-0.814)).toBe('-81.4');
    expect(roiPercent(5290)).toBe('529,000');
    expect(formatRoi(null)).toBe('—');
  });
});
