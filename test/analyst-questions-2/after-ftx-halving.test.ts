// An analyst's question: 50 Antminer S19j Pros (100 TH/s, 3,050 W) bought on 2022-11-15, a week
// after FTX failed, at 15.71 USD/TH (1,571 USD), held two years at 0.06 USD/kWh through the April
// 2024 halving. By hand from data/btc-daily.csv and ../shared/DOMAIN.md: the start's hashprice and
// fee share, the halving the calculator's view dates at the target 144 blocks a day from the
// start's height, the halving day of the replay (the data's day: 2024-04-19 issued 931.25 BTC in
// 151 blocks, 147 at 6.25 and 4 at 3.125, so block 840,000 falls on it in the data, where the
// chain's header time put it at 00:09 UTC on 2024-04-20), the subsidy after it, the fees, the revenue
// on the days around it, and the payback, net, NPV and IRR with the hashprice-linked resale.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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

const START = '2022-11-15';
const DAYS = 731;
const file = () =>
  scenarioFile(
    'after-ftx-2022-11',
    `name: s19jpro-after-ftx-2022-11
start: ${START}
horizon: 2 years
fleet:
  - { model: Antminer S19j Pro, count: 50, unitPrice: 1571 USD }
power: { price: 0.06 USD/kWh }
costs: { poolFee: 2 % }
`,
  );

const FLEET_HS = 50 * 100e12;
const POWER_USD = 50 * 3.05 * 24 * 0.06; // 219.6 USD a day

describe('an S19j Pro fleet bought after FTX, through the 2024 halving', { timeout: 60_000 }, () => {
  it('minesim backtest: the start, the halving day and the days around it, and the outcome agree with the hand computation', async () => {
    const { summary, folder } = await backtest(file());
    const view = summary.dailyView!;
    // The start: the fee model's share is the 90 days' fees over their issuance, 1.49 %.
    let fees = 0;
    let issued = 0;
    for (let k = 1; k <= 90; k++) {
      fees += day(dateAfter(START, -k)).fees;
      issued += day(dateAfter(START, -k)).issuance;
    }
    expect(view.fees!.share).toBeCloseTo(fees / issued, 12);
    expect(fees / issued).toBeCloseTo(0.014877, 6);
    const d0 = day(START);
    const hashprice = (1e15 * 86_400 * 6.25 * (1 + fees / issued) * d0.price) / (d0.difficulty * 2 ** 32);
    expect(view.hashpriceUsd).toBeCloseTo(hashprice, 9);
    expect(hashprice).toBeCloseTo(58.5, 1);
    // Held fixed, block 840,000 is (840,000 - 763,200) / 144 = 533.3 days away: 2024-05-01.
    expect(view.halving).toMatchObject({ height: 840_000, date: '2024-05-01', rewardAfter: 3.125 });
    expect(view.halving!.day).toBeCloseTo(76_800 / 144, 9);
    // The replay: the halving on the data's 2024-04-19, 3.125 BTC a block from 2024-04-20.
    expect(summary.events).toContainEqual({ date: '2024-04-19', label: 'halving 4', kind: 'halving' });
    const lines = readFileSync(join(folder, 'daily.csv'), 'utf8').trim().split('\n');
    const head = lines[0].split(',');
    const row = (date: string) => {
      const cells = lines.find((l) => l.startsWith(date))!.split(',');
      return Object.fromEntries(head.map((h, i) => [h, Number(cells[i])]));
    };
    expect(day('2024-04-19').issuance).toBe(147 * 6.25 + 4 * 3.125);
    const expected: [string, number, number][] = [
      // date, subsidy a block, revenue USD (after the 2 % pool fee)
      ['2024-04-18', 6.25, 506.4754],
      ['2024-04-19', 931.25 / 151, 535.3608],
      ['2024-04-20', 3.125, 918.7696], // the halving's fee spike: 9.28 BTC a block
      ['2024-04-21', 3.125, 409.3194],
    ];
    for (const [date, subsidy, revenue] of expected) {
      const r = row(date);
      expect(r.subsidy_btc_per_block).toBeCloseTo(subsidy, 6);
      const hand = FLEET_HS * coinsPerHs(date) * day(date).price * 0.98;
      expect(hand).toBeCloseTo(revenue, 3);
      expect(r.revenue_usd).toBeCloseTo(hand, 5);
      expect(r.power_usd).toBeCloseTo(POWER_USD, 9);
    }
    expect(day('2024-04-20').fees / day('2024-04-20').blocks).toBeCloseTo(9.2805, 4);
    // The outcome: paid back on day 502 (2024-03-31), before the halving; the resale at the horizon
    // is 80 % of the capex times the week's hashprice at 3.125 BTC over the start's at 6.25.
    const flows: number[] = [];
    for (let d = 0; d < DAYS; d++) {
      const date = dateAfter(START, d);
      flows.push(FLEET_HS * coinsPerHs(date) * day(date).price * 0.98 - POWER_USD);
    }
    flows[0] -= 78_550;
    expect(paybackDay(flows)).toBe(502);
    expect(summary.actual!.paybackDate).toBe('2024-03-31');
    const net = flows.reduce((s, f) => s + f, 0);
    expect(net).toBeCloseTo(11_102.82, 2);
    expect(summary.headline.netAtHorizonUsd.quantiles.p50).toBeCloseTo(net, 6);
    const resale =
      0.8 * 78_550 * Math.min(1, weekHashprice(START, DAYS - 1, 3.125) / weekHashprice(START, 0, 6.25));
    expect(resale).toBeCloseTo(57_365.26, 2);
    flows[DAYS - 1] += resale;
    expect(summary.headline.npvUsd.quantiles.p50).toBeCloseTo(npvOf(flows, 0.1), 6);
    expect(summary.headline.irr.quantiles.p50).toBeCloseTo(irrOf(flows), 6);
    expect(irrOf(flows)).toBeCloseTo(0.6878, 4);
  });
});
