// An analyst's question: the ten S19 XPs of halving-tariff-step.test.ts (bought 2023-06-01, 0.07
// USD/kWh falling to 0.045 on 2024-05-01), their coins sold each day, all held to the end, or sold
// only to pay the bills; and half of them sold each month, which minesim does not model. By hand
// from data/btc-daily.csv: held, the fleet ends with 1.32925893 BTC worth 139,185.33 USD at the
// last day's 104,708.96 USD, its cash at -57,813.45 (the capex and every bill paid by the owners),
// a net position of 81,371.88 USD, back at zero on day 258 (2024-02-14, on the price); sold daily,
// 7,239.18 USD on day 552; sold to cover, 0.69292656 BTC and -27,952.74 USD of cash (the capex
// less the first day's coins), 44,602.88 USD on day 277. A share s sold each day ends at s x the
// daily sale's net plus (1 - s) x the hold's (the costs are the same, the coins split), and its
// NPV likewise: the hold's differs from the daily sale's by the coins' flows alone, 55,302.31 USD.
// Asked for a share sold each month, minesim refused with the three names only, and read
// `sell-monthly` as a misspelt `sell-daily` ("did you mean"), which sells every coin every day: it
// now says what each policy does, that none sells a share or on a schedule, and how to bracket a
// share sold daily.
import { describe, expect, it } from 'vitest';
import { cli, coinsPerHs, dateAfter, day, useScratchFolder } from '../analyst-questions-2/hand.js';

const { backtest, scenarioFile } = useScratchFolder({ charts: false });

const START = '2023-06-01';
const DAYS = 731;
const scenario = (treasury: string) => `name: s19xp-2023-06-treasury
start: ${START}
horizon: 2 years
fleet:
  - { model: Antminer S19 XP, count: 10, unitPrice: 2800 USD }
power:
  price:
    schedule:
      - { from: 2023-06-01, price: 0.07 USD/kWh }
      - { from: 2024-05-01, price: 0.045 USD/kWh }
costs: { poolFee: 2 % }
treasury: ${treasury}
`;
const cents = (x: number) => Math.round(x * 100) / 100;

/** A share `sold` of each day's coins sold that day, the rest held; or sold to cover the day's bills. */
function hand(policy: { sold: number } | 'sell-to-cover') {
  let held = 0;
  let cash = 0;
  let net = 0;
  let below = false;
  let payback: number | null = null;
  for (let d = 0; d < DAYS; d++) {
    const date = dateAfter(START, d);
    const price = day(date).price;
    const coins = 1.4e15 * coinsPerHs(date) * 0.98;
    const due = 30.1 * 24 * (date < '2024-05-01' ? 0.07 : 0.045) + (d === 0 ? 28_000 : 0);
    if (policy === 'sell-to-cover') {
      held += coins;
      const sold = Math.min(due / price, held);
      held -= sold;
      cash += sold * price - due;
    } else {
      held += coins * (1 - policy.sold);
      cash += coins * policy.sold * price - due;
    }
    net = cash + held * price;
    if (net < 0) below = true;
    else if (below && payback === null) payback = d;
  }
  return { held, cash, net, payback, value: held * day(dateAfter(START, DAYS - 1)).price };
}

describe('coins held, sold daily or sold to cover: S19 XPs through the 2024 halving', {
  timeout: 120_000,
}, () => {
  it('each policy ends where the hand computation does', async () => {
    const hold = hand({ sold: 0 });
    expect(hold.held).toBeCloseTo(1.32925893, 8);
    expect(day('2025-05-31').price).toBe(104_708.9642);
    expect([cents(hold.value), cents(hold.cash), cents(hold.net), hold.payback]).toEqual([
      139_185.33, -57_813.45, 81_371.88, 258,
    ]);
    const daily = hand({ sold: 1 });
    expect([daily.held, cents(daily.net), daily.payback]).toEqual([0, 7_239.18, 552]);
    const cover = hand('sell-to-cover');
    expect(cover.held).toBeCloseTo(0.69292656, 8);
    expect([cents(cover.cash), cents(cover.net), cover.payback]).toEqual([-27_952.74, 44_602.88, 277]);
    // Half sold each day: half of each end, the costs the same under both.
    const half = hand({ sold: 0.5 });
    expect(half.net).toBeCloseTo(0.5 * hold.net + 0.5 * daily.net, 6);

    const npv: Record<string, number> = {};
    for (const [treasury, h, date] of [
      ['hold', hold, '2024-02-14'],
      ['sell-daily', daily, '2024-12-04'],
      ['sell-to-cover', cover, '2024-03-04'],
    ] as const) {
      const { summary } = await backtest(scenarioFile(`s19xp-${treasury}`, scenario(treasury)));
      expect(summary.headline.netAtHorizonUsd.quantiles.p50, treasury).toBeCloseTo(h.net, 6);
      expect(summary.headline.coinsMined.quantiles.p50, treasury).toBeCloseTo(hold.held, 10);
      expect(summary.actual!.paybackDay, treasury).toBe(h.payback);
      expect(summary.actual!.paybackDate, treasury).toBe(date);
      npv[treasury] = summary.headline.npvUsd.quantiles.p50!;
    }
    // The NPVs (10 % a year, the resale the same under both) differ by the coins' flows alone: each
    // day's sale discounted from its day, against the coins held valued on the last day.
    let coinsHeld = 0;
    let difference = 0;
    for (let d = 0; d < DAYS; d++) {
      const date = dateAfter(START, d);
      const discount = 1.1 ** (-d / 365.25);
      const coins = 1.4e15 * coinsPerHs(date) * 0.98;
      coinsHeld += coins;
      difference -= coins * day(date).price * discount;
      if (d === DAYS - 1) difference += coinsHeld * day(date).price * discount;
    }
    expect(cents(difference)).toBe(55_302.31);
    expect(npv.hold - npv['sell-daily']).toBeCloseTo(difference, 6);
  });

  it('a share sold each month is refused with what each policy does and how to bracket a share', async () => {
    for (const written of ['{ sell: 50 %, every: 1 month }', 'sell-monthly', 'sell 50 % monthly']) {
      const r = await cli('validate', scenarioFile('s19xp-share', scenario(written)));
      expect(r.code, written).toBe(2);
      expect(r.stderr, written).toContain('treasury: expected one of "sell-daily", "hold", "sell-to-cover"');
      expect(r.stderr, written).toContain('none sells a share of the coins or sells on a schedule');
      expect(r.stderr, written).toContain('s x the net of `sell-daily` + (1 - s) x that of `hold`');
      expect(r.stderr, written).not.toContain('did you mean');
    }
    // A misspelt name still gets its suggestion.
    const typo = await cli('validate', scenarioFile('s19xp-typo', scenario('sell-dialy')));
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('did you mean "sell-daily"?');
  });
});
