// The bound of a given fee share, as the refusal and the reference state it. Before: a share of
// 10001 % was refused with 'must be at most 100' (read as 100 %, while 150 % and 10000 % are
// taken), and docs/scenario-reference.md listed no upper bound at all.
import { describe, expect, it } from 'vitest';
import { marketProblems } from '../../fixtures/market.js';

describe('the bound of a given fee share', () => {
  it('marketProblems() refuses a fee share above 10000 % in percent, and takes 10000 %', async () => {
    const problems = await marketProblems({
      fees: { model: { type: 'share-of-subsidy', share: '10001 %' } },
    });
    expect(problems.map((p) => p.path)).toEqual(['fees.model.share']);
    expect(problems[0].message).toContain('at most 10,000 %');
    expect(await marketProblems({ fees: { model: { type: 'share-of-subsidy', share: '10000 %' } } })).toEqual(
      [],
    );
  });
});
