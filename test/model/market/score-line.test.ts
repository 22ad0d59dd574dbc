// The mixture weights' line of a start the day after the history ends.
import { describe, expect, it } from 'vitest';
import { loadHistory } from '../../../src/data/history.js';
import type { Assumption, ResolveContext } from '../../../src/model/market/model.js';
import { inverseScoreWeights, SCORE_OPTIONS } from '../../../src/model/market/price/score.js';

describe('inverseScoreWeights()', () => {
  it('inverseScoreWeights() of a start the day after the history ends says "1 day before the start" (it read "1 days")', () => {
    const history = loadHistory('bitcoin');
    // The shipped history ends 2025-11-14: a start on 2025-11-15 is a day past it.
    const ctx = { s: { start: '2025-11-15' }, history } as unknown as Pick<ResolveContext, 's' | 'history'>;
    const out: Assumption[] = [];
    inverseScoreWeights(['gbm', 'bootstrap'], [1, 2], 5, SCORE_OPTIONS, out, undefined, ctx);
    expect(out[0].note).toContain(`the history's last day (1 day before the start)`);
  });
});
