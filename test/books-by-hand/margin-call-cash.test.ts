// What cash meets a margin call, what becomes of it, when the machines are taken and how often the
// covenant is tested, on single paths worked out by hand (hand-books.ts): the machine's price
// falls 50 % a year (log), and with it its resale value, the collateral. Each figure is the
// README's ("Financing and tax", the covenant) and docs/scenario-reference.md's
// (`finance.loans[].marginCall`) statement, not minesim's code.
import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { scenarioOf } from '../fixtures/scenarios.js';
import { type HandBooks, handBooks, npvOf, priceOn, scenario } from './hand-books.js';

async function headline(text: string) {
  const result = await runMonteCarlo(await scenarioOf(text), { paths: 1, workers: 1, breakEvenPaths: 0 });
  return result.summary.headline;
}

const DRIFT = -0.5;
/** Fiscal years ending 03-31 from 2026-01-22: days 68 and 433, and the horizon's last day. */
const YEAR_ENDS = [68, 433, 730];

/**
 * 1,300 USD lent on the purchase day, bullet, at 12 % (1 % a month, 13 USD) over 12 months, a 1 %
 * fee (13 USD) at drawdown, called above 90 % of the collateral and restored to 75 %, `topUp` USD
 * from the owners; tax 21 % on fiscal years ending 03-31, no depreciation.
 */
function bullet(topUp: number): { text: string; hand: HandBooks } {
  const text = scenario(
    `finance:
  loans:
    - { principal: 1300 USD, rate: 12 %, term: 12 months, repayment: bullet, fee: 1 %, marginCall: { loanToValue: 90 %, restoreTo: 75 %, topUp: ${topUp} USD } }
  tax: { rate: 21 %, yearEnd: 03-31 }`,
    DRIFT,
  );
  const hand = handBooks(
    DRIFT,
    { principal: 1300, monthly: 0.01, months: 12, bullet: true, fee: 0.01, ltv: 0.9, restore: 0.75, topUp },
    { rate: 0.21, yearEnds: YEAR_ENDS },
  );
  return { text, hand };
}

/** The operation's cash of days 0 to `last`: the coins sold less the power (the capex aside). */
function operating(last: number): number {
  let sum = 0;
  for (let d = 0; d <= last; d++) sum += 5e-5 * priceOn(DRIFT, d) - 2.4;
  return sum;
}

describe('a margin call met from the operation’s cash, by hand', () => {
  // The first call: day 78, the balance of 1,300 USD above 90 % of the collateral (1,439.2 USD) for
  // the first time. The cash it finds is the operation's since the start (days 0-78, 185.05 USD)
  // less the two months' interest (days 30 and 61, 26 USD) and the tax of the fiscal year to 03-31
  // (day 68: 21 % of its 163.83 USD of profit less the interest and the fee, 26.21 USD), 132.83 USD; the fee came
  // out of the drawdown, not the cash. The rest of the call, 84.3 USD, is the owners' top-up.
  const { hand } = bullet(1000);
  const first = hand.calls[0];
  const tax68 = 0.21 * (operating(68) - 13 - 13 - 13);

  it('works out the first call by hand: day 78, 217.09 USD, 132.83 of it from cash after debt service and tax', () => {
    expect(first.day).toBe(78);
    expect(first.call).toBeCloseTo(217.0856, 4);
    expect(operating(78)).toBeCloseTo(185.0472, 4);
    expect(tax68).toBeCloseTo(26.2149, 4);
    expect(first.cash).toBeCloseTo(operating(78) - 26 - tax68, 9);
    expect(first.cash).toBeCloseTo(132.8323, 4);
    expect(first.fromTopUp).toBeCloseTo(84.2533, 4);
  });

  it('runMonteCarlo() meets the call with a top-up of the call less the cash after debt service and tax, and defaults with 0.5 USD less', async () => {
    const need = first.fromTopUp;
    // Were the cash before the interest or before the tax, or after the fee, 0.5 USD would not decide.
    expect(26).toBeGreaterThan(1);
    expect(tax68).toBeGreaterThan(1);
    const met = bullet(need + 0.5);
    const short = bullet(need - 0.5);
    expect(met.hand.calls[0]).toMatchObject({ day: 78, fromCash: first.cash });
    expect(met.hand.defaultDay).toBe(212);
    expect(short.hand.defaultDay).toBe(78);
    const h = await headline(met.text);
    // Met on day 78 (the next call, on day 212, finds the top-up spent): the equity's NPV tells the
    // two paths apart.
    expect(Math.abs(npvOf(met.hand.equity) - npvOf(short.hand.equity))).toBeGreaterThan(10);
    expect(h.marginCall!.p).toBe(1);
    expect(h.equityNpvUsd!.quantiles.p50).toBeCloseTo(npvOf(met.hand.equity), 6);
    const s = await headline(short.text);
    expect(s.default!.p).toBe(1);
    expect(s.equityNpvUsd!.quantiles.p50).toBeCloseTo(npvOf(short.hand.equity), 6);
  }, 60_000);

  it('runMonteCarlo() makes the top-up a call used up out of later cash before it meets another call', async () => {
    // With 1,000 USD of top-up the calls fall on days 78, 212 and 346. The second finds 99.32 USD:
    // the cash of days 0-212 after the interest (13 USD on days 30 and 61, 1 % of the 1,082.91 left
    // after the first call on days 91, 122, 152 and 183, and on day 91 the 1.28 USD the called
    // principal owed for days 61-78) and the tax, less the whole first call (217.09 USD, 84.25 of
    // it the owners'): what the owners put in is made up before the operation's cash meets a call
    // again. A top-up of 84.25 + 82.17 USD meets both; 0.5 USD less defaults on day 212, though the
    // operation earned more than the second call's 181.49 USD between the two.
    const second = hand.calls[1];
    expect(second.day).toBe(212);
    // The interest the first call's principal accrued from day 61 to day 78 (18 days), due on day 91.
    const interest = 26 + 4 * 0.01 * (1300 - first.call) + (first.call * 0.01 * 18) / (365.25 / 12);
    expect(second.cash).toBeCloseTo(operating(212) - interest - tax68 - first.call, 9);
    expect(second.cash).toBeCloseTo(99.3167, 4);
    expect(operating(212) - operating(78) - (interest - 26)).toBeGreaterThan(second.call);
    const total = first.fromTopUp + second.fromTopUp;
    const met = bullet(total + 0.5);
    const short = bullet(total - 0.5);
    expect(met.hand.calls.slice(0, 2).map((c) => c.day)).toEqual([78, 212]);
    expect(short.hand.defaultDay).toBe(212);
    const h = await headline(met.text);
    expect(h.equityNpvUsd!.quantiles.p50).toBeCloseTo(npvOf(met.hand.equity), 6);
    const s = await headline(short.text);
    expect(s.default!.p).toBe(1);
    expect(s.equityNpvUsd!.quantiles.p50).toBeCloseTo(npvOf(short.hand.equity), 6);
  }, 60_000);

  it('runMonteCarlo() on a default leaves the owners their cash: nothing of the call is paid, the machine and the debt go, the tax year closes that day', async () => {
    // No top-up: the first call (day 78) defaults. The equity's flows are the day's operation and
    // nothing after; the 132.83 USD of cash stay the owners' (in their flows already, day by day);
    // the lender takes the machine for the 1,300 USD owed, against its basis of 2,000: a loss of 700
    // in the fiscal year's tax closed that day (none due).
    const { text, hand: none } = bullet(0);
    expect(none.defaultDay).toBe(78);
    expect(none.equity.slice(79).every((f) => f === 0)).toBe(true);
    const h = await headline(text);
    expect(h.default!.p).toBe(1);
    expect(h.equityNpvUsd!.quantiles.p50).toBeCloseTo(npvOf(none.equity), 6);
  }, 60_000);
});

describe('an amortizing loan drawn after the purchase, its covenant tested daily or monthly, by hand', () => {
  // 1,450 USD drawn on 2026-01-27 (day 5), amortizing at 1 % a month over 23 months, a 2 % fee;
  // called above 95 % of the collateral, restored to 80 %, 1,000 USD of top-up; the price falls 80 %
  // a year (log). Tested daily the covenant calls on day 25 (230.20 USD); tested monthly, on the
  // test days 5 + round(k x 30.4375) from the drawdown (5, 35, 66, ...), on day 66 (221.64 USD),
  // though the balance passed 95 % of the collateral on day 25. After a call the payments are the
  // annuity of the balance left over the months left.
  const drift = -0.8;
  for (const [every, yaml, day] of [
    [1, '', 25],
    [365.25 / 12, ', testEvery: 1 month', 66],
  ] as const) {
    it(`runMonteCarlo() calls on day ${day} tested ${every === 1 ? 'daily' : 'monthly'}: the equity's NPV by hand`, async () => {
      const hand = handBooks(drift, {
        principal: 1450,
        monthly: 0.01,
        months: 23,
        fee: 0.02,
        startDay: 5,
        ltv: 0.95,
        restore: 0.8,
        topUp: 1000,
        testEvery: every,
      });
      expect(hand.calls.map((c) => c.day)).toEqual([day]);
      const h = await headline(
        scenario(
          `finance:
  loans:
    - { principal: 1450 USD, rate: 12 %, term: 23 months, fee: 2 %, start: 2026-01-27, marginCall: { loanToValue: 95 %, restoreTo: 80 %, topUp: 1000 USD${yaml} } }`,
          drift,
        ),
      );
      expect(h.marginCall!.p).toBe(1);
      expect(h.default!.p).toBe(0);
      expect(h.equityNpvUsd!.quantiles.p50).toBeCloseTo(npvOf(hand.equity), 6);
    }, 60_000);
  }
});

describe('a hosting deposit and the cash that meets a call, by hand', () => {
  it('runMonteCarlo() counts the deposit paid to the site out of the cash on hand until it comes back', async () => {
    // The bullet loan's machine hosted at 10 USD/kW/month (20 USD a month, 0.6571 USD a day) with a
    // deposit of 3 months (60 USD) on day 0, held while the 1-year term renews (back on the last
    // day, 730, where no default came first): the first call (day 78) finds the
    // cash less the fees and the deposit, and the top-up that met it without them falls short.
    const perDay = 20 / (365.25 / 12);
    const hosting = { perDay, deposit: 60, refundDay: 730 };
    const terms = {
      principal: 1300,
      monthly: 0.01,
      months: 12,
      bullet: true,
      fee: 0.01,
      ltv: 0.9,
      restore: 0.75,
    };
    const plain = handBooks(DRIFT, { ...terms, topUp: 1000 }, { rate: 0.21, yearEnds: YEAR_ENDS });
    const hosted = handBooks(DRIFT, { ...terms, topUp: 1000 }, { rate: 0.21, yearEnds: YEAR_ENDS }, hosting);
    expect(hosted.calls[0].day).toBe(78);
    // 79 days of fees (51.91 USD, 21 % of the 69 to day 68 back in tax) and the deposit.
    const lessTax = 0.21 * 69 * perDay;
    expect(plain.calls[0].cash - hosted.calls[0].cash).toBeCloseTo(79 * perDay - lessTax + 60, 9);
    const topUp = hosted.calls[0].fromTopUp;
    const text = (t: number) =>
      scenario(
        `finance:
  loans:
    - { principal: 1300 USD, rate: 12 %, term: 12 months, repayment: bullet, fee: 1 %, marginCall: { loanToValue: 90 %, restoreTo: 75 %, topUp: ${t} USD } }
  tax: { rate: 21 %, yearEnd: 03-31 }`,
        DRIFT,
      ).replace(
        'power: { price: 0.05 USD/kWh }',
        'power: { price: 0.05 USD/kWh, hosting: { basis: per-kw, rate: 10 USD/kW/month, deposit: 3 months, term: 1 year } }',
      );
    for (const [t, defaults] of [
      [topUp + 0.5, false],
      [topUp - 0.5, true],
    ] as const) {
      const hand = handBooks(DRIFT, { ...terms, topUp: t }, { rate: 0.21, yearEnds: YEAR_ENDS }, hosting);
      expect(hand.defaultDay === 78).toBe(defaults);
      const h = await headline(text(t));
      expect(h.default!.p).toBe(hand.defaultDay >= 0 ? 1 : 0);
      expect(h.equityNpvUsd!.quantiles.p50).toBeCloseTo(npvOf(hand.equity), 6);
    }
  }, 60_000);
});

describe('a call on the last day of a tax year, by hand', () => {
  it('runMonteCarlo() tests the covenant before the tax of a tax year ending that day: the call finds the cash before it', async () => {
    // The bullet loan's books with tax years ending 04-10: the first ends on day 78, the first
    // call's. The call finds the 185.05 USD of operating cash less the 26 USD of interest, 159.05
    // USD; the year's tax (21 % of its 185.05 less 39 USD of interest and fee, 30.67 USD) is paid
    // after it, that day.
    const ends = [78, 443, 730];
    const terms = {
      principal: 1300,
      monthly: 0.01,
      months: 12,
      bullet: true,
      fee: 0.01,
      ltv: 0.9,
      restore: 0.75,
    };
    const hand = handBooks(DRIFT, { ...terms, topUp: 1000 }, { rate: 0.21, yearEnds: ends });
    expect(hand.calls[0].day).toBe(78);
    expect(hand.calls[0].cash).toBeCloseTo(operating(78) - 26, 9);
    const topUp = hand.calls[0].fromTopUp;
    expect(0.21 * (operating(78) - 39)).toBeGreaterThan(1);
    for (const [t, defaults] of [
      [topUp + 0.5, false],
      [topUp - 0.5, true],
    ] as const) {
      const path = handBooks(DRIFT, { ...terms, topUp: t }, { rate: 0.21, yearEnds: ends });
      expect(path.defaultDay === 78).toBe(defaults);
      const h = await headline(
        scenario(
          `finance:
  loans:
    - { principal: 1300 USD, rate: 12 %, term: 12 months, repayment: bullet, fee: 1 %, marginCall: { loanToValue: 90 %, restoreTo: 75 %, topUp: ${t} USD } }
  tax: { rate: 21 %, yearEnd: 04-10 }`,
          DRIFT,
        ),
      );
      expect(h.default!.p).toBe(path.defaultDay >= 0 ? 1 : 0);
      expect(h.equityNpvUsd!.quantiles.p50).toBeCloseTo(npvOf(path.equity), 6);
    }
  }, 60_000);
});

describe('the tax on a default, by hand', () => {
  it('runMonteCarlo() taxes the lender’s taking of a machine written off by a 100 % bonus as a sale for the 1,300 USD it owed: a gain, taxed the day the default closes the tax year', async () => {
    // The bullet loan without a top-up, fiscal years ending 03-31, losses not carried: the 2,000
    // USD are expensed in the year to day 68 (a loss, lost). The default on day 78 closes the next
    // year then: its income is the operation's days 69-78 (no interest fell in them: it was paid on
    // days 30 and 61), plus the 1,300 owed less the basis left (0), taxed at 21 % that day.
    const text = scenario(
      `finance:
  loans:
    - { principal: 1300 USD, rate: 12 %, term: 12 months, repayment: bullet, fee: 1 %, marginCall: { loanToValue: 90 %, restoreTo: 75 %, topUp: 0 USD } }
  tax: { rate: 21 %, yearEnd: 03-31, lossCarryForward: false, depreciation: { method: bonus, bonus: 100 %, lifeYears: 5 } }`,
      DRIFT,
    );
    const hand = handBooks(
      DRIFT,
      {
        principal: 1300,
        monthly: 0.01,
        months: 12,
        bullet: true,
        fee: 0.01,
        ltv: 0.9,
        restore: 0.75,
        topUp: 0,
      },
      { rate: 0.21, yearEnds: YEAR_ENDS, depreciation: [2000], carry: false },
    );
    expect(hand.defaultDay).toBe(78);
    const due = 0.21 * (operating(78) - operating(68) + 1300);
    expect(due).toBeGreaterThan(270);
    expect(hand.equity[78]).toBeCloseTo(5e-5 * priceOn(DRIFT, 78) - 2.4 - due, 9);
    const h = await headline(text);
    expect(h.default!.p).toBe(1);
    expect(h.equityNpvUsd!.quantiles.p50).toBeCloseTo(npvOf(hand.equity), 6);
  }, 60_000);
});

describe('a hedge’s premium and the cash that meets a call, by hand', () => {
  it('runMonteCarlo() counts a put’s premium paid on day 0 out of the cash on hand (less the tax it saves on day 68)', async () => {
    // A put on 0.001 BTC struck at 1,000 USD (never in the money here), 20,000 USD a coin: 20 USD
    // paid on day 0, an expense in the fiscal year to 03-31. The first call (day 78) finds 20 USD
    // less the 4.20 USD of tax it saved: 117.03 USD.
    const terms = {
      principal: 1300,
      monthly: 0.01,
      months: 12,
      bullet: true,
      fee: 0.01,
      ltv: 0.9,
      restore: 0.75,
    };
    const tax = { rate: 0.21, yearEnds: YEAR_ENDS };
    const hedged = handBooks(DRIFT, { ...terms, topUp: 1000 }, tax, undefined, 20);
    expect(hedged.calls[0].day).toBe(78);
    expect(hedged.calls[0].cash).toBeCloseTo(132.8323 - 20 + 0.21 * 20, 4);
    const topUp = hedged.calls[0].fromTopUp;
    for (const [t, defaults] of [
      [topUp + 0.5, false],
      [topUp - 0.5, true],
    ] as const) {
      const hand = handBooks(DRIFT, { ...terms, topUp: t }, tax, undefined, 20);
      expect(hand.defaultDay === 78).toBe(defaults);
      const h = await headline(
        scenario(
          `finance:
  loans:
    - { principal: 1300 USD, rate: 12 %, term: 12 months, repayment: bullet, fee: 1 %, marginCall: { loanToValue: 90 %, restoreTo: 75 %, topUp: ${t} USD } }
  hedges:
    - { type: put, coins: 0.001, strike: 1000 USD, premium: 20000 USD, expiry: 2027-12-31 }
  tax: { rate: 21 %, yearEnd: 03-31 }`,
          DRIFT,
        ),
      );
      expect(h.default!.p).toBe(hand.defaultDay >= 0 ? 1 : 0);
      expect(h.equityNpvUsd!.quantiles.p50).toBeCloseTo(npvOf(hand.equity), 6);
    }
  }, 60_000);
});

describe('the interest on what a call repays, by hand', () => {
  it('runMonteCarlo() charges the principal a call repays its interest from the last payment to the call, with the next payment: 217.09 USD owed 18 days (days 61-78) add 1.28 USD on day 91', async () => {
    // Before, the month's interest was on the balance owed on its payment day: the principal a call
    // repaid in the month owed none for the days before the call (1.28 USD here; on a 1 M USD loan
    // at 12 %, a call of 500,000 USD the day after a payment dropped 4,770 USD of interest).
    const { text, hand } = bullet(1000);
    const call = hand.calls[0];
    expect(call.day).toBe(78);
    const accrued = (call.call * 0.01 * (78 + 1 - 61)) / (365.25 / 12);
    expect(accrued).toBeCloseTo(1.2838, 4);
    expect(hand.equity[91]).toBeCloseTo(
      5e-5 * priceOn(DRIFT, 91) - 2.4 - 0.01 * (1300 - call.call) - accrued,
      9,
    );
    const h = await headline(text);
    expect(h.equityNpvUsd!.quantiles.p50).toBeCloseTo(npvOf(hand.equity), 6);
  }, 60_000);
});

describe('a balloon at the horizon after margin calls, by hand', () => {
  it('runMonteCarlo() repays the balance left at the horizon with its interest since the last payment and that of the principal calls repaid since', async () => {
    // 1,300 USD bullet at 1 % a month over 36 months drawn on day 5, balloonAtHorizon: 23 payments
    // within the 731 days (the last on day 705), then the balance and 26 days of its interest on
    // day 730, with the interest of what a call after day 705 repaid (the price falls 80 % a year:
    // the balance is called every few months).
    const drift = -0.8;
    const hand = handBooks(drift, {
      principal: 1300,
      monthly: 0.01,
      months: 36,
      bullet: true,
      startDay: 5,
      ltv: 0.9,
      restore: 0.75,
      topUp: 5000,
    });
    expect(hand.defaultDay).toBe(-1);
    expect(hand.calls.some((c) => c.day > 705)).toBe(true);
    const h = await headline(
      scenario(
        `finance:
  loans:
    - { principal: 1300 USD, rate: 12 %, term: 36 months, repayment: bullet, start: 2026-01-27, balloonAtHorizon: true, marginCall: { loanToValue: 90 %, restoreTo: 75 %, topUp: 5000 USD } }`,
        drift,
      ),
    );
    expect(h.default!.p).toBe(0);
    expect(h.equityNpvUsd!.quantiles.p50).toBeCloseTo(npvOf(hand.equity), 6);
  }, 60_000);
});
