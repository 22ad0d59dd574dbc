// A hosting deposit is counted in months of fees (power.hosting.deposit: "Deposit in months of fees
// (`2 months`)"), so a bare number is months. Ten S19s (3,250 W) at 10 USD/kW/month on nameplate
// power pay 10 x 3.25 x 10 = 325 USD of fees a month; `deposit: 2` is 650 USD on day 0, back on
// the horizon's last day (day 730: the 1-year term renews while the fleet is hosted). Earlier builds read the bare 2 as 2 days, 2 / 30.4375 of a
// month: a deposit of 21.36 USD.
import { describe, expect, it } from 'vitest';
import { compilePlan } from '../../src/engine/compile/compile.js';
import { loadCompileInputs } from '../../src/engine/compile/inputs.js';
import { DAYS_PER_MONTH } from '../../src/scenario/contract-terms.js';
import { scenarioOf } from '../fixtures/scenarios.js';

const text = (deposit: string) => `
name: deposit
start: 2021-01-01
horizon: 2 years
fleet:
  - { model: Antminer S19, count: 10, unitPrice: 5000 USD, power: 3250 W }
power:
  price: 0.05 USD/kWh
  hosting: { basis: per-kw, rate: 10 USD/kW/month, deposit: ${deposit}, term: 1 year }
`;

describe('a hosting deposit written as a bare number', () => {
  it('compilePlan() reads deposit: 2 as 2 months of fees, 650 USD, as deposit: 2 months', async () => {
    for (const deposit of ['2', '2 months', '60.875 days']) {
      const s = await scenarioOf(text(deposit));
      const plan = compilePlan(s, await loadCompileInputs(s));
      expect(plan.fixedUsdPerDay[0]).toBeCloseTo(650, 9);
      expect(plan.fixedUsdPerDay[730]).toBeCloseTo(-650, 9);
      expect(plan.contract.depositMonths).toBeCloseTo(2, 12);
    }
    expect(650 / 325).toBe(2);
    expect(DAYS_PER_MONTH).toBe(30.4375);
  });
});
