// The window a share-of-subsidy fee level is measured over is counted in whole days. Before: a
// window of `calibrate: 0.4 days` rounded to 0 days and gave the flagship fees of '0 % of the
// subsidy, calibrated on 0 days before the start' (a held-fixed hashprice of 812.2 USD/PH/s/day,
// where the 90 days before 2017-05-17 give 12.1 %: 812.2 x 1.121 = 910.5).
import { describe, expect, it } from 'vitest';
import { marketProblems } from '../../fixtures/market.js';

describe('the length of a calibrated fee window', () => {
  it('marketProblems() refuses a fee window shorter than a day, which holds no day of fees', async () => {
    for (const calibrate of ['0.4 days', '6 hours']) {
      const problems = await marketProblems({
        fees: { model: { type: 'share-of-subsidy', calibrate } },
      });
      expect(problems.map((p) => p.path)).toEqual(['fees.model.calibrate']);
      expect(problems[0].message).toContain('at least 1 day');
    }
    expect(
      await marketProblems({ fees: { model: { type: 'share-of-subsidy', calibrate: '1 day' } } }),
    ).toEqual([]);
  });
});
