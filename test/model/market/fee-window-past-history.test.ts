// The window of a calibrated fee share past the history's last day (fees/fee-level.ts). Before: a
// window longer than the whole history ran silently there: Monero from 2020-03-01 with
// `calibrate: 10 years` printed 'the 3653 days to 2020-02-09' for a share of 0.567 % read from
// the 2,092 days the history has (sum of fees_xmr / sum of issuance_xmr over the whole of
// data/xmr-daily.csv), where the same window inside the history is refused.
import { describe, expect, it } from 'vitest';
import { compileMarketDraft, marketProblems } from '../../fixtures/market.js';

const feesAssumption = async (market: Record<string, unknown>) => {
  const { market: m } = await compileMarketDraft(market);
  return m.assumptions.find((a) => a.label === 'Fees');
};

describe('the fee window past the history', () => {
  it('marketProblems() refuses a window longer than the whole history past its last day, as inside it', async () => {
    const pastEnd = { start: '2025-12-01', price: { start: '90000 USD', model: { type: 'fixed' } } };
    const problems = await marketProblems({
      ...pastEnd,
      fees: { model: { type: 'share-of-subsidy', calibrate: '20 years' } },
    });
    expect(problems.map((p) => p.path)).toEqual(['fees.model.calibrate']);
    // 2010-07-18 to 2025-11-14: 5,599 days of the 7,305 asked for.
    expect(problems[0].message).toContain('5,599 of its 7,305 days');
    expect(
      await marketProblems({
        ...pastEnd,
        fees: { model: { type: 'share-of-subsidy', calibrate: '90 days' } },
      }),
    ).toEqual([]);
  });

  it('compileMarket() says how many days a partial window past the history held', async () => {
    const fees = await feesAssumption({
      start: '2025-12-01',
      price: { start: '90000 USD', model: { type: 'fixed' } },
      fees: { model: { type: 'share-of-subsidy', calibrate: '20 years', partial: 'allowed' } },
    });
    expect(fees?.note).toBe(
      "the 5599 of 7305 days to 2025-11-14, the history's last day (partial window allowed), carried forward 17 days, across the 4 halvings at blocks 210,000 to 840,000: at the start’s subsidy the share gives 0.05675 BTC a block, where the window paid 0.3507",
    );
  });
});
