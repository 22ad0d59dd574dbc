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

describe('a loan on one cohort, by hand', () => {
  it('runMonteCarlo() draws a loan on the cohort bought 2026-03-01 on that day (day 38), 50 % of that cohort’s capex, and repays it as an annuity from there', async () => {
    const text = scenario(
      `finance: { loans: [{ cohorts: [n], loanToValue: 50 %, rate: 12 %, term: 12 months }] }`,
      0,
      'salvage: { model: none }',
    ).replace(
      '  - { name: m, hashrate: 100 TH/s, power: 2000 W, count: 1, unitPrice: 2000 USD }',
      `  - { name: m, hashrate: 100 TH/s, power: 2000 W, count: 1, unitPrice: 2000 USD }
  - { name: n, hashrate: 100 TH/s, power: 2000 W, count: 1, unitPrice: 2000 USD, purchased: 2026-03-01 }`,
    );
    const flows = Array.from({ length: DAYS }, (_, d) => (d < 38 ? 2.6 : 5.2));
    flows[0] -= 2000;
    flows[38] += 1000 - 2000;
    const payment = (1000 * 0.01) / (1 - 1.01 ** -12);
    for (let k = 1; k <= 12; k++) flows[38 + Math.round(k * MONTH_DAYS)] -= payment;
    const h = await headline(text);
    expect(h.equityNpvUsd!.quantiles.p50).toBeCloseTo(npvOf(flows), 6);
  }, 60_000);
});

describe('a covenant restored to itself, by hand', () => {
  it('runMonteCarlo() without restoreTo repays down to the covenant: on a falling price a call every day from the first', async () => {
    // The margin-call case's bullet (1,300 USD at 1 % a month, 1 % fee), called above 90 % and
    // restored to 90 % (restoreTo left out), 1,000 USD of top-up, the price falling 50 % a year.
    const drift = -0.5;
    const hand = handBooks(drift, {
      principal: 1300,
      monthly: 0.01,
      months: 12,
      bullet: true,
      fee: 0.01,
      ltv: 0.9,
      topUp: 1000,
    });
    const days = hand.calls.map((c) => c.day);
    expect(days[0]).toBe(78);
    expect(days.slice(0, 20)).toEqual(Array.from({ length: 20 }, (_, i) => 78 + i));
    expect(hand.defaultDay).toBe(-1);
    const h = await headline(
      scenario(
        `finance:
  loans:
    - { principal: 1300 USD, rate: 12 %, term: 12 months, repayment: bullet, fee: 1 %, marginCall: { loanToValue: 90 %, topUp: 1000 USD } }`,
        drift,
      ),
    );
    expect(h.marginCall!.p).toBe(1);
    expect(h.default!.p).toBe(0);
    expect(h.equityNpvUsd!.quantiles.p50).toBeCloseTo(npvOf(hand.equity), 6);
  }, 60_000);
});

describe('a loan on a cohort bought before the start, by hand', () => {
  it('runMonteCarlo() draws it on the start day, where the run counts the cohort’s capex', async () => {
    const text = scenario(
      'finance: { loans: [{ loanToValue: 50 %, rate: 12 %, term: 12 months }] }',
      0,
      'salvage: { model: none }',
    ).replace('unitPrice: 2000 USD', 'unitPrice: 2000 USD, purchased: 2025-06-01');
    const flows = new Array<number>(DAYS).fill(2.6);
    flows[0] += 1000 - 2000;
    const payment = (1000 * 0.01) / (1 - 1.01 ** -12);
    for (let k = 1; k <= 12; k++) flows[Math.round(k * MONTH_DAYS)] -= payment;
    const h = await headline(text);
    expect(h.equityNpvUsd!.quantiles.p50).toBeCloseTo(npvOf(flows), 6);
  }, 60_000);
});

describe('a loan’s payments under sell-to-cover, by hand', () => {
  it('runMonteCarlo() sells coins for the power only: the owners pay the loan’s payments, and the coins left are the horizon’s', async () => {
    // 1,000 USD at 0 % over 10 months (100 USD on days round(k x 30.4375)), the price fixed: each
    // day's 5e-5 BTC (5 USD) pays the 2.4 USD of power with 2.4e-5 BTC and keeps 2.6e-5; the machine
    // (2,000 USD on day 0) is paid by the owners (less the day's coins) and by the loan.
    const flows = new Array<number>(DAYS).fill(0);
    flows[0] = 1000 - (2000 - 2.6);
    let held = 0;
    for (let d = 1; d < DAYS; d++) held += 2.6e-5;
    for (let k = 1; k <= 10; k++) flows[Math.round(k * MONTH_DAYS)] -= 100;
    flows[DAYS - 1] += held * 100_000;
    const h = await headline(
      scenario(
        'treasury: sell-to-cover\nfinance: { loans: [{ principal: 1000 USD, rate: 0 %, term: 10 months }] }',
        0,
        'salvage: { model: none }',
      ),
    );
    expect(h.equityNpvUsd!.quantiles.p50).toBeCloseTo(npvOf(flows), 6);
  }, 60_000);
});
