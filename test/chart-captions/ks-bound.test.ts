// scores.csv's `ks_critical_5pct_overlap` claimed the KS distance that rejects uniformity at 5 % for
// overlapping starts. It was 1.358 / sqrt(n) over the overlap count alone: 1.568 for the Monero
// tuning set's 18 monthly starts of 2-year windows (0.75 forecasts), 3.325 for 4 starts, where a KS
// distance is at most 1 (no distance could reject: not a bound); asymptotic where n is a handful
// (0.6073 at 5 against the exact 0.5633); and over more forecasts than the same row's coverages
// count where the hits cluster. The serially adjusted bound (`ks_critical_5pct_serial`) now stands
// on `ks_effective`, no more than the coverages' effective counts, in Stephens' finite-sample form,
// and is left empty below 1 forecast.
import { describe, expect, it } from 'vitest';
import { scoresCsv } from '../../src/report/calibration-tables.js';
import { coverageStats, ksCritical5, type ScoredForecast } from '../../src/study/calibration-stats.js';

/** Exact 5 % KS bounds for n independent uniforms (Miller 1956; Massey 1951). */
const EXACT = new Map([
  [2, 0.84189],
  [5, 0.56328],
  [10, 0.40925],
  [20, 0.29408],
]);

const scored = (pits: readonly number[]): ScoredForecast[] =>
  pits.map((pit) => ({ pit, in50: pit >= 0.25 && pit <= 0.75, in90: pit >= 0.05 && pit <= 0.95 }));

describe('the KS bounds of scores.csv', () => {
  it('ksCritical5() is the finite-sample 5 % bound: within 0.002 of the exact one from 2 forecasts, 0.975 from 1 to 2', () => {
    for (const [n, exact] of EXACT) expect(Math.abs(ksCritical5(n)! - exact)).toBeLessThan(0.002);
    // Below 2, 1 forecast's exact bound (max(u, 1 - u) > 0.975 with probability 0.05); below 1, none.
    expect(ksCritical5(1)).toBe(0.975);
    expect(ksCritical5(1.96)).toBe(0.975);
    expect(ksCritical5(0.75)).toBeNull();
  });

  it('18 monthly starts of 2-year windows (0.75 forecasts): no bound, not 1.568', () => {
    const pits = Array.from({ length: 18 }, (_, i) => (i + 0.5) / 18);
    const c = coverageStats(scored(pits), 30.4375, 730);
    expect(c.effectiveStarts).toBeCloseTo(0.75, 2);
    expect(c.ksCritical5Effective).toBeNull();
    const row = {
      coin: 'monero' as const,
      split: 'tuning' as const,
      quantity: 'price' as const,
      model: 'm',
      horizonDays: 730,
      ...c,
    };
    const csv = scoresCsv([{ ...row, crps: 1, is50: 1, is90: 1, skill: {} }]);
    const [header, line] = csv.trim().split('\n');
    const cells = Object.fromEntries(header.split(',').map((h, i) => [h, line.split(',')[i]]));
    expect(cells.ks_critical_5pct_serial).toBe('');
    expect(Number(cells.ks_effective)).toBeCloseTo(0.75, 2);
    expect(header).not.toContain('ks_critical_5pct_overlap');
  });

  it('PITs that cluster in runs: the bound counts no more forecasts than the coverages do', () => {
    // 84 monthly starts of 90-day windows (28 by overlap), their PITs in runs of 12 alike.
    const pits = Array.from({ length: 84 }, (_, i) => ((Math.floor(i / 12) * 5 + 2) % 7) / 7 + 0.05);
    const c = coverageStats(scored(pits), 30, 90);
    expect(c.effectiveStarts).toBe(28);
    expect(c.ksEffective).toBeLessThanOrEqual(Math.min(c.band50.effective, c.band90.effective));
    expect(c.ksEffective).toBeLessThan(28);
    expect(c.ksCritical5Effective).toBeCloseTo(ksCritical5(c.ksEffective)!, 15);
  });
});
