// The books of whole runs against hand computations: one 100 TH/s, 2 kW machine at a hashprice
// held at 50 USD/PH/s/day (the price fixed, the network flat, the start on a difficulty epoch's
// first block, so every day mines 5e-5 BTC, 5 USD at 100,000 USD) and 0.05 USD/kWh (2.4 USD of
// power a day), over 731 days from 2026-01-22. Each figure is worked out here from the scenario's
// terms as documented, not from minesim's code.
import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { scenarioOf } from '../fixtures/scenarios.js';

const DAYS = 731;
const MONTH_DAYS = 365.25 / 12;

/** The machine's scenario, with `power` and `extra` (YAML) in place of the plain tariff and nothing more. */
function scenario(power = 'power: { price: 0.05 USD/kWh }', extra = '', uptime = '100 %'): string {
  return `
name: books-hand
start: 2026-01-22
horizon: 2 years
fleet:
  - { name: m, hashrate: 100 TH/s, power: 2000 W, count: 1, unitPrice: 2000 USD, uptime: ${uptime} }
${power}
network: { hashprice: 50 USD/PH/day, height: 933408, model: { type: growth, rate: 0 % } }
fees: { model: { type: share-of-subsidy, share: 0 % } }
price: { start: 100000 USD, model: { type: fixed } }
money: { discountRate: 10 %, salvage: { model: none } }
${extra}
`;
}

async function headline(text: string) {
  const result = await runMonteCarlo(await scenarioOf(text), { paths: 1, workers: 1, breakEvenPaths: 0 });
  return result.summary.headline;
}

describe('the books of a run, by hand', () => {
  it('runMonteCarlo() reports the cash cost per coin net of curtailment credits, as the cost of power is', async () => {
    // Uptime 95 %: 4.75e-5 BTC and 2 kW x 24 h x 0.95 x 0.05 = 2.28 USD of power a day; credits
    // 60 USD/MWh x 2 kW x 20 h a month = 2.4 USD a month, 2.4 / 30.4375 = 0.0789 USD a day.
    const h = await headline(
      scenario(
        'power: { price: 0.05 USD/kWh, curtailment: { credit: 60 USD/MWh, budget: 20 hours } }',
        'finance: { tax: { rate: 20 %, depreciation: { method: straight-line, lifeYears: 2 } } }',
        '95 %',
      ),
    );
    const credits = (0.06 * 2 * 20) / MONTH_DAYS;
    const coins = DAYS * 4.75e-5;
    const cash = (DAYS * (2.28 - credits)) / coins;
    expect(h.powerCostNetUsd.quantiles.p50).toBeCloseTo(DAYS * (2.28 - credits), 6);
    expect(h.cashCostPerCoinUsd!.quantiles.p50).toBeCloseTo(cash, 4);
    // All in: the cash cost and the 2,000 USD written off over the two tax years of the life.
    expect(h.allInCostPerCoinUsd!.quantiles.p50).toBeCloseTo(cash + 2000 / coins, 4);
  }, 60_000);

  it('runMonteCarlo() leaves the hosting deposit out of the tax base: lent to the site, not spent', async () => {
    // 10 USD/kW/month on 2 kW is 20 USD a month, 0.657 USD a day; the deposit of 12 months (240
    // USD) is paid on day 0 and refunded on day 365. Tax at 21 % on calendar years ending on days
    // 343, 708 and 730 (the horizon), the 2,000 USD written off straight over three of them.
    const h = await headline(
      scenario(
        'power: { price: 0.05 USD/kWh, hosting: { basis: per-kw, rate: 10 USD/kW/month, deposit: 12 months, term: 1 year } }',
        'finance: { tax: { rate: 21 %, depreciation: { method: straight-line, lifeYears: 3 } } }',
      ),
    );
    const profit = 2.6 - 20 / MONTH_DAYS;
    const ends = [343, 708, 730];
    const flows = new Array<number>(DAYS).fill(profit);
    flows[0] -= 2000 + 240;
    flows[365] += 240;
    let start = 0;
    let pool = 0;
    for (const end of ends) {
      const income = (end - start + 1) * profit - 2000 / 3;
      const used = income > 0 ? Math.min(pool, income) : 0;
      if (income < 0) pool -= income;
      else flows[end] -= 0.21 * (income - used);
      pool -= used;
      start = end + 1;
    }
    const npv = flows.reduce((sum, f, d) => sum + f * 1.1 ** (-d / 365.25), 0);
    expect(h.afterTaxNpvUsd!.quantiles.p50).toBeCloseTo(npv, 6);
  }, 60_000);

  it('runMonteCarlo() repays a balloon at the horizon with the interest accrued since the last payment', async () => {
    // 1,000 USD at 12 % (1 % a month) over 36 months, 23 of them paid within the 731 days (the
    // 23rd on day round(23 x 30.4375) = 700); the horizon's last day, 30 days on, owes the balance
    // and 30 / 30.4375 of a month's interest on it. The project makes 2.6 USD a day.
    const h = await headline(
      scenario(
        undefined,
        'finance: { loans: [{ principal: 1000 USD, rate: 12 %, term: 36 months, balloonAtHorizon: true }] }',
      ),
    );
    const flows = new Array<number>(DAYS).fill(2.6);
    flows[0] += 1000 - 2000;
    const payment = (1000 * 0.01) / (1 - 1.01 ** -36);
    let balance = 1000;
    for (let k = 1; k <= 23; k++) {
      const day = Math.round(k * MONTH_DAYS);
      flows[day] -= payment;
      balance -= payment - balance * 0.01;
    }
    flows[DAYS - 1] -= balance * (1 + (0.01 * (DAYS - 1 - 700)) / MONTH_DAYS);
    const npv = flows.reduce((sum, f, d) => sum + f * 1.1 ** (-d / 365.25), 0);
    expect(h.equityNpvUsd!.quantiles.p50).toBeCloseTo(npv, 6);
  }, 60_000);
});
