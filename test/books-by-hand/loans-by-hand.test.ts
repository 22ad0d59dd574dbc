// Loans on single paths by hand: the machine of hand-books.ts at a fixed price (2.6 USD a day),
// a loan drawn after the purchase, bullet or amortizing, with its fee and the tax it saves, and a
// loan-to-value principal on a capex with an import premium and setup costs. Each figure follows
// README.md's "Financing and tax" and docs/scenario-reference.md's `finance.loans` as written.
import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { scenarioOf } from '../fixtures/scenarios.js';
import { DAYS, handBooks, MONTH_DAYS, npvOf, scenario } from './hand-books.js';

async function headline(text: string) {
  const result = await runMonteCarlo(await scenarioOf(text), { paths: 1, workers: 1, breakEvenPaths: 0 });
  return result.summary.headline;
}

describe('a bullet loan drawn after the purchase, by hand', () => {
  it('runMonteCarlo() draws 1,200 USD on 2026-03-01 (day 38) less a 1.5 % fee, pays 12 USD of interest a month and the principal with the 12th; the equity deducts both from its tax', async () => {
    // Payment k on day 38 + round(k x 30.4375): 12 USD of interest, the 12th (day 403) with the
    // 1,200. Tax 21 % on calendar years: 2026's profit (344 x 2.6) less the fee (18) and 10 months
    // of interest (days 68 to 342); the machine (no depreciation) is sold at the horizon at its
    // resale, 80 % of 2,000 at a hashprice held, against its 2,000 of basis.
    const hand = handBooks(
      0,
      { principal: 1200, monthly: 0.01, months: 12, bullet: true, fee: 0.015, startDay: 38 },
      { rate: 0.21, yearEnds: [343, 708, 730] },
    );
    const paymentDays = Array.from({ length: 12 }, (_, k) => 38 + Math.round((k + 1) * MONTH_DAYS));
    expect(paymentDays.filter((d) => d <= 343)).toHaveLength(10);
    expect(paymentDays[11]).toBe(403);
    expect(hand.equity[38]).toBeCloseTo(2.6 + 1200 - 18, 9);
    expect(hand.equity[403]).toBeCloseTo(2.6 - 1212, 9);
    expect(paymentDays[9]).toBe(342);
    expect(hand.equity[343]).toBeCloseTo(2.6 - 0.21 * (344 * 2.6 - 18 - 120), 9);
    const h = await headline(
      scenario(
        `finance:
  loans: [{ principal: 1200 USD, rate: 12 %, term: 12 months, repayment: bullet, fee: 1.5 %, start: 2026-03-01 }]
  tax: { rate: 21 % }`,
      ),
    );
    expect(h.equityNpvUsd!.quantiles.p50).toBeCloseTo(npvOf(hand.equity), 6);
  }, 60_000);
});

describe('a loan-to-value principal, by hand', () => {
  it('runMonteCarlo() lends 60 % of the capex with its import premium and setup cost: 0.6 x (1,500 x 1.2 + 200) = 1,200 USD, not 60 % of the unit price', async () => {
    const fleet = (loan: string) =>
      scenario(
        `finance: { loans: [{ ${loan}, rate: 12 %, term: 12 months }] }`,
        0,
        'salvage: { model: none }',
      ).replace('unitPrice: 2000 USD', 'unitPrice: 1500 USD, importPremium: 20 %, setupCost: 200 USD');
    const byShare = await headline(fleet('loanToValue: 60 %'));
    // The 1,200 USD annuity at 1 % a month by hand: the machine's 2.6 USD a day, its 2,000 USD capex.
    const flows = new Array<number>(DAYS).fill(2.6);
    flows[0] += 1200 - 2000;
    const payment = (1200 * 0.01) / (1 - 1.01 ** -12);
    for (let k = 1; k <= 12; k++) flows[Math.round(k * MONTH_DAYS)] -= payment;
    expect(byShare.equityNpvUsd!.quantiles.p50).toBeCloseTo(npvOf(flows), 6);
    expect(byShare.equityNpvUsd!.quantiles.p50).toBe(
      (await headline(fleet('principal: 1200 USD'))).equityNpvUsd!.quantiles.p50,
    );
  }, 60_000);
});
