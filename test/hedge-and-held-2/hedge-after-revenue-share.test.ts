// A hedge beside what the operation keeps: under a revenue share the site takes 30 % of the coins,
// so a forward sale of 0.07 BTC a month by 20 S21s (4 PH/s) is within the fleet's gross production
// (0.08783 BTC a month on the history over six months from 2024-06-01, 0.09776 BTC a month at the
// start held fixed) but beyond the 70 % the operation keeps (0.06148 and 0.06843 BTC a month): the
// part beyond is a bet on the price, and the run, the back-test and `minesim validate` say so.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunSummary } from '../../src/stats/summary.js';
import { cli, coinsPerHs, dateAfter, day, useScratchFolder } from '../analyst-questions-2/hand.js';

const { backtest, outDir, scenarioFile } = useScratchFolder({ charts: false });

const shared = scenarioFile(
  'shared',
  `name: shared
start: 2024-06-01
horizon: 1 year
fleet:
  - { model: Antminer S21, count: 20, unitPrice: 3400 USD }
power: { price: 0.05 USD/kWh, hosting: { basis: revenue-share, share: 30 % } }
costs: { poolFee: 2 % }
monteCarlo: { paths: 8 }
finance:
  hedges:
    - { name: forward, type: price-swap, coins: 0.07, price: 68000 USD, term: 6 months }
    - { name: put, type: put, coins: 0.2, strike: 60000 USD, premium: 700 USD, expiry: 2024-09-06 }
    - { name: hashprice, type: hashprice-swap, hashrate: 3 PH/s, price: 50 USD/PH/day, term: 6 months }
`,
);
const line = (s: RunSummary, name: string) =>
  s.scenario.assumptions.find((a) => a.label === `Hedge vs production: ${name}`);

describe('a hedge beside the coins the operation keeps after a revenue share', { timeout: 120_000 }, () => {
  it('a back-test states the share of the coins kept, names the site’s share, and notes the over-hedge', async () => {
    const { summary, text } = await backtest(shared);
    // Each day by hand: 4 PH/s x the day's coins per H/s, less the 2 % pool fee, less the site's 30 %.
    const kept = (from: number, to: number) => {
      let sum = 0;
      for (let d = from; d < to; d++) sum += 4e15 * coinsPerHs(dateAfter('2024-06-01', d)) * 0.98 * 0.7;
      return sum;
    };
    const monthly = (kept(0, 183) * 365.25) / 12 / 183;
    expect(monthly).toBeCloseTo(0.06148, 5);
    expect(0.07 / monthly).toBeCloseTo(1.1386, 3);
    expect(line(summary, 'forward')).toMatchObject({
      value:
        "0.07 BTC a month, 114 % of the fleet's production on the history after the site's 30 % share (0.06148 BTC a month over its term, 2024-06-01 to 2024-11-30)",
      note: expect.stringContaining('a bet on the price'),
    });
    expect(text).toContain('note: Hedge vs production: forward: 0.07 BTC a month, 114 %');
    // A hashprice swap on 3 PH/s: within the fleet's 4 PH/s, beyond the 4 x 0.98 x 0.7 = 2.744 PH/s
    // the operation earns on after the pool fee and the site's share (109 %).
    expect(3 / (4 * 0.98 * 0.7)).toBeCloseTo(1.0933, 4);
    expect(line(summary, 'hashprice')).toMatchObject({
      value:
        "3 PH/s, 109 % of the hashrate the fleet earned on, on the history after the site's 30 % share (2.74 PH/s over its term, 2024-06-01 to 2024-11-30: its 4 PH/s rated, after uptime, wear, failures, shutdowns, the 2 % pool fee and the share; the swap is paid on the network's hashprice, before the pool fee)",
      note: expect.stringContaining('a bet on the price'),
    });
  });

  it('a Monte Carlo run counts the start held fixed after the site’s share', async () => {
    const r = await cli('run', shared, '--workers', '1', '--json', '--out', join(outDir, 'shared'));
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout) as RunSummary;
    const v = s.dailyView!;
    // The daily view's revenue is before the site's share: the operation keeps 70 % of it.
    const gross = v.cohorts.reduce((sum, c) => sum + c.revenueUsd * c.units, 0) / v.priceUsd;
    const monthly = (gross * 0.7 * 365.25) / 12;
    const fmt = (x: number) => String(Number(x.toPrecision(4)));
    expect(line(s, 'forward')!.value).toContain(
      `0.07 BTC a month, ${Number(((0.07 / monthly) * 100).toPrecision(3))} % of what the fleet mines at 2024-06-01's conditions held fixed after the site's 30 % share (${fmt(monthly)} BTC a month over its term`,
    );
    expect(0.07 / monthly).toBeGreaterThan(1);
    expect(line(s, 'forward')!.note).toContain('a bet on the price');
  });

  it('minesim validate notes it before a run, after the site’s share', async () => {
    const r = await cli('validate', shared);
    expect(r.code).toBe(0);
    const d = day('2024-06-01');
    const perDay =
      ((4e15 * 86_400 * (d.issuance + d.fees)) / d.blocks / (d.difficulty * 2 ** 32)) * 0.98 * 0.7;
    expect((perDay * 365.25) / 12).toBeCloseTo(0.06843, 5);
    expect(r.stdout).toContain(
      "note: Hedge vs production: forward: 0.07 BTC a month, 102 % of what the whole fleet would mine at 2024-06-01's difficulty and reward held fixed after the site's 30 % share (0.06843 BTC a month)",
    );
    // The put on 0.2 BTC to 2024-09-06: 98 days of 0.002203 BTC kept a day.
    expect(perDay * 98).toBeCloseTo(0.2203, 4);
    expect(r.stdout).not.toContain('note: Hedge vs production: put');
  });
});
