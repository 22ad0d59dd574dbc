// A share of 0 or 1 over many paths has a plug-in standard error of sqrt(0 x 1 / n) = 0, and the
// headline printed it "0.000 ± 0.000": no uncertainty at all, from 50 paths. The share is now
// printed with its 95 % Wilson bound, as the claims' intervals are read, rounded outwards: 0 of
// 50 paths, at most z^2 / (n + z^2) = 3.8416 / 53.8416 = 0.0714 (0.072); 50 of 50, at least
// 50 / 53.8416 = 0.9286 (0.928); 0 of 10,000, at most 3.8416 / 10003.84 = 0.000384 (0.0004).
import { describe, expect, it } from 'vitest';
import { headlineTable } from '../../src/cli/headline.js';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { formatEstimate } from '../../src/report/format.js';
import { summaryMarkdown } from '../../src/report/markdown.js';
import { loadScenario } from '../fixtures/scenarios.js';

describe('a share of 0 or 1 with its 95 % bound, not ± 0', () => {
  it('formatEstimate() of 0 or 1 over n paths gives the Wilson bound; with an error, or one path, as before', () => {
    expect(formatEstimate({ p: 0, se: 0 }, [], undefined, 50)).toBe('0.000 (95 % ≤ 0.072)');
    expect(formatEstimate({ p: 1, se: 0 }, [], undefined, 50)).toBe('1.000 (95 % ≥ 0.928)');
    expect(formatEstimate({ p: 0, se: 0 }, [], undefined, 10_000)).toBe('0.000 (95 % ≤ 0.0004)');
    expect(formatEstimate({ p: 0.04, se: 0.0277 }, [], undefined, 50)).toBe('0.040 ± 0.028');
    expect(formatEstimate({ p: 0, se: 0 }, [], undefined, 1)).toBe('0.000 ± 0.000');
  });

  it('minesim run of 50 paths at 0.50 USD/kWh: no path pays back within a year, and the headline says 95 % ≤ 0.072, not 0.000 ± 0.000', async () => {
    const s = await loadScenario('north-korea-2017-s9', (d) => {
      d.horizon = '731 days';
      d.power.price = '0.50 USD/kWh';
      delete d.sweep;
    });
    const { summary } = await runMonteCarlo(s, {
      paths: 50,
      workers: 1,
      breakEvenPaths: 0,
      withBacktest: false,
    });
    expect(summary.headline.paybackWithin1y).toEqual({ p: 0, se: 0 });
    for (const text of [headlineTable(summary), summaryMarkdown(summary)]) {
      expect(text).not.toMatch(/0\.000 ± 0\.000/);
      expect(text).toContain('0.000 (95 % ≤ 0.072)');
    }
  });
});
