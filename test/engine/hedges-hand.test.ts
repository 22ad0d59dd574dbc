// Hedges in whole runs against hand computations: one 100 TH/s, 2 kW machine at a hashprice held
// at 50 USD/PH/s/day and a coin price fixed at 100,000 USD (the network flat, so every day mines
// 5e-5 BTC, 5 USD, and pays 2.4 USD of power), over 731 days from 2026-01-22. Each settlement is
// worked out here from the contract's terms as documented (scenario/schema/hedge.ts), not from
// minesim's code: a swap's month k covers days [round((k - 1) x 30.4375), round(k x 30.4375)) from
// its start and settles on its last day.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { claimMessages } from '../../src/messages/claims.js';
import { hedgeMessages as m } from '../../src/messages/hedges.js';
import { financeHeadlineRows } from '../../src/report/finance-headline.js';
import { financeTable } from '../../src/report/finance-table.js';
import { validateScenarioText } from '../../src/scenario/validate.js';
import { summaryJsonSchema } from '../../src/stats/summary-schema.js';
import { scenarioOf } from '../fixtures/scenarios.js';

const DAYS = 731;
const MONTH_DAYS = 365.25 / 12;

function scenario(finance: string, horizon = '2 years'): string {
  return `
name: hedges-hand
start: 2026-01-22
horizon: ${horizon}
fleet:
  - { name: m, hashrate: 100 TH/s, power: 2000 W, count: 1, unitPrice: 2000 USD }
power: { price: 0.05 USD/kWh }
network: { hashprice: 50 USD/PH/day, height: 933408, model: { type: growth, rate: 0 % } }
fees: { model: { type: share-of-subsidy, share: 0 % } }
price: { start: 100000 USD, model: { type: fixed } }
money: { discountRate: 10 %, salvage: { model: none } }
finance:
${finance}
`;
}

async function summaryOf(text: string, paths = 1) {
  const result = await runMonteCarlo(await scenarioOf(text), { paths, workers: 1, breakEvenPaths: 0 });
  return result.summary;
}

/** NPV at the scenario's 10 % a year of flows a day apart, the first on day 0. */
function npvOf(flows: readonly number[], rate = 0.1): number {
  return flows.reduce((sum, f, d) => sum + f * (1 + rate) ** (-d / 365.25), 0);
}

/** The machine's flows: 2.6 USD a day, the 2,000 USD on day 0. */
function machineFlows(): number[] {
  const flows = new Array<number>(DAYS).fill(2.6);
  flows[0] -= 2000;
  return flows;
}

/** Adds a swap's monthly settlements, `perDay` a day of each month, from day `start` for `months` months. */
function addSwap(flows: number[], start: number, months: number, perDay: number): number {
  let total = 0;
  for (let k = 1; k <= months; k++) {
    const from = start + Math.round((k - 1) * MONTH_DAYS);
    const to = start + Math.round(k * MONTH_DAYS);
    flows[to - 1] += perDay * (to - from);
    total += perDay * (to - from);
  }
  return total;
}

async function problems(text: string) {
  const v = await validateScenarioText(text, 'hedges.yaml');
  return v.ok ? [] : v.problems.map((p) => ({ path: String(p.path), message: p.message }));
}

describe('hedges in a run, by hand', () => {
  it('runMonteCarlo() settles a hashprice swap monthly: 1 PH/s at 60 USD/PH/day against 50 pays 10 USD a day, on each month’s last day', async () => {
    const s = await summaryOf(
      scenario(
        '  hedges: [{ type: hashprice-swap, hashrate: 1 PH/s, price: 60 USD/PH/day, term: 12 months }]',
      ),
    );
    const flows = machineFlows();
    const total = addSwap(flows, 0, 12, 10);
    // Twelve months from day 0 end on day 365 (round(12 x 30.4375)), so 365 days of 10 USD.
    expect(total).toBe(3650);
    expect(s.headline.hedgeNetUsd!.quantiles.p50).toBeCloseTo(3650, 6);
    expect(s.headline.equityNpvUsd!.quantiles.p50).toBeCloseTo(npvOf(flows), 6);
    // The project is the operation unhedged.
    expect(s.headline.npvUsd.quantiles.p50).toBeCloseTo(npvOf(machineFlows()), 6);
  }, 60_000);

  it('runMonteCarlo() settles a price swap on the month’s average price: 1 BTC a month at 110,000 against 100,000, from 2026-03-01', async () => {
    const s = await summaryOf(
      scenario(
        '  hedges: [{ type: price-swap, coins: 1, price: 110000 USD, term: 12 months, start: 2026-03-01 }]',
      ),
    );
    const flows = machineFlows();
    // 2026-03-01 is day 38; each month pays 10,000 USD whatever its length.
    let total = 0;
    for (let k = 1; k <= 12; k++) {
      flows[38 + Math.round(k * MONTH_DAYS) - 1] += 10000;
      total += 10000;
    }
    expect(s.headline.hedgeNetUsd!.quantiles.p50).toBeCloseTo(total, 6);
    expect(s.headline.equityNpvUsd!.quantiles.p50).toBeCloseTo(npvOf(flows), 4);
  }, 60_000);

  it('runMonteCarlo() pays an option’s premium on its start and its payoff at expiry: a bought put in the money, a sold call against the holder', async () => {
    const s = await summaryOf(
      scenario(
        [
          '  hedges:',
          '    - { type: put, coins: 2, strike: 120000 USD, premium: 5000 USD, expiry: 2027-06-30 }',
          '    - { type: call, position: sold, coins: 1, strike: 90000 USD, premium: 3000 USD, expiry: 2027-12-31 }',
        ].join('\n'),
      ),
    );
    const flows = machineFlows();
    // Put: 2 x 5,000 paid on day 0, 2 x (120,000 - 100,000) received on 2027-06-30 (day 524).
    // Sold call: 3,000 received on day 0, 1 x (100,000 - 90,000) paid on 2027-12-31 (day 708).
    flows[0] += -10000 + 3000;
    flows[524] += 40000;
    flows[708] -= 10000;
    expect(s.headline.hedgeNetUsd!.quantiles.p50).toBeCloseTo(-10000 + 40000 + 3000 - 10000, 6);
    expect(s.headline.equityNpvUsd!.quantiles.p50).toBeCloseTo(npvOf(flows), 4);
  }, 60_000);

  it('runMonteCarlo() taxes the hedges’ settlements as the equity’s income in the year they are paid', async () => {
    // 21 % on calendar years (last days 343, 708 and the horizon's 730), no depreciation rule: the
    // 2,000 USD machine is a cost only when disposed of, at the horizon (valued at its salvage,
    // none), in the last year. Each year's income is its days x 2.6 USD plus the swap's
    // settlements paid that year (the months ending on days up to 343 in the first, the rest in
    // the second); losses are carried forward.
    const s = await summaryOf(
      scenario(
        [
          '  hedges: [{ type: hashprice-swap, hashrate: 1 PH/s, price: 60 USD/PH/day, term: 12 months }]',
          '  tax: { rate: 21 % }',
        ].join('\n'),
      ),
    );
    const flows = machineFlows();
    const hedge = new Array<number>(DAYS).fill(0);
    addSwap(hedge, 0, 12, 10);
    const ends = [343, 708, 730];
    let start = 0;
    let projectTax = 0;
    const equity = flows.map((f, d) => f + hedge[d]);
    for (const end of ends) {
      let income = 0;
      for (let d = start; d <= end; d++) income += 2.6 + hedge[d];
      // The machine's 2,000 USD: the horizon values it at its salvage (none), so it is a loss of
      // its basis then, set against the last year's income.
      if (end === 730) income -= 2000;
      const tax = income > 0 ? 0.21 * income : 0;
      equity[end] -= tax;
      projectTax += tax;
      start = end + 1;
    }
    expect(projectTax).toBeGreaterThan(0);
    expect(s.headline.equityNpvUsd!.quantiles.p50).toBeCloseTo(npvOf(equity), 4);
  }, 60_000);

  it('docs/scenario-reference.md says, where it lists what `finance.tax` taxes, that the hedges’ settlements and premiums are taxed in the year they are paid', () => {
    const reference = readFileSync(new URL('../../docs/scenario-reference.md', import.meta.url), 'utf8');
    const tax = reference.split('\n').find((line) => line.startsWith('| `finance.tax` |'))!;
    expect(tax).toContain(
      'the hedges’ settlements and premiums (the equity’s) in the tax year they are paid',
    );
  });

  it('README.md’s table of inputs names the hedges in its `finance` row', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const row = readme.split('\n').find((line) => line.startsWith('| `finance` |'))!;
    expect(row).toContain('hedges (hashprice and price swaps, puts and calls)');
  });

  it('summaryJsonSchema() and the claims’ messages describe the equity’s flows with the hedges they carry', () => {
    // The equity's flows carry the hedges' settlements and premiums (the tests above): a
    // description of them as 'after debt service, leases and tax' leaves those out.
    const schema = JSON.stringify(summaryJsonSchema());
    expect(schema).not.toContain('after debt service, leases and tax');
    expect(schema).toContain('after debt service, leases, hedges and tax');
    expect(claimMessages.equityWithoutFinance('equity npv')).toContain(
      'after debt service, leases, hedges and tax',
    );
  });

  it('financeTable() and financeHeadlineRows() show the hedges’ net settlements', async () => {
    const s = await summaryOf(
      scenario(
        '  hedges: [{ type: hashprice-swap, hashrate: 1 PH/s, price: 60 USD/PH/day, term: 12 months }]',
      ),
    );
    const rows = financeTable(s, true).flatMap((t) => t.rows.map((r) => r[0]));
    expect(rows).toContain('Hedges: settlements and premiums, net (USD)');
    expect(financeHeadlineRows(s, true).map((r) => r[0])).toContain('hedges, net');
  }, 60_000);
});

describe('hedges that do not fit the horizon', () => {
  it('validateScenarioText() refuses a swap whose last month ends after the horizon, at its term', async () => {
    // 2 years from 2026-01-22 end on 2028-01-22 (day 730); 25 months would end on day 760.
    const found = await problems(
      scenario(
        '  hedges: [{ type: hashprice-swap, hashrate: 1 PH/s, price: 60 USD/PH/day, term: 25 months }]',
      ),
    );
    expect(found).toEqual([
      {
        path: 'finance.hedges[0].term',
        message: expect.stringContaining(m.swapAfterHorizon('2028-02-21', '2028-01-22', 24)),
      },
    ]);
  });

  it('validateScenarioText() accepts a swap of as many months as the horizon: its last month ends on the horizon’s last day', async () => {
    expect(
      await problems(
        scenario('  hedges: [{ type: price-swap, coins: 1, price: 90000 USD, term: 24 months }]', '2 years'),
      ),
    ).toEqual([]);
  });

  it('validateScenarioText() refuses an option expiring after the horizon or before it starts, and a hedge starting before the scenario', async () => {
    const found = await problems(
      scenario(
        [
          '  hedges:',
          '    - { type: put, coins: 1, strike: 90000 USD, premium: 1000 USD, expiry: 2028-06-30 }',
          '    - { type: call, coins: 1, strike: 90000 USD, premium: 1000 USD, start: 2026-06-01, expiry: 2026-05-01 }',
          '    - { type: price-swap, coins: 1, price: 90000 USD, term: 1 month, start: 2025-12-01 }',
        ].join('\n'),
      ),
    );
    expect(found).toEqual([
      {
        path: 'finance.hedges[0].expiry',
        message: expect.stringContaining(m.expiryAfterHorizon('2028-06-30', '2028-01-22')),
      },
      {
        path: 'finance.hedges[1].expiry',
        message: expect.stringContaining(m.expiryBeforeStart('2026-05-01', '2026-06-01')),
      },
      {
        path: 'finance.hedges[2].start',
        message: expect.stringContaining(m.startBeforeScenario('2025-12-01', '2026-01-22')),
      },
    ]);
  });
});

describe('claims on the hedges', () => {
  it('runMonteCarlo() judges `P(hedges net >= 3649 USD) >= 0.5` on the hedges’ net settlements (3,650 USD on every path of a flat market)', async () => {
    const text = `${scenario('  hedges: [{ type: hashprice-swap, hashrate: 1 PH/s, price: 60 USD/PH/day, term: 12 months }]')}claims:\n  - P(hedges net >= 3649 USD) >= 0.5\n  - P(hedges net > 3651 USD) >= 0.5\n`;
    const s = await summaryOf(text, 20);
    expect(s.claims.map((c) => [c.text, c.verdict])).toEqual([
      ['P(hedges net >= 3649 USD) >= 0.5', 'supported'],
      ['P(hedges net > 3651 USD) >= 0.5', 'refuted'],
    ]);
  }, 60_000);

  it('validateScenarioText() refuses a claim on the hedges in a scenario without hedges', async () => {
    const text = scenario('  tax: { rate: 21 % }').concat('claims:\n  - P(hedges net >= 0 USD) >= 0.5\n');
    expect(await problems(text)).toEqual([
      { path: 'claims[0]', message: expect.stringContaining(claimMessages.hedgesWithoutHedges()) },
    ]);
  });
});

describe('a scenario with hedges or tax and no loan covenant', () => {
  it('runMonteCarlo() leaves P(margin call) and P(default) out of the summary and its tables: neither can happen without a covenant', async () => {
    const s = await summaryOf(
      scenario(
        [
          '  hedges: [{ type: hashprice-swap, hashrate: 1 PH/s, price: 60 USD/PH/day, term: 12 months }]',
          '  tax: { rate: 21 % }',
        ].join('\n'),
      ),
      20,
    );
    expect(s.headline.marginCall).toBeUndefined();
    expect(s.headline.default).toBeUndefined();
    expect(s.headline.equityNpvUsd).toBeDefined();
    const labels = financeHeadlineRows(s, false).map((r) => r[0]);
    expect(labels).not.toContain('P(margin call)');
    expect(labels).not.toContain('P(default)');
    const [odds] = financeTable(s, false);
    const questions = odds.rows.map((r) => r[0]);
    expect(questions).toContain('P(equity not paid back within the horizon)');
    expect(questions.filter((q) => /margin call|default/.test(q))).toEqual([]);
    expect(odds.title).toBe('Financing: the equity’s payback');
  }, 60_000);
});
