// ruleRewardsPerBlock() reads a Monero day of the history at the emission rule's reward by the
// emission's closed form (coins/monero.ts supplyAtHeight, each side of the 2016 fork at its own
// rule); block by block (monero.ts moneroIssuance, each block's (M - A) >> shift) takes 200 ms over
// the 2.1 million blocks to 2020, the closed form about 1 ms. Checked against it on every day.
import { describe, expect, it } from 'vitest';
import { loadHistory } from '../../src/data/history.js';
import { moneroIssuance } from '../../src/model/monero.js';
import { ruleRewardsPerBlock } from '../../src/model/rule-reward.js';

describe('the rule’s reward of each Monero day of the history', () => {
  it('ruleRewardsPerBlock() is the blocks’ rewards one by one within 1e-11 on every day, the 2016 fork’s included', () => {
    const xmr = loadHistory('monero');
    const rule = ruleRewardsPerBlock(xmr)!;
    let widest = 0;
    for (let i = 0; i < xmr.days; i++) {
      const blocks = xmr.blocks[i];
      const byBlock = moneroIssuance(xmr.height[i], blocks, xmr.supply[i]) / blocks;
      widest = Math.max(widest, Math.abs(rule[i] / byBlock - 1));
    }
    expect(widest).toBeLessThan(1e-11);
  });

  it('ruleRewardsPerBlock() of Bitcoin is null: its history issues the rule’s subsidy', () => {
    expect(ruleRewardsPerBlock(loadHistory('bitcoin'))).toBeNull();
  });
});
