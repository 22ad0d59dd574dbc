// `minesim quote --json` gave the difficulty, the subsidy and the fees a block only inside its
// `source` prose ("difficulty 150 T, subsidy 3.125 BTC, fees 0.03125 BTC a block ..."), and the
// height only in notes. They are now numbers of their own: difficulty, height, subsidyPerBlock,
// feesPerBlock and rewardPerBlock (subsidy and fees, in coins), null where the quote has none.
import { describe, expect, it } from 'vitest';
import { buildQuote } from '../../src/cli/quote-build.js';
import { loadHistory } from '../../src/data/history.js';

const args = {
  machine: 'Antminer S21',
  tariff: '0.06',
  'unit-price': '2800',
  'pool-fee': '0%',
  metered: false,
  uptime: '100%',
  pue: 1,
  coin: 'bitcoin' as const,
  json: true,
};

describe('quote --json figures as numbers', () => {
  it('a given difficulty past the data: 150 T, 3.125 BTC subsidy, 0.03125 BTC fees (1 %), 3.15625 BTC a block, the carried height', () => {
    const q = buildQuote({ ...args, date: '2026-12-07', price: '90000', difficulty: '150T', fees: '1%' });
    expect(q).toMatchObject({ difficulty: 150e12, subsidyPerBlock: 3.125 });
    expect(q.feesPerBlock).toBeCloseTo(0.03125, 12);
    expect(q.rewardPerBlock).toBeCloseTo(3.15625, 12);
    expect(q.height).toBeGreaterThan(925_000);
    expect(q.source).toContain('150 T');
  });

  it("the history's last day: its mean difficulty, height, subsidy and fees", () => {
    const h = loadHistory('bitcoin');
    const i = h.days - 1;
    const q = buildQuote({ ...args });
    expect(q.date).toBe(h.lastDate);
    expect(q.difficulty).toBe(h.difficulty[i]);
    expect(q.height).toBe(h.height[i]);
    expect(q.subsidyPerBlock).toBeGreaterThan(0);
    expect(q.feesPerBlock).toBeGreaterThan(0);
    expect(q.rewardPerBlock).toBeCloseTo((q.subsidyPerBlock ?? 0) + (q.feesPerBlock ?? 0), 12);
  });

  it('a given hashprice: no difficulty (the hashprice stands for it)', () => {
    const q = buildQuote({ ...args, hashprice: '50' });
    expect(q.difficulty).toBeNull();
  });
});
