import { describe, expect, it } from 'vitest';
import { claimShare, claimShareAndInterval, claimShareOnly } from '../../src/report/claim-figures.js';
import type { ClaimResult } from '../../src/stats/summary.js';

// A claim judged over no path (a payback claim past a cut, no path with a value of its measure)
// has no share: summary.json keeps share 0 with paths 0, and the tables printed "0.000 ± 0.000"
// beside "inconclusive", a share measured as none where none was measured.
const noPath: ClaimResult = {
  text: 'payback > 1 year',
  share: 0,
  se: 0,
  low: 0,
  high: 1,
  threshold: '> 0.5',
  verdict: 'inconclusive',
  paths: 0,
};

describe('a claim judged over no path', () => {
  it('prints no share in the Claims table, the batch index and the terminal', () => {
    expect(claimShare(noPath)).toBe('none (no path judged)');
    expect(claimShareOnly(noPath)).toBe('none (no path judged)');
    expect(claimShareAndInterval(noPath)).toBe('share none (no path judged), 95 % 0.000-1.000, needs > 0.5');
  });

  it('leaves a claim over some paths as it was', () => {
    const some: ClaimResult = {
      ...noPath,
      paths: undefined,
      share: 0.63,
      se: 0.022,
      low: 0.587,
      high: 0.671,
    };
    expect(claimShare(some)).toBe('0.630 ± 0.022');
    expect(claimShareOnly(some)).toBe('0.630');
  });
});
