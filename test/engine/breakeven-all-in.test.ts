// Under an all-in hosting rate the rate pays for the power and power.price must be 0, so the
// break-even a run gives for the tariff is the all-in rate at which the net position at the
// horizon is zero. By hand (every path the same: a fixed price, a network of constant hashrate):
// one S21 (200 TH/s, 3,500 W) earns 0.2e15 x 86,400 / (1e14 x 2^32) x (3.125 + 0.1) BTC x 90,000
// USD x 0.98 = 11.444114 USD a day and draws 3.5 kW x 24 h = 84 kWh; ten for 30,000 USD over 365
// days break even at an all-in rate of (11.444114 - 30,000 / 3,650) / 84 = 0.0383921 USD/kWh,
// whatever the PUE (an all-in rate is per kWh drawn); the run's first retarget, on the epoch's
// time before the start, moves it by about 1e-4 of itself (0.0383884), and the run at that rate
// ends at zero. Earlier builds searched the electricity
// price on top of the rate, counted with the PUE: at a rate of 0.03 and PUE 1.2 they printed
// "break-even tariff 0.006993 USD/kWh" ((0.0383921 - 0.03) / 1.2), a tariff the scenario may not
// even have, and at a rate of 0.06, above the break-even, "none (no break-even in the range
// searched)", as if the fleet lost money whatever it paid.
import { describe, expect, it } from 'vitest';
import { headlineTable } from '../../src/cli/headline.js';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { headlineTables } from '../../src/report/headline.js';
import { scenarioOf } from '../fixtures/scenarios.js';

const BREAK_EVEN_RATE = (11.44411414861679 - 30_000 / 3650) / 84;

const text = (rate: number) => `
name: all-in-rate
start: 2025-01-01
horizon: 365 days
fleet:
  - { model: Antminer S21, count: 10, unitPrice: 3000 USD }
power: { price: 0 USD/kWh, pue: 1.2, hosting: { basis: all-in, rate: ${rate} USD/kWh } }
costs: { poolFee: 2 % }
network: { difficulty: 100 T, hashrate: 715.82788266666667 EH/s, model: { type: growth, rate: 0 % } }
fees: { model: { type: per-block, amount: 0.1 } }
price: { start: 90000 USD, model: { type: fixed } }
money: { salvage: { model: none } }
monteCarlo: { paths: 2, seed: 7 }
`;

describe('the break-even under an all-in hosting rate', () => {
  for (const rate of [0.03, 0.06]) {
    it(`runMonteCarlo() gives the all-in rate 0.0383921 USD/kWh as the break-even at a rate of ${rate}`, async () => {
      const { summary, outcomes } = await runMonteCarlo(await scenarioOf(text(rate)), {
        paths: 2,
        workers: 1,
      });
      const found = outcomes.breakEvenTariffUsdPerKwh[0];
      expect(Math.abs(found / BREAK_EVEN_RATE - 1)).toBeLessThan(2e-4);
      expect(summary.headline.breakEvenTariffUsdPerKwh.quantiles.p50).toBe(found);
      const atIt = await runMonteCarlo(await scenarioOf(text(found)), {
        paths: 1,
        workers: 1,
        breakEvenPaths: 0,
      });
      expect(Math.abs(atIt.outcomes.netAtHorizonUsd[0])).toBeLessThan(1e-6);
      // Each output names it the all-in rate.
      const table = headlineTables(summary).find((t) => t.title === 'Break-evens')!;
      expect(table.rows[0][0]).toMatch(/^All-in rate \(USD\/kWh\)/);
      expect(table.note).toContain('The constant all-in hosting rate');
      const line = headlineTable(summary)
        .split('\n')
        .find((l) => l.trimStart().startsWith('break-even'))!;
      expect(line).toContain('break-even all-in rate');
    });
  }
});
