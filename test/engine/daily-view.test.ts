// The daily view of a run: the start day's figures held fixed for one machine of each cohort, in
// summary.json next to the Monte Carlo answer, first in the report and the terminal headline.
import { describe, expect, it } from 'vitest';
import { headlineTable } from '../../src/cli/headline.js';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { dailyViewMessages as m } from '../../src/messages/daily-view.js';
import { headlineTables } from '../../src/report/headline.js';
import { loadScenario, scenarioOf } from '../fixtures/scenarios.js';

// Ten S9s (13.5 TH/s, 1,323 W) on 2017-05-17 at difficulty 5.5e11, 1,800 USD, 0.5 BTC of fees a
// block and the 12.5 BTC subsidy, 0.05 USD/kWh, 2 % pool fee, 10 USD/kW/month on nameplate.
const TEXT = `
name: daily-view
start: 2017-05-17
horizon: 2 years
fleet:
  - { model: Antminer S9, count: 10, unitPrice: 2400 USD }
power: { price: 0.05 USD/kWh, hosting: 10 USD/kW/month }
costs: { poolFee: 2 %, fixed: 300 USD/month }
network: { difficulty: 5.5e11, hashrate: 4 EH/s, model: { type: growth, rate: 50 % } }
fees: { model: { type: per-block, amount: 0.5 } }
price: { start: 1800 USD, model: { type: gbm, drift: 40 %, volatility: 80 % } }
monteCarlo: { paths: 200 }
`;

describe('the daily view of a run', () => {
  it('runMonteCarlo() puts the start day held fixed, computed by hand, next to the paths’ payback', async () => {
    const result = await runMonteCarlo(await scenarioOf(TEXT), { paths: 200, workers: 1, breakEvenPaths: 0 });
    const view = result.summary.dailyView!;
    const btcPerDay = (13.5e12 * 86_400 * 13) / (5.5e11 * 2 ** 32);
    const revenue = btcPerDay * 1800 * 0.98;
    const power = 1.323 * 24 * 0.05;
    const hosting = (1.323 * 10 * 12) / 365.25;
    expect(view.hashpriceUsd).toBeCloseTo((btcPerDay / 13.5e12) * 1e15 * 1800, 9);
    expect(view.cohorts[0].revenueUsd).toBeCloseTo(revenue, 9);
    expect(view.cohorts[0].powerUsd).toBeCloseTo(power, 12);
    expect(view.cohorts[0].hostingUsd).toBeCloseTo(hosting, 12);
    expect(view.cohorts[0].profitUsd).toBeCloseTo(revenue - power - hosting, 9);
    expect(view.cohorts[0].breakEvenPriceUsd).toBeCloseTo((1800 * (power + hosting)) / revenue, 6);
    expect(view.fleet.profitUsd).toBeCloseTo(10 * (revenue - power - hosting) - (300 * 12) / 365.25, 8);
    expect(view.fleet.paybackDays).toBeCloseTo(24_000 / view.fleet.profitUsd, 8);
    expect(view.monteCarlo.paybackDaysP50).toBe(result.summary.headline.paybackDays.quantiles.p50);
    const byThen = Array.from(result.outcomes.paybackDay).filter((d) => d <= view.fleet.paybackDays!).length;
    expect(view.monteCarlo.paidBackByThen).toBeCloseTo(byThen / 200, 12);
    expect(headlineTables(result.summary)[0].title).toContain('held fixed');
    const lines = headlineTable(result.summary).split('\n');
    expect(lines[1]).toMatch(/^At 2017-05-17 held fixed/);
  }, 60_000);

  it('runMonteCarlo() of a revenue share with a waterfall writes the revenue before the share and the share as hosting: the rows add up in summary.json, the headline and the report', async () => {
    const s = await loadScenario('s21-fleet-2026', (d) => {
      d.power.hosting = { basis: 'revenue-share', share: '30 %', waterfall: { after: '50 %' } };
    });
    const result = await runMonteCarlo(s, { paths: 20, workers: 1, breakEvenPaths: 0 });
    const view = result.summary.dailyView!;
    const c = view.cohorts[0];
    // One S21 at 95 % uptime and a 2 % pool fee: 0.2 PH/s x hashprice x 0.95 x 0.98.
    const revenue = 0.2 * view.hashpriceUsd * 0.95 * 0.98;
    expect(c.revenueUsd).toBeCloseTo(revenue, 12);
    expect(c.powerUsd).toBeCloseTo(3.5 * 24 * 0.045 * 1.05 * 0.95, 12);
    expect(c.hostingUsd).toBeCloseTo(0.3 * revenue, 12);
    expect(c.profitUsd).toBeCloseTo(c.revenueUsd - c.powerUsd - c.hostingUsd, 12);
    expect(view.hosting).toEqual({
      basis: 'revenue-share',
      allInUsdPerKwh: null,
      siteShare: 0.3,
      siteShareAfter: 0.5,
    });
    const label = m.shareHostingRow('30 %', '50 %');
    const table = headlineTables(result.summary)[0];
    expect(table.rows.find((r) => r[0] === label)?.[1]).toBe('1.963');
    expect(table.rows.find((r) => r[0] === m.revenueRow())?.[1]).toBe('6.543');
    expect(table.rows.find((r) => r[0] === m.profitRow())?.[1]).toBe('0.8095');
    expect(headlineTable(result.summary)).toMatch(new RegExp(`${label.replace(/[()]/g, '\\$&')} +1\\.963\n`));
  }, 60_000);

  it('runMonteCarlo() of an all-in rate names the rate in the conditions and marks the power as in the hosting row', async () => {
    const s = await loadScenario('s21-fleet-2026', (d) => {
      d.power.price = '0 USD/kWh';
      d.power.hosting = { basis: 'all-in', rate: '0.075 USD/kWh' };
    });
    const result = await runMonteCarlo(s, { paths: 20, workers: 1, breakEvenPaths: 0 });
    const view = result.summary.dailyView!;
    const c = view.cohorts[0];
    expect(view.tariffUsdPerKwh).toBe(0);
    expect(view.hosting).toMatchObject({ basis: 'all-in', allInUsdPerKwh: expect.closeTo(0.075, 12) });
    expect(c.powerUsd).toBe(0);
    // The all-in rate is on the power drawn, the site's cooling in it: 3.5 kW x 0.95 x 24 h x 0.075.
    expect(c.hostingUsd).toBeCloseTo(3.5 * 0.95 * 24 * 0.075, 12);
    expect(c.profitUsd).toBeCloseTo(c.revenueUsd - c.hostingUsd, 12);
    const text = headlineTable(result.summary);
    expect(text).toContain(m.allInRate('0.075 USD/kWh'));
    expect(text).not.toMatch(/tariff 0 USD\/kWh/);
    expect(text).toMatch(new RegExp(`Power \\(USD/day\\) +${m.powerInAllIn()}\n`));
    const table = headlineTables(result.summary)[0];
    expect(table.note).toContain(m.allInRate('0.075 USD/kWh'));
    expect(table.rows.find((r) => r[0] === m.powerRow())?.[1]).toBe(m.powerInAllIn());
    expect(table.rows.find((r) => r[0] === m.allInHostingRow())?.[1]).toBe('5.985');
  }, 60_000);
});
