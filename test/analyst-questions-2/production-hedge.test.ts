// An analyst's hedge: 20 Antminer S21s bought on 2024-06-01 after the halving, their production
// hedged with what minesim offers on coins: a forward sale (a price swap) of 0.25 BTC a month at
// 68,000 USD for 6 months of 30.4375 days, and a bought put on 1 BTC struck at 60,000 USD (premium
// 3,500 USD) expiring 2024-09-06. By hand from data/btc-daily.csv: each month's average price and
// settlement, the put's payoff at that day's close (53,838.95 USD), their net (4,535.96 USD), the
// project's payback, net, NPV and IRR, and the equity's NPV and IRR with the hedges' flows on their
// days. The claim P(hedges net >= 0 USD) >= 0.5 holds on the history.
import { describe, expect, it } from 'vitest';
import {
  coinsPerHs,
  dateAfter,
  day,
  irrOf,
  npvOf,
  paybackDay,
  useScratchFolder,
  weekHashprice,
} from './hand.js';

const { backtest, scenarioFile } = useScratchFolder({ charts: false });

const START = '2024-06-01';
const DAYS = 365;
const MONTH = 365.25 / 12;
const file = () =>
  scenarioFile(
    's21-hedged-2024-06',
    `name: s21-hedged-2024-06
start: ${START}
horizon: 1 year
fleet:
  - { model: Antminer S21, count: 20, unitPrice: 3400 USD }
power: { price: 0.05 USD/kWh }
costs: { poolFee: 2 % }
finance:
  hedges:
    - { name: forward, type: price-swap, coins: 0.25, price: 68000 USD, term: 6 months }
    - { name: put, type: put, coins: 1, strike: 60000 USD, premium: 3500 USD, expiry: 2024-09-06 }
claims:
  - P(hedges net >= 0 USD) >= 0.5
`,
  );

describe('a forward sale and a put on an S21 fleet’s coins, 2024', { timeout: 60_000 }, () => {
  it('minesim backtest: the hedges’ settlements, the project and the equity agree with the hand computation', async () => {
    const { summary, text } = await backtest(file());
    // The forward: month k covers days [round((k - 1) x 30.4375), round(k x 30.4375)), settled on its last day.
    const hedge = new Array<number>(DAYS).fill(0);
    const settled: number[] = [];
    for (let k = 1; k <= 6; k++) {
      const from = Math.round((k - 1) * MONTH);
      const to = Math.round(k * MONTH);
      let sum = 0;
      for (let d = from; d < to; d++) sum += day(dateAfter(START, d)).price;
      const settlement = 0.25 * (68_000 - sum / (to - from));
      hedge[to - 1] += settlement;
      settled.push(Math.round(settlement * 100) / 100);
    }
    // June to November 2024: paid in five months, paying 4,511.61 USD in the sixth (BTC averaged 86,046 USD).
    expect(settled).toEqual([524.19, 1290.59, 2000.89, 1926.63, 644.23, -4511.61]);
    // The put: bought for 3,500 USD on day 0, 6,161.05 USD at expiry (BTC closed at 53,838.95 USD).
    const expiry = 97;
    expect(dateAfter(START, expiry)).toBe('2024-09-06');
    hedge[0] -= 3500;
    hedge[expiry] += 60_000 - day('2024-09-06').price;
    const net = hedge.reduce((s, f) => s + f, 0);
    expect(net).toBeCloseTo(4535.96, 2);
    expect(summary.actual!.equity!.hedgeNetUsd!).toBeCloseTo(net, 6);
    expect(text).toMatch(/hedges, net +4,536 USD/);
    expect(summary.claims[0]).toMatchObject({ share: 1, verdict: 'supported' });
    // The project: no payback within the year (net -25,449 USD); the resale at the horizon is the
    // full 80 % of 68,000 USD (the week's hashprice at 2025-05-31 above the start's, capped at 1).
    const flows: number[] = [];
    for (let d = 0; d < DAYS; d++) {
      const date = dateAfter(START, d);
      flows.push(20 * 200e12 * coinsPerHs(date) * day(date).price * 0.98 - 20 * 3.5 * 24 * 0.05);
    }
    flows[0] -= 68_000;
    expect(paybackDay(flows)).toBeNull();
    expect(summary.actual!.paybackDate).toBeNull();
    expect(flows.reduce((s, f) => s + f, 0)).toBeCloseTo(-25_449.2, 1);
    expect(weekHashprice(START, DAYS - 1, 3.125)).toBeGreaterThan(weekHashprice(START, 0, 3.125));
    flows[DAYS - 1] += 0.8 * 68_000;
    expect(summary.headline.npvUsd.quantiles.p50).toBeCloseTo(npvOf(flows, 0.1), 6);
    expect(npvOf(flows, 0.1)).toBeCloseTo(22_021.06, 2);
    // The equity: the project's flows with the hedges' on their days.
    const equity = flows.map((f, d) => f + hedge[d]);
    expect(summary.actual!.equity!.npvUsd!).toBeCloseTo(npvOf(equity, 0.1), 6);
    expect(npvOf(equity, 0.1)).toBeCloseTo(26_457.07, 2);
    expect(summary.actual!.equity!.irr!).toBeCloseTo(irrOf(equity), 6);
    expect(irrOf(equity)).toBeCloseTo(0.7313, 4);
  });
});
