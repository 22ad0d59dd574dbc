// A sweep of a scenario whose claim is not `payback > 2 years` said only where P(payback <= 2
// years) crosses 0.5: nothing said where the scenario's own claim flips. Each claim's boundary is
// where its share crosses its own threshold.
import { describe, expect, it } from 'vitest';
import { sweepBoundaryLines } from '../../src/report/sweep-boundary-lines.js';
import { sweepJson } from '../../src/report/sweep-json.js';
import type { ClaimResult } from '../../src/stats/summary.js';
import { makeSweep } from '../fixtures/sweep.js';

const claim = (text: string, share: number, threshold: string): ClaimResult => ({
  text,
  share,
  se: 0.01,
  low: share - 0.02,
  high: share + 0.02,
  threshold,
  verdict: 'inconclusive',
});

// One axis, power.price = 0.05, 0.10, 0.20. The fixture's P(payback <= 2 years) is
// 1.1 - 4 x: 0.9, 0.7, 0.3, so the 2-year line is at 0.10 + (0.2 / 0.4) * 0.10 = 0.15. The claim
// `P(payback <= 18 months) >= 0.8` has shares 0.95, 0.85, 0.6 (made up): it crosses 0.8 between
// 0.10 and 0.20, at 0.10 + (0.85 - 0.8) / (0.85 - 0.6) * 0.10 = 0.10 + 0.2 * 0.10 = 0.12.
// The claim `payback > 1 year` (> 0.5) has shares 0.1, 0.3, 0.45: it stays below 0.5.
function sweepWithClaims() {
  const sweep = makeSweep('power.price=0.05,0.10,0.20');
  const shares18 = [0.95, 0.85, 0.6];
  const shares1y = [0.1, 0.3, 0.45];
  return {
    ...sweep,
    points: sweep.points.map((p, i) => ({
      ...p,
      claims: [
        claim('P(payback <= 18 months) >= 0.8', shares18[i], '>= 0.8'),
        claim('payback > 1 year', shares1y[i], '> 0.5'),
      ],
    })),
  };
}

describe('a sweep of claims other than payback > 2 years', () => {
  it('sweepBoundaryLines() says where each claim’s share crosses its own threshold', () => {
    const lines = sweepBoundaryLines(sweepWithClaims()).join('\n');
    expect(lines).toContain('P(payback <= 2 years) = 0.5 at power.price = 0.15');
    expect(lines).toMatch(/“P\(payback <= 18 months\) >= 0\.8”: its share = 0\.8 at power\.price = 0\.12 /);
    expect(lines).toMatch(/“payback > 1 year”: its share stays below 0\.5 all along power\.price/);
  });

  it('sweepJson() gives each claim’s crossings beside the 2-year line, which names what it is', () => {
    const json = sweepJson(sweepWithClaims());
    expect(json.claimBoundaries).toEqual([
      {
        claim: 'P(payback <= 18 months) >= 0.8',
        threshold: '>= 0.8',
        along: 'power.price',
        crossings: [{ 'power.price': 0.12, ordinal: 0 }],
      },
      { claim: 'payback > 1 year', threshold: '> 0.5', along: 'power.price', crossings: [] },
    ]);
  });
});
