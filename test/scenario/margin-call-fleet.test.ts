// A margin call the owners cannot meet is a default, and a default ends every flow of the equity
// (src/engine/kernel/books.ts): right when the lender takes every machine, wrong when the loan is
// secured on part of the fleet. The shipped loan case with a second cohort of 100 S19j Pros, not
// pledged, defaulted ex post on 2022-01-07 with an equity IRR of <= -99.99 %: the spare cohort's
// three years of coins vanished with the pledged one (0.248 of 2,000 paths defaulted so, ex ante).
// Such a loan is now refused at its `marginCall`.
import { describe, expect, it } from 'vitest';
import { validateScenarioText } from '../../src/scenario/validate.js';

function scenario(loan: string, lease = ''): string {
  return `
name: margin-call-fleet
start: 2021-11-10
horizon: 2 years
fleet:
  - { name: a, hashrate: 100 TH/s, power: 3000 W, count: 10, unitPrice: 10000 USD }
  - { name: b, hashrate: 100 TH/s, power: 3000 W, count: 10, unitPrice: 10000 USD }
power: { price: 0.05 USD/kWh }
network: { model: { type: growth, calibrate: 1 year } }
fees: { model: { type: share-of-subsidy, share: 0 % } }
price: { model: { type: historical } }
money: { discountRate: 10 %, salvage: { model: hashprice-linked, fraction: 80 % } }
finance:
  loans: [${loan}]
${lease}`;
}

const problems = async (text: string) => {
  const v = await validateScenarioText(text, 'margin-call-fleet.yaml');
  return v.ok ? [] : v.problems.map((p) => [String(p.path), p.message]);
};

const CALL = 'marginCall: { loanToValue: 90 %, restoreTo: 75 % }';

describe('a loan with a margin call', () => {
  it('validateScenarioText() refuses a margin call on a loan secured on part of the fleet, naming the cohorts a default would stop', async () => {
    expect(
      await problems(scenario(`{ cohorts: [a], loanToValue: 50 %, rate: 12 %, term: 12 months, ${CALL} }`)),
    ).toEqual([
      [
        'finance.loans[0].marginCall',
        'a margin call the owners cannot meet is a default, which in minesim ends the whole operation\'s flows (the lender takes the machines, the equity keeps its cash and coins); this loan is secured on "a" only, so a default would also stop "b", which the lender has no claim on: secure the loan on the whole fleet (leave out `cohorts`), or leave out `marginCall`',
      ],
    ]);
  });

  it('validateScenarioText() says a leased cohort cannot be pledged when it is the one a default would stop', async () => {
    const [[path, message]] = await problems(
      scenario(
        `{ cohorts: [a], loanToValue: 50 %, rate: 12 %, term: 12 months, ${CALL} }`,
        '  leases: [{ cohort: b, payment: 1000 USD/month, term: 12 months }]',
      ),
    );
    expect(path).toBe('finance.loans[0].marginCall');
    expect(message).toContain('a leased cohort cannot be pledged, so leave out `marginCall`');
  });

  it('validateScenarioText() accepts the margin call on the whole fleet, with or without `cohorts`, and a loan on part of it without one', async () => {
    expect(await problems(scenario(`{ loanToValue: 50 %, rate: 12 %, term: 12 months, ${CALL} }`))).toEqual(
      [],
    );
    expect(
      await problems(
        scenario(`{ cohorts: [a, b], loanToValue: 50 %, rate: 12 %, term: 12 months, ${CALL} }`),
      ),
    ).toEqual([]);
    expect(
      await problems(scenario('{ cohorts: [a], loanToValue: 50 %, rate: 12 %, term: 12 months }')),
    ).toEqual([]);
  });

  it('validateScenarioText() accepts a margin call on the cohort bought as the rest of the fleet is retired: a default after the drawdown stops no flow of theirs', async () => {
    // "old" is sold on 2022-03-01, the day "new" is bought and the loan drawn (its first purchase):
    // a default comes on the drawdown day at the earliest, whose flows (the sale) it keeps, so it
    // stops nothing the lender has no claim on. It was refused, naming "old".
    const fleet = `
  - { name: old, hashrate: 100 TH/s, power: 3000 W, count: 10, unitPrice: 10000 USD, retire: 2022-03-01 }
  - { name: new, hashrate: 100 TH/s, power: 3000 W, count: 10, unitPrice: 10000 USD, purchased: 2022-03-01 }`;
    const text = scenario(
      `{ cohorts: [new], loanToValue: 50 %, rate: 12 %, term: 12 months, ${CALL} }`,
    ).replace(/fleet:\n(?: {2}- .*\n){2}/, `fleet:${fleet}\n`);
    expect(await problems(text)).toEqual([]);
    // Retired a day after the drawdown, it is still stopped by a default on that day: refused.
    const [[path, message]] = await problems(text.replace('retire: 2022-03-01', 'retire: 2022-03-02'));
    expect(path).toBe('finance.loans[0].marginCall');
    expect(message).toContain('a default would also stop "old"');
  });

  it('validateScenarioText() does not advise a whole-fleet loan when another loan holds the rest of the fleet', async () => {
    // Loan 0 (margin call) on "a", loan 1 on "b": the advice 'secure the loan on the whole fleet
    // (leave out `cohorts`)' led to the next refusal, '"b" is already pledged to finance.loans[0]'.
    const loans = `{ cohorts: [a], loanToValue: 50 %, rate: 12 %, term: 12 months, ${CALL} }, { cohorts: [b], loanToValue: 50 %, rate: 12 %, term: 12 months }`;
    const [[path, message]] = await problems(scenario(loans));
    expect(path).toBe('finance.loans[0].marginCall');
    expect(message).not.toContain('secure the loan on the whole fleet');
    expect(message).toContain('"b" is pledged to `finance.loans[1]`');
    expect(message).toMatch(/leave out `marginCall`$/);
  });

  it('validateScenarioText() tells a whole-fleet loan with a margin call beside a lease to leave out the margin call too', async () => {
    // It said only 'give the loan\'s `cohorts` without it (`cohorts: [a]`)', and the loan so given
    // was then refused at its marginCall ('a default would also stop "b"'); so with `cohorts: [a, b]`
    // ('leave it out of the loan\'s `cohorts`').
    const lease = '  leases: [{ cohort: b, payment: 1000 USD/month, term: 12 months }]';
    const whole = await problems(
      scenario(`{ loanToValue: 50 %, rate: 12 %, term: 12 months, ${CALL} }`, lease),
    );
    expect(whole).toHaveLength(1);
    expect(whole[0][1]).toContain('(`cohorts: [a]`) and leave out `marginCall`');
    const named = await problems(
      scenario(`{ cohorts: [a, b], loanToValue: 50 %, rate: 12 %, term: 12 months, ${CALL} }`, lease),
    );
    expect(named).toHaveLength(1);
    expect(named[0][1]).toContain("leave it out of the loan's `cohorts` and leave out `marginCall`");
    // Without a margin call, the advice is as it was.
    const plain = await problems(scenario('{ loanToValue: 50 %, rate: 12 %, term: 12 months }', lease));
    expect(plain[0][1]).toMatch(/\(`cohorts: \[a\]`\)$/);
  });

  it('validateScenarioText() does not tell a loan to leave out its margin call for a leased cohort gone by its drawdown', async () => {
    // "b" is leased for 6 months from 2021-11-10 and retired on 2022-06-01, the day "a" is bought:
    // the loan on "a" with its margin call is accepted, so the advice for the whole-fleet loan is
    // `cohorts: [a]` alone (it added 'and leave out `marginCall`').
    const fleet = `
  - { name: a, hashrate: 100 TH/s, power: 3000 W, count: 10, unitPrice: 10000 USD, purchased: 2022-06-01 }
  - { name: b, hashrate: 100 TH/s, power: 3000 W, count: 10, unitPrice: 10000 USD, retire: 2022-06-01 }`;
    const lease = '  leases: [{ cohort: b, payment: 1000 USD/month, term: 6 months }]';
    const text = (loan: string) =>
      scenario(loan, lease).replace(/fleet:\n(?: {2}- .*\n){2}/, `fleet:${fleet}\n`);
    expect(
      await problems(text(`{ cohorts: [a], loanToValue: 50 %, rate: 12 %, term: 12 months, ${CALL} }`)),
    ).toEqual([]);
    const whole = await problems(text(`{ loanToValue: 50 %, rate: 12 %, term: 12 months, ${CALL} }`));
    expect(whole[0][0]).toBe('finance.loans[0]');
    expect(whole[0][1]).toMatch(/\(`cohorts: \[a\]`\)$/);
  });
});
