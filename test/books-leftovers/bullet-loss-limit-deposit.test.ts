// A bullet loan's interest under a limit on the losses carried forward, beside a hosting deposit
// paid on the start day and back when hosting ends, on one path by hand: the machine of
// hand-books.ts at a fixed price (5 USD of coins and 2.4 USD of power a day), hosted at 10
// USD/kW/month on its 2 kW nameplate (0.65708 USD a day) with a deposit of 2 months of fees (40
// USD) and a term of 1 year that renews while the machine is hosted (back on the horizon's last
// day, 730, not on day 365 where the first term ends); 1,000 USD lent as a bullet at 12 % (10 USD a month,
// the principal with the 12th payment, on day 365); 21 % tax on years ending 03-31 with 100 %
// bonus depreciation and losses offsetting at most 80 % of a year's profit. Each figure follows
// README.md ("Financing and tax", "Hosting contracts") and docs/scenario-reference.md as written.
import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { DAYS, MONTH_DAYS, npvOf, scenario } from '../books-by-hand/hand-books.js';
import { scenarioOf } from '../fixtures/scenarios.js';

const FEE = (10 * 2) / MONTH_DAYS;
const OP = 5 - 2.4 - FEE;
const DEPOSIT = 2 * 10 * 2;
const YEAR_ENDS = [68, 433, 730];
const PAYMENTS = Array.from({ length: 12 }, (_, k) => Math.round((k + 1) * MONTH_DAYS));

/** The flows (project after tax, or the equity's) and each tax year's tax, by hand. */
function books(loan: boolean): { flows: number[]; taxes: number[] } {
  const flows = Array.from({ length: DAYS }, () => OP);
  flows[0] -= 2000 + DEPOSIT;
  flows[DAYS - 1] += DEPOSIT;
  flows[DAYS - 1] += 1600;
  const interest = new Array(YEAR_ENDS.length).fill(0);
  if (loan) {
    flows[0] += 1000;
    for (const d of PAYMENTS) {
      flows[d] -= 10 + (d === 365 ? 1000 : 0);
      interest[YEAR_ENDS.findIndex((end) => d <= end)] += 10;
    }
  }
  let pool = 0;
  let from = 0;
  const taxes = YEAR_ENDS.map((end, y) => {
    // The deposit is lent, not spent: neither its payment nor its refund is in the tax.
    let income = (end + 1 - from) * OP - interest[y] - (y === 0 ? 2000 : 0);
    // The horizon as a sale: the machine at its salvage (80 % of 2,000 USD), its basis 0.
    if (y === YEAR_ENDS.length - 1) income += 1600;
    from = end + 1;
    if (income <= 0) {
      pool -= income;
      return 0;
    }
    const used = Math.min(pool, 0.8 * income);
    pool -= used;
    return 0.21 * (income - used);
  });
  YEAR_ENDS.forEach((end, y) => {
    flows[end] -= taxes[y];
  });
  return { flows, taxes };
}

describe('a bullet loan under an 80 % loss-offset limit, beside a hosting deposit, by hand', () => {
  const equity = books(true);
  const project = books(false);

  it('works the tax years out by hand', () => {
    expect(PAYMENTS[11]).toBe(365);
    expect(PAYMENTS.filter((d) => d <= 68)).toEqual([30, 61]);
    // Year 1 (days 0-68): 69 days of 1.94292 USD, 20 USD of interest, 2,000 of depreciation: a loss
    // of 1,885.94 carried. Year 2 (days 69-433): 709.17 less the other ten months' interest, 609.17;
    // the loss offsets 80 % of it (487.34), 121.83 taxed (25.58 USD). Year 3 (days 434-730): 577.05
    // and the machine's 1,600, 2,177.05; the 1,398.61 left of the loss offsets it in full (below 80
    // %): 778.44 taxed, 163.47 USD.
    expect(OP).toBeCloseTo(1.94292, 5);
    expect(equity.taxes[0]).toBe(0);
    expect(equity.taxes[1]).toBeCloseTo(0.21 * (609.1659 - 0.8 * 609.1659), 3);
    expect(equity.taxes[1]).toBeCloseTo(25.585, 3);
    expect(equity.taxes[2]).toBeCloseTo(163.472, 3);
    // Without the limit year 2 would owe nothing: the limit is what is checked.
    expect(equity.taxes[1]).toBeGreaterThan(25);
  });

  it('runMonteCarlo() gives the equity’s and the after-tax NPV of these flows, the deposit back on the last day', async () => {
    const text = scenario(
      `finance:
  loans:
    - { principal: 1000 USD, rate: 12 %, term: 12 months, repayment: bullet }
  tax: { rate: 21 %, yearEnd: 03-31, lossOffsetLimit: 80 %, depreciation: { method: bonus, bonus: 100 %, lifeYears: 5 } }`,
    ).replace(
      'power: { price: 0.05 USD/kWh }',
      'power: { price: 0.05 USD/kWh, hosting: { basis: per-kw, rate: 10 USD/kW/month, deposit: 2 months, term: 1 year } }',
    );
    const run = await runMonteCarlo(await scenarioOf(text), { paths: 1, workers: 1, breakEvenPaths: 0 });
    const h = run.summary.headline;
    expect(h.equityNpvUsd!.quantiles.p50).toBeCloseTo(npvOf(equity.flows), 6);
    expect(h.afterTaxNpvUsd!.quantiles.p50).toBeCloseTo(npvOf(project.flows), 6);
    // The deposit's timing moves the NPV: back on day 365, where the first term ends, or a day early
    // would differ by more than 1e-3.
    for (const day of [365, DAYS - 2]) {
      const early = equity.flows.slice();
      early[DAYS - 1] -= DEPOSIT;
      early[day] += DEPOSIT;
      expect(Math.abs(npvOf(early) - npvOf(equity.flows))).toBeGreaterThan(1e-3);
    }
  }, 60_000);
});

describe('the deposit’s refund in the equity’s IRR, by hand', () => {
  it('runMonteCarlo() gives the IRR at which the equity’s flows, the deposit out on day 0 and back on the last day, are worth 0', async () => {
    const { flows } = books(true);
    // Without tax: the equity's flows less the three taxes.
    const taxes = books(true).taxes;
    YEAR_ENDS.forEach((end, y) => {
      flows[end] += taxes[y];
    });
    // The rate, by bisection on the daily flows (a year of 365.25 days).
    let lo = -0.5;
    let hi = 10;
    for (let i = 0; i < 200; i++) {
      const mid = (lo + hi) / 2;
      if (npvOf(flows, mid) > 0) lo = mid;
      else hi = mid;
    }
    const irr = (lo + hi) / 2;
    expect(npvOf(flows, irr)).toBeCloseTo(0, 6);
    const text = scenario(
      `finance:
  loans:
    - { principal: 1000 USD, rate: 12 %, term: 12 months, repayment: bullet }`,
    ).replace(
      'power: { price: 0.05 USD/kWh }',
      'power: { price: 0.05 USD/kWh, hosting: { basis: per-kw, rate: 10 USD/kW/month, deposit: 2 months, term: 1 year } }',
    );
    const run = await runMonteCarlo(await scenarioOf(text), { paths: 1, workers: 1, breakEvenPaths: 0 });
    const h = run.summary.headline;
    expect(h.equityNpvUsd!.quantiles.p50).toBeCloseTo(npvOf(flows), 6);
    expect(h.equityIrr!.quantiles.p50).toBeCloseTo(irr, 6);
  }, 60_000);
});
