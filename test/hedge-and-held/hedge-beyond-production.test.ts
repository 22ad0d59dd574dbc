// A hedge beside the production it hedges: a forward sale of 0.25 BTC a month by a fleet of 20
// S21s that mined 0.9303 BTC over the year from 2024-06-01 (0.07758 BTC a month: 322 %), and a put
// on 1 BTC to 2024-09-06 (the year's coins pro rata to those 98 days: 0.2498 BTC, 400 %), are
// larger than the production: speculation beyond it. The run says so in its assumptions
// (summary.json, summary.md) and on the terminal; a hedge within the production is stated without
// the warning, and a Monte Carlo run compares with the median path's coins.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunSummary } from '../../src/stats/summary.js';
import { cli, coinsPerHs, dateAfter, day, useScratchFolder } from '../analyst-questions-2/hand.js';

const { backtest, outDir, scenarioFile } = useScratchFolder({ charts: false });

const scenario = (name: string, hedges: string) =>
  scenarioFile(
    name,
    `name: ${name}
start: 2024-06-01
horizon: 1 year
fleet:
  - { model: Antminer S21, count: 20, unitPrice: 3400 USD }
power: { price: 0.05 USD/kWh }
costs: { poolFee: 2 % }
monteCarlo: { paths: 8 }
finance:
  hedges:
${hedges}`,
  );
const over = scenario(
  'over-hedged',
  `    - { name: forward, type: price-swap, coins: 0.25, price: 68000 USD, term: 6 months }
    - { name: put, type: put, coins: 1, strike: 60000 USD, premium: 3500 USD, expiry: 2024-09-06 }
`,
);
const line = (s: RunSummary, name: string) =>
  s.scenario.assumptions.find((a) => a.label === `Hedge vs production: ${name}`);

describe('a hedge larger than the production it hedges', { timeout: 120_000 }, () => {
  it('a back-test states each hedge’s share of the production on the history over its days and warns of the excess', async () => {
    const { summary, text, folder } = await backtest(over);
    expect(summary.headline.coinsMined.quantiles.p50!).toBeCloseTo(0.9303, 4);
    // The coins of each day by hand: 4 PH/s x the day's coins per H/s, less the 2 % pool fee.
    const mined = (from: number, to: number) => {
      let sum = 0;
      for (let d = from; d < to; d++) sum += 4e15 * coinsPerHs(dateAfter('2024-06-01', d)) * 0.98;
      return sum;
    };
    // The forward's six months: days 0 to 182 (2024-11-30).
    const monthly = (mined(0, 183) * 365.25) / 12 / 183;
    expect(monthly).toBeCloseTo(0.08783, 5);
    expect(0.25 / monthly).toBeCloseTo(2.846, 3);
    expect(line(summary, 'forward')).toMatchObject({
      value:
        "0.25 BTC a month, 285 % of the fleet's production on the history (0.08783 BTC a month over its term, 2024-06-01 to 2024-11-30)",
      note: expect.stringContaining('a bet on the price, not a hedge of it'),
    });
    expect(line(summary, 'forward')!.note).toContain('settles whether or not the machines mine');
    // The put: the 98 days to 2024-09-06.
    expect(mined(0, 98)).toBeCloseTo(0.2996, 4);
    expect(line(summary, 'put')!.value).toBe(
      "1 BTC, 334 % of the fleet's production on the history from 2024-06-01 to its expiry 2024-09-06 (0.2996 BTC on those days)",
    );
    expect(text).toContain(
      "note: Hedge vs production: forward: 0.25 BTC a month, 285 % of the fleet's production on the history (0.08783 BTC a month over its term, 2024-06-01 to 2024-11-30): more than the fleet produces",
    );
    expect(text).toContain('note: Hedge vs production: put: 1 BTC, 334 %');
    expect(readFileSync(join(folder, 'summary.md'), 'utf8')).toContain(
      '| Hedge vs production: forward | 0.25 BTC a month, 285 %',
    );
  });

  it('after the fleet is sold the hedges settle the same, and their share of the smaller production is larger', async () => {
    const sold = scenarioFile(
      'sold',
      readFileSync(over, 'utf8')
        .replace('unitPrice: 3400 USD }', 'unitPrice: 3400 USD, retire: 2024-08-01 }')
        .replace('name: over-hedged', 'name: sold'),
    );
    const [a, b] = [await backtest(over), await backtest(sold)];
    expect(b.summary.actual!.equity!.hedgeNetUsd!).toBeCloseTo(a.summary.actual!.equity!.hedgeNetUsd!, 6);
    expect(line(b.summary, 'forward')!.value).toContain('772 %');
  });

  it('minesim validate notes it before a run, at the start day held fixed, and still accepts the scenario', async () => {
    const r = await cli('validate', over);
    expect(r.code).toBe(0);
    // 4 PH/s x 86,400 s x (3.125 + the day's fees a block) / (difficulty x 2^32), less the 2 % pool fee.
    const d = day('2024-06-01');
    const perDay = ((4e15 * 86_400 * (d.issuance + d.fees)) / d.blocks / (d.difficulty * 2 ** 32)) * 0.98;
    const monthly = (perDay * 365.25) / 12;
    expect(monthly).toBeCloseTo(0.09776, 5);
    expect(r.stdout).toContain(
      "note: Hedge vs production: forward: 0.25 BTC a month, 256 % of what the whole fleet would mine at 2024-06-01's difficulty and reward held fixed (0.09776 BTC a month) (more than the fleet produces",
    );
    expect(perDay * 98).toBeCloseTo(0.3148, 4);
    expect(r.stdout).toContain('note: Hedge vs production: put: 1 BTC, 318 %');
  });

  it('a hedge within the production is stated, without the warning', async () => {
    const { summary, text } = await backtest(
      scenario(
        'within',
        '    - { name: forward, type: price-swap, coins: 0.05, price: 68000 USD, term: 6 months }\n',
      ),
    );
    expect(line(summary, 'forward')!.value).toContain('0.05 BTC a month, 56.9 %');
    expect(line(summary, 'forward')!.note).not.toContain('bet on the price');
    expect(text).not.toContain('note: Hedge vs production');
  });

  it('a Monte Carlo run compares with what the fleet mines at the start held fixed, the median path’s coins beside it', async () => {
    const r = await cli('run', over, '--workers', '1', '--json', '--out', join(outDir, 'over'));
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout) as RunSummary;
    const v = s.dailyView!;
    const perDay = v.cohorts.reduce((sum, c) => sum + c.revenueUsd * c.units, 0) / v.priceUsd;
    const monthly = (perDay * 365.25) / 12;
    const median = (s.headline.coinsMined.quantiles.p50! * 365.25) / 12 / 365;
    const fmt = (x: number) => String(Number(x.toPrecision(4)));
    expect(line(s, 'forward')!.value).toBe(
      `0.25 BTC a month, ${Number(((0.25 / monthly) * 100).toPrecision(3))} % of what the fleet mines at 2024-06-01's conditions held fixed (${fmt(monthly)} BTC a month over its term, 2024-06-01 to 2024-11-30); the median path mined ${fmt(median)} BTC a month over the horizon`,
    );
    expect(line(s, 'forward')!.note).toContain('a bet on the price');
    expect(line(s, 'put')!.value).toContain(`(${fmt(perDay * 98)} BTC on those days)`);
  });
});
