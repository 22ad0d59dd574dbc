// A claim over the paths that have a value (an IRR, say) leaves the others out, and under
// antithetic pairs minesim then took the kept paths as independent ("the pairs are broken"),
// which it said was wider than the truth, the pairs' values being negatively correlated. Not
// always: both paths of a pair follow one model of a mixture (model/market/mixture.ts), and a
// pair's kept paths then move together. Here, as such a mixture gives them, each pair has no IRR
// with probability 0.2 (both left out), else both paths an IRR of +50 % or -50 %, each with
// probability 0.5: `irr > 10 %` has a true share of 0.5 over the paths with an IRR. Over 200 paths
// (about 80 pairs kept) the share's error is that of about 80 draws, sqrt(0.25 / 80) = 0.056,
// not the 0.040 of 160 independent paths; the interval p ± 1.96 x 0.040 = p ± 1.39 true errors
// covers 0.5 about 83 % of the time. The error is now over the pairs (a ratio over clusters:
// var = C / (C - 1) x sum_j (a_j - p b_j)^2 / (sum_j b_j)^2, a_j the pair's kept paths that
// hold, b_j its kept paths, C the pairs with one kept), and a share of 0 or 1 over those C
// pairs: about 95 %.
import { describe, expect, it } from 'vitest';
import { Rng, runKey } from '../../src/engine/random/rng.js';
import { type Claim, parseClaim } from '../../src/scenario/claims.js';
import { evaluateClaim, type PathOutcomes } from '../../src/stats/claims.js';

const claim = (text: string): Claim => {
  const c = parseClaim(text);
  if (!c.ok) throw new Error(c.message);
  return c.claim;
};

function outcomes(irr: Float64Array): PathOutcomes {
  const column = () => new Float64Array(irr.length);
  return {
    paybackDay: column(),
    netAtHorizonUsd: column(),
    npvUsd: column(),
    roiAtHorizon: column(),
    irr,
    equityPaybackDay: column(),
    equityNpvUsd: column(),
    equityIrr: column(),
    afterTaxIrr: column(),
    afterTaxNpvUsd: column(),
    marginCall: column(),
    defaulted: column(),
    hedgeNetUsd: column(),
  };
}

describe('a claim with paths left out, under antithetic pairs whose paths move together', () => {
  it('evaluateClaim(`irr > 10 %`) over 300 runs of 200 paths in pairs sharing their IRR: the 95 % interval covers the true 0.5 about 95 % of the time (83 % as independent paths)', () => {
    const rng = new Rng();
    const key = runKey(2026);
    const RUNS = 300;
    let covered = 0;
    for (let r = 0; r < RUNS; r++) {
      rng.reset(key, r, 1);
      const irr = new Float64Array(200);
      for (let j = 0; j < 100; j++) {
        const u = rng.uniform();
        const v = u < 0.2 ? Number.NaN : rng.uniform() < 0.5 ? 0.5 : -0.5;
        irr[2 * j] = v;
        irr[2 * j + 1] = v;
      }
      const c = evaluateClaim(claim('irr > 10 %'), outcomes(irr), true);
      expect(c.paths).toBeLessThan(200);
      if (c.low <= 0.5 && 0.5 <= c.high) covered++;
    }
    // 1 sd over 300 runs: sqrt(0.95 x 0.05 / 300) = 0.0126; 0.83 is 5 sd below 0.90.
    expect(covered / RUNS).toBeGreaterThan(0.9);
  });

  it('evaluateClaim(`P(irr > 10 %) > 0.9`) over 10 of 1,000 paths in pairs with an IRR, all above 10 %: 5 pairs, [5 / 8.8416, 1] = [0.5655, 1]', () => {
    const irr = Float64Array.from({ length: 1000 }, (_, k) => (k < 10 ? 0.5 : Number.NaN));
    const r = evaluateClaim(claim('P(irr > 10 %) > 0.9'), outcomes(irr), true);
    expect(r).toMatchObject({ share: 1, se: 0, paths: 10, high: 1, verdict: 'inconclusive' });
    expect(r.low).toBeCloseTo(5 / (5 + 1.96 ** 2), 6);
  });
});
