// Fees as a share of the subsidy (the default fee model) over a horizon that reaches the end of
// Bitcoin's subsidy: from block 6,930,000 (5e9 sat >> 33 = 0) the share is of 0, so a block pays
// nothing and every machine earns 0, the price-coupled network's case (refused the same way).

import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { validateScenarioText } from '../../src/scenario/validate.js';

async function problems(height: number, horizon: string, fees: object) {
  const draft = {
    name: 'share-fees-subsidy-end',
    start: '2026-01-22',
    horizon,
    fleet: [{ model: 'Antminer S21', count: 10, unitPrice: '3400 USD' }],
    power: { price: '0.045 USD/kWh' },
    network: { difficulty: '141.67 T', height, model: { type: 'growth', rate: '10 %' } },
    fees: { model: fees },
    price: { start: '78600 USD', model: { type: 'fixed' } },
    monteCarlo: { paths: 10 },
  };
  const v = await validateScenarioText(stringify(draft), 'case.yaml');
  return v.ok ? [] : v.problems.map((p) => `${p.path}: ${p.message}`);
}

const SHARE = { type: 'share-of-subsidy', share: '5 %' };

describe('fees as a share of a subsidy that ends within the horizon', () => {
  it('validate refuses share-of-subsidy fees when the blocks on target reach 6,930,000 within the horizon', async () => {
    // From 6,900,000: 30,000 blocks at 144 a day, 208.3 days, so the first day without subsidy is
    // day 209, 2026-08-19, inside 1 year. Before: accepted, and from then every block paid 0 + 0:
    // the fleet earned nothing for the rest of the horizon, said nowhere.
    const found = await problems(6_900_000, '1 year', SHARE);
    expect(found).toEqual([
      expect.stringMatching(/^fees\.model\.type: fees as a share of the block subsidy are 0/),
    ]);
    expect(found[0]).toContain('height 6,930,000 (about 2026-08-19, inside the horizon)');
    expect(found[0]).toContain('fees.model: { type: per-block');
  });

  it('validate refuses them from a start past 6,930,000, and accepts fees per block there or a horizon that ends first', async () => {
    const past = await problems(7_000_000, '1 year', SHARE);
    expect(past).toHaveLength(1);
    expect(past[0]).toContain('(by the start)');
    expect(await problems(7_000_000, '1 year', { type: 'per-block', amount: 0.3 })).toEqual([]);
    // 208 days: the horizon's last day is day 207, before the subsidy ends.
    expect(await problems(6_900_000, '208 days', SHARE)).toEqual([]);
  });
});
