// A revenue share with a waterfall and curtailment credits, on a single path by hand: the machine
// of hand-books.ts at a fixed price, 95 % uptime (4.75 USD of coins a day before the site's share,
// 2.28 USD of power), credits of 60 USD/MWh on a budget of 20 hours a month (2.4 USD a month,
// 0.07885 USD a day). Each figure follows README.md ("Hosting contracts", "Financing and tax") and
// docs/scenario-reference.md as written, not minesim's code.
import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { scenarioOf } from '../fixtures/scenarios.js';
import { DAYS, MONTH_DAYS, npvOf, scenario } from './hand-books.js';

describe('a revenue share’s waterfall with curtailment credits, by hand', () => {
  it('runMonteCarlo() takes 30 % until the owner’s margin (coins less power plus credits) reaches 100 USD, 50 % from the day after; credits are income in the tax, and the cost per coin is on the owner’s coins', async () => {
    const credit = (0.06 * 2 * 20) / MONTH_DAYS;
    const before = 0.7 * 4.75 - 2.28 + credit;
    const after = 0.5 * 4.75 - 2.28 + credit;
    // The margin reaches 100 USD on day 88 (89 days of 1.12385 USD): 50 % from day 89.
    const flip = Math.ceil(100 / before);
    expect(flip).toBe(89);
    const margins = Array.from({ length: DAYS }, (_, d) => (d < flip ? before : after));
    // Tax 21 % on calendar years, 2,000 USD straight over 2 years (1,000 in 2026 and in 2027).
    const ends = [343, 708, 730];
    let start = 0;
    let pool = 0;
    const flows = margins.slice();
    flows[0] -= 2000;
    ends.forEach((end, y) => {
      const income = margins.slice(start, end + 1).reduce((a, b) => a + b, 0) - (y < 2 ? 1000 : 0);
      if (income <= 0) pool -= income;
      else {
        const used = Math.min(pool, income);
        pool -= used;
        flows[end] -= 0.21 * (income - used);
      }
      start = end + 1;
    });
    const text = scenario(
      'finance: { tax: { rate: 21 %, depreciation: { method: straight-line, lifeYears: 2 } } }',
      0,
      'salvage: { model: none }',
    )
      .replace('count: 1, unitPrice: 2000 USD', 'count: 1, unitPrice: 2000 USD, uptime: 95 %')
      .replace(
        'power: { price: 0.05 USD/kWh }',
        'power: { price: 0.05 USD/kWh, hosting: { basis: revenue-share, share: 30 %, waterfall: { after: 50 %, capex: 100 USD } }, curtailment: { credit: 60 USD/MWh, budget: 20 hours } }',
      );
    const result = await runMonteCarlo(await scenarioOf(text), { paths: 1, workers: 1, breakEvenPaths: 0 });
    const h = result.summary.headline;
    expect(h.afterTaxNpvUsd!.quantiles.p50).toBeCloseTo(npvOf(flows), 6);
    // The owner's coins: 70 % of 4.75e-5 BTC a day to day 88, 50 % after; power net of credits.
    const coins = 4.75e-5 * (0.7 * flip + 0.5 * (DAYS - flip));
    expect(h.cashCostPerCoinUsd!.quantiles.p50).toBeCloseTo((DAYS * (2.28 - credit)) / coins, 4);
    expect(h.allInCostPerCoinUsd!.quantiles.p50).toBeCloseTo((DAYS * (2.28 - credit) + 2000) / coins, 4);
  }, 60_000);
});
