// A fleet's days in a back-test against a hand computation from data/btc-daily.csv, read here
// with a few lines of code of its own: coins = hashrate x 86,400 / (difficulty x 2^32) x
// (subsidy + the day's fees / its blocks) x (1 - pool fee); power = kW x uptime x 24 h x PUE x
// the day's tariff; capex = units x price x (1 + premium) + setup on the purchase day; expected
// survivors (1 - p)^d with p = 1 - (1 - failureRate)^(1/365.25), wear (1 - degradation)^(d/365.25);
// maintenance a unit a day = a month's / 30.4375; a retired cohort's survivors sold that day at
// the fixed salvage share of the unit price. Every figure is worked out from the scenario's terms
// as documented, not from minesim's code.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runBacktest } from '../../src/engine/backtest/backtest.js';
import { loadCompileInputs } from '../../src/engine/compile/inputs.js';
import { scenarioOf } from '../fixtures/scenarios.js';

const SCENARIO = `
name: fleet-hand
start: 2019-01-01
horizon: 60 days
fleet:
  - { name: a, model: Antminer S9, count: 10, unitPrice: 300 USD, uptime: 90 %, failureRate: 20 %, degradation: 10 %, retire: 2019-02-10 }
  - { name: b, hashrate: 14 TH/s, power: 1400 W, count: 4, unitPrice: 500 USD, importPremium: 10 %, setupCost: 100 USD, purchased: 2019-01-05, deploymentDelay: 3 days }
power: { price: { schedule: [ { from: 2019-01-01, price: 0.05 }, { from: 2019-01-20, price: 0.08 } ] }, pue: 1.1 }
costs: { poolFee: 2 %, maintenance: 3 USD/month, fixed: 30 USD/month }
network: { model: { type: historical } }
fees: { model: { type: historical } }
price: { model: { type: historical } }
money: { salvage: { model: fixed, fraction: 50 % } }
`;

/** The shipped history's rows by date: price, difficulty, blocks and fees of the day. */
function historyRows(): Map<string, { price: number; difficulty: number; blocks: number; fees: number }> {
  const [header, ...lines] = readFileSync(new URL('../../data/btc-daily.csv', import.meta.url), 'utf8')
    .trimEnd()
    .split('\n')
    .map((l) => l.split(','));
  const at = (row: string[], name: string) => Number(row[header.indexOf(name)]);
  return new Map(
    lines.map((row) => [
      row[0],
      {
        price: at(row, 'price_usd'),
        difficulty: at(row, 'difficulty_mean'),
        blocks: at(row, 'block_count'),
        fees: at(row, 'fees_btc'),
      },
    ]),
  );
}

describe('a back-test of two cohorts by hand', () => {
  it('runBacktest() mines, pays and keeps cash on each of 60 days as the hand computation from data/btc-daily.csv', async () => {
    const s = await scenarioOf(SCENARIO);
    const b = runBacktest(s, await loadCompileInputs(s));
    const trace = b.trace;
    const rows = historyRows();
    const survive = (0.8 ** (1 / 365.25)) as number;
    const wear = (0.9 ** (1 / 365.25)) as number;
    let cash = 0;
    for (let d = 0; d < 60; d++) {
      const date = new Date(Date.UTC(2019, 0, 1 + d)).toISOString().slice(0, 10);
      const day = rows.get(date)!;
      // Block subsidy 12.5 BTC all through (the halving of 2020-05 is far off).
      const coinsPerHs = (86_400 / (day.difficulty * 2 ** 32)) * (12.5 + day.fees / day.blocks);
      const tariff = date < '2019-01-20' ? 0.05 : 0.08;
      // Cohort a: running days 0..39 (retired on day 40, 2019-02-10); b: from day 7 (2019-01-08).
      const unitsA = 10 * survive ** d;
      const runsA = d < 40;
      const runsB = d >= 7;
      const hashrate = (runsA ? unitsA * 13.5e12 * 0.9 * wear ** d : 0) + (runsB ? 4 * 14e12 : 0);
      const coins = hashrate * coinsPerHs * 0.98;
      const power = ((runsA ? unitsA * 1.323 * 0.9 : 0) + (runsB ? 4 * 1.4 : 0)) * 24 * 1.1 * tariff;
      const maintenance = ((runsA ? unitsA : 0) + (runsB ? 4 : 0)) * (3 / 30.4375);
      const capex = d === 0 ? 10 * 300 : d === 4 ? 4 * 500 * 1.1 + 100 : 0;
      const salvage = d === 40 ? 0.5 * 300 * unitsA : 0;
      cash += coins * day.price - power - maintenance - 30 / 30.4375 - capex + salvage;
      expect(trace!.coinsMined[d]).toBeCloseTo(coins, 12);
      expect(trace!.powerUsd[d]).toBeCloseTo(power, 9);
      expect(trace!.maintenanceUsd[d]).toBeCloseTo(maintenance, 9);
      expect(trace!.capexUsd[d]).toBeCloseTo(capex, 9);
      expect(trace!.salvageUsd[d]).toBeCloseTo(salvage, 9);
      expect(trace!.cashUsd[d]).toBeCloseTo(cash, 6);
    }
    // Day 0 by hand: 1.215e14 H/s x 86,400 / (5,618,595,848,853 x 2^32) x (12.5 + 11.2635 / 149)
    // x 0.98 = 0.0053610 BTC at 3,808.12 USD = 20.4158 USD; power 11.907 kW x 24 h x 1.1 x 0.05
    // = 15.7172 USD; cash -3,000 + 20.4158 - 15.7172 - 0.9856 - 0.9856 = -2,997.2726 USD.
    expect(trace!.cashUsd[0]).toBeCloseTo(-2997.2726, 3);
    // The sale on 2019-02-10: 10 x 0.8^(40/365.25) = 9.7587 units x 150 USD = 1,463.79 USD.
    expect(trace!.salvageUsd[40]).toBeCloseTo(1463.788, 2);
  });
});
