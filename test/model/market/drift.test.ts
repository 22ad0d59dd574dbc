import { describe, expect, it } from 'vitest';
import { resolveDrift } from '../../../src/model/market/drift.js';

/** n daily returns with mean m and standard deviation sd (alternating m +- sd). */
function returns(n: number, m: number, sd: number): Float64Array {
  return Float64Array.from({ length: n }, (_, i) => m + (i % 2 === 0 ? sd : -sd));
}

const where = () => 'the window';

describe('resolveDrift()', () => {
  it('resolveDrift() keeps a given drift and takes the window mean when asked', () => {
    expect(resolveDrift(0.3, returns(100, 0.01, 0.04), where, 'window-mean').perYear).toBe(0.3);
    // A year of 365.25 days, as every rate of the market models (calibrate.ts).
    expect(resolveDrift(undefined, returns(100, 0.001, 0.04), where, 'window-mean').perYear).toBeCloseTo(
      0.36525,
      12,
    );
  });

  it('resolveDrift() with a stated weight moves that share of the way to the prior', () => {
    const r = returns(730, 0.002, 0.04);
    const d = resolveDrift({ prior: 0.1, shrink: 0.75 }, r, where, 'window-mean');
    expect(d.perYear).toBeCloseTo(0.1 + 0.25 * (0.7305 - 0.1), 10);
    expect(d.note).toContain('weight 0.25 on the mean');
  });

  it('resolveDrift() with standard-error keeps 1 - se^2 / (mean - prior)^2 of the distance, and none within one standard error', () => {
    // sd 0.04 over 730 days: se = 0.04 / sqrt(730) a day (the sample sd is a hair larger).
    const r = returns(730, 0.003, 0.04);
    let mean = 0;
    for (const x of r) mean += x / r.length;
    let ss = 0;
    for (const x of r) ss += (x - mean) ** 2;
    const se2 = ss / (r.length - 1) / r.length;
    const w = 1 - se2 / mean ** 2;
    const d = resolveDrift({ prior: 0, shrink: 'standard-error' }, r, where, 'window-mean');
    expect(d.perYear).toBeCloseTo(w * mean * 365.25, 10);
    expect(w).toBeGreaterThan(0.5);
    // A mean within its standard error is not carried forward at all.
    expect(
      resolveDrift({ prior: 0, shrink: 'standard-error' }, returns(730, 0.001, 0.04), where, 'window-mean')
        .perYear,
    ).toBe(0);
  });
});
