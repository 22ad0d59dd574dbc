// A claim's share of 0 or 1 has a standard error of 0. The run's claims table prints its 95 %
// interval beside it, but the share's own cell printed "1.000 ± 0.000", certainty, and a batch's
// index, whose claims table has no interval column, showed only that. The share of 0 or 1 now
// reads with the bound of the claim's own interval (the one its verdict was read from), rounded
// outwards, as the headline's shares do (format.ts). The flagship at 0.50 USD/kWh over 50 paths
// pays nothing back within a year: `payback > 11 months` holds on all 50, Wilson's low end
// 50 / (50 + 3.8416) = 0.9286 (0.928); in antithetic pairs, 25 draws: 25 / 28.8416 = 0.8668
// (0.866).
import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { claimShare } from '../../src/report/claim-figures.js';
import { claimsTable } from '../../src/report/claims-tables.js';
import { loadScenario, ONE_YEAR_CLAIMS } from '../fixtures/scenarios.js';

async function run(antithetic: boolean) {
  const s = await loadScenario('north-korea-2017-s9', (d) => {
    d.horizon = '1 year';
    d.power.price = '0.50 USD/kWh';
    d.claims = ONE_YEAR_CLAIMS;
    delete d.sweep;
  });
  return (
    await runMonteCarlo(s, { paths: 50, workers: 1, antithetic, breakEvenPaths: 0, withBacktest: false })
  ).summary;
}

describe("a claim's share of 0 or 1 as printed", () => {
  it('claimShare() of a claim holding on all 50 paths: 1.000 (95 % ≥ 0.928), not 1.000 ± 0.000; in pairs ≥ 0.866', async () => {
    for (const [antithetic, bound] of [
      [false, '0.928'],
      [true, '0.866'],
    ] as const) {
      const summary = await run(antithetic);
      const c = summary.claims[0];
      expect([c.share, c.se]).toEqual([1, 0]);
      expect(claimShare(c)).toBe(`1.000 (95 % ≥ ${bound})`);
      expect(claimsTable(summary).rows[0][1]).toBe(`1.000 (95 % ≥ ${bound})`);
    }
  });
});

describe('a claim over no path', () => {
  it('claimShare() of a claim no path can judge (share 0 over 0 paths, interval [0, 1]) does not read as a bound of 1', () => {
    const c = {
      text: 'irr > 10 %',
      share: 0,
      se: 0,
      low: 0,
      high: 1,
      threshold: '> 0.5',
      verdict: 'inconclusive' as const,
      paths: 0,
    };
    expect(claimShare(c)).not.toContain('95 %');
  });
});
