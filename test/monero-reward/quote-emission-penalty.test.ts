// `minesim quote` on a day of the Monero history holds the day's own reward a block (what its
// blocks issued, `minesim hashprice`'s), and pays back through the emission ahead. The emission
// ahead is the rule's, which leaves the block-size penalties out; on a day whose blocks paid less
// than the rule (2014-05-20: 27,634.29209773 XMR from 1,672 blocks, 16.527687 a block, where the
// rule (M - A) >> 20 from A = 811,577.1019 XMR over the same blocks issues 28,097.64609, 16.804812
// a block: a share of 0.983509) the quote compared the rule's reward ahead with the day's penalized
// one. Held fixed, an i7-2600K at 0.1 USD/kWh for 126.5 USD pays back in 9.997 days (12.9413 USD
// revenue, 0.288 power a day); the rule's reward on day 9 (720 two-minute blocks a day at >> 19,
// their mean halved for the one-minute blocks' share, from A) is 16.600233, above the day's
// 16.527687, so the quote said nothing of the emission. Holding the day's share of the rule as a
// condition of the day, as its price and difficulty are held: 16.600233 x 0.983509 = 16.326481 XMR
// on day 9, and the payback through the emission (weekly eras at their mean reward, the fees'
// 0.00000043 XMR a block held) 10.0686 days by hand.
import { describe, expect, it } from 'vitest';
import { buildQuote } from '../../src/cli/quote-build.js';

const args = {
  machine: 'Intel Core i7-2600K',
  tariff: '0.1',
  date: '2014-05-20',
  'unit-price': '126.5',
  'pool-fee': '0%',
  metered: false,
  uptime: '100%',
  pue: 1,
  coin: 'monero' as const,
  json: true,
};

describe('minesim quote on a Monero day whose blocks paid block-size penalties', () => {
  it('buildQuote() on 2014-05-20 lowers the day’s 16.5277 XMR to 16.3265 by day 9 and pays back in 10.0686 days through the emission', () => {
    const q = buildQuote(args);
    expect(q.day.paybackDays).toBeCloseTo(9.9974, 4);
    expect(q.emission?.rewardNow).toBeCloseTo(16.527687, 6);
    expect(q.emission?.rewardAtPayback).toBeCloseTo(16.326481, 5);
    expect(q.emission?.paybackDays).toBeCloseTo(10.0686, 3);
  });
});
