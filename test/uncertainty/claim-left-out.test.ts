// A claim on an IRR is over the paths that have one (stats/claims.ts): 10 of 1,000 paths with an
// IRR, all of them above 10 %. Its share is 1 of 10 paths, with a standard error of 0, and its
// 95 % interval must be Wilson's for 10 paths, [10 / 13.8416, 1] = [0.7225, 1]: the claim
// "P(irr > 10 %) > 0.9" cannot be supported from 10 paths. minesim took the interval of a share
// of 1 over all 1,000 paths, [1000 / 1003.84, 1] = [0.99617, 1], and supported the claim.
import { describe, expect, it } from 'vitest';
import { type Claim, parseClaim } from '../../src/scenario/claims.js';
import { evaluateClaim, type PathOutcomes } from '../../src/stats/claims.js';

const claim = (text: string): Claim => {
  const c = parseClaim(text);
  if (!c.ok) throw new Error(c.message);
  return c.claim;
};

/** n paths, each path's IRR irr(k) (NaN: no IRR), every other outcome 0. */
function outcomes(n: number, irr: (k: number) => number): PathOutcomes {
  const column = () => new Float64Array(n);
  return {
    paybackDay: column(),
    netAtHorizonUsd: column(),
    npvUsd: column(),
    roiAtHorizon: column(),
    irr: Float64Array.from({ length: n }, (_, k) => irr(k)),
    equityPaybackDay: column(),
    equityNpvUsd: column(),
    equityIrr: column(),
    afterTaxNpvUsd: column(),
    afterTaxIrr: column(),
    marginCall: column(),
    defaulted: column(),
    hedgeNetUsd: column(),
  };
}

describe('a claim over the paths that have a value: its interval at a share of 0 or 1', () => {
  it('evaluateClaim(`P(irr > 10 %) > 0.9`) over the 10 of 1,000 paths with an IRR: interval [0.7225, 1], inconclusive', () => {
    const o = outcomes(1000, (k) => (k < 10 ? 0.5 : Number.NaN));
    // In antithetic pairs the 10 paths are 5 pairs, 5 draws: test/antithetic/claim-left-out-pairs.test.ts.
    for (const antithetic of [false]) {
      const r = evaluateClaim(claim('P(irr > 10 %) > 0.9'), o, antithetic);
      expect(r).toMatchObject({ share: 1, se: 0, paths: 10, high: 1, verdict: 'inconclusive' });
      expect(r.low).toBeCloseTo(10 / (10 + 1.96 ** 2), 6);
    }
  });

  it('evaluateClaim(`P(irr > 10 %) < 0.1`) with none of the 10 paths above 10 %: interval [0, 0.2775], inconclusive', () => {
    const o = outcomes(1000, (k) => (k < 10 ? -0.5 : Number.NaN));
    const r = evaluateClaim(claim('P(irr > 10 %) < 0.1'), o, false);
    expect(r).toMatchObject({ share: 0, paths: 10, low: 0, verdict: 'inconclusive' });
    expect(r.high).toBeCloseTo(1.96 ** 2 / (10 + 1.96 ** 2), 6);
  });
});
