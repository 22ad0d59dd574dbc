// `minesim quote` on a day past the data, with the hashprice given: the halvings ahead are dated
// from a block height, carried forward from the data's last day as a run's start is (at most 400
// days), or given with --height; without one, a quote whose payback a halving could precede is
// refused. Figures by hand from data/btc-daily.csv: its last day, 2025-11-14, ends at block
// 923,663; its last 28 days hold 4,091 blocks (146.107 a day); 2025-11-14's fees were 3.44757513
// BTC over 144 blocks (0.023941 a block), given with --fees: more than 31 days past the data its
// last day's fees are not carried, as a scenario's are not.
import { describe, expect, it } from 'vitest';
import { quoteMessages as m } from '../../src/messages/quote.js';
import { runNode } from '../fixtures/node-process.js';

const minesim = (...args: string[]) => runNode(['bin/minesim.mjs', ...args]);
const FEES = 3.44757513 / 144;
const S21 = [
  'quote',
  '--machine',
  'Antminer S21',
  '--tariff',
  '0.02',
  '--unit-price',
  '6000',
  '--hashprice',
  '34.8',
  '--fees',
  String(FEES),
];
const FACTOR = (1.5625 + FEES) / (3.125 + FEES); // 0.50380
// 0.2 PH/s x 34.8 = 6.96 USD of revenue; 3.5 kW x 24 h x 0.02 = 1.68 of power; 5.28 of profit.
const PROFIT = 6.96 - 1.68;
const AFTER = 6.96 * FACTOR - 1.68; // 1.8265 USD a day after the halving

describe.concurrent('minesim quote past the data', () => {
  it('minesim quote on 2026-01-22 (69 days past the data) carries the height to 923,663 + 68 x 146.107 = 933,598 and names block 1,050,000 on day 808.3: it pays back on day 1,757, not 1,136 as it printed', async () => {
    const run = await minesim(...S21, '--date', '2026-01-22', '--price', '78600', '--json');
    expect(run.code, run.stderr).toBe(0);
    const q = JSON.parse(run.stdout);
    const height = 923_663 + (68 * 4091) / 28;
    const day = (1_050_000 - height) / 144;
    expect(q.day.paybackDays).toBeCloseTo(6000 / PROFIT, 9);
    expect(q.halving).toMatchObject({ height: 1_050_000, rewardAfter: 1.5625, date: '2028-04-09' });
    expect(q.halving.day).toBeCloseTo(day, 6);
    expect(q.halving.profitAfterUsd).toBeCloseTo(AFTER, 9);
    expect(q.halving.paybackDays).toBeCloseTo(day + (6000 - day * PROFIT) / AFTER, 6);
    expect(Math.round(q.halving.paybackDays)).toBe(1757);
    expect(q.source).toContain(
      `${m.heightCarried(933_598, '2025-11-14', 69, '146.1', 28, null)}, ${m.hashpriceFeesGiven('0.02394 BTC')}`,
    );
    const text = await minesim(...S21, '--date', '2026-01-22', '--price', '78600');
    // 1,756.59 days of profit: the run's day 1,756 (model/held-fixed-payback.ts heldFixedPaybackDay).
    expect(text.stdout).toContain(
      m.halvingLater('1,050,000', '2028-04-09', '808', '1.826', '1,756', '1.5625 BTC', '0.02394 BTC'),
    );
  });

  it('minesim quote past the data with --hashprice and no --price says the hashprice was given, not the price (it said "hashprice and price as given")', async () => {
    const run = await minesim(...S21, '--date', '2026-01-22', '--json');
    expect(run.code, run.stderr).toBe(0);
    const q = JSON.parse(run.stdout);
    expect(q.priceUsd).toBeNull();
    expect(q.source).toBe(
      `hashprice as given; ${m.heightCarried(933_598, '2025-11-14', 69, '146.1', 28, null)}, ${m.hashpriceFeesGiven('0.02394 BTC')}`,
    );
    const priced = JSON.parse(
      (await minesim(...S21, '--date', '2026-01-22', '--price', '78600', '--json')).stdout,
    );
    expect(priced.source).toMatch(/^hashprice and price as given; /);
  });

  it('minesim quote past the data refuses a --height below the height the data ended at (923,663 at the end of 2025-11-14), which dated block 1,050,000 on 2028-11-28 and paid back in 1,315 days', async () => {
    const run = await minesim(...S21, '--date', '2026-01-22', '--height', '900000');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(m.heightBelowTheData('bitcoin', '2026-01-22', 923663, '2025-11-14'));
    expect(run.stdout).toBe('');
  });

  it('minesim quote past the data takes a given --height: block 1,000,000 on 2027-06-01 puts the halving 50,000 / 144 = 347.2 days on', async () => {
    const run = await minesim(...S21, '--date', '2027-06-01', '--height', '1000000', '--json');
    expect(run.code, run.stderr).toBe(0);
    const q = JSON.parse(run.stdout);
    expect(q.halving.day).toBeCloseTo(50_000 / 144, 9);
    expect(q.halving.date).toBe('2028-05-13');
    // 347.2 x 5.28 = 1,833 back by then, 4,167 left at 1.8265 a day: 2,281.5 days, past the next
    // halving (1,458.3 days on), after which it loses money: never.
    expect(q.halving.paybackDays).toBeNull();
    expect(q.source).toContain(
      `${m.heightGiven(1_000_000, null, '2025-11-14')}, ${m.hashpriceFeesGiven('0.02394 BTC')}`,
    );
  });

  it('minesim quote more than 400 days past the data, or before it, without --height is refused, saying what to give, where it left the halvings out', async () => {
    const late = await minesim(...S21, '--date', '2026-12-20');
    expect(late.code).toBe(2);
    expect(late.stderr).toBe(
      `minesim: ${m.needsHeight('bitcoin', '2026-12-20', '2010-07-18', '2025-11-14', 401, 400)}\n`,
    );
    const early = await minesim(...S21, '--date', '2009-06-01');
    expect(early.code).toBe(2);
    expect(early.stderr).toContain('before the bitcoin data begins (2010-07-18)');
    // 400 days on is still carried.
    expect((await minesim(...S21, '--date', '2026-12-19')).code).toBe(0);
  });

  it('minesim quote past the data without a payback needs no height: at 0.2 USD/kWh the S21 loses money', async () => {
    const run = await minesim(
      ...[
        'quote',
        '--machine',
        'Antminer S21',
        '--tariff',
        '0.2',
        '--hashprice',
        '34.8',
        '--date',
        '2027-06-01',
        '--json',
      ],
    );
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).day.paybackDays).toBeNull();
  });

  it('minesim quote refuses --height inside the data, for Monero, and when it is not a whole block', async () => {
    const inside = await minesim(...S21, '--height', '900000');
    expect(inside.stderr).toBe(`minesim: ${m.heightInsideTheData('bitcoin', '2025-11-14')}\n`);
    const xmr = await minesim(
      ...[
        'quote',
        '--coin',
        'monero',
        '--machine',
        'Intel Core i9-9900K',
        '--tariff',
        '0.02',
        '--height',
        '3000000',
      ],
    );
    expect(xmr.stderr).toBe(`minesim: ${m.heightWithoutHalvings('monero')}\n`);
    const half = await minesim(...S21, '--date', '2026-01-22', '--height', '1.5');
    expect(half.code).toBe(2);
    expect(half.stderr).toContain('--height: expected a whole block height');
  });
});
