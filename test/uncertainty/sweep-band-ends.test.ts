// The sweep charts' band, "95 % Monte Carlo interval", at a share of 0 or 1. A share of 1000 of
// 1,000 paths has a standard error of sqrt(1 x 0 / 1000) = 0, so p ± 1.96 se drew a band of zero
// width: certainty from a thousand paths. Wilson's interval (the claims' own) for 1000 of 1000 is
// [n / (n + z^2), 1] = [1000 / 1003.8416, 1] = [0.99617, 1]; for 0 of 1000, [0, 0.00383].
import { describe, expect, it } from 'vitest';
import { sweepCharts } from '../../src/report/charts/sweep.js';
import { riskRows } from '../../src/report/charts/sweep-books.js';
import type { SweepResult } from '../../src/study/sweep-result.js';
import { makeBooksSweep, makeSweep } from '../fixtures/sweep.js';

type Row = { x: number; p: number; low: number; high: number; risk?: string };

function bandRows(result: SweepResult): Row[] {
  const spec = sweepCharts(result)[0].spec as unknown as { datasets: { points: Row[] } };
  return spec.datasets.points;
}

describe('sweep charts: the 95 % band at a share of 0 or 1', () => {
  it('sweepCharts() bands a P(payback <= 2 years) of 1 of 1,000 paths [0.99617, 1], not [1, 1]', () => {
    // makeSweep: p = 1.1 - 4 x tariff, held at 1 for a tariff of 0.02 (p = 1.02 -> 1, se = 0).
    const result = makeSweep('power.price=0.02 USD/kWh..0.2 USD/kWh:10');
    const row = bandRows(result).find((r) => r.p === 1);
    expect(row).toBeDefined();
    expect(row!.high).toBe(1);
    expect(row!.low).toBeCloseTo(1000 / (1000 + 1.96 ** 2), 5);
  });

  it('riskRows() bands a P(default) of 0 of 1,000 paths [0, 0.00383], not [0, 0]', () => {
    const sweep = makeBooksSweep({ covenant: true, tax: false }, 'finance.loans[0].rate=0.04..0.2:5');
    const points = sweep.points.map((p) => ({ ...p, books: { ...p.books!, default: { p: 0, se: 0 } } }));
    const rows = riskRows({ ...sweep, points }).filter((r) => r.risk === 'P(default)');
    expect(rows.length).toBe(5);
    for (const r of rows) {
      expect(r.low).toBe(0);
      expect(r.high).toBeCloseTo(1.96 ** 2 / (1000 + 1.96 ** 2), 5);
    }
  });

  it('sweepCharts() keeps the band of a share inside (0, 1) within its Wilson interval (p ± 1.96 se to 3 decimals at 1,000 paths)', () => {
    const result = makeSweep('power.price=0.02 USD/kWh..0.2 USD/kWh:10');
    for (const r of bandRows(result).filter((row) => row.p > 0.2 && row.p < 0.8)) {
      const se = Math.sqrt((r.p * (1 - r.p)) / 1000);
      expect(Math.abs(r.low - (r.p - 1.96 * se))).toBeLessThan(2e-3);
      expect(Math.abs(r.high - (r.p + 1.96 * se))).toBeLessThan(2e-3);
    }
  });
});
