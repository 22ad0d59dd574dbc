// The terms of loans, leases and swaps at validation: a term that is no whole number of months is
// refused where it is written, with the whole-month terms around it, never rounded; a term that
// ends where the horizon ends (60 months on `5 years`) is valid; one that runs past it is refused
// with the longest term that fits. 5 years from 2026-01-22 are 1826 days, the last 2031-01-21.
import { describe, expect, it } from 'vitest';
import { financeMessages as f } from '../../src/messages/finance.js';
import { hedgeMessages as h } from '../../src/messages/hedges.js';
import { schemaMessages as m } from '../../src/messages/schema.js';
import { validateScenarioText } from '../../src/scenario/validate.js';

const MONTH_DAYS = 365.25 / 12;

function scenario(finance: string, horizon = '5 years'): string {
  return `name: terms
start: 2026-01-22
horizon: ${horizon}
fleet:
  - { name: m, hashrate: 100 TH/s, power: 2000 W, count: 1, unitPrice: 2000 USD }
  - { name: n, hashrate: 100 TH/s, power: 2000 W, count: 1, unitPrice: 2000 USD }
power: { price: 0.05 USD/kWh }
network: { hashprice: 50 USD/PH/day, height: 933408, model: { type: growth, rate: 0 % } }
fees: { model: { type: share-of-subsidy, share: 0 % } }
price: { start: 100000 USD, model: { type: fixed } }
money: { discountRate: 10 %, salvage: { model: none } }
finance:
${finance}
`;
}

async function problems(text: string) {
  const v = await validateScenarioText(text, 'terms.yaml');
  return v.ok ? [] : v.problems.map((p) => ({ at: `${p.line}:${p.col}`, path: p.path, message: p.message }));
}

/** 1-based line and column of the first `needle` in `text`. */
function at(text: string, needle: string): string {
  const before = text.slice(0, text.indexOf(needle)).split('\n');
  return `${before.length}:${before[before.length - 1].length + 1}`;
}

const notWhole = (days: number, below: number, above: number, written: string) =>
  `${m.notWholeMonths(days, days / MONTH_DAYS, below, above)} (got ${JSON.stringify(written)})`;

describe('terms that are no whole number of months', () => {
  it('validateScenarioText() refuses a loan of 45 days, a lease of 6 weeks and a swap of 1095 days at once, each at its term, with the whole-month terms around it', async () => {
    const text = scenario(
      [
        '  loans: [{ principal: 1000 USD, rate: 12 %, term: 45 days, cohorts: [m] }]',
        '  leases: [{ cohort: n, payment: 50 USD/month, term: 6 weeks }]',
        '  hedges: [{ type: price-swap, coins: 1, price: 90000 USD, term: 1095 days }]',
      ].join('\n'),
    );
    expect(await problems(text)).toEqual([
      {
        at: at(text, '45 days'),
        path: 'finance.loans[0].term',
        message: notWhole(45, 1, 2, '45 days'),
      },
      {
        at: at(text, '6 weeks'),
        path: 'finance.leases[0].term',
        message: notWhole(42, 1, 2, '6 weeks'),
      },
      {
        at: at(text, '1095 days'),
        path: 'finance.hedges[0].term',
        message: notWhole(1095, 35, 36, '1095 days'),
      },
    ]);
  });

  it('validateScenarioText() refuses a term more than half a day under a month at its bound (29.9 days), and 76 days as no whole months (between 2 and 3)', async () => {
    const short = scenario('  loans: [{ principal: 1000 USD, rate: 12 %, term: 29.9 days }]');
    expect(await problems(short)).toEqual([
      {
        at: at(short, '29.9 days'),
        path: 'finance.loans[0].term',
        message: `${m.atLeast('1 month')} (got "29.9 days")`,
      },
    ]);
    const between = scenario('  loans: [{ principal: 1000 USD, rate: 12 %, term: 76 days }]');
    expect((await problems(between)).map((p) => p.message)).toEqual([notWhole(76, 2, 3, '76 days')]);
  });

  it('validateScenarioText() accepts terms in days within half a day of whole months: a loan of 365 days, a lease of 1826 days, a swap of 30 days', async () => {
    const text = scenario(
      [
        '  loans: [{ principal: 1000 USD, rate: 12 %, term: 365 days, cohorts: [m] }]',
        '  leases: [{ cohort: n, payment: 50 USD/month, term: 1826 days }]',
        '  hedges: [{ type: price-swap, coins: 1, price: 90000 USD, term: 30 days }]',
      ].join('\n'),
    );
    expect(await problems(text)).toEqual([]);
  });
});

describe('a covenant tested against a term in days', () => {
  it('validateScenarioText() takes a 30-day term as the month it is: a covenant tested every month fits it, one tested every 31 days does not', async () => {
    const covenant = (every: string) =>
      scenario(
        `  loans: [{ principal: 1000 USD, rate: 12 %, term: 30 days, marginCall: { loanToValue: 90 %, testEvery: ${every} } }]`,
      ).replace('salvage: { model: none }', 'salvage: { model: fixed, fraction: 80 % }');
    expect(await problems(covenant('1 month'))).toEqual([]);
    expect((await problems(covenant('31 days'))).map((p) => [p.path, p.message])).toEqual([
      [
        'finance.loans[0].marginCall.testEvery',
        `${f.testedLessThanOnceATerm(31, MONTH_DAYS)} (got "31 days")`,
      ],
    ]);
  });
});

describe('terms that end where the horizon ends', () => {
  it('validateScenarioText() accepts a loan, a lease and a swap of 60 months on a 5-year horizon (their last month ends on day 1826, where the horizon ends)', async () => {
    const text = scenario(
      [
        '  loans: [{ principal: 1000 USD, rate: 12 %, term: 60 months, cohorts: [m] }]',
        '  leases: [{ cohort: n, payment: 50 USD/month, term: 5 years }]',
        '  hedges: [{ type: hashprice-swap, hashrate: 1 PH/s, price: 60 USD/PH/day, term: 60 months }]',
      ].join('\n'),
    );
    expect(await problems(text)).toEqual([]);
  });

  it('validateScenarioText() refuses a loan, a lease and a swap of 61 months on a 5-year horizon, saying the longest term that fits (60 months)', async () => {
    const text = scenario(
      [
        '  loans: [{ principal: 1000 USD, rate: 12 %, term: 61 months, cohorts: [m] }]',
        '  leases: [{ cohort: n, payment: 50 USD/month, term: 61 months }]',
        '  hedges: [{ type: hashprice-swap, hashrate: 1 PH/s, price: 60 USD/PH/day, term: 61 months }]',
      ].join('\n'),
    );
    // 61 months end on day round(61 x 30.4375) = 1857, 2031-02-22; a swap's last month the day before.
    expect((await problems(text)).map((p) => [p.path, p.message])).toEqual([
      ['finance.loans[0].term', `${f.maturesAfterHorizon('2031-02-22', '2031-01-21', 60)} (got "61 months")`],
      ['finance.leases[0].term', `${f.leaseAfterHorizon('2031-02-22', '2031-01-21', 60)} (got "61 months")`],
      ['finance.hedges[0].term', `${h.swapAfterHorizon('2031-02-21', '2031-01-21', 60)} (got "61 months")`],
    ]);
  });

  it('validateScenarioText() refuses a 60-month loan that runs a day past the horizon: drawn a day after the start, or on a horizon of 1825 days', async () => {
    const late = scenario(
      '  loans: [{ principal: 1000 USD, rate: 12 %, term: 60 months, start: 2026-01-23 }]',
    );
    expect((await problems(late)).map((p) => p.message)).toEqual([
      `${f.maturesAfterHorizon('2031-01-23', '2031-01-21', 59)} (got "60 months")`,
    ]);
    const short = scenario('  loans: [{ principal: 1000 USD, rate: 12 %, term: 60 months }]', '1825 days');
    expect((await problems(short)).map((p) => p.message)).toEqual([
      `${f.maturesAfterHorizon('2031-01-22', '2031-01-20', 59)} (got "60 months")`,
    ]);
  });

  it('validateScenarioText() accepts a 61-month loan on a 5-year horizon with balloonAtHorizon', async () => {
    expect(
      await problems(
        scenario('  loans: [{ principal: 1000 USD, rate: 12 %, term: 61 months, balloonAtHorizon: true }]'),
      ),
    ).toEqual([]);
  });

  it('maturesAfterHorizon() and leaseAfterHorizon() say to start earlier when not a month is left in the horizon', () => {
    expect(f.maturesAfterHorizon('2031-02-22', '2031-01-21', 0)).toContain('draw it earlier');
    expect(f.leaseAfterHorizon('2031-02-22', '2031-01-21', 0)).toContain('buy the cohort earlier');
    expect(h.swapAfterHorizon('2031-02-21', '2031-01-21', 1)).toContain('at most 1 month or');
  });

  it('validateScenarioText() of a 1-day horizon with a loan, a lease and a swap from its first day names only the horizon to lengthen: nothing starts earlier than the start', async () => {
    const text = scenario(
      [
        '  loans: [{ principal: 1000 USD, rate: 12 %, term: 1 month, cohorts: [m] }]',
        '  leases: [{ cohort: n, payment: 50 USD/month, term: 1 month }]',
        '  hedges: [{ type: price-swap, coins: 1, price: 90000 USD, term: 1 month }]',
      ].join('\n'),
      '1 day',
    );
    const found = await problems(text);
    expect(found.map((p) => p.message)).toEqual([
      `${f.maturesAfterHorizon('2026-02-21', '2026-01-22', 0, false)} (got "1 month")`,
      `${f.leaseAfterHorizon('2026-02-21', '2026-01-22', 0, false)} (got "1 month")`,
      `${h.swapAfterHorizon('2026-02-20', '2026-01-22', 0, false)} (got "1 month")`,
    ]);
    for (const message of found.map((p) => p.message)) {
      expect(message).not.toContain('earlier');
      expect(message).toContain('lengthen the horizon');
    }
    expect(f.maturesAfterHorizon('2026-02-21', '2026-01-22', 0, false)).toContain(
      'to repay the balance left at the horizon, or lengthen the horizon',
    );
  });
});
