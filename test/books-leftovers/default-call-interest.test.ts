// What a default taxes when a margin call's interest is still owed: a call repays principal, whose
// interest since the last payment (or the drawdown) is due with the next payment; a default before
// that payment cancels it with the debt. minesim counts interest in the tax year it is paid (a
// month's on its payment day, a call's with the next payment, a balloon's at the horizon), so
// interest a default cancels unpaid was never deducted, and the debt the lender's taking of the
// machines discharges is the balance of principal alone: a debt whose payment would have been
// deductible is no income when cancelled. On an accrual basis the interest would have been deducted
// as it accrued and come back as debt discharged, the same within the year; deducting it without
// counting it discharged (or counting it discharged without deducting it) would be wrong. Worked out
// by hand on one path (hand-books.ts), the README's "Financing and tax" statement, not the code.
import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { handBooks, MONTH_DAYS, npvOf, priceOn, scenario } from '../books-by-hand/hand-books.js';
import { scenarioOf } from '../fixtures/scenarios.js';

const DRIFT = -2;
/** 5 % a month, the interest a default cancels large enough for its tax to show. */
const MONTHLY = 0.05;
/** Tax years ending 01-31 from 2026-01-22: days 9, 374 and the horizon's last day. */
const YEAR_ENDS = [9, 374, 730];

const text = scenario(
  `finance:
  loans:
    - { principal: 1300 USD, rate: 60 %, term: 12 months, repayment: bullet, fee: 1 %, marginCall: { loanToValue: 90 %, restoreTo: 88 %, topUp: 0 USD } }
  tax: { rate: 21 %, yearEnd: 01-31, lossCarryForward: false, depreciation: { method: bonus, bonus: 100 %, lifeYears: 5 } }`,
  DRIFT,
);
const hand = handBooks(
  DRIFT,
  {
    principal: 1300,
    monthly: MONTHLY,
    months: 12,
    bullet: true,
    fee: 0.01,
    ltv: 0.9,
    restore: 0.88,
    topUp: 0,
  },
  { rate: 0.21, yearEnds: YEAR_ENDS, depreciation: [2000], carry: false },
);

/** The operation's cash of days `from` to `to`: the coins sold less the power. */
function operating(from: number, to: number): number {
  let sum = 0;
  for (let d = from; d <= to; d++) sum += 5e-5 * priceOn(DRIFT, d) - 2.4;
  return sum;
}

describe('a margin call met, then a default before its interest is paid, by hand', () => {
  // The machine's price falls 200 % a year (log). The first call, day 22: the 1,300 USD owed is
  // above 90 % of the collateral; 31.05 USD repays it to 88 %, out of the operation's cash (53.15
  // USD). Its principal was owed from the drawdown (day 0) to the end of day 22, 23 days: 31.05 x
  // 5 % x 23 / 30.4375 = 1.17 USD of interest, due with the first payment, day 30. The second call,
  // day 27 (34.27 USD), finds 31.90 USD and no top-up: a default, three days before that payment.
  const [first, second] = hand.calls;
  const balance = 1300 - first.call;
  const callInterest = (first.call * MONTHLY * 23) / MONTH_DAYS;
  const monthInterest = (balance * MONTHLY * 28) / MONTH_DAYS;
  // The tax year of days 10-27, closed by the default: the operation's profit, no interest (none was
  // paid in it: the first payment falls on day 30), the machine (its 2,000 USD depreciated in full
  // in the tax year to day 9, whose loss is not carried) sold for the 1,268.95 USD of debt it
  // discharges, a gain of that much.
  const tax = 0.21 * (operating(10, 27) + balance);

  it('works out the calls, the interest cancelled and the tax of the default’s year by hand', () => {
    expect(first).toMatchObject({ day: 22, fromTopUp: 0 });
    expect(first.call).toBeCloseTo(31.0473, 4);
    expect(first.fromCash).toBeCloseTo(first.call, 12);
    expect(second.day).toBe(27);
    expect(second.call).toBeCloseTo(34.2707, 4);
    expect(second.cash).toBeCloseTo(31.9041, 4);
    expect(hand.defaultDay).toBe(27);
    expect(callInterest).toBeCloseTo(1.173, 3);
    expect(monthInterest).toBeCloseTo(58.37, 2);
    expect(operating(10, 27)).toBeCloseTo(38.1624, 4);
    expect(tax).toBeCloseTo(274.4942, 4);
    // The flows: the capex, the drawdown less its fee on day 0; each day's operation; the call on
    // day 22; on day 27 the day's operation less the tax, and nothing after.
    expect(hand.equity[0]).toBeCloseTo(5e-5 * priceOn(DRIFT, 0) - 2.4 - 2000 + 1300 - 13, 9);
    expect(hand.equity[22]).toBeCloseTo(5e-5 * priceOn(DRIFT, 22) - 2.4 - first.call, 9);
    expect(hand.equity[27]).toBeCloseTo(5e-5 * priceOn(DRIFT, 27) - 2.4 - tax, 9);
    expect(hand.equity.slice(28).every((f) => f === 0)).toBe(true);
  });

  it('runMonteCarlo() taxes the default on the principal discharged: the interest cancelled neither deducted nor income', async () => {
    const run = await runMonteCarlo(await scenarioOf(text), { paths: 1, workers: 1, breakEvenPaths: 0 });
    const h = run.summary.headline;
    expect(h.marginCall!.p).toBe(1);
    expect(h.default!.p).toBe(1);
    const npv = h.equityNpvUsd!.quantiles.p50!;
    expect(npv).toBeCloseTo(npvOf(hand.equity), 6);
    // Each other reading moves the NPV by the tax on what it counts, discounted 27 days: the call's
    // interest counted discharged (1.17 USD) without its deduction, or the interest cancelled (the
    // call's and the month's, 59.54 USD) deducted without counting it discharged.
    const at27 = 1.1 ** (-27 / 365.25);
    expect(Math.abs(npv - (npvOf(hand.equity) - 0.21 * callInterest * at27))).toBeGreaterThan(0.2);
    expect(
      Math.abs(npv - (npvOf(hand.equity) + 0.21 * (callInterest + monthInterest) * at27)),
    ).toBeGreaterThan(10);
  }, 60_000);
});
