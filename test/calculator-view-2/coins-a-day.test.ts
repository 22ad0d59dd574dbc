// A profitability calculator (Braiins, WhatToMine) gives the coins a machine mines a day beside its
// revenue in dollars: the daily view's rows (the report's first table, the terminal headline and
// `minesim quote`) now do too, its revenue over the day's price held fixed (after the pool fee and
// uptime, as the revenue row). By hand on the data's last day (2025-11-14): an S21's 0.2 PH/s at
// 86,400 / (152,271,405,447,597 x 2^32) x (3.125 + 3.44757513 / 144) BTC a PH/s a day is
// 0.00008320 BTC a day, 7.863 USD at 94,502.55 USD.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { dailyViewMeasures, dailyViewRows } from '../../src/report/daily-view-table.js';
import { view } from '../fixtures/daily-view.js';

describe('the coins a machine mines a day', () => {
  it('a row after the revenue: revenue over the price held fixed, 6.96 / 78,600 = 0.00008855 BTC', () => {
    const rows = dailyViewRows(view, 'BTC');
    expect(rows[1]).toEqual(['Revenue (USD/day)', '6.96']);
    expect(rows[2]).toEqual(['Coins mined (BTC/day)', '0.00008855']);
    expect(dailyViewMeasures(view, 'BTC')[1].measure).toBe('coins');
  });

  it('no row where no price is known (a quote of a day without one)', () => {
    expect(dailyViewRows({ ...view, priceUsd: 0 }, 'BTC').map((r) => r[0])).not.toContain(
      'Coins mined (BTC/day)',
    );
  });

  it('`minesim quote` of an S21 on the data’s last day gives 0.0000832 BTC a day, by hand', () => {
    const out = execFileSync(
      process.execPath,
      ['bin/minesim.mjs', 'quote', '--machine', 'Antminer S21', '--tariff', '0.06'],
      { encoding: 'utf8' },
    );
    const coins = ((0.2e15 * 86_400) / (152_271_405_447_597 * 2 ** 32)) * (3.125 + 3.44757513 / 144);
    expect(coins.toPrecision(4)).toBe('0.00008320');
    expect(out).toMatch(/Coins mined \(BTC\/day\) +0\.0000832\n/);
    expect(out).toMatch(/Revenue \(USD\/day\) +7\.863\n/);
    expect(out).toMatch(/Profit \(USD\/day\) +2\.823\n/);
    expect(out).toMatch(/Break-even BTC price \(USD\) +60,576\n/);
    expect(out).toMatch(/Days to payback, held fixed +991 d\n/);
  });
});
