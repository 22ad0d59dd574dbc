// An analyst's question: what did a coin cost to mine, quarter by quarter in the second half of 2024,
// for ten Antminer S19s (95 TH/s, 3,250 W) at 0.065 USD/kWh with 10 USD a month of maintenance a
// machine, switched off on the days their coins were worth less than their power, cash and all-in
// with depreciation (straight line over 4 years, a whole year's in 2024), beside the listed miners'
// (CoinShares, DOMAIN.md: a cash cost of 55.95 k USD in Q3 and 82.2 k in Q4; 106 k and 137 k with
// depreciation and stock pay)? And what is printed for a quarter in which the fleet mines nothing?
// By hand from data/btc-daily.csv: a machine's day is off where 95 TH/s x the day's coins per H/s
// after the 2 % pool fee x the day's price is below 3.25 kW x 24 h x 0.065 USD/kWh = 5.07 USD. In
// Q3 every one of the 92 days is off: no coin, yet 302.26 USD of maintenance (paid on days off
// too), so the cash cost per coin is infinite: printed "no coin mined" (summary.json's quantiles
// null with `infinite: 1`), not a number. In Q4 the price's rise after the election turns 49 days
// on: 0.0284 BTC, a cash cost of 98,116 USD a coin (its power, 2,484.30 USD, and the quarter's
// maintenance over the coins), 19 % above the listed miners' 82.2 k, and all-in 230,156 USD with
// the year's 3,750 USD of depreciation counted in one quarter. The machine's efficiency, 34.2 J/TH,
// is what puts it above them: the listed fleets averaged about 28 J/TH (Cambridge, DOMAIN.md).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coinsPerHs, dateAfter, day, useScratchFolder } from '../analyst-questions-2/hand.js';

const { backtest, scenarioFile } = useScratchFolder({ charts: false });

const DAYS = 92;
const CAPEX = 10 * 1500;
const POWER = 3.25 * 24 * 0.065; // 5.07 USD a machine a day
const MAINTENANCE = (10 * 10) / (365.25 / 12); // the fleet's, a day
const file = (start: string) =>
  scenarioFile(
    `s19-shutdown-${start}`,
    `name: s19-shutdown-${start}
start: ${start}
horizon: ${DAYS} days
fleet:
  - { name: s19, model: Antminer S19, count: 10, unitPrice: 1500 USD }
power: { price: 0.065 USD/kWh }
costs: { poolFee: 2 %, maintenance: 10 USD/month }
operation: shutdown-when-unprofitable
finance:
  tax: { rate: 21 %, depreciation: { method: straight-line, lifeYears: 4 } }
`,
  );

/** The quarter by hand: the days on, the coins, the power and the maintenance. */
function quarter(start: string) {
  let on = 0;
  let coins = 0;
  let power = 0;
  for (let d = 0; d < DAYS; d++) {
    const date = dateAfter(start, d);
    const unitCoins = 95e12 * coinsPerHs(date) * 0.98;
    if (unitCoins * day(date).price < POWER) continue;
    on++;
    coins += 10 * unitCoins;
    power += 10 * POWER;
  }
  const cash = power + DAYS * MAINTENANCE;
  return { on, coins, power, cash };
}

describe('the cost to mine a coin with S19s switched off on unprofitable days, 2024 quarter by quarter', {
  timeout: 60_000,
}, () => {
  it('minesim backtest, Q4 2024: the days on, the coins and the cash and all-in costs per coin agree with the hand computation', async () => {
    const q = quarter('2024-10-01');
    expect(q.on).toBe(49);
    expect(q.power).toBeCloseTo(2_484.3, 6);
    const { summary, text } = await backtest(file('2024-10-01'));
    const h = summary.headline;
    expect(h.coinsMined.quantiles.p50).toBeCloseTo(q.coins, 10);
    expect(h.powerCostNetUsd!.quantiles.p50).toBeCloseTo(q.power, 6);
    expect(h.cashCostPerCoinUsd!.quantiles.p50).toBeCloseTo(q.cash / q.coins, 4);
    expect(h.allInCostPerCoinUsd!.quantiles.p50).toBeCloseTo((q.cash + CAPEX / 4) / q.coins, 4);
    expect(Math.round(q.cash / q.coins)).toBe(98_116);
    expect(Math.round((q.cash + CAPEX / 4) / q.coins)).toBe(230_156);
    expect(q.cash / q.coins / 82_200).toBeCloseTo(1.19, 2);
    expect(text).toMatch(
      /cost per coin cash \/ all-in with tax \(not book\) depreciation +98,116 USD \/ 230,156 USD/,
    );
  });

  it('minesim backtest, Q3 2024: no day on, no coin, its costs paid: the cost per coin is said to be infinite, not a number', async () => {
    const q = quarter('2024-07-01');
    expect(q.on).toBe(0);
    expect(DAYS * MAINTENANCE).toBeCloseTo(302.26, 2);
    const { summary, text, folder } = await backtest(file('2024-07-01'));
    const h = summary.headline;
    expect(h.coinsMined.quantiles.p50).toBe(0);
    expect(h.powerCostNetUsd!.quantiles.p50).toBe(0);
    for (const measure of [h.cashCostPerCoinUsd!, h.allInCostPerCoinUsd!, h.costPerCoinUsd]) {
      expect(measure.quantiles.p50).toBeNull();
      expect(measure.infinite).toBe(1);
    }
    // The net position: the capex and the maintenance of days the machines were off.
    expect(summary.actual!.netUsd.at(-1)).toBeCloseTo(-CAPEX - DAYS * MAINTENANCE, 6);
    expect(text).toMatch(
      /cost per coin cash \/ all-in with tax \(not book\) depreciation +no coin mined \/ no coin mined/,
    );
    expect(readFileSync(join(folder, 'summary.md'), 'utf8')).toContain(
      '| Cash cost per coin (USD/BTC), 1 of 1 path mined no coin (infinite, ranked last) | no coin mined |',
    );
  });
});
