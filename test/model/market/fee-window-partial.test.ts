// A partial calibration window of a single day, as the refusal counts it. Before: 'has only 1 days
// in the bitcoin history'.
import { describe, expect, it } from 'vitest';
import { marketProblems } from '../../fixtures/market.js';

describe('a partial fee window of a single day', () => {
  it('marketProblems() says a partial window holds 1 day, not "1 days"', async () => {
    const problems = await marketProblems({
      start: '2010-07-19',
      price: { start: '0.08 USD', model: { type: 'fixed' } },
      fleet: [{ model: 'Antminer S9', count: 1, unitPrice: '300 USD', hashrate: '1 MH/s' }],
      fees: { model: { type: 'share-of-subsidy', calibrate: '90 days', partial: 'allowed' } },
    });
    const fees = problems.find((p) => p.path === 'fees.model.calibrate');
    expect(fees?.message).toContain('has only 1 day in the bitcoin history');
  });
});
