// A sweep whose points replay the history and stop where it ends (2025-11-14) before a claim's
// payback time: `payback > 2.5 years` (913 days) on runs cut after 897 days. The claim's share is
// then over the paths paid back by the cut (none of which took 913 days: share 0), its interval
// over every path ([0, 1] when none paid back). The sweep's claim line said "its share stays below
// 0.5 all along power.price" where the claim is inconclusive, its share unknown (as
// `minesim sweep /tmp/S/cut.yaml --vary power.price=0.02..0.1:5 --paths 100` printed).
import { describe, expect, it } from 'vitest';
import { sweepBoundaryLines } from '../../src/report/sweep-boundary-lines.js';
import { sweepJson } from '../../src/report/sweep-json.js';
import type { ClaimResult } from '../../src/stats/summary.js';
import { makeSweep } from '../fixtures/sweep.js';

const cutClaim = (paths: number, high: number): ClaimResult => ({
  text: 'payback > 2.5 years',
  share: 0,
  se: 0,
  low: 0,
  high,
  threshold: '> 0.5',
  verdict: high < 0.5 ? 'refuted' : 'inconclusive',
  paths,
});

// Three points: the first has 99 of 100 paths paid back by the cut (share 0 over them, interval
// [0, 0.054] over all: refuted); the other two none ([0, 1]: inconclusive, share unknown).
function cutSweep() {
  const sweep = makeSweep('power.price=0.02,0.04,0.06');
  const claims = [cutClaim(99, 0.054), cutClaim(0, 1), cutClaim(0, 1)];
  return {
    ...sweep,
    points: sweep.points.map((p, i) => ({ ...p, cutAt: '2025-11-14', claims: [claims[i]] })),
  };
}

describe('the boundary of a claim on a payback time past the cut', () => {
  it('sweepBoundaryLines() does not say its share stays below 0.5 where it is unknown', () => {
    const lines = sweepBoundaryLines(cutSweep()).filter((l) => l.startsWith('claim'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain('stays below');
    expect(lines[0]).toContain('claim “payback > 2.5 years”: its share is not known at 3 of the 3 points');
  });

  it('sweepJson() gives no crossing for it', () => {
    expect(sweepJson(cutSweep()).claimBoundaries[0].crossings).toEqual([]);
  });
});

describe('sweepCsv() and a claim whose share is not known', () => {
  it('leaves the share empty, not 0, beside the verdict', async () => {
    const { sweepCsv } = await import('../../src/report/sweep-csv.js');
    const [header, ...rows] = sweepCsv(cutSweep()).trim().split('\n');
    const at = header.split(',').indexOf('share: payback > 2.5 years');
    // Every point's share is over the paths paid back by the cut (0 of them took 913 days): unknown.
    expect(rows.map((r) => r.split(',')[at])).toEqual(['', '', '']);
    expect(rows.map((r) => r.split(',')[at + 1])).toEqual(['refuted', 'inconclusive', 'inconclusive']);
  });
});
