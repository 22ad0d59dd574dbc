// The assumptions line of fee spikes. Before: spikes of `duration: 1 day` read 'x3 for 1 days'.
import { describe, expect, it } from 'vitest';
import { compileMarketDraft } from '../../fixtures/market.js';

const spikesLine = async (duration: string) => {
  const { market } = await compileMarketDraft({
    fees: { model: { type: 'per-block', amount: 0.2, spikes: { perYear: 12, multiplier: 3, duration } } },
  });
  return market.assumptions.find((a) => a.label === 'Fee spikes')?.value;
};

describe('the fee spikes line', () => {
  it('compileMarket() says a one-day spike lasts 1 day, and a week 7 days', async () => {
    expect(await spikesLine('1 day')).toBe('12/year, x3 for 1 day');
    expect(await spikesLine('7 days')).toBe('12/year, x3 for 7 days');
  });
});
