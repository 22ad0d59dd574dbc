// `power.hosting.depositOnDefault`: what the site does with a hosting deposit when a loan's default
// takes the machines before hosting ends (engine/kernel/books.ts; by hand on one machine in
// test/engine/books-after-default.test.ts). Here: the scenario language, the assumption line, and
// the shipped loan case with a deposit on the actual history, which defaults on 2022-01-09.
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/data/dates.js';
import { runBacktest } from '../../src/engine/backtest/backtest.js';
import { loadCompileInputs } from '../../src/engine/compile/inputs.js';
import { METRIC } from '../../src/engine/kernel/metrics.js';
import { contractMessages as c } from '../../src/messages/contracts.js';
import { contractLines } from '../../src/scenario/contract-lines.js';
import { validateScenarioText } from '../../src/scenario/validate.js';
import { scenarioDraft, scenarioOf } from '../fixtures/scenarios.js';

const LOAN_CASE = 'top-of-market-2021-11-10-loan';
const HOSTING = { basis: 'per-kw', rate: '10 USD/kW/month', deposit: '2 months', term: '3 years' };

async function loanCase(hosting: Record<string, string>) {
  const draft = scenarioDraft(LOAN_CASE);
  draft.power.hosting = hosting;
  return scenarioOf(draft);
}

async function problems(hosting: string) {
  const text = `name: deposit
start: 2021-01-01
horizon: 1 year
fleet:
  - { model: Antminer S19, count: 10, unitPrice: 5000 USD }
power:
  price: 0.05 USD/kWh
  hosting: ${hosting}
`;
  const v = await validateScenarioText(text, 'deposit.yaml');
  return v.ok ? [] : v.problems.map((p) => ({ path: p.path, message: p.message }));
}

describe('power.hosting.depositOnDefault in the scenario language', () => {
  it('validateScenarioText() accepts `forfeited` and `refunded` beside a deposit, on either basis that takes one', async () => {
    for (const value of ['forfeited', 'refunded']) {
      expect(
        await problems(
          `{ basis: per-kw, rate: 10 USD/kW/month, deposit: 2 months, term: 3 years, depositOnDefault: ${value} }`,
        ),
      ).toEqual([]);
    }
  });

  it('validateScenarioText() refuses depositOnDefault without a deposit at its position, and a value it does not know', async () => {
    expect(
      await problems('{ basis: per-kw, rate: 10 USD/kW/month, term: 3 years, depositOnDefault: refunded }'),
    ).toEqual([
      {
        path: 'power.hosting.depositOnDefault',
        message: `${c.depositOnDefaultWithoutDeposit()} (got "refunded")`,
      },
    ]);
    const unknown = await problems(
      '{ basis: per-kw, rate: 10 USD/kW/month, deposit: 2 months, term: 3 years, depositOnDefault: kept }',
    );
    expect(unknown.map((p) => p.path)).toEqual(['power.hosting.depositOnDefault']);
    expect(unknown[0].message).toContain('forfeited');
  });

  it('contractLines() says what becomes of the deposit on a default where a margin call can cause one, and nothing of it otherwise', async () => {
    const note = async (hosting: Record<string, string>) =>
      contractLines(await loanCase(hosting)).find((line) => line.label === 'Hosting term')!.note;
    expect(await note(HOSTING)).toContain('on a default before hosting ends the site keeps it');
    expect(await note({ ...HOSTING, depositOnDefault: 'refunded' })).toContain(
      'on a default before hosting ends it comes back that day',
    );
    const draft = scenarioDraft(LOAN_CASE);
    draft.power.hosting = HOSTING;
    delete draft.finance.loans[0].marginCall;
    const line = contractLines(await scenarioOf(draft)).find((l) => l.label === 'Hosting term')!;
    expect(line.note).not.toContain('default');
  });
});

describe('the loan case with a hosting deposit, on the actual history', () => {
  it('runBacktest() pays a refunded deposit to the owners on 2022-01-09, the default, and a forfeited one lowers the tax of that year', async () => {
    const kept = await loanCase(HOSTING);
    const refunded = await loanCase({ ...HOSTING, depositOnDefault: 'refunded' });
    const a = runBacktest(kept, await loadCompileInputs(kept));
    const b = runBacktest(refunded, await loadCompileInputs(refunded));
    const day = a.metrics[METRIC.defaultDay];
    expect(addDays(kept.start, day)).toBe('2022-01-09');
    expect(b.metrics[METRIC.defaultDay]).toBe(day);
    // Two months of 10 USD/kW/month on the 100 machines' rated power.
    const cohort = a.plan.cohorts[0];
    const deposit = 2 * 10 * ((cohort.units * cohort.powerW) / 1000);
    expect(a.plan.books!.deposit.usd).toBeCloseTo(deposit, 6);
    expect(b.plan.books!.deposit.refundedOnDefault).toBe(true);
    // The project keeps the contract to its term: its figures are the same.
    expect(b.metrics[METRIC.npvUsd]).toBe(a.metrics[METRIC.npvUsd]);
    expect(b.metrics[METRIC.afterTaxNpvUsd]).toBe(a.metrics[METRIC.afterTaxNpvUsd]);
    // The equity: the deposit back on the default day, less the tax its deduction saved when kept
    // (both paid on that day, the default's tax year closing then).
    const saved = b.metrics[METRIC.taxPaidUsd] - a.metrics[METRIC.taxPaidUsd];
    expect(saved).toBeGreaterThan(0);
    expect(saved).toBeLessThanOrEqual(0.21 * deposit + 1e-6);
    const discount = 1.1 ** (-day / 365.25);
    expect(b.metrics[METRIC.equityNpvUsd] - a.metrics[METRIC.equityNpvUsd]).toBeCloseTo(
      (deposit - saved) * discount,
      4,
    );
    expect(b.metrics[METRIC.equityNetAtHorizonUsd] - a.metrics[METRIC.equityNetAtHorizonUsd]).toBeCloseTo(
      deposit - saved,
      4,
    );
  }, 60_000);
});

describe('depositOnDefault on a revenue share', () => {
  it('validateScenarioText() refuses it with advice that holds: a revenue share takes no deposit at all', async () => {
    expect(
      await problems('{ basis: revenue-share, share: 30 %, term: 3 years, depositOnDefault: refunded }'),
    ).toEqual([
      {
        path: 'power.hosting.depositOnDefault',
        message: `${c.depositOnDefaultOnRevenueShare()} (got "refunded")`,
      },
    ]);
  });
});
