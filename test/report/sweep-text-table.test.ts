// The table a sweep prints: a line per grid point with its claims' verdicts.
import { describe, expect, it } from 'vitest';
import { sweepTextTable } from '../../src/report/sweep-text-table.js';
import { makeClaimSweep } from '../fixtures/sweep.js';

const sweep = makeClaimSweep();

describe('sweepTextTable()', () => {
  it('sweepTextTable() prints a header and a line per grid point with the claim verdicts', () => {
    const lines = sweepTextTable(sweep).split('\n');
    expect(lines).toHaveLength(43);
    expect(lines[0]).toContain('payback > 2 years');
    expect(lines[1]).toMatch(/^ {2}0\.02 +1000 +/);
  });
});
