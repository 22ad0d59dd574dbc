// What the fleet mines at the start held fixed, beside a hedge, stops when a cohort is sold: 20 S21s
// retired on 2024-09-01 (day 92) mine on 92 of a six-month forward's 183 days, so its 0.05 BTC a
// month is set beside 92/183 of the whole fleet's coins over the term, not all of them (which
// counted the machines as mining after their sale).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunSummary } from '../../src/stats/summary.js';
import { cli, useScratchFolder } from '../analyst-questions-2/hand.js';

const { outDir, scenarioFile } = useScratchFolder({ charts: false });

const sold = scenarioFile(
  'sold',
  `name: sold
start: 2024-06-01
horizon: 1 year
fleet:
  - { model: Antminer S21, count: 20, unitPrice: 3400 USD, retire: 2024-09-01 }
power: { price: 0.05 USD/kWh }
costs: { poolFee: 2 % }
monteCarlo: { paths: 8 }
finance:
  hedges:
    - { name: forward, type: price-swap, coins: 0.05, price: 68000 USD, term: 6 months }
`,
);

describe('a hedge beside the held-fixed production of a fleet sold within its term', {
  timeout: 120_000,
}, () => {
  it('counts the coins up to the sale only', async () => {
    const r = await cli('run', sold, '--workers', '1', '--json', '--out', join(outDir, 'sold'));
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout) as RunSummary;
    const v = s.dailyView!;
    expect(v.cohorts[0].soldDay).toBe(92);
    const perDay = (v.cohorts[0].revenueUsd * v.cohorts[0].units) / v.priceUsd;
    const monthly = (perDay * 92 * (365.25 / 12)) / 183;
    const fmt = (x: number) => String(Number(x.toPrecision(4)));
    const line = s.scenario.assumptions.find((a) => a.label === 'Hedge vs production: forward')!;
    expect(line.value).toContain(
      `0.05 BTC a month, ${Number(((0.05 / monthly) * 100).toPrecision(3))} % of what the fleet mines at 2024-06-01's conditions held fixed (${fmt(monthly)} BTC a month over its term, 2024-06-01 to 2024-11-30)`,
    );
    expect(0.05 / monthly).toBeGreaterThan(1);
    expect(line.note).toContain('a bet on the price');
  });
});
