// An analyst's question: 100 Antminer S19 XPs (140 TH/s, 3,010 W) at 2,500 USD each on a
// Texas-style tariff from 2023-01-01 for two years: 0.045 USD/kWh, 0.065 USD/kWh from June to
// September, a PUE of 1.05, and a demand-response program that calls 20 hours of downtime a month
// and pays 60 USD for each MWh not drawn (DOMAIN.md: a large US miner reports its cost of power net
// of such credits). The machines hash 95 % of the time, the 20 hours included. What did the power
// cost net of the credits, and when did the fleet pay back? By hand from data/btc-daily.csv: the
// day's power, 100 x 3.01 kW x 1.05 x 24 h x 95 % at the day's tariff; the day's credit, the
// budget's share of a day (20 h / 30.4375 days) x 316.05 kW / 1000 x 60 USD/MWh = 12.46 USD; the
// day's revenue on 95 % of 14 PH/s after the 2 % pool fee.
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
} from '../analyst-questions-2/hand.js';

const { backtest, scenarioFile } = useScratchFolder({ charts: false });

const START = '2023-01-01';
const DAYS = 731;
const CAPEX = 100 * 2500;
const file = () =>
  scenarioFile(
    'texas-curtailment',
    `name: texas-curtailment
start: ${START}
horizon: 2 years
fleet:
  - { name: s19xp, model: Antminer S19 XP, count: 100, unitPrice: 2500 USD, uptime: 95 % }
power:
  price:
    schedule:
      - { from: 2023-01-01, price: 0.045 USD/kWh }
      - { from: 2023-06-01, price: 0.065 USD/kWh }
      - { from: 2023-10-01, price: 0.045 USD/kWh }
      - { from: 2024-06-01, price: 0.065 USD/kWh }
      - { from: 2024-10-01, price: 0.045 USD/kWh }
  pue: 1.05
  curtailment: { credit: 60 USD/MWh, budget: 20 hours }
costs: { poolFee: 2 % }
`,
  );

const tariff = (date: string) =>
  (date >= '2023-06-01' && date < '2023-10-01') || (date >= '2024-06-01' && date < '2024-10-01')
    ? 0.065
    : 0.045;
const KW = 100 * 3.01 * 1.05; // the facility's draw while the machines run

describe('S19 XPs on a Texas-style tariff with curtailment credits', { timeout: 60_000 }, () => {
  it('minesim backtest: the cost of power net of credits, the payback, net and NPV agree with the hand computation', async () => {
    const { summary, folder } = await backtest(file());
    const credit = ((KW * 20) / (365.25 / 12) / 1000) * 60;
    expect(credit).toBeCloseTo(12.4603, 4);
    let power = 0;
    const flows: number[] = [];
    for (let d = 0; d < DAYS; d++) {
      const date = dateAfter(START, d);
      const bill = KW * 24 * 0.95 * tariff(date);
      power += bill;
      flows.push(100 * 140e12 * 0.95 * coinsPerHs(date) * day(date).price * 0.98 - bill + credit);
    }
    flows[0] -= CAPEX;
    // 272,204 USD of power less 9,108 USD of credits: 263,096 USD.
    expect(power).toBeCloseTo(272_204.38, 2);
    expect(credit * DAYS).toBeCloseTo(9_108.47, 2);
    expect(summary.headline.powerCostNetUsd!.quantiles.p50).toBeCloseTo(power - credit * DAYS, 4);
    const lines = readFileSync(join(folder, 'summary.md'), 'utf8');
    expect(lines).toContain('| Cost of power, net of curtailment credits (USD) | 263,096 |');
    // The credits themselves (which no output gave): 9,108 USD, beside the power bill they offset.
    expect(summary.actual!.curtailmentCreditsUsd!).toBeCloseTo(credit * DAYS, 4);
    expect(lines).toContain('| Curtailment credits earned, netted in the cost of power (USD) | 9,108 |');
    // Paid back on 2024-02-01 (day 396); net 151,990 USD.
    expect(paybackDay(flows)).toBe(396);
    expect(summary.actual!.paybackDate).toBe('2024-02-01');
    const net = flows.reduce((s, f) => s + f, 0);
    expect(summary.actual!.netUsd.at(-1)).toBeCloseTo(net, 4);
    // With the machines valued at the horizon (the halving between: 3.125 BTC a block then).
    const resale =
      0.8 * CAPEX * Math.min(1, weekHashprice(START, DAYS - 1, 3.125) / weekHashprice(START, 0, 6.25));
    flows[DAYS - 1] += resale;
    expect(summary.headline.npvUsd.quantiles.p50).toBeCloseTo(npvOf(flows, 0.1), 4);
    expect(summary.headline.irr.quantiles.p50).toBeCloseTo(irrOf(flows), 6);
  });
});
