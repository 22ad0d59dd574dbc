// An analyst's question: ten Antminer S19s (95 TH/s, 3,250 W) for a site at 0.05 USD/kWh from
// 2021-06-01, the month the ASIC price index stood near 119 USD/TH (DOMAIN.md): buy them at 7,000
// USD each (70,000 USD), or lease them for 24 monthly payments of 3,200 USD in arrears with a
// 10,000 USD buyout (86,800 USD in all), and run them three years. Which pays back sooner, and what
// is each NPV at 10 %? By hand from data/btc-daily.csv: the fleet's daily profit after the 2 % pool
// fee and 39 USD of power, the lease's payments on days round(k x 30.4375) after the start, the
// buyout with the 24th, and the machines valued at the horizon at 80 % of their price times the
// week's hashprice then (at the 3.125 BTC subsidy since the April 2024 halving) over the
// start's. Buying pays back on 2022-04-13 (day 316); the lease never puts the owners' money at
// stake (the running sum is lowest, about 973 USD, on the buyout day), yet buying is worth more:
// NPV 33,762 against 25,853 USD. summary.md's "Project and equity" table prints the lease's
// equity payback as "0" days where its financing section says "nothing to pay back".
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

const START = '2021-06-01';
const DAYS = 1096; // 3 years of 365.25 days
const UNITS = 10;
const CAPEX = UNITS * 7000;
const scenario = (lease: boolean) =>
  `name: s19-${lease ? 'lease' : 'buy'}-2021
start: ${START}
horizon: 3 years
fleet:
  - { name: s19, model: Antminer S19, count: ${UNITS}, unitPrice: 7000 USD }
power: { price: 0.05 USD/kWh }
costs: { poolFee: 2 % }
${lease ? 'finance:\n  leases:\n    - { cohort: s19, payment: 3200 USD/month, term: 24 months, residual: 10000 USD }\n' : ''}`;

/** The project's daily flows (bought with cash), the resale at the horizon apart. */
function project() {
  const flows: number[] = [];
  for (let d = 0; d < DAYS; d++) {
    const date = dateAfter(START, d);
    flows.push(UNITS * 95e12 * coinsPerHs(date) * day(date).price * 0.98 - UNITS * 3.25 * 24 * 0.05);
  }
  flows[0] -= CAPEX;
  const resale =
    0.8 * CAPEX * Math.min(1, weekHashprice(START, DAYS - 1, 3.125) / weekHashprice(START, 0, 6.25));
  return { flows, resale };
}

/** The owners' flows under the lease: no capex, 24 payments in arrears, the buyout with the last. */
function leased(p: ReturnType<typeof project>) {
  const flows = p.flows.slice();
  flows[0] += CAPEX;
  for (let k = 1; k <= 24; k++) flows[Math.round(k * (365.25 / 12))] -= 3200 + (k === 24 ? 10_000 : 0);
  return flows;
}

describe('ten S19s in June 2021: bought or leased', { timeout: 60_000 }, () => {
  it('minesim backtest: each payback and NPV agree with the hand computation', async () => {
    const p = project();
    const withResale = (f: number[]) => f.map((v, d) => v + (d === DAYS - 1 ? p.resale : 0));
    const bought = await backtest(scenarioFile('s19-buy-2021', scenario(false)));
    // Bought: paid back on 2022-04-13 (day 316), NPV 33,762 USD, IRR 79.7 % a year.
    expect(paybackDay(p.flows)).toBe(316);
    expect(bought.summary.actual!.paybackDate).toBe('2022-04-13');
    expect(npvOf(withResale(p.flows), 0.1)).toBeCloseTo(33_762.2, 1);
    expect(bought.summary.headline.npvUsd.quantiles.p50).toBeCloseTo(npvOf(withResale(p.flows), 0.1), 4);
    expect(bought.summary.headline.irr.quantiles.p50).toBeCloseTo(irrOf(withResale(p.flows)), 6);
    // Leased: the project is the same; the owners' running sum never falls below zero, so the
    // equity has nothing at stake (summary.json dates its payback on the start day, as documented).
    const lease = await backtest(scenarioFile('s19-lease-2021', scenario(true)));
    const e = leased(p);
    expect(lease.summary.headline.npvUsd.quantiles.p50).toBeCloseTo(
      bought.summary.headline.npvUsd.quantiles.p50!,
      6,
    );
    const running: number[] = [];
    for (const f of e) running.push((running.at(-1) ?? 0) + f);
    expect(Math.min(...running)).toBeGreaterThan(0);
    // Closest to zero on the buyout day, 2023-06-02 (day 731): 24th payment and buyout 13,200 USD.
    expect(running[730]).toBeCloseTo(14_145.15, 1);
    expect(running[731]).toBeCloseTo(972.98, 1);
    expect(lease.summary.actual!.equity!.paybackDate).toBe(START);
    expect(lease.text).toMatch(/equity payback +nothing at stake \(the equity never below zero\)/);
    // summary.md's Project and equity table says the same, not a payback on day "0".
    expect(readFileSync(join(lease.folder, 'summary.md'), 'utf8')).toContain(
      '| Payback, equity (days) | nothing at stake (the equity never below zero) |',
    );
    expect(npvOf(withResale(e), 0.1)).toBeCloseTo(25_852.75, 1);
    expect(lease.summary.actual!.equity!.npvUsd!).toBeCloseTo(npvOf(withResale(e), 0.1), 4);
    // No rate zeroes flows that never go below zero.
    expect(lease.summary.actual!.equity!.irr).toBeNull();
  });
});
