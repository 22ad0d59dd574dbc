// A start hashprice past the end of Bitcoin's subsidy. The hashprice fixes the start difficulty as
// 86,400 x (subsidy + fees) x price / (hashprice x 2^32); from block 6,930,000 the subsidy is
// 5e9 sat >> 33 = 0, and fees as a share of it are 0, so that difficulty is 0 and the network
// 0 H/s, whatever the hashprice.

import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { validateScenarioText } from '../../src/scenario/validate.js';

function draft(height: number, fees: object, horizon = '90 days') {
  return {
    name: 'hashprice-no-subsidy',
    start: '2026-01-22',
    horizon,
    fleet: [{ model: 'Antminer S21', count: 10, unitPrice: '3400 USD' }],
    power: { price: '0.045 USD/kWh' },
    network: { hashprice: '50 USD/PH/s/day', height, model: { type: 'growth', rate: '10 %' } },
    fees: { model: fees },
    price: { start: '78600 USD', model: { type: 'fixed' } },
    monteCarlo: { paths: 10 },
  };
}

async function problems(height: number, fees: object) {
  const v = await validateScenarioText(stringify(draft(height, fees)), 'case.yaml');
  return v.ok ? [] : v.problems.map((p) => `${p.path}: ${p.message}`);
}

describe('network.hashprice where a block pays nothing', () => {
  it('validate refuses the hashprice at block 7,000,000 with fees a share of the subsidy, not the fleet', async () => {
    // Before: 'fleet[0].count: the fleet hashes 2 PH/s on 2026-01-22, more than the whole
    // network's 0 H/s that day ... (got 10)': it blamed the ten S21s for a network of 0 H/s.
    const found = await problems(7_000_000, { type: 'share-of-subsidy', share: '5 %' });
    // And the fees, a share of a subsidy that ended before the start (test/scenario/share-fees-subsidy-end.test.ts).
    expect(found.map((p) => p.split(':')[0])).toEqual(['network.hashprice', 'fees.model.type']);
    expect(found[0]).toMatch(/^network\.hashprice: a Bitcoin block at height 7,000,000 pays nothing/);
    expect(found[0]).toContain('no subsidy from block 6,930,000 on');
    expect(found[0]).toContain('`network.difficulty` or `network.hashrate`');
  });

  it('validate accepts the hashprice where blocks pay fees (0.3 BTC a block past the subsidy) or 1 sat of subsidy', async () => {
    // 86,400 x 0.3 x 78,600 / (50e-15 x 2^32) = 9.49e12: a network of 68 EH/s, above 2 PH/s.
    expect(await problems(7_000_000, { type: 'per-block', amount: 0.3 })).toEqual([]);
    // At 6,900,000 a block pays 1 sat + 5 % (for 208 days, past the 90 days' horizon): a difficulty
    // of 332,044, 2.4 TH/s, below the fleet's
    // 2 PH/s: the fleet's problem, as before (the hashprice fixes a network, the fleet exceeds it).
    const last = await problems(6_900_000, { type: 'share-of-subsidy', share: '5 %' });
    expect(last.map((p) => p.split(':')[0])).toEqual(['fleet[0].count']);
  });
});
