// Leases in whole runs against hand computations: machines of 100 TH/s and 2 kW at a hashprice held
// at 50 USD/PH/s/day and a coin price fixed at 100,000 USD (the network flat), so a machine mines
// 5 USD and pays 2.4 USD of power a day, 2.6 USD of profit, from its first day hashing. The horizon
// is 2 years from 2026-01-22 (731 days, 0 to 730); the calendar tax years end on days 343
// (2026-12-31), 708 (2027-12-31) and 730.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { compilePlan } from '../../src/engine/compile/compile.js';
import { loadCompileInputs } from '../../src/engine/compile/inputs.js';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { validateScenarioText } from '../../src/scenario/validate.js';
import { scenarioOf } from '../fixtures/scenarios.js';

const DAYS = 731;

function scenario(fleet: string, finance: string): string {
  return `
name: leases-hand
start: 2026-01-22
horizon: 2 years
fleet:
${fleet}
power: { price: 0.05 USD/kWh }
network: { hashprice: 50 USD/PH/day, height: 933408, model: { type: growth, rate: 0 % } }
fees: { model: { type: share-of-subsidy, share: 0 % } }
price: { start: 100000 USD, model: { type: fixed } }
money: { discountRate: 10 %, salvage: { model: none } }
finance:
${finance}
`;
}

async function headline(text: string) {
  const result = await runMonteCarlo(await scenarioOf(text), { paths: 1, workers: 1, breakEvenPaths: 0 });
  return result.summary.headline;
}

/** NPV at 10 % a year of flows a day apart, the first on day 0. */
function npvOf(flows: readonly number[]): number {
  return flows.reduce((sum, f, d) => sum + f * 1.1 ** (-d / 365.25), 0);
}

/** Tax of each year at 21 % on `incomes`, losses carried forward without limit. */
function taxes(incomes: readonly number[]): number[] {
  let pool = 0;
  return incomes.map((income) => {
    if (income <= 0) {
      pool -= income;
      return 0;
    }
    const used = Math.min(pool, income);
    pool -= used;
    return 0.21 * (income - used);
  });
}

describe('a lease bought out before its machines run', () => {
  it('runMonteCarlo() depreciates a leased cohort’s buyout from the tax year its machines start hashing, not the year it is bought out', async () => {
    // Cohort l is bought on 2026-11-20 (day 302) and hashes from day 362 (2027-01-19, after 60
    // days of delivery); its lease is 1 month, 100 USD and the 3,000 USD buyout on day 302 + 30 =
    // 332 (2026-12-20), in the first tax year. Straight line over 3 years: the buyout is 1,000 USD
    // a year from 2027, the tax year it starts hashing (as the bought cohort m, 666.67 a year from
    // 2026), so 1,000 of it is left at the horizon, a loss then (no salvage). Depreciating it from
    // 2026 instead set 1,000 USD against the first year's 127.73 of income, a year before the
    // machines ran, and moved 26.82 USD of tax out of 2026.
    const h = await headline(
      scenario(
        [
          '  - { name: m, hashrate: 100 TH/s, power: 2000 W, count: 1, unitPrice: 2000 USD }',
          '  - { name: l, hashrate: 100 TH/s, power: 2000 W, count: 1, unitPrice: 2000 USD, purchased: 2026-11-20, deploymentDelay: 60 days }',
        ].join('\n'),
        [
          '  leases: [{ cohort: l, payment: 100 USD/month, term: 1 month, residual: 3000 USD }]',
          '  tax: { rate: 21 %, depreciation: { method: straight-line, lifeYears: 3 } }',
        ].join('\n'),
      ),
    );
    const flows = new Array<number>(DAYS).fill(0);
    for (let d = 0; d < DAYS; d++) flows[d] = 2.6 + (d >= 362 ? 2.6 : 0);
    // m's capex on day 0; l's paid by the lessor on day 302; the lease's payment and buyout.
    flows[0] -= 2000;
    flows[332] -= 100 + 3000;
    const profit = (from: number, to: number) => {
      let sum = 0;
      for (let d = from; d <= to; d++) sum += 2.6 + (d >= 362 ? 2.6 : 0);
      return sum;
    };
    const m = 2000 / 3;
    const incomes = [
      profit(0, 343) - 100 - m,
      profit(344, 708) - m - 1000,
      // The last year: a whole year's depreciation, and l's 1,000 left written off at the horizon.
      profit(709, 730) - m - 1000 - 1000,
    ];
    expect(incomes[0]).toBeCloseTo(127.73, 2);
    const due = taxes(incomes);
    flows[343] -= due[0];
    flows[708] -= due[1];
    flows[730] -= due[2];
    expect(h.equityNpvUsd!.quantiles.p50).toBeCloseTo(npvOf(flows), 4);
  }, 60_000);
});

describe('a lease of a cohort bought before the start', () => {
  it('compilePlan() runs the lease from the start, as the cohort’s capex, and docs/scenario-reference.md says so', async () => {
    // Cohort l bought on 2025-10-01, before the start (2026-01-22): its capex falls on day 0 and
    // its 12-month lease pays on days round(k x 30.4375) from day 0, the last on day 365.
    const s = await scenarioOf(
      scenario(
        '  - { name: l, hashrate: 100 TH/s, power: 2000 W, count: 1, unitPrice: 2000 USD, purchased: 2025-10-01 }',
        '  leases: [{ cohort: l, payment: 100 USD/month, term: 12 months }]',
      ),
    );
    const plan = compilePlan(s, await loadCompileInputs(s));
    const lease = plan.books!.leases[0];
    expect(lease.capexDay).toBe(0);
    expect(Array.from(lease.paymentDays)).toEqual(
      Array.from({ length: 12 }, (_, k) => Math.round(((k + 1) * 365.25) / 12)),
    );
    const reference = readFileSync(new URL('../../docs/scenario-reference.md', import.meta.url), 'utf8');
    const term = reference.split('\n').find((line) => line.startsWith('| `finance.leases[].term` |'))!;
    expect(term).toContain('from the start for a cohort bought before it');
  }, 60_000);
});

describe('a lease beside a loan', () => {
  it('validateScenarioText() refuses a loan without `cohorts` (the whole fleet) beside a lease, saying to list the cohorts it is on', async () => {
    const v = await validateScenarioText(
      scenario(
        [
          '  - { name: m, hashrate: 100 TH/s, power: 2000 W, count: 1, unitPrice: 2000 USD }',
          '  - { name: l, hashrate: 100 TH/s, power: 2000 W, count: 1, unitPrice: 2000 USD }',
        ].join('\n'),
        [
          '  loans: [{ principal: 1000 USD, rate: 10 %, term: 12 months }]',
          '  leases: [{ cohort: l, payment: 100 USD/month, term: 12 months }]',
        ].join('\n'),
      ),
      'leases-hand.yaml',
    );
    // The loan has no `cohorts` to leave "l" out of: it needs one, naming "m".
    expect(v.ok ? [] : v.problems.map((p) => [String(p.path), p.message])).toEqual([
      [
        'finance.loans[0]',
        'the loan has no `cohorts`, so it is on the whole fleet, and the cohort "l" is leased, so it is not the operation\'s to pledge: give the loan\'s `cohorts` without it (`cohorts: [m]`)',
      ],
    ]);
  });

  it('validateScenarioText() suggests `cohorts` a scenario can take as written, quoting a name with a comma', async () => {
    const v = await validateScenarioText(
      scenario(
        [
          '  - { name: "rack A, row 1", hashrate: 100 TH/s, power: 2000 W, count: 1, unitPrice: 2000 USD }',
          '  - { name: plain, hashrate: 100 TH/s, power: 2000 W, count: 1, unitPrice: 2000 USD }',
          '  - { name: l, hashrate: 100 TH/s, power: 2000 W, count: 1, unitPrice: 2000 USD }',
        ].join('\n'),
        [
          '  loans: [{ principal: 1000 USD, rate: 10 %, term: 12 months }]',
          '  leases: [{ cohort: l, payment: 100 USD/month, term: 12 months }]',
        ].join('\n'),
      ),
      'leases-hand.yaml',
    );
    const message = v.ok ? '' : v.problems.map((p) => p.message).join('\n');
    // It printed `cohorts: [rack A, row 1, plain]`, which YAML reads as three names.
    const suggested = /`(cohorts: \[.*?\])`/.exec(message)?.[1];
    expect(suggested).toBe('cohorts: ["rack A, row 1", plain]');
    expect(parse(suggested as string)).toEqual({ cohorts: ['rack A, row 1', 'plain'] });
  });
});
