// An analyst's question: 100 Antminer S9s bought at the December 2017 price peak (2017-12-17, BTC
// 19,250 USD) at 2,300 USD each, 60 % of the capex on a 24-month amortizing loan at 12.8 % with an
// 85 % loan-to-value covenant tested daily, the machines sold on the May 2020 halving day. Every
// figure of the back-test is redone by hand from data/btc-daily.csv: the project's payback, net,
// NPV and IRR, the resale on the halving day, and the loan's book (its annuity, each daily margin
// call repaying principal down to 85 % of the collateral, the calls' interest with the next
// payment) to the equity's payback, NPV and IRR. The back-test said only "margin call: yes": the
// covenant called on 107 days from 2017-12-24 and repaid 121,063 USD of the 138,000 lent within
// the first year, which no output said. The back-test now dates the first call and counts the
// calls and the principal they repaid (summary.json actual.equity, the terminal, summary.md,
// report.html, and a run's back-test row).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  coinsPerHs,
  dateAfter,
  day,
  irrOf,
  npvOf,
  paybackDay,
  useScratchFolder,
  weekHashprice,
} from './hand.js';

const { backtest, scenarioFile } = useScratchFolder({ charts: false });

const START = '2017-12-17';
const DAYS = 877; // to 2020-05-11, the halving and the sale
const UNITS = 100;
const CAPEX = 230_000;
const file = () =>
  scenarioFile(
    's9-peak-2017-loan',
    `name: s9-peak-2017-loan
start: ${START}
horizon: ${DAYS} days
fleet:
  - { name: s9, model: Antminer S9, count: ${UNITS}, unitPrice: 2300 USD, retire: 2020-05-11 }
power: { price: 0.05 USD/kWh }
costs: { poolFee: 2 % }
finance:
  loans:
    - { name: asic-loan, loanToValue: 60 %, rate: 12.8 %, term: 24 months, marginCall: { loanToValue: 85 % } }
`,
  );

/** The project's daily flows by hand: 1.35 PH/s after the pool fee, 132.3 kW at 0.05 USD/kWh, none on the sale day. */
function project() {
  const profit: number[] = [];
  for (let d = 0; d < DAYS; d++) {
    const date = dateAfter(START, d);
    profit.push(
      d === DAYS - 1 ? 0 : UNITS * 13.5e12 * coinsPerHs(date) * day(date).price * 0.98 - 132.3 * 24 * 0.05,
    );
  }
  // Resale: 80 % of 2,300 USD x the week's hashprice to the halving day at the new 6.25 BTC over the
  // week's to the start (its days before the start at the start's price) at 12.5 BTC.
  const base = weekHashprice(START, 0, 12.5);
  const resale = 0.8 * 2300 * UNITS * Math.min(1, weekHashprice(START, DAYS - 1, 6.25) / base);
  const flows = profit.slice();
  flows[0] -= CAPEX;
  flows[DAYS - 1] += resale;
  return { profit, flows, resale, base };
}

/** The equity's flows: the loan's annuity, a daily covenant test after the day's payment, each call out of the cash. */
function equity(p: ReturnType<typeof project>) {
  const principal = 0.6 * CAPEX;
  const i = 0.128 / 12;
  const months = 24;
  const paymentDays = Array.from({ length: months }, (_, k) => Math.round((k + 1) * (365.25 / 12)));
  const flows = p.flows.slice();
  flows[0] += principal;
  let balance = principal;
  let accrued = 0;
  let last = 0;
  let next = 0;
  const calls: { day: number; usd: number }[] = [];
  for (let d = 0; d < DAYS; d++) {
    if (next < months && paymentDays[next] === d) {
      const left = months - next;
      const annuity = (balance * i) / (1 - (1 + i) ** -left);
      flows[d] -= annuity + accrued;
      balance -= annuity - balance * i;
      accrued = 0;
      last = d;
      next++;
    }
    if (d < DAYS - 1 && balance > 1e-9) {
      const collateral = 0.8 * 2300 * UNITS * Math.min(1, weekHashprice(START, d, 12.5) / p.base);
      if (balance > 0.85 * collateral) {
        const call = balance - 0.85 * collateral;
        // Owed from the last payment (or the drawdown) to the end of the call's day.
        accrued += (call * i * (d + 1 - last)) / (365.25 / 12);
        balance -= call;
        flows[d] -= call;
        calls.push({ day: d, usd: call });
      }
    }
  }
  return { flows, calls, balance };
}

describe('an S9 fleet bought at the December 2017 peak on a loan, sold at the 2020 halving', {
  timeout: 60_000,
}, () => {
  it('minesim backtest: the project, the resale at the halving and the loan book agree with the hand computation', async () => {
    const p = project();
    const { summary, text, folder } = await backtest(file());
    const a = summary.actual!;
    // The project: paid back on day 213, 2018-07-18 (161 days after the 52 held fixed).
    expect(paybackDay(p.flows)).toBe(213);
    expect(a.paybackDate).toBe('2018-07-18');
    expect(p.resale).toBeCloseTo(3794.65, 2); // 37.95 USD a machine: hashprice fell from 3,828 to 78.9 USD/PH/s/day
    const net = p.flows.reduce((s, f) => s + f, 0);
    expect(net).toBeCloseTo(78_697.43, 2);
    expect(summary.headline.netAtHorizonUsd.quantiles.p50).toBeCloseTo(net, 6);
    expect(summary.headline.npvUsd.quantiles.p50).toBeCloseTo(npvOf(p.flows, 0.1), 6);
    expect(summary.headline.irr.quantiles.p50).toBeCloseTo(irrOf(p.flows), 6);
    expect(irrOf(p.flows)).toBeCloseTo(1.3446, 4);
    // The loan: 138,000 USD drawn; 107 calls from 2017-12-24 to 2018-12-16 repay 121,063 USD.
    const e = equity(p);
    expect(e.calls).toHaveLength(107);
    expect(dateAfter(START, e.calls[0].day)).toBe('2017-12-24');
    expect(dateAfter(START, e.calls[106].day)).toBe('2018-12-16');
    const repaid = e.calls.reduce((s, c) => s + c.usd, 0);
    expect(repaid).toBeCloseTo(121_062.99, 2);
    expect(e.balance).toBeCloseTo(0, 6);
    expect(a.equity!.marginCall).toBe(true);
    expect(a.equity!.defaultDate).toBeNull();
    expect(a.equity!.firstMarginCallDate).toBe('2017-12-24');
    expect(a.equity!.marginCallsMet).toBe(107);
    expect(a.equity!.marginCallsUsd).toBeCloseTo(repaid, 4);
    // The equity: paid back on 2018-05-26 (day 160), NPV 64,945.65 USD, IRR 284 % a year.
    expect(dateAfter(START, paybackDay(e.flows)!)).toBe('2018-05-26');
    expect(a.equity!.paybackDate).toBe('2018-05-26');
    expect(npvOf(e.flows, 0.1)).toBeCloseTo(64_945.65, 2);
    expect(a.equity!.npvUsd!).toBeCloseTo(npvOf(e.flows, 0.1), 4);
    expect(a.equity!.irr!).toBeCloseTo(irrOf(e.flows), 6);
    // Said alike in the terminal, summary.md and report.html.
    const calls = 'yes (first on 2017-12-24; 107 calls met, repaying 121,063 USD of principal)';
    expect(text).toMatch(new RegExp(`margin call / default +${calls.replace(/[()]/g, '\\$&')} / no`));
    expect(readFileSync(join(folder, 'summary.md'), 'utf8')).toContain(`| Margin call | ${calls} |`);
    expect(readFileSync(join(folder, 'report.html'), 'utf8')).toContain(calls);
  });
});
