import { describe, expect, it } from 'vitest';
import { sweepMessages } from '../../src/messages/sweep.js';
import { sweepBoundaryLines } from '../../src/report/sweep-boundary-lines.js';
import { sweepCsv } from '../../src/report/sweep-csv.js';
import { sweepJson } from '../../src/report/sweep-json.js';
import { sweepTextTable } from '../../src/report/sweep-text-table.js';
import type { ClaimResult } from '../../src/stats/summary.js';
import { makeSweep } from '../fixtures/sweep.js';

const claim = (share: number): ClaimResult => ({
  text: 'payback > 2 years',
  share,
  se: 0.01,
  low: share - 0.02,
  high: share + 0.02,
  threshold: '> 0.5',
  verdict: share > 0.52 ? 'supported' : share < 0.48 ? 'refuted' : 'inconclusive',
});
const sweep = makeSweep('power.price=0.02..0.20:7', 'fleet[0].unitPrice=1000..4500:6');
for (const p of sweep.points) p.claims = [claim(1 - p.paybackWithin2y.p)];

describe('sweep tables', () => {
  it('sweepCsv() writes one row per grid point, axes first with their units, then measures and claims', () => {
    const lines = sweepCsv(sweep).trimEnd().split('\n');
    expect(lines).toHaveLength(1 + 42);
    expect(lines[0]).toBe(
      'power.price (USD/kWh),fleet[0].unitPrice (USD),p_payback_1y,se_payback_1y,p_payback_2y,se_payback_2y,' +
        'p_no_payback,se_no_payback,median_payback_days,median_payback_days_low,median_payback_days_high,median_npv_usd,' +
        'median_npv_usd_low,median_npv_usd_high,share: payback > 2 years,verdict: payback > 2 years',
    );
    const last = sweep.points[41];
    expect(lines[42].split(',').slice(0, 2)).toEqual(['0.2', '4500']);
    // No median: the field is empty.
    expect(last.medianPaybackDays).toBeNull();
    expect(lines[42].split(',')[lines[0].split(',').indexOf('median_payback_days')]).toBe('');
  });

  it('sweepJson() keys every point and crossing by axis', () => {
    const json = sweepJson(sweep);
    expect(json.axes.map((a) => [a.key, a.unit, a.values.length])).toEqual([
      ['power.price', 'USD/kWh', 7],
      ['fleet[0].unitPrice', 'USD', 6],
    ]);
    expect(json.points[1].values).toEqual({ 'power.price': 0.02, 'fleet[0].unitPrice': 1700 });
    expect(json.boundary.crossings.length).toBe(sweep.boundary.length);
    expect(json.boundary).toMatchObject({ measure: 'paybackWithin2y', threshold: 0.5, along: 'power.price' });
  });

  it('sweepTextTable() prints a header and a line per grid point with the claim verdicts', () => {
    const lines = sweepTextTable(sweep).split('\n');
    expect(lines).toHaveLength(43);
    expect(lines[0]).toContain('payback > 2 years');
    expect(lines[1]).toMatch(/^ {2}0\.02 +1000 +/);
  });

  it('sweepBoundaryLines() says, row by row, where the boundary lies or which side the row stays on', () => {
    const lines = sweepBoundaryLines(sweep);
    // A line for each of the 6 rows of the 2-year line, then 6 for the claim `payback > 2 years`
    // (its share is 1 - P(payback <= 2 years), so it crosses 0.5 where that does).
    expect(lines).toHaveLength(12);
    expect(lines.slice(6).every((l) => l.startsWith('claim “payback > 2 years”: its share'))).toBe(true);
    const first = sweep.boundary[0];
    // Interpolated between the tariffs of the grid on either side of it.
    const tariffs = sweep.axes[0].values;
    const low = Math.max(...tariffs.filter((v) => v < first.values[0]));
    const high = Math.min(...tariffs.filter((v) => v > first.values[0]));
    expect(lines).toContain(
      sweepMessages.boundary(
        `power.price = ${Number(first.values[0].toPrecision(3))} USD/kWh`,
        `fleet[0].unitPrice = ${first.values[1]} USD`,
        { low: `${low} USD/kWh`, high: `${high} USD/kWh` },
      ),
    );
  });
});
