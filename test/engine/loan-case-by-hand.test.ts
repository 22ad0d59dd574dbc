// The shipped loan case's ex post figures (README, "Financing and tax") redone by hand from the
// back-test's daily series, from the scenario's terms as the README states them, not from the
// books' code: 60 % of the capex lent on the purchase day with a 1 % fee, a 24-month annuity at
// 12.8 % a year compounded monthly, a margin call when the balance passes 90 % of the machines'
// resale value (80 % of their price, scaled by the share still hashing and by hashprice against
// the deployment day's, each the mean of the 7 days to its day), restored to 75 % out of the operation's cash or a default; US-style tax
// at 21 % with 100 % bonus depreciation, losses carried forward to at most 80 % of a year's profit,
// the default's year closed with the machines sold for the debt they discharge.
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/data/dates.js';
import { runBacktest } from '../../src/engine/backtest/backtest.js';
import { backtestSummary } from '../../src/engine/backtest/backtest-summary.js';
import { loadCompileInputs } from '../../src/engine/compile/inputs.js';
import { loadScenario } from '../fixtures/scenarios.js';

const CAPEX = 100 * 11_925 + 20_000;
const PRINCIPAL = 0.6 * CAPEX;
const FEE = 0.01 * PRINCIPAL;
const RATE = 0.128 / 12;
const PAYMENT = (PRINCIPAL * RATE) / (1 - (1 + RATE) ** -24);
const FIRST_PAYMENT_DAY = Math.round(365.25 / 12);
/** What the lender can sell the 100 machines for at the deployment day's hashprice. */
const RESALE = 0.8 * 100 * 11_925;
const TAX = 0.21;

describe('the loan case on the actual history, by hand', () => {
  it('runBacktest() defaults on the day the balance first passes 90 % of the collateral, with the equity NPV worked out by hand', async () => {
    const s = await loadScenario('top-of-market-2021-11-10-loan');
    const backtest = runBacktest(s, await loadCompileInputs(s));
    const summary = backtestSummary(s, backtest);
    const { trace } = backtest;
    const cash = trace.cashUsd;
    const deploy = trace.fleetHashrateHs.findIndex((h) => h > 0);
    const fullHashrate = trace.fleetHashrateHs[deploy];
    // The week's mean hashprice to day d: a machine is priced on what it earns over weeks, not on one
    // day's blocks and fees. The deployment day, 2021-12-10, earned 270.2 USD/PH/s/day, its week
    // 281.6 (281.8, 283.3, 288.0, 287.9, 287.2, 273.0, 270.2). On 2022-01-07 the day's 218.5 is 80.9 %
    // of 270.2 (the one-day reading's call), the week's 236.6 is 84.0 % of 281.6; on 2022-01-09 the
    // week's 228.0 (243.9, 241.2, 229.5, 227.0, 218.5, 218.2, 217.9) is 81.0 %.
    const week = (d: number) => {
      let sum = 0;
      for (let i = d - 6; i <= d; i++) sum += trace.hashpriceUsd[i];
      return sum / 7;
    };
    const hashprice0 = week(deploy);
    expect(hashprice0).toBeCloseTo(281.63, 2);

    // After the first payment and before the second (day round(2 x 30.4375) = 61, 2022-01-10), the
    // balance against the collateral each day.
    const balance = PRINCIPAL - (PAYMENT - PRINCIPAL * RATE);
    const collateral = (d: number) =>
      RESALE * (trace.fleetHashrateHs[d] / fullHashrate) * (week(d) / hashprice0);
    let call = -1;
    for (let d = FIRST_PAYMENT_DAY; d < Math.round((2 * 365.25) / 12) && call < 0; d++)
      if (balance > 0.9 * collateral(d)) call = d;
    const onHand = cash[call] - cash[0] - PAYMENT;
    expect(balance - 0.75 * collateral(call)).toBeGreaterThan(onHand);
    // The balance passes 90 % of the collateral on 2022-01-09 (91.1 %), two days after the one-day
    // reading's 2022-01-07.
    expect(addDays(s.start, call)).toBe('2022-01-09');
    expect(summary.actual?.equity?.defaultDate).toBe(addDays(s.start, call));

    // The equity's flows: the stake, the operation's cash, the payment, the tax of the default's year.
    const discount = (d: number) => 1.1 ** (-d / 365.25);
    let npv = -CAPEX + PRINCIPAL - FEE;
    let profit2021 = 0;
    let profit2022 = 0;
    for (let d = 1; d <= call; d++) {
      const flow = cash[d] - cash[d - 1];
      npv += flow * discount(d);
      if (addDays(s.start, d) < '2022-01-01') profit2021 += flow;
      else profit2022 += flow;
    }
    npv -= PAYMENT * discount(FIRST_PAYMENT_DAY);
    // 2021: the machines' whole cost depreciated, interest and the fee deducted: a loss carried forward.
    const loss2021 = CAPEX + PRINCIPAL * RATE + FEE - profit2021;
    // 2022 to the default: the operation's profit and the machines (no basis left) sold for the balance.
    const taxable2022 = profit2022 + balance;
    const tax = TAX * (taxable2022 - Math.min(loss2021, 0.8 * taxable2022));
    npv -= tax * discount(call);
    expect(summary.headline.equityNpvUsd?.quantiles.p50).toBeCloseTo(npv, 6);
  }, 60_000);
});
