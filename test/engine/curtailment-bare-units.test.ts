// Curtailment credits are paid per MWh not drawn, for a budget of hours a month (the fields say
// so: `60 USD/MWh`, `20 hours`), so a bare number is USD/MWh and hours. Ten S19s (3,250 W) at PUE
// 1.1 with `credit: 60, budget: 20` earn 10 x 3.25 x 1.1 x (20 / 30.4375) h x 0.06 USD/kWh =
// 1.409446 USD a day, as with the units written. Earlier builds read a bare credit in USD/kWh and a
// bare budget in days: `credit: 5, budget: 0.5` was 5,000 USD/MWh for 12 hours a month (the
// assumptions said "5000 USD/MWh, 12 hours a month"), credits of 3.04 USD a day for one S9 whose
// power cost 1.66; `credit: 60` was refused as above 10 USD/kWh.
import { describe, expect, it } from 'vitest';
import { compilePlan } from '../../src/engine/compile/compile.js';
import { loadCompileInputs } from '../../src/engine/compile/inputs.js';
import { scenarioOf } from '../fixtures/scenarios.js';

const text = (curtailment: string) => `
name: curtailed
start: 2021-01-01
horizon: 1 year
fleet:
  - { model: Antminer S19, count: 10, unitPrice: 5000 USD, power: 3250 W, uptime: 95 % }
power:
  price: 0.05 USD/kWh
  pue: 1.1
  curtailment: ${curtailment}
`;

describe('curtailment credits written as bare numbers', () => {
  it('compilePlan() reads credit: 60, budget: 20 as 60 USD/MWh for 20 hours a month: 1.409446 USD a day', async () => {
    for (const curtailment of ['{ credit: 60, budget: 20 }', '{ credit: 60 USD/MWh, budget: 20 hours }']) {
      const s = await scenarioOf(text(curtailment));
      const plan = compilePlan(s, await loadCompileInputs(s));
      const fleetCreditUsd = 10 * 3.25 * plan.contract.creditUsdPerKwDay;
      expect(fleetCreditUsd).toBeCloseTo((10 * 3.25 * 1.1 * 20 * 0.06) / (365.25 / 12), 9);
      expect(fleetCreditUsd).toBeCloseTo(1.409446, 6);
    }
  });
});
