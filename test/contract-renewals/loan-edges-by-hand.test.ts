// Loans at their edges, on one path by hand: the machine of books-by-hand/hand-books.ts at a fixed
// price (5 USD of coins and 2.4 USD of power a day: 2.6 USD; 2,000 USD on day 0; its resale of
// 1,600 USD counted on the last day, 730, of the 731-day horizon), no tax. Each loan's flows are
// written out here from README.md's "Financing and tax" and docs/scenario-reference.md (payment k
// on drawdown + round(k x 30.4375), the fee out of the drawdown, a balloon repaid on the last day
// with what it owes), not from minesim's code; the equity's NPV at 10 % a year and its position
// at the horizon must be theirs.
import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { DAYS, MONTH_DAYS, npvOf, scenario } from '../books-by-hand/hand-books.js';
import { scenarioOf } from '../fixtures/scenarios.js';

/** The project's flows: 2.6 USD a day, the machine on day 0, its resale on the last day. */
function project(): number[] {
  const flows = new Array<number>(DAYS).fill(2.6);
  flows[0] -= 2000;
  flows[DAYS - 1] += 1600;
  return flows;
}

/** Payment k of a loan drawn on `start`: start + round(k x 30.4375), the day after the last paid on it. */
const due = (start: number, k: number) => Math.min(start + Math.round(k * MONTH_DAYS), DAYS - 1);

/** The IRR of daily flows (a year of 365.25 days), by bisection. */
function irrOf(flows: readonly number[]): number {
  let lo = -0.99;
  let hi = 10;
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (npvOf(flows, mid) > 0) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

async function run(loan: string) {
  const s = await scenarioOf(scenario(`finance:\n  loans:\n    - ${loan}`));
  const { summary } = await runMonteCarlo(s, { paths: 1, workers: 1, breakEvenPaths: 0 });
  const h = summary.headline;
  const net = summary.timeline.equityNetUsd!.p50;
  return { npv: h.equityNpvUsd!.quantiles.p50!, irr: h.equityIrr!.quantiles.p50!, net: net[net.length - 1] };
}

describe('loans at their edges, by hand', () => {
  it('a loan at 0 % with a 2 % fee: 1,176 USD received, 12 payments of 100 USD; the fee is in the equity’s NPV and IRR (the rate of 0 % is not its cost)', async () => {
    const flows = project();
    flows[0] += 1200 - 24;
    for (let k = 1; k <= 12; k++) flows[due(0, k)] -= 100;
    const r = await run('{ principal: 1200 USD, rate: 0 %, term: 12 months, fee: 2 % }');
    expect(r.npv).toBeCloseTo(npvOf(flows), 6);
    expect(r.irr).toBeCloseTo(irrOf(flows), 6);
    // Without the fee the IRR differs: the fee is counted, not left to the rate.
    const free = flows.slice();
    free[0] += 24;
    expect(Math.abs(irrOf(free) - r.irr)).toBeGreaterThan(1e-3);
    // The net position leaves out the resale of the machine still held (SALVAGE_NOTE).
    expect(r.net).toBeCloseTo(flows.reduce((a, b) => a + b, 0) - 1600, 6);
  }, 60_000);

  it('a bullet at 0 %: the 1,200 USD come back on day 365 (month 12), nothing before', async () => {
    const flows = project();
    flows[0] += 1200;
    flows[due(0, 12)] -= 1200;
    expect(due(0, 12)).toBe(365);
    const r = await run('{ principal: 1200 USD, rate: 0 %, term: 12 months, repayment: bullet }');
    expect(r.npv).toBeCloseTo(npvOf(flows), 6);
  }, 60_000);

  it('a loan drawn after the fleet’s purchase (day 100) pays from its own drawdown: 1,000 USD at 12 % over 12 months, an annuity of 88.8488 USD', async () => {
    const payment = (1000 * 0.01) / (1 - 1.01 ** -12);
    expect(payment).toBeCloseTo(88.8488, 4);
    const flows = project();
    flows[100] += 1000;
    for (let k = 1; k <= 12; k++) flows[due(100, k)] -= payment;
    const r = await run('{ principal: 1000 USD, rate: 12 %, term: 12 months, start: 2026-05-02 }');
    expect(r.npv).toBeCloseTo(npvOf(flows), 6);
  }, 60_000);

  it('a 36-month loan past the 2-year horizon (balloonAtHorizon): 24 payments, the 24th due on day 731 paid on day 730, and the 12 months’ balance left repaid there: it is in the equity’s position at the horizon', async () => {
    const payment = (1000 * 0.01) / (1 - 1.01 ** -36);
    // The balance after 24 payments: the 12 left, discounted at 1 % a month.
    const left = (payment * (1 - 1.01 ** -12)) / 0.01;
    expect(left).toBeCloseTo(373.83, 2);
    expect(due(0, 24)).toBe(DAYS - 1);
    const flows = project();
    flows[0] += 1000;
    for (let k = 1; k <= 24; k++) flows[due(0, k)] -= payment;
    // Month 24 ends where the horizon does: no interest is accrued beyond it.
    flows[DAYS - 1] -= left;
    const r = await run('{ principal: 1000 USD, rate: 12 %, term: 36 months, balloonAtHorizon: true }');
    expect(r.npv).toBeCloseTo(npvOf(flows), 6);
    // Selling its coins daily, the equity's position at the horizon is the sum of its flows but the
    // resale of the machine still held, which a net position leaves out (SALVAGE_NOTE): the 2.6 USD
    // a day, the drawdown, less every payment and the balance owed, repaid then: what is owed at the
    // horizon is in the position.
    const position = flows.reduce((a, b) => a + b, 0) - 1600;
    expect(position).toBeCloseTo(731 * 2.6 - 2000 + 1000 - 24 * payment - left, 9);
    expect(r.net).toBeCloseTo(position, 6);
  }, 60_000);

  it('a 36-month bullet drawn on day 9 past the horizon: 23 months of interest paid, the 1,000 USD and 22 days of interest (709 to 730) at the horizon', async () => {
    const flows = project();
    flows[9] += 1000;
    for (let k = 1; k <= 23; k++) flows[due(9, k)] -= 10;
    expect(due(9, 23)).toBe(709);
    flows[DAYS - 1] -= 1000 + (10 * 22) / MONTH_DAYS;
    const r = await run(
      '{ principal: 1000 USD, rate: 12 %, term: 36 months, repayment: bullet, start: 2026-01-31, balloonAtHorizon: true }',
    );
    expect(r.npv).toBeCloseTo(npvOf(flows), 6);
    expect(r.net).toBeCloseTo(flows.reduce((a, b) => a + b, 0) - 1600, 6);
  }, 60_000);
});

describe('what a loan costs the owners with its fee, as finance.loans[].fee states it', () => {
  /** The yearly rate at which a loan's flows to the owners (+ the drawdown less the fee, - the payments) are worth 0. */
  function costOf(principal: number, monthly: number, fee: number): number {
    const payment = monthly === 0 ? principal / 12 : (principal * monthly) / (1 - (1 + monthly) ** -12);
    const flows = new Array<number>(400).fill(0);
    flows[0] = principal * (1 - fee);
    for (let k = 1; k <= 12; k++) flows[due(0, k)] -= payment;
    // The owners' cost is the lender's return: the IRR of the lender's flows.
    return irrOf(flows.map((f) => -f));
  }

  it('12 % over 12 months costs 12.68 % a year compounded, 14.84 % with a 1 % fee; 0 % with a 2 % fee, 3.81 %', () => {
    // The payment days are whole days (30, 61, 91, ...), so the plain loan's cost is 1.01^12 - 1 to
    // the rounding of its days.
    expect(costOf(1000, 0.01, 0)).toBeCloseTo(0.1268, 4);
    expect(costOf(1000, 0.01, 0.01)).toBeCloseTo(0.1484, 4);
    expect(costOf(1200, 0, 0.02)).toBeCloseTo(0.0381, 4);
  });
});

describe('a lease ending on the horizon’s last day, by hand', () => {
  it('24 monthly payments of 100 USD, the 24th (due on day 731) and the 300 USD residual on day 730; the lessor pays the 2,000 USD', async () => {
    const flows = project();
    flows[0] += 2000;
    for (let k = 1; k <= 24; k++) flows[due(0, k)] -= 100;
    flows[DAYS - 1] -= 300;
    expect(due(0, 24)).toBe(DAYS - 1);
    const s = await scenarioOf(
      scenario(
        'finance:\n  leases:\n    - { cohort: m, payment: 100 USD/month, term: 24 months, residual: 300 USD }',
      ),
    );
    const { summary } = await runMonteCarlo(s, { paths: 1, workers: 1, breakEvenPaths: 0 });
    expect(summary.headline.equityNpvUsd!.quantiles.p50).toBeCloseTo(npvOf(flows), 6);
    const net = summary.timeline.equityNetUsd!.p50;
    expect(net[net.length - 1]).toBeCloseTo(flows.reduce((a, b) => a + b, 0) - 1600, 6);
  }, 60_000);
});
