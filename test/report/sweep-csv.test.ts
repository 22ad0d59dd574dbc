// sweep.csv: one row per grid point, its axes with their units, its measures and its claims.
import { describe, expect, it } from 'vitest';
import { sweepCsv } from '../../src/report/sweep-csv.js';
import { makeClaimSweep } from '../fixtures/sweep.js';

const sweep = makeClaimSweep();

describe('sweepCsv()', () => {
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
});
