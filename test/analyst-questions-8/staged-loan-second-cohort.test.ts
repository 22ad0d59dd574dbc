// An analyst's question: ten Antminer S19 Pros bought with cash on 2020-06-01 at 2,900 USD, ten
// more on 2020-09-01 at 2,600 USD with 60 % of their price borrowed (15,600 USD at 12 % a year,
// 12 months amortizing) on them alone; 0.05 USD/kWh, 2 % pool fee, back-tested two years. By hand
// from data/btc-daily.csv: the project's daily flows (10 machines, 20 from day 92; the capex on
// days 0 and 92) agree with daily.csv; the loan is drawn on day 92, the day its cohort is bought,
// not on the start, and its annuity (1,386.04 USD) falls due 92 + round(k x 30.4375) days after the
// start; the resale at the horizon is each cohort's 80 % at the week's hashprice then over the week
// to its first day hashing, capped at 1 (44,000 USD: hashprice was higher in May 2022 than in
// June or September 2020). Project: NPV 245,473.68 USD, payback on day 269 (2021-02-25, counted
// from the start, after the last purchase); equity: NPV 245,276.87 USD (the loan costs 196.81 USD
// at 10 %), IRR 755.0 % a year, payback on 2021-02-12 (day 256). A covenant on the second cohort
// alone is refused (a default would stop the first cohort's flows too), with what to give. The
// assumptions table said "15,600 USD (60 % of the capex)", which reads as the fleet's (55,000 USD),
// and not when the loan was drawn; it now says "of the capex of second", "drawn 2020-09-01".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cli,
  coinsPerHs,
  dateAfter,
  day,
  irrOf,
  npvOf,
  paybackDay,
  useScratchFolder,
  weekHashprice,
} from '../analyst-questions-2/hand.js';

const { backtest, scenarioFile } = useScratchFolder(); // the scenarios below draw no charts of their own accord

const START = '2020-06-01';
const DAYS = 731;
const SECOND = 92; // 2020-09-01
const PRINCIPAL = 0.6 * 10 * 2600;
const MONTHLY = 0.12 / 12;
const text = (loan: string) => `name: s19pro-staged-loan
start: ${START}
horizon: 2 years
fleet:
  - { name: first, model: Antminer S19 Pro, count: 10, unitPrice: 2900 USD }
  - { name: second, model: Antminer S19 Pro, count: 10, unitPrice: 2600 USD, purchased: 2020-09-01 }
power: { price: 0.05 USD/kWh }
costs: { poolFee: 2 % }
money: { discountRate: 10 %, salvage: { model: hashprice-linked, fraction: 80 % } }
finance:
  loans:
    - { cohorts: [second], loanToValue: 60 %, rate: 12 %, term: 12 months, repayment: amortizing${loan} }
outputs: { charts: [] }
`;

function project(): number[] {
  const flows: number[] = [];
  for (let d = 0; d < DAYS; d++) {
    const date = dateAfter(START, d);
    const units = d >= SECOND ? 20 : 10;
    flows.push(units * 110e12 * coinsPerHs(date) * day(date).price * 0.98 - units * 3.25 * 24 * 0.05);
  }
  flows[0] -= 29_000;
  flows[SECOND] -= 26_000;
  return flows;
}

describe('a fleet bought in stages with a loan on its second cohort', { timeout: 60_000 }, () => {
  it('minesim backtest: the loan drawn with its cohort, the equity’s NPV, IRR and payback by hand; a covenant on one cohort refused', async () => {
    const p = project();
    const { summary, folder } = await backtest(scenarioFile('s19pro-staged-loan', text('')));
    const rows = readFileSync(join(folder, 'daily.csv'), 'utf8').trim().split('\n').slice(1);
    let running = 0;
    rows.forEach((row, d) => {
      running += p[d];
      expect(Number(row.split(',')[15])).toBeCloseTo(running, 4); // cash_usd
    });
    const week = (d: number) => weekHashprice(START, d, 6.25);
    const resale =
      0.8 * 29_000 * Math.min(1, week(DAYS - 1) / week(0)) +
      0.8 * 26_000 * Math.min(1, week(DAYS - 1) / week(SECOND));
    expect(resale).toBe(44_000);
    const withResale = (f: number[]) => f.map((v, d) => v + (d === DAYS - 1 ? resale : 0));
    expect(npvOf(withResale(p), 0.1)).toBeCloseTo(245_473.68, 2);
    expect(summary.headline.npvUsd.quantiles.p50! / npvOf(withResale(p), 0.1) - 1).toBeCloseTo(0, 9);
    expect(paybackDay(p)).toBe(269);
    expect(summary.actual!.paybackDay).toBe(269);

    const payment = (PRINCIPAL * MONTHLY) / (1 - (1 + MONTHLY) ** -12);
    expect(payment).toBeCloseTo(1386.0411, 4);
    const e = p.slice();
    e[SECOND] += PRINCIPAL;
    for (let k = 1; k <= 12; k++) e[SECOND + Math.round(k * (365.25 / 12))] -= payment;
    const equityNpv = npvOf(withResale(e), 0.1);
    expect(equityNpv).toBeCloseTo(245_276.87, 2);
    expect(equityNpv - npvOf(withResale(p), 0.1)).toBeCloseTo(-196.81, 2);
    expect(summary.actual!.equity!.npvUsd! / equityNpv - 1).toBeCloseTo(0, 9);
    expect(summary.actual!.equity!.irr! / irrOf(withResale(e)) - 1).toBeCloseTo(0, 9);
    expect(summary.actual!.equity!.irr!).toBeCloseTo(7.55, 3);
    expect(paybackDay(e)).toBe(256);
    expect(summary.actual!.equity!.paybackDate).toBe('2021-02-12');

    expect(readFileSync(join(folder, 'summary.md'), 'utf8')).toContain(
      '| Loan: loan 1 | 15,600 USD (60 % of the capex of second) at 12 % a year over 12 months, amortizing, drawn 2020-09-01, on second | no loan-to-value covenant |',
    );

    const call = await cli(
      'validate',
      scenarioFile(
        's19pro-staged-call',
        text(', marginCall: { loanToValue: 90 %, restoreTo: 75 %, topUp: 0 USD }'),
      ),
    );
    expect(call.code).toBe(2);
    expect(call.stderr).toMatch(
      /finance\.loans\[0\]\.marginCall: a margin call the owners cannot meet is a default, .*this loan is secured on "second" only, so a default would also stop "first", .*secure the loan on the whole fleet \(leave out `cohorts`\), or leave out `marginCall`/,
    );
  });
});
