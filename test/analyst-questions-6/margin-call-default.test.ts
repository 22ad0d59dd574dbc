// An analyst's question: ten Antminer S19j Pros (100 TH/s, 3,050 W) bought on 2022-04-01 at 8,000
// USD each, 60 % of the 80,000 USD on a 12-month amortizing loan at 12 % with an 85 % loan-to-value
// covenant tested daily on the machines' resale value, the coins held (none sold to pay the power),
// and 5,000 USD the owners will put in to meet calls. Hashprice halved by June 2022: on what day
// does the covenant first call, how long do the coins held and the top-up meet the calls, on what
// day does the lender take the machines, and what are the equity's NPV and IRR beside the
// project's? By hand from data/btc-daily.csv: the collateral is 80 % of the capex times the week's
// hashprice over the start's (DOMAIN.md: rig values track hashprice), the first call falls on
// 2022-04-12; each call is met by selling the coins held at the day's price (the operation's cash is
// below zero: the power is paid by the owners), then out of the top-up: the stack runs out on
// 2022-05-10, and from then each day's coins and the top-up meet the calls; 17 calls repay 10,775
// USD of principal, and the call of 2022-05-14 finds 791.60 USD of the top-up left: the default.
// The equity keeps that day's coins and nothing more, so it loses more than its 32,000 USD (NPV
// -41,866 USD at 10 % with the power, the payment and the top-up it paid; IRR below the floor of
// -99.99 %), where the project (no loan, the coins held to the end) loses 38,213 USD of NPV, IRR
// -37.6 %. The back-test printed the default as "yes" where it dates the first call: it now dates
// the default too (terminal, summary.md, report.html). Taxed at 21 % (straight line over 5 years,
// coinBasis), the default closes the equity's tax year that day: the coins' value mined less the
// power, a year's depreciation and the interest paid, plus the coins' gains when the calls and the
// default sold them, plus the machines' disposal for the 33,761.84 USD of debt they discharge
// against their 64,000 USD of basis left: a loss of 41,950.25 USD, carried and never used.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  coinsPerHs,
  dateAfter,
  day,
  irrOf,
  npvOf,
  useScratchFolder,
  weekHashprice,
} from '../analyst-questions-2/hand.js';

const { backtest, scenarioFile } = useScratchFolder({ charts: false });

const START = '2022-04-01';
const DAYS = 365; // to 2023-03-31
const CAPEX = 10 * 8000;
const POWER = 10 * 3.05 * 24 * 0.06; // 43.92 USD a day
const file = (tax = '') =>
  scenarioFile(
    `s19j-2022-loan-held${tax === '' ? '' : '-taxed'}`,
    `name: s19j-2022-loan-held
start: ${START}
horizon: 1 year
fleet:
  - { name: s19j, model: Antminer S19j Pro, count: 10, unitPrice: 8000 USD }
power: { price: 0.06 USD/kWh }
costs: { poolFee: 2 % }
treasury: hold
finance:
  loans:
    - name: asic-loan
      loanToValue: 60 %
      rate: 12 %
      term: 12 months
      marginCall: { loanToValue: 85 %, topUp: 5000 USD }
${tax}`,
  );

/** The project (coins held to the end, no loan) and the equity (the loan, its covenant, its default), by hand. */
function hand() {
  const base = weekHashprice(START, 0, 6.25);
  const mined: number[] = [];
  for (let d = 0; d < DAYS; d++) mined.push(10 * 100e12 * coinsPerHs(dateAfter(START, d)) * 0.98);
  const coins = mined.reduce((s, c) => s + c, 0);
  const last = day(dateAfter(START, DAYS - 1)).price;
  const resale = 0.8 * CAPEX * Math.min(1, weekHashprice(START, DAYS - 1, 6.25) / base);
  const project = new Array<number>(DAYS).fill(-POWER);
  project[0] -= CAPEX;
  project[DAYS - 1] += coins * last + resale;

  const i = 0.12 / 12;
  const principal = 0.6 * CAPEX;
  const paymentDays = Array.from({ length: 12 }, (_, k) => Math.round((k + 1) * (365.25 / 12)));
  const equity = new Array<number>(DAYS).fill(0);
  let balance = principal;
  let accrued = 0;
  let paid = 0;
  let held = 0;
  // The equity's tax year to the default: the coins' value mined (their basis, average cost), the
  // interest paid, the coins' gains when sold.
  let basis = 0;
  let minedValue = 0;
  let interestPaid = 0;
  let gain = 0;
  let topUp = 5000;
  let cash = 0; // the operation's cash on hand: the power and the loan's payments, never a coin sold
  const calls: { day: number; usd: number; fromCoins: number }[] = [];
  let defaultDay: number | null = null;
  for (let d = 0; d < DAYS; d++) {
    const price = day(dateAfter(START, d)).price;
    equity[d] = -POWER - (d === 0 ? CAPEX - principal : 0);
    cash -= POWER;
    held += mined[d];
    basis += mined[d] * price;
    minedValue += mined[d] * price;
    if (paid < 12 && paymentDays[paid] === d) {
      const left = 12 - paid;
      const annuity = (balance * i) / (1 - (1 + i) ** -left);
      const due = annuity + accrued;
      interestPaid += balance * i + accrued;
      equity[d] -= due;
      cash -= due;
      balance -= annuity - balance * i;
      accrued = 0;
      paid++;
    }
    if (d < DAYS - 1 && balance > 0) {
      const collateral = 0.8 * CAPEX * Math.min(1, weekHashprice(START, d, 6.25) / base);
      if (balance > 0.85 * collateral) {
        const call = balance - 0.85 * collateral;
        expect(cash).toBeLessThan(0); // nothing of the call out of the operation's cash
        const fromCoins = Math.min(call, held * price);
        if (call - fromCoins > topUp) {
          defaultDay = d;
          equity[d] += held * price; // the day's coins: the stack went to earlier calls
          gain += held * price - basis;
          break;
        }
        topUp -= call - fromCoins;
        const out = (basis * (fromCoins / price)) / held;
        gain += fromCoins - out;
        basis -= out;
        held -= fromCoins / price;
        equity[d] -= call - fromCoins;
        const since = paid === 0 ? 0 : paymentDays[paid - 1];
        accrued += (call * i * (d + 1 - since)) / (365.25 / 12);
        balance -= call;
        calls.push({ day: d, usd: call, fromCoins });
      }
    }
  }
  // The default's tax year: 2022's year of straight-line depreciation (a fifth), the machines
  // disposed of for the debt discharged against their basis left.
  const income =
    minedValue -
    ((defaultDay ?? 0) + 1) * POWER -
    CAPEX / 5 -
    interestPaid +
    gain +
    (balance - (CAPEX - CAPEX / 5));
  return { project, equity, calls, defaultDay, held, topUp, balance, income, interestPaid, gain };
}

describe('S19j Pros on an ASIC-backed loan as hashprice halved in 2022, the coins held', {
  timeout: 60_000,
}, () => {
  it('minesim backtest: the first call, the calls met by the coins and the top-up, the default and the IRRs agree with the hand computation', async () => {
    const h = hand();
    expect(dateAfter(START, h.calls[0].day)).toBe('2022-04-12');
    expect(h.calls).toHaveLength(17);
    const repaid = h.calls.reduce((s, c) => s + c.usd, 0);
    expect(repaid).toBeCloseTo(10_775.33, 2);
    // The coins met the calls until they were gone, then the top-up, until a call needed more.
    expect(h.calls.every((c) => c.fromCoins > 0)).toBe(true);
    // The stack ran out on 2022-05-10; from then each day's coins and the top-up met the calls, to
    // 791.60 USD of it left against the call of 2022-05-14, when the equity keeps that day's coins.
    expect(h.calls.findIndex((c) => c.fromCoins < c.usd)).toBe(13);
    expect(dateAfter(START, h.calls[13].day)).toBe('2022-05-10');
    expect(h.topUp).toBeCloseTo(791.6, 2);
    expect(h.held).toBe(10 * 100e12 * coinsPerHs('2022-05-14') * 0.98);
    expect(h.defaultDay).not.toBeNull();
    expect(dateAfter(START, h.defaultDay!)).toBe('2022-05-14');

    const { summary, text, folder } = await backtest(file());
    const e = summary.actual!.equity!;
    expect(e.firstMarginCallDate).toBe('2022-04-12');
    expect(e.marginCallsMet).toBe(17);
    expect(e.marginCallsUsd!).toBeCloseTo(repaid, 4);
    expect(e.defaultDate).toBe('2022-05-14');
    // The project, its coins held to the end: NPV -38,213 USD, IRR -37.6 %.
    expect(summary.headline.npvUsd.quantiles.p50).toBeCloseTo(npvOf(h.project, 0.1), 4);
    expect(summary.headline.irr.quantiles.p50).toBeCloseTo(irrOf(h.project), 6);
    expect(Math.round(npvOf(h.project, 0.1))).toBe(-38_213);
    // The equity: its flows stop with the default; nearly all of its stake lost.
    expect(e.npvUsd!).toBeCloseTo(npvOf(h.equity, 0.1), 4);
    expect(Math.round(npvOf(h.equity, 0.1))).toBe(-41_866);
    expect(irrOf(h.equity)).toBeLessThan(-0.9998);
    expect(e.irr).toBe(-0.9999);
    // Dated where the first call is: on the terminal and in summary.md.
    expect(text).toMatch(
      /margin call \/ default +yes \(first on 2022-04-12; 17 calls met, repaying 10,775 USD of principal\) \/ yes \(on 2022-05-14\)/,
    );
    expect(readFileSync(join(folder, 'summary.md'), 'utf8')).toContain(
      '| Default: the lender takes the machines | yes (on 2022-05-14) |',
    );
    expect(readFileSync(join(folder, 'report.html'), 'utf8')).toContain('yes (on 2022-05-14)');
  });

  it('with tax and coinBasis, the default closes the equity’s tax year: its loss, carried and never used, agrees with the hand computation', async () => {
    const h = hand();
    // The machines taken for the 33,761.84 USD owed, against 64,000 USD of basis left: a loss of
    // 30,238 USD; with the power, a year's depreciation, the interest paid and the coins' gains the
    // year's loss is 41,950 USD, carried and never used (the equity mines nothing after the default).
    expect(h.balance).toBeCloseTo(33_761.84, 2);
    expect(h.income).toBeCloseTo(-41_950.25, 2);
    const { summary } = await backtest(
      file('  tax: { rate: 21 %, depreciation: { method: straight-line, lifeYears: 5 }, coinBasis: true }\n'),
    );
    const e = summary.actual!.equity!;
    expect(e.defaultDate).toBe('2022-05-14');
    expect(e.taxPaidUsd).toBe(0);
    expect(e.lossCarriedUsd!).toBeCloseTo(-h.income, 4);
    // The default ends its tax year on its day; the rest of 2022 is a tax year after it.
    expect(e.taxYears!.map((y) => [y.end, y.taxUsd, y.default ?? null])).toEqual([
      ['2022-05-14', 0, 'ends'],
      ['2022-12-31', 0, 'after'],
      ['2023-03-31', 0, null],
    ]);
    expect(e.npvUsd!).toBeCloseTo(npvOf(h.equity, 0.1), 4);
  });
});
