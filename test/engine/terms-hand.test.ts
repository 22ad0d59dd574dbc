// Contracts as long as the horizon, in whole runs against hand computations: a loan, a lease and a
// swap of 60 months on a 5-year horizon from 2026-01-22 (1826 days, indexes 0 to 1825). Month k
// of a contract from day 0 ends on round(k x 30.4375); month 60 on day 1826, where the horizon
// ends, so a loan's or a lease's 60th payment falls on its last day, 1825, and a swap's 60th month
// settles there too (its last day). One machine at a fixed coin price and a flat network: the
// project's flows are the same with and without the contracts, so the equity's NPV less the
// project's is the NPV of the contract's flows alone, worked out here from its terms.
import { describe, expect, it } from 'vitest';
import { compilePlan } from '../../src/engine/compile/compile.js';
import { loadCompileInputs } from '../../src/engine/compile/inputs.js';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { scenarioOf } from '../fixtures/scenarios.js';

const DAYS = 1826;
const MONTH_DAYS = 365.25 / 12;
/** The day payment k of a contract from day 0 falls on, by the contract's terms (60: the last day). */
const due = (k: number) => Math.min(Math.round(k * MONTH_DAYS), DAYS - 1);

function scenario(finance: string, discountRate = '10 %'): string {
  return `
name: terms-hand
start: 2026-01-22
horizon: 5 years
fleet:
  - { name: m, hashrate: 100 TH/s, power: 2000 W, count: 1, unitPrice: 2000 USD }
power: { price: 0.05 USD/kWh }
network: { hashprice: 50 USD/PH/day, height: 933408, model: { type: growth, rate: 0 % } }
fees: { model: { type: share-of-subsidy, share: 0 % } }
price: { start: 100000 USD, model: { type: fixed } }
money: { discountRate: ${discountRate}, salvage: { model: none } }
finance:
${finance}
`;
}

async function headline(text: string) {
  const result = await runMonteCarlo(await scenarioOf(text), { paths: 1, workers: 1, breakEvenPaths: 0 });
  return result.summary.headline;
}

/** NPV at `rate` a year of flows a day apart, the first on day 0. */
function npvOf(flows: readonly number[], rate = 0.1): number {
  return flows.reduce((sum, f, d) => sum + f * (1 + rate) ** (-d / 365.25), 0);
}

/** The equity's NPV less the project's: the NPV of the financing's flows. */
function financingNpv(h: Awaited<ReturnType<typeof headline>>): number {
  return h.equityNpvUsd!.quantiles.p50! - h.npvUsd.quantiles.p50!;
}

const LOAN = '  loans: [{ principal: 1000 USD, rate: 12 %, term: 60 months }]';
/** The annuity of 1,000 USD at 1 % a month over 60 months: 22.244 USD a month. */
const PAYMENT = (1000 * 0.01) / (1 - 1.01 ** -60);

describe('a loan as long as the horizon', () => {
  it('compilePlan() pays a 60-month loan on a 5-year horizon 60 times, month k on day round(k x 30.4375), the 60th on the horizon’s last day (1825)', async () => {
    const s = await scenarioOf(scenario(LOAN));
    const loan = compilePlan(s, await loadCompileInputs(s)).books!.loans[0];
    expect(loan.periods).toBe(60);
    expect(Array.from(loan.paymentDays)).toEqual(Array.from({ length: 60 }, (_, k) => due(k + 1)));
    expect(loan.paymentDays[58]).toBe(1796);
    expect(loan.paymentDays[59]).toBe(1825);
  });

  it('compilePlan() cut short of the horizon (a replay at the history’s end, 731 days) leaves payment 24, due on day 731, out: the cut is not where the horizon ends', async () => {
    const s = await scenarioOf(scenario(LOAN));
    const loan = compilePlan(s, await loadCompileInputs(s), 731).books!.loans[0];
    expect(Array.from(loan.paymentDays)).toEqual(Array.from({ length: 23 }, (_, k) => due(k + 1)));
    expect(loan.paymentDays[22]).toBe(700);
  });

  it('runMonteCarlo() books the annuity of a 60-month loan on a 5-year horizon, the last payment on day 1825: NPV by hand', async () => {
    const h = await headline(scenario(LOAN));
    const flows = new Array<number>(DAYS).fill(0);
    flows[0] += 1000;
    for (let k = 1; k <= 60; k++) flows[due(k)] -= PAYMENT;
    expect(financingNpv(h)).toBeCloseTo(npvOf(flows), 5);
  }, 60_000);

  it('runMonteCarlo() charges a 60-month loan on a 5-year horizon the annuity’s interest in full: 60 x 22.244 - 1,000 = 334.67 USD, undiscounted', async () => {
    const h = await headline(scenario(LOAN, '0 %'));
    const interest = 60 * PAYMENT - 1000;
    expect(interest).toBeCloseTo(334.67, 2);
    expect(financingNpv(h)).toBeCloseTo(-interest, 6);
  }, 60_000);

  it('runMonteCarlo() repays a 60-month bullet loan on a 5-year horizon on its last day, with the 60th month’s interest (no balloon needed)', async () => {
    const h = await headline(
      scenario('  loans: [{ principal: 1000 USD, rate: 12 %, term: 60 months, repayment: bullet }]'),
    );
    const flows = new Array<number>(DAYS).fill(0);
    flows[0] += 1000;
    for (let k = 1; k <= 60; k++) flows[due(k)] -= 10 + (k === 60 ? 1000 : 0);
    expect(financingNpv(h)).toBeCloseTo(npvOf(flows), 5);
  }, 60_000);

  it('runMonteCarlo() gives the same books to a 60-month loan on a 5-year horizon with balloonAtHorizon: nothing is left to repay', async () => {
    const plain = await headline(scenario(LOAN));
    const balloon = await headline(
      scenario('  loans: [{ principal: 1000 USD, rate: 12 %, term: 60 months, balloonAtHorizon: true }]'),
    );
    expect(balloon.equityNpvUsd!.quantiles.p50).toBe(plain.equityNpvUsd!.quantiles.p50);
  }, 60_000);
});

describe('a lease and a swap as long as the horizon', () => {
  it('runMonteCarlo() books a 60-month lease on a 5-year horizon: 150 USD a month, the 60th and the 300 USD buyout on day 1825', async () => {
    const h = await headline(
      scenario('  leases: [{ cohort: m, payment: 150 USD/month, term: 60 months, residual: 300 USD }]'),
    );
    const flows = new Array<number>(DAYS).fill(0);
    // The lessor pays the machine's 2,000 USD on day 0.
    flows[0] += 2000;
    for (let k = 1; k <= 60; k++) flows[due(k)] -= 150 + (k === 60 ? 300 : 0);
    expect(financingNpv(h)).toBeCloseTo(npvOf(flows), 5);
  }, 60_000);

  it('runMonteCarlo() settles a 60-month price swap on a 5-year horizon every month, the 60th on day 1825: 1 coin at 101,000 USD against 100,000', async () => {
    const h = await headline(
      scenario('  hedges: [{ type: price-swap, coins: 1, price: 101000 USD, term: 60 months }]'),
    );
    const flows = new Array<number>(DAYS).fill(0);
    // Month k covers days [round((k - 1) x 30.4375), round(k x 30.4375)) and settles on its last.
    for (let k = 1; k <= 60; k++) flows[Math.round(k * MONTH_DAYS) - 1] += 1000;
    expect(Math.round(60 * MONTH_DAYS) - 1).toBe(DAYS - 1);
    expect(h.hedgeNetUsd!.quantiles.p50).toBeCloseTo(60_000, 6);
    expect(financingNpv(h)).toBeCloseTo(npvOf(flows), 5);
  }, 60_000);
});
