// `minesim quote` of a Monero machine on a day before the history (it begins 2014-05-20) with the
// hashprice given: the block reward falls block by block from launch, but with no coins generated
// to run the emission from, the quote named none and refused `--height` ("monero has no halvings
// for a block height to date"). An i7-2600K (266 H/s, 120 W) at 50 USD/kH/s/day, 0.1 USD/kWh, 5,000
// USD: 13.3 USD revenue, 0.288 power, 13.012 profit a day, 384.26 days held fixed, over which the
// reward falls 41 %. By hand from height 1 (the genesis block's 17.592186044415 XMR generated):
// (M - A) / 2^20 = 17.592169 XMR now; on day 384, 720 two-minute blocks a day at (M - A) / 2^19
// (the same coins a day as 1,440 one-minute blocks), halved for a one-minute block: 10.375259 XMR.
// A height given before the data now counts the coins generated from genesis by the rule and names
// the emission; without one the quote says the emission is left out and how to have it.
import { describe, expect, it } from 'vitest';
import { buildQuote } from '../../src/cli/quote-build.js';

const args = {
  machine: 'Intel Core i7-2600K',
  tariff: '0.1',
  date: '2014-04-19',
  hashprice: '50',
  price: '1',
  'unit-price': '5000',
  'pool-fee': '0%',
  metered: false,
  uptime: '100%',
  pue: 1,
  coin: 'monero' as const,
  json: true,
};

describe('minesim quote of Monero before the history', () => {
  it('buildQuote() on 2014-04-19 at --height 1 names the emission: 17.592169 XMR now, 10.375259 on day 384', () => {
    const q = buildQuote({ ...args, height: '1' });
    expect(q.day.paybackDays).toBeCloseTo(384.26, 2);
    expect(q.emission?.rewardNow).toBeCloseTo(17.592169, 6);
    expect(q.emission?.rewardAtPayback).toBeCloseTo(10.375259, 5);
    expect(q.source).toContain('from genesis');
  });

  it('buildQuote() on 2014-04-19 without --height says the emission is left out and how to have it', () => {
    const q = buildQuote(args);
    expect(q.emission).toBeUndefined();
    expect(q.notes.join(' ')).toContain('--height');
  });
});
