// A hashprice swap beside the hashrate the fleet earns on: the swap is paid on `hashrate` at the
// network's hashprice, before the pool fee, while 20 S21s (4 PH/s rated) at 95 % uptime paying a 2 %
// pool fee earn on 4 x 0.95 x 0.98 = 3.724 PH/s of it. A swap on 3 PH/s so hedges 80.56 % of what
// the fleet earns, not the 75 % of its rated hashrate stated before; one on 3.9 PH/s (97.5 % of the
// rated hashrate) is 104.7 % of it: an over-hedge, noted. The settlement is the contract's: on the
// swap's hashrate, whatever the fleet does (test/finance covers it).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunSummary } from '../../src/stats/summary.js';
import { cli, useScratchFolder } from '../analyst-questions-2/hand.js';

const { backtest, outDir, scenarioFile } = useScratchFolder({ charts: false });

const fleet = (name: string, hashrate: string, extra = '') =>
  scenarioFile(
    name,
    `name: ${name}
start: 2024-06-01
horizon: 1 year
fleet:
  - { model: Antminer S21, count: 20, unitPrice: 3400 USD, uptime: 95 %, degradation: 0 %${extra} }
power: { price: 0.05 USD/kWh }
costs: { poolFee: 2 % }
monteCarlo: { paths: 8 }
finance:
  hedges:
    - { name: hashprice, type: hashprice-swap, hashrate: ${hashrate}, price: 50 USD/PH/day, term: 6 months }
`,
  );
const line = (s: RunSummary) =>
  s.scenario.assumptions.find((a) => a.label === 'Hedge vs production: hashprice');
const earning = 4e15 * 0.95 * 0.98;

describe('a hashprice swap beside the hashrate the fleet earns on', { timeout: 120_000 }, () => {
  it('a Monte Carlo run counts uptime and the pool fee at the start held fixed', async () => {
    const r = await cli(
      'run',
      fleet('within', '3 PH/s'),
      '--workers',
      '1',
      '--json',
      '--out',
      join(outDir, 'within'),
    );
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout) as RunSummary;
    expect(earning).toBeCloseTo(3.724e15, 3);
    expect(3e15 / earning).toBeCloseTo(0.8056, 4);
    expect(line(s)).toMatchObject({
      value:
        "3 PH/s, 80.6 % of the hashrate the fleet earns on at 2024-06-01's conditions held fixed (3.72 PH/s over its term, 2024-06-01 to 2024-11-30: its 4 PH/s rated, after uptime and the 2 % pool fee; the swap is paid on the network's hashprice, before the pool fee)",
      note: expect.not.stringContaining('a bet on the price'),
    });
  });

  it('a back-test counts the history’s days, and an over-hedge within the rated hashrate is noted', async () => {
    const { summary, text } = await backtest(fleet('over', '3.9 PH/s'));
    // Without failures or wear every day earns on 3.724 PH/s, whatever its hashprice.
    expect(3.9e15 / earning).toBeCloseTo(1.0473, 4);
    expect(line(summary)).toMatchObject({
      value:
        "3.9 PH/s, 105 % of the hashrate the fleet earned on, on the history (3.72 PH/s over its term, 2024-06-01 to 2024-11-30: its 4 PH/s rated, after uptime, wear, failures, shutdowns and the 2 % pool fee; the swap is paid on the network's hashprice, before the pool fee)",
      note: expect.stringContaining('a bet on the price'),
    });
    expect(text).toContain('note: Hedge vs production: hashprice: 3.9 PH/s, 105 %');
  });

  it('a cohort deployed late earns nothing before it hashes: the swap’s days before count at 0', async () => {
    const r = await cli(
      'run',
      fleet('late', '3 PH/s', ', deploymentDelay: 30 days'),
      '--workers',
      '1',
      '--json',
      '--out',
      join(outDir, 'late'),
    );
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout) as RunSummary;
    // The six months are days 0 to 182 (183 days); the fleet hashes from day 30: 153 of them.
    const mean = (earning * 153) / 183;
    expect(3e15 / mean).toBeCloseTo(0.96354, 5);
    expect(line(s)!.value).toMatch(
      /^3 PH\/s, 96\.4 % of the hashrate the fleet earns on .*\(3\.11 PH\/s over its term/,
    );
  });
});
