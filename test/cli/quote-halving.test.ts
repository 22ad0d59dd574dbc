// `minesim quote` holds a day fixed, as a calculator does; a halving before the payback held
// fixed is fixed by the protocol and known that day, so the quote names it and pays back through
// it (model/reward-cuts.ts). Figures by hand from data/btc-daily.csv's last day, 2025-11-14:
// 144 blocks, 450 BTC issued (3.125 a block), 3.44757513 BTC of fees.
import { describe, expect, it } from 'vitest';
import { quoteMessages } from '../../src/messages/quote.js';
import { runNode } from '../fixtures/node-process.js';

const minesim = (...args: string[]) => runNode(['bin/minesim.mjs', ...args]);
const FEES = 3.44757513 / 144;
const FACTOR = (1.5625 + FEES) / (3.125 + FEES);

describe.concurrent('minesim quote and the next halving', () => {
  it('minesim quote of an S21 at 0.02 USD/kWh for 6,000 USD on 2025-11-14 pays back through the 2028 halving on day H + (6,000 - H x profit) / profit after', async () => {
    const args = ['quote', '--machine', 'Antminer S21', '--tariff', '0.02', '--unit-price', '6000'];
    const run = await minesim(...args, '--json');
    expect(run.code, run.stderr).toBe(0);
    const q = JSON.parse(run.stdout);
    const h = q.halving;
    // The day's first block and 144 blocks a day to block 1,050,000.
    const height = 1_050_000 - h.day * 144;
    expect(Math.abs(height - Math.round(height))).toBeLessThan(1e-6);
    expect(h).toMatchObject({ height: 1_050_000, rewardAfter: 1.5625, date: '2028-04-10' });
    const after = q.day.revenueUsd * FACTOR - q.day.powerUsd;
    expect(h.profitAfterUsd).toBeCloseTo(after, 9);
    expect(q.day.paybackDays).toBeGreaterThan(h.day);
    expect(h.paybackDays).toBeCloseTo(h.day + (6000 - h.day * q.day.profitUsd) / after, 6);
    const text = await minesim(...args);
    expect(text.stdout).toContain(
      quoteMessages.halvingLater(
        '1,050,000',
        '2028-04-10',
        String(Math.floor(h.day)),
        after.toPrecision(4),
        // The day the run would count: 1,127.x days of profit, day 1,127 (heldFixedPaybackDay).
        (Math.ceil(h.paybackDays) - 1).toLocaleString('en-US'),
        '1.5625 BTC',
        '0.02394 BTC',
      ),
    );
  });

  it('minesim quote of an S21 at 0.06 USD/kWh: after the halving it loses money, so it never pays back; at 0.03 it pays back first and no halving is named', async () => {
    const dear = JSON.parse(
      (await minesim('quote', '--machine', 'S21', '--tariff', '0.06', '--json')).stdout,
    );
    expect(dear.halving.profitAfterUsd).toBeLessThan(0);
    expect(dear.halving.paybackDays).toBeNull();
    const cheap = JSON.parse(
      (await minesim('quote', '--machine', 'S21', '--tariff', '0.03', '--json')).stdout,
    );
    expect(cheap.day.paybackDays).toBeLessThan(878);
    expect(cheap.halving).toBeUndefined();
    expect(cheap.notes.join(' ')).not.toContain('halving');
  });

  it('minesim quote on 2024-04-19, a day whose blocks straddle the 2024 halving (147 at 6.25 BTC, 4 at 3.125), scales its revenue from the 6.167 BTC a block it issued: after it the S21 makes (3.125 + fees) / (6.167 + fees) of it', async () => {
    // data/btc-daily.csv, 2024-04-19: 151 blocks, 931.25 BTC issued, 179.87658691 BTC of fees.
    const subsidy = 931.25 / 151;
    const fees = 179.87658691 / 151;
    const run = await minesim(
      'quote',
      ...['--machine', 'Antminer S21', '--tariff', '0.05', '--date', '2024-04-19', '--json'],
    );
    expect(run.code, run.stderr).toBe(0);
    const q = JSON.parse(run.stdout);
    const h = q.halving;
    expect(h).toMatchObject({ height: 840_000, rewardAfter: 3.125, date: '2024-04-20' });
    const after = (q.day.revenueUsd * (3.125 + fees)) / (subsidy + fees) - q.day.powerUsd;
    // 8.617 USD a day, and day 323.8 (it read 8.475 and 329.3, scaled from 6.25 BTC a block).
    expect(h.profitAfterUsd).toBeCloseTo(after, 9);
    expect(h.profitAfterUsd).toBeCloseTo(8.6174, 3);
    expect(h.paybackDays).toBeCloseTo(h.day + (2800 - h.day * q.day.profitUsd) / after, 6);
    expect(h.paybackDays).toBeCloseTo(323.83, 1);
    expect(q.notes.join(' ')).toContain('1 day later at the target block rate');
  });

  it('minesim quote 73 years past the data (hashprice given) is refused without --height, where it named no halving; Monero has none', async () => {
    const past = await minesim(
      'quote',
      '--machine',
      'S21',
      '--tariff',
      '0.06',
      '--date',
      '2099-01-01',
      '--hashprice',
      '34.8',
      '--json',
    );
    expect(past.code).toBe(2);
    // With the fees a block, not carried that far either, asked for at once.
    expect(
      past.stderr.startsWith(
        `minesim: ${quoteMessages.needsHeight('bitcoin', '2099-01-01', '2010-07-18', '2025-11-14', 26_711, 400)}\nminesim: --fees: `,
      ),
    ).toBe(true);
    const xmr = await minesim(
      'quote',
      '--machine',
      'Intel Core i7-2600K',
      '--coin',
      'monero',
      '--tariff',
      '0.01',
      '--unit-price',
      '300',
      '--date',
      '2014-06-01',
      '--json',
    );
    expect(xmr.code, xmr.stderr).toBe(0);
    expect(JSON.parse(xmr.stdout).halving).toBeUndefined();
  });
});
