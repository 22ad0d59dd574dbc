// Under an all-in hosting rate the rate pays for the power (power.price must be 0), so the cost of
// power a run reports is what the rate charges, net of the curtailment credits. By hand (every path
// the same: a fixed price, a network of constant hashrate): ten S21s (3.5 kW) at 97 % uptime draw
// 10 x 3.5 x 0.97 x 24 = 814.8 kWh a day, at 0.06 USD/kWh 48.888 USD a day, 17,844.12 USD over 365
// days; 20 hours a month of curtailment at 60 USD/MWh and PUE 1.2 earn 10 x 3.5 x 1.2 x (20 /
// 30.4375) x 0.06 = 1.655852 USD a day, 604.386 USD over the year: 17,239.73 USD net. Earlier
// builds counted the all-in fee as hosting and the power bill as 0, and printed "Cost of power, net
// of curtailment credits: -604 USD" (the credits alone), with a power cost of 0 USD a day in the
// timeline and the revenue-vs-power chart, for a fleet paying 48.888 USD a day for its power.
import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { headlineTables } from '../../src/report/headline.js';
import { scenarioOf } from '../fixtures/scenarios.js';

const MONTH_DAYS = 365.25 / 12;
const FEE_A_DAY = 10 * 3.5 * 0.97 * 24 * 0.06;
const CREDIT_A_DAY = (10 * 3.5 * 1.2 * 20 * 0.06) / MONTH_DAYS;

const text = (hosting: string, price: string) => `
name: all-in-power-cost
start: 2025-01-01
horizon: 365 days
fleet:
  - { model: Antminer S21, count: 10, unitPrice: 3000 USD, uptime: 97 % }
power:
  price: ${price}
  pue: 1.2
  hosting: ${hosting}
  curtailment: { credit: 60 USD/MWh, budget: 20 hours }
costs: { poolFee: 2 % }
network: { difficulty: 100 T, hashrate: 715.82788266666667 EH/s, model: { type: growth, rate: 0 % } }
fees: { model: { type: per-block, amount: 0.1 } }
price: { start: 90000 USD, model: { type: fixed } }
money: { salvage: { model: none } }
monteCarlo: { paths: 2, seed: 7 }
`;

describe('the cost of power under an all-in hosting rate', () => {
  it('runMonteCarlo() counts the all-in fee as the cost of power: 17,239.73 USD net of credits, not -604.39', async () => {
    const { summary, outcomes } = await runMonteCarlo(
      await scenarioOf(text('{ basis: all-in, rate: 0.06 USD/kWh }', '0 USD/kWh')),
      { paths: 2, workers: 1, breakEvenPaths: 0 },
    );
    const net = 365 * (FEE_A_DAY - CREDIT_A_DAY);
    expect(net).toBeCloseTo(17_239.73, 2);
    expect(outcomes.powerCostNetUsd[0]).toBeCloseTo(net, 6);
    expect(summary.headline.powerCostNetUsd.quantiles.p50).toBeCloseTo(net, 6);
    // The timeline's power cost a day (and the revenue-vs-power chart drawn from it) is the fee.
    for (const cost of summary.timeline.powerCostUsdPerDay.p50) expect(cost).toBeCloseTo(FEE_A_DAY, 9);
    // The returns table names the rate.
    const returns = headlineTables(summary).flatMap((t) => t.rows);
    const row = returns.find((r) => r[0].startsWith('Cost of power'))!;
    expect(row[0]).toContain('all-in');
  });

  it('runMonteCarlo() keeps the net position of the same fleet paying its power at a tariff of 0.05 and 0.01 USD/kWh of hosting', async () => {
    // The same cash either way: an all-in rate of 0.06 per kWh drawn costs what a tariff of
    // 0.05 / 1.2 (per facility kWh, PUE 1.2) and a metered 0.01 USD/kWh x 24 h a day of hosting do.
    const allIn = await runMonteCarlo(
      await scenarioOf(text('{ basis: all-in, rate: 0.06 USD/kWh }', '0 USD/kWh')),
      { paths: 1, workers: 1, breakEvenPaths: 0 },
    );
    const split = await runMonteCarlo(
      await scenarioOf(
        text('{ basis: per-kw, on: metered, rate: 7.305 USD/kW/month }', `${0.05 / 1.2} USD/kWh`),
      ),
      { paths: 1, workers: 1, breakEvenPaths: 0 },
    );
    expect(allIn.outcomes.netAtHorizonUsd[0]).toBeCloseTo(split.outcomes.netAtHorizonUsd[0], 6);
    // 0.05 USD/kWh drawn of the 0.06 is power: 5/6 of the fee, less the credits.
    expect(split.outcomes.powerCostNetUsd[0]).toBeCloseTo(365 * (FEE_A_DAY * (5 / 6) - CREDIT_A_DAY), 6);
  });
});
