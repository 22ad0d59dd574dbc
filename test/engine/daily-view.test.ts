// The daily view of a run: the start day's figures held fixed for one machine of each cohort, in
// summary.json next to the Monte Carlo answer, first in the report and the terminal headline.
import { describe, expect, it } from 'vitest';
import { headlineTable } from '../../src/cli/headline.js';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { headlineTables } from '../../src/report/headline.js';
import { scenarioOf } from '../fixtures/scenarios.js';

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
});
