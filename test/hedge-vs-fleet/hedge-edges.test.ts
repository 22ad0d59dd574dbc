// A hedge's edges: a put struck at 0 never pays (refused, positioned, bought or sold); a hashprice
// swap whose months all fall before the fleet is bought is beside no production (an unbounded share,
// said so, not "all"); `minesim validate` notes a hashprice swap above the hashrate the whole fleet
// earns on (rated x uptime, less the pool fee): 3.9 PH/s against 20 S21s at 95 % uptime and a 2 %
// fee, 4 x 0.95 x 0.98 = 3.724 PH/s, is 104.7 %, though below the 4 PH/s rated.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunSummary } from '../../src/stats/summary.js';
import { cli, useScratchFolder } from '../analyst-questions-2/hand.js';

const { outDir, scenarioFile } = useScratchFolder({ charts: false });

const file = (name: string, hedge: string, fleet = '') =>
  scenarioFile(
    name,
    `name: ${name}
start: 2024-06-01
horizon: 1 year
fleet:
  - { model: Antminer S21, count: 20, unitPrice: 3400 USD, uptime: 95 %${fleet} }
power: { price: 0.05 USD/kWh }
costs: { poolFee: 2 % }
monteCarlo: { paths: 8 }
finance:
  hedges:
    - ${hedge}
`,
  );

describe('a hedge’s edges', { timeout: 120_000 }, () => {
  for (const position of ['bought', 'sold'])
    it(`a ${position} put struck at 0 is refused at its strike`, async () => {
      const f = file(
        `zero-${position}`,
        `{ type: put, position: ${position}, coins: 1, strike: 0 USD, premium: 100 USD, expiry: 2024-12-31 }`,
      );
      const r = await cli('validate', f);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(
        new RegExp(
          `zero-${position}\\.yaml:\\d+:\\d+ finance\\.hedges\\[0\\]\\.strike: a put struck at 0 USD never pays`,
        ),
      );
      expect(r.stderr).toContain('give the strike the put protects, above 0');
    });

  it('a hashprice swap before the fleet is bought is beside no production, an unbounded share', async () => {
    const f = file(
      'before',
      '{ name: early, type: hashprice-swap, hashrate: 1 PH/s, price: 50 USD/PH/day, term: 2 months }',
      ', purchased: 2024-08-01',
    );
    const r = await cli('run', f, '--workers', '1', '--json', '--out', join(outDir, 'before'));
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout) as RunSummary;
    const line = s.scenario.assumptions.find((a) => a.label === 'Hedge vs production: early')!;
    expect(line.value).toMatch(/^1 PH\/s, an unbounded share \(none mined over its days\) of the hashrate/);
    expect(line.value).toContain('(0 H/s over its term, 2024-06-01 to 2024-07-31');
    expect(line.note).toContain('a bet on the price');
  });

  it('minesim validate notes a hashprice swap above the hashrate the fleet earns on', async () => {
    const f = file(
      'above',
      '{ name: hp, type: hashprice-swap, hashrate: 3.9 PH/s, price: 50 USD/PH/day, term: 6 months }',
    );
    const r = await cli('validate', f);
    expect(r.code).toBe(0);
    expect(3.9 / (4 * 0.95 * 0.98)).toBeCloseTo(1.0473, 4);
    expect(r.stdout).toContain(
      "note: Hedge vs production: hp: 3.9 PH/s, 105 % of the hashrate the whole fleet earns on (3.72 PH/s: its 4 PH/s rated, after uptime and the 2 % pool fee; the swap is paid on the network's hashprice, before the pool fee)",
    );
  });
});
