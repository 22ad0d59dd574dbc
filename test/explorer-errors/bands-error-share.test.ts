// summary.md's "Weekly bands' Monte Carlo error" prints the shut-down share's interval (a share of
// the fleet's capacity, 0-1) to a share's decimals, rounded outwards so the printed interval holds
// the true one: a bin edge just above 0 (1e-21) read "0 to 0.000000000000000000001", and now reads
// "0.000 to 0.001", never "0.000 to 0.000" (which would leave the edge out).
import { describe, expect, it } from 'vitest';
import { bandsErrorTable } from '../../src/report/bands-error-table.js';
import { formatShareEnd } from '../../src/report/format.js';
import { makeSummary } from '../fixtures/summary.js';

function rowOf(widest: { value: number; low: number; high: number }, metric = 'shutdownShare') {
  const base = makeSummary();
  const summary = makeSummary({
    run: { ...base.run, paths: 1000 },
    timeline: {
      ...base.timeline,
      widestIntervals: { [metric]: { date: '2018-01-01', quantile: 0.95, ...widest } },
    },
  });
  return bandsErrorTable(summary)!.rows.find((r) => r[0] === metric)!;
}

describe("the weekly bands' error table prints a share's interval as a share", () => {
  it('a tiny bin edge above 0 ends at 0.001, rounded up, not at 1e-21 written out', () => {
    const row = rowOf({ value: 0, low: 0, high: 1e-21 });
    expect(row[3]).toBe('0.000');
    expect(row[4]).toBe('0.000 to 0.001');
  });

  it('ends round outwards: the low end down, the high end up', () => {
    expect(rowOf({ value: 0.35, low: 0.31249, high: 0.38751 })[4]).toBe('0.312 to 0.388');
    expect(rowOf({ value: 0.35, low: 0.3125, high: 0.375 })[4]).toBe('0.312 to 0.375');
    expect(rowOf({ value: 0.999, low: 0.9981, high: 1 })[4]).toBe('0.998 to 1.000');
  });

  it('formatShareEnd() never prints an end inside the true interval', () => {
    for (const x of [1e-21, 0.0004, 0.0005, 0.1, 0.35, 0.2999999, 0.9995, 0.99999, 1 - 1e-12]) {
      expect(Number(formatShareEnd(x, 'high'))).toBeGreaterThanOrEqual(x);
      expect(Number(formatShareEnd(x, 'low'))).toBeLessThanOrEqual(x);
    }
  });

  it('other series keep their significant digits, rounded outwards (test/chart-captions/bands-table-outward.test.ts)', () => {
    expect(rowOf({ value: 12345.6, low: 12000, high: 13000.4 }, 'netUsd')[4]).toBe('12,000 to 13,010');
  });
});
