// A hosting contract renews on the same terms while the site hosts machines (power.hosting.term:
// term k ends round(k x term) days after the start), so its deposit stays held from term to term
// and comes back when hosting ends: at the end of the first term that finds the fleet gone, or on
// the horizon's last day. Ten S19s (3,250 W) at 10 USD/kW/month on nameplate power: 325 USD of fees
// a month, a deposit of 2 months 650 USD, paid on day 0. The start is 2021-01-01, the horizon 2
// years (731 days, the last day 730). Earlier builds refunded it where the first term ended, as if
// the machines had left the site then (day 365 of a 1-year term on a 2-year horizon).
import { describe, expect, it } from 'vitest';
import { compilePlan } from '../../src/engine/compile/compile.js';
import { hostingEndDay, lastHostedDay } from '../../src/engine/compile/contracts.js';
import { loadCompileInputs } from '../../src/engine/compile/inputs.js';
import { NO_CONTRACT } from '../../src/model/hosting.js';
import { scenarioOf } from '../fixtures/scenarios.js';

const DEPOSIT = 650;

const text = (term: string, retire?: string, tax = false) => `
name: deposit-renewal
start: 2021-01-01
horizon: 2 years
fleet:
  - { model: Antminer S19, count: 10, unitPrice: 5000 USD, power: 3250 W${retire === undefined ? '' : `, retire: ${retire}`} }
power:
  price: 0.05 USD/kWh
  hosting: { basis: per-kw, rate: 10 USD/kW/month, deposit: 2 months, term: ${term} }
${tax ? 'finance: { tax: { rate: 21 % } }' : ''}
`;

/** The days the plan pays (+) and refunds (-) the deposit on, and the books' and the tax's refund day. */
async function depositDays(term: string, retire?: string) {
  const plan = compilePlan(
    await scenarioOf(text(term, retire, true)),
    await loadCompileInputs(await scenarioOf(text(term, retire, true))),
  );
  const moves: [number, number][] = [];
  plan.fixedUsdPerDay.forEach((usd, d) => {
    if (Math.abs(usd) > 1e-9) moves.push([d, Math.round(usd * 1e6) / 1e6]);
  });
  return {
    moves,
    books: plan.books!.deposit.refundDay,
    tax: plan.books!.tax!.depositRefundDay,
    days: plan.days,
  };
}

describe('a hosting deposit while the contract renews, by hand', () => {
  it('a 1-year term on a 2-year horizon, the fleet never sold: back on day 730, not on day 365 where the first term ends', async () => {
    const d = await depositDays('1 year');
    expect(d.days).toBe(731);
    expect(d.moves).toEqual([
      [0, DEPOSIT],
      [730, -DEPOSIT],
    ]);
    expect(d.books).toBe(730);
    expect(d.tax).toBe(730);
  });

  it('a 6-month term renewed three times: the fleet sold on day 400 (2022-02-05) leaves it back where the third term ends, day round(3 x 182.625) = 548', async () => {
    // Terms end on days 183, 365, 548, 731: the first that finds the fleet gone (day 400) is 548.
    const d = await depositDays('6 months', '2022-02-05');
    expect(d.moves).toEqual([
      [0, DEPOSIT],
      [548, -DEPOSIT],
    ]);
    expect(d.books).toBe(548);
    expect(d.tax).toBe(548);
  });

  it('a term of 1 day renews every day: back on the day the fleet is sold (day 400)', async () => {
    const d = await depositDays('1 day', '2022-02-05');
    expect(d.moves).toEqual([
      [0, DEPOSIT],
      [400, -DEPOSIT],
    ]);
  });

  it('a fleet gone within the first term: back where the term ends (sold on day 100, a 1-year term: day 365)', async () => {
    const d = await depositDays('1 year', '2021-04-11');
    expect(d.moves).toEqual([
      [0, DEPOSIT],
      [365, -DEPOSIT],
    ]);
  });

  it('a fleet sold on the day the term ends is not renewed for it (day 365), one sold a day later is (day 731, after the horizon: its last day)', async () => {
    expect((await depositDays('1 year', '2022-01-01')).books).toBe(365);
    expect((await depositDays('1 year', '2022-01-02')).books).toBe(730);
  });

  it('a term ending on the horizon’s last day (730 days) or the day after (731) has it back on day 730', async () => {
    expect((await depositDays('730 days')).books).toBe(730);
    expect((await depositDays('731 days')).books).toBe(730);
    expect((await depositDays('730 days', '2022-02-05')).books).toBe(730);
  });

  it('hostingEndDay() counts renewals at round(k x term) and lastHostedDay() takes a stranded cohort as gone', () => {
    const year = { ...NO_CONTRACT, termDays: 365, termLengthDays: 365.25 };
    // Renewals of a 365.25-day year end on days 365, 731, 1096, 1461.
    expect([0, 365, 366, 731, 732, 1097].map((g) => hostingEndDay(year, g))).toEqual([
      365, 365, 731, 731, 1096, 1461,
    ]);
    expect(hostingEndDay(year, Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
    // Sold on day 500, the other stranded on day 300: the site hosts nothing from day 500.
    expect(
      lastHostedDay([
        { retireDay: 500, brickDay: 900 },
        { retireDay: 900, brickDay: 300 },
      ]),
    ).toBe(500);
    // With `never` (the daily view's plan.days), a cohort at it never leaves.
    expect(lastHostedDay([{ retireDay: 900, brickDay: 900 }], 900)).toBe(Number.POSITIVE_INFINITY);
  });
});
