// The shipped loan case's ex post figures (README, "Financing and tax") redone by hand from the
// back-test's daily series, from the scenario's terms as the README states them, not from the
// books' code: 60 % of the capex lent on the purchase day with a 1 % fee, a 24-month annuity at
// 12.8 % a year compounded monthly, a margin call when the balance passes 90 % of the machines'
// resale value (80 % of their price, scaled by the share still hashing and by hashprice against
// the deployment day's), restored to 75 % out of the operation's cash or a default; US-style tax
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
    const hashprice0 = trace.hashpriceUsd[deploy];

    // After the first payment, the balance against the collateral each day.
    const balance = PRINCIPAL - (PAYMENT - PRINCIPAL * RATE);
    const collateral = (d: number) =>
      RESALE * (trace.fleetHashrateHs[d] / fullHashrate) * (trace.hashpriceUsd[d] / hashprice0);
    let call = -1;
    for (let d = FIRST_PAYMENT_DAY; d < FIRST_PAYMENT_DAY + 30 && call < 0; d++)
      if (balance > 0.9 * collateral(d)) call = d;
    const onHand = cash[call] - cash[0] - PAYMENT;
    expect(balance - 0.75 * collateral(call)).toBeGreaterThan(onHand);
    expect(addDays(s.start, call)).toBe('2022-01-07');
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
