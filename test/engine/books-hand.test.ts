// The books of whole runs against hand computations: one 100 TH/s, 2 kW machine at a hashprice
// held at 50 USD/PH/s/day (the price fixed, the network flat, the start on a difficulty epoch's
// first block, so every day mines 5e-5 BTC, 5 USD at 100,000 USD) and 0.05 USD/kWh (2.4 USD of
// power a day), over 731 days from 2026-01-22. Each figure is worked out here from the scenario's
// terms as documented, not from minesim's code.
import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { financeHeadlineRows } from '../../src/report/finance-headline.js';
import { financeTable } from '../../src/report/finance-table.js';
import { scenarioOf } from '../fixtures/scenarios.js';

const DAYS = 731;
const MONTH_DAYS = 365.25 / 12;

/** The machine's scenario, with `power` and `extra` (YAML) in place of the plain tariff and nothing more. */
function scenario(power = 'power: { price: 0.05 USD/kWh }', extra = '', uptime = '100 %'): string {
  return `
name: books-hand
start: 2026-01-22
horizon: 2 years
fleet:
  - { name: m, hashrate: 100 TH/s, power: 2000 W, count: 1, unitPrice: 2000 USD, uptime: ${uptime} }
${power}
network: { hashprice: 50 USD/PH/day, height: 933408, model: { type: growth, rate: 0 % } }
fees: { model: { type: share-of-subsidy, share: 0 % } }
price: { start: 100000 USD, model: { type: fixed } }
money: { discountRate: 10 %, salvage: { model: none } }
${extra}
`;
}

async function summaryOf(text: string) {
  const result = await runMonteCarlo(await scenarioOf(text), { paths: 1, workers: 1, breakEvenPaths: 0 });
  return result.summary;
}

async function headline(text: string) {
  return (await summaryOf(text)).headline;
}

/** NPV at the scenario's 10 % a year of flows a day apart, the first on day 0. */
function npvOf(flows: readonly number[], rate = 0.1): number {
  return flows.reduce((sum, f, d) => sum + f * (1 + rate) ** (-d / 365.25), 0);
}

/** The rate that zeroes npvOf, by bisection between -99 % and 1000 % a year (one root there). */
function irrOf(flows: readonly number[]): number {
  let lo = -0.99;
  let hi = 10;
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (Math.sign(npvOf(flows, mid)) === Math.sign(npvOf(flows, lo))) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** The machine's flows: 2.6 USD a day (5 of coins less 2.4 of power), the 2,000 USD on day 0. */
function machineFlows(): number[] {
  const flows = new Array<number>(DAYS).fill(2.6);
  flows[0] -= 2000;
  return flows;
}

/** Calendar tax years from 2026-01-22 over 731 days: their last days. */
const YEAR_ENDS = [343, 708, 730];

/** Tax of each year's income at `rate`, losses carried forward offsetting at most `limit` of a profit. */
function taxes(incomes: readonly number[], rate: number, limit = 1): number[] {
  let pool = 0;
  return incomes.map((income) => {
    if (income <= 0) {
      pool -= income;
      return 0;
    }
    const used = Math.min(pool, limit * income);
    pool -= used;
    return rate * (income - used);
  });
}

describe('the books of a run, by hand', () => {
  it('runMonteCarlo() reports the cash cost per coin net of curtailment credits, as the cost of power is', async () => {
    // Uptime 95 %: 4.75e-5 BTC and 2 kW x 24 h x 0.95 x 0.05 = 2.28 USD of power a day; credits
    // 60 USD/MWh x 2 kW x 20 h a month = 2.4 USD a month, 2.4 / 30.4375 = 0.0789 USD a day.
    const h = await headline(
      scenario(
        'power: { price: 0.05 USD/kWh, curtailment: { credit: 60 USD/MWh, budget: 20 hours } }',
        'finance: { tax: { rate: 20 %, depreciation: { method: straight-line, lifeYears: 2 } } }',
        '95 %',
      ),
    );
    const credits = (0.06 * 2 * 20) / MONTH_DAYS;
    const coins = DAYS * 4.75e-5;
    const cash = (DAYS * (2.28 - credits)) / coins;
    expect(h.powerCostNetUsd.quantiles.p50).toBeCloseTo(DAYS * (2.28 - credits), 6);
    expect(h.cashCostPerCoinUsd!.quantiles.p50).toBeCloseTo(cash, 4);
    // All in: the cash cost and the 2,000 USD written off over the two tax years of the life.
    expect(h.allInCostPerCoinUsd!.quantiles.p50).toBeCloseTo(cash + 2000 / coins, 4);
  }, 60_000);

  it('runMonteCarlo() leaves the hosting deposit out of the tax base: lent to the site, not spent', async () => {
    // 10 USD/kW/month on 2 kW is 20 USD a month, 0.657 USD a day; the deposit of 12 months (240
    // USD) is paid on day 0 and refunded on the horizon's last day, day 730 (the 1-year term renews
    // on day 365 while the machine is hosted). Tax at 21 % on calendar years ending on days
    // 343, 708 and 730 (the horizon), the 2,000 USD written off straight over three of them.
    const h = await headline(
      scenario(
        'power: { price: 0.05 USD/kWh, hosting: { basis: per-kw, rate: 10 USD/kW/month, deposit: 12 months, term: 1 year } }',
        'finance: { tax: { rate: 21 %, depreciation: { method: straight-line, lifeYears: 3 } } }',
      ),
    );
    const profit = 2.6 - 20 / MONTH_DAYS;
    const ends = [343, 708, 730];
    const flows = new Array<number>(DAYS).fill(profit);
    flows[0] -= 2000 + 240;
    flows[730] += 240;
    let start = 0;
    let pool = 0;
    for (const end of ends) {
      const income = (end - start + 1) * profit - 2000 / 3;
      const used = income > 0 ? Math.min(pool, income) : 0;
      if (income < 0) pool -= income;
      else flows[end] -= 0.21 * (income - used);
      pool -= used;
      start = end + 1;
    }
    expect(h.afterTaxNpvUsd!.quantiles.p50).toBeCloseTo(npvOf(flows), 6);
  }, 60_000);

  it('runMonteCarlo() repays a balloon at the horizon with the interest accrued since the last payment', async () => {
    // 1,000 USD drawn on 2026-01-31 (day 9) at 12 % (1 % a month) over 36 months, 23 of them paid
    // within the 731 days (the 23rd on day 9 + round(23 x 30.4375) = 709, the 24th would fall on
    // day 740); the horizon ends where day 731 would begin (as a payment due on day 731 is a whole
    // month's, paid on day 730), so the balance repaid on the last day owes the interest of days
    // 709 to 730, 22 days: 22 / 30.4375 of a month's (21 / 30.4375 left the last day's out). The
    // project makes 2.6 USD a day.
    const h = await headline(
      scenario(
        undefined,
        'finance: { loans: [{ principal: 1000 USD, rate: 12 %, term: 36 months, start: 2026-01-31, balloonAtHorizon: true }] }',
      ),
    );
    const flows = new Array<number>(DAYS).fill(2.6);
    flows[0] -= 2000;
    flows[9] += 1000;
    const payment = (1000 * 0.01) / (1 - 1.01 ** -36);
    let balance = 1000;
    for (let k = 1; k <= 23; k++) {
      const day = 9 + Math.round(k * MONTH_DAYS);
      flows[day] -= payment;
      balance -= payment - balance * 0.01;
    }
    flows[DAYS - 1] -= balance * (1 + (0.01 * (DAYS - 709)) / MONTH_DAYS);
    expect(h.equityNpvUsd!.quantiles.p50).toBeCloseTo(npvOf(flows), 6);
  }, 60_000);

  it('runMonteCarlo() charges a balloon loan drawn on the horizon’s last day a day’s interest, as a loan drawn a month before it pays a month’s', async () => {
    // 1,000 USD drawn on 2028-01-22 (day 730, the last of 731) at 1 % a month, repaid the same
    // day at the horizon's end: one day of interest, 1,000 x 0.01 / 30.4375 = 0.3285 USD. It
    // was 0: a day's loan for nothing.
    const h = await headline(
      scenario(
        undefined,
        'finance: { loans: [{ principal: 1000 USD, rate: 12 %, term: 12 months, start: 2028-01-22, balloonAtHorizon: true }] }',
      ),
    );
    const flows = machineFlows();
    flows[DAYS - 1] -= (1000 * 0.01) / MONTH_DAYS;
    expect(h.equityNpvUsd!.quantiles.p50).toBeCloseTo(npvOf(flows), 6);
  }, 60_000);

  it('runMonteCarlo() pays a balloon loan’s payment due where the horizon ends on its last day, the balance with no interest accrued after it', async () => {
    // 1,000 USD drawn on day 0 at 1 % a month over 36 months: payment 24 falls due on day
    // round(24 x 30.4375) = 731, the day after the horizon's last (2 years: 731 days), where the
    // horizon ends. It is paid on day 730 with the whole month's interest, as a 24-month loan's
    // last payment is, and the balloon repays the balance left that day, with nothing accrued.
    const h = await headline(
      scenario(
        undefined,
        'finance: { loans: [{ principal: 1000 USD, rate: 12 %, term: 36 months, balloonAtHorizon: true }] }',
      ),
    );
    const flows = new Array<number>(DAYS).fill(2.6);
    flows[0] += 1000 - 2000;
    const payment = (1000 * 0.01) / (1 - 1.01 ** -36);
    let balance = 1000;
    for (let k = 1; k <= 24; k++) {
      flows[Math.min(Math.round(k * MONTH_DAYS), DAYS - 1)] -= payment;
      balance -= payment - balance * 0.01;
    }
    flows[DAYS - 1] -= balance;
    expect(h.equityNpvUsd!.quantiles.p50).toBeCloseTo(npvOf(flows), 6);
  }, 60_000);

  it('runMonteCarlo() gives the equity the project’s flows, a loan drawn after the purchase and its annuity: NPV and IRR by hand', async () => {
    // 1,000 USD drawn on 2026-03-01 (day 38) less a 1 % fee, repaid in 12 level payments at 1 % a
    // month: 1,000 x 0.01 / (1 - 1.01^-12) = 88.85 USD on days 38 + round(k x 30.4375).
    const h = await headline(
      scenario(
        undefined,
        'finance: { loans: [{ principal: 1000 USD, rate: 12 %, term: 12 months, fee: 1 %, start: 2026-03-01 }] }',
      ),
    );
    const flows = machineFlows();
    flows[38] += 1000 - 10;
    const payment = (1000 * 0.01) / (1 - 1.01 ** -12);
    for (let k = 1; k <= 12; k++) flows[38 + Math.round(k * MONTH_DAYS)] -= payment;
    expect(h.equityNpvUsd!.quantiles.p50).toBeCloseTo(npvOf(flows), 6);
    expect(h.equityIrr!.quantiles.p50).toBeCloseTo(irrOf(flows), 8);
    // No tax stated: no after-tax measure (it would be the project's, under a tax nobody stated).
    expect(h.afterTaxIrr).toBeUndefined();
  }, 60_000);

  it('runMonteCarlo() taxes a lease’s equity on its payments and depreciates its buyout from the buyout’s year', async () => {
    // The lessor pays the 2,000 USD; 150 USD a month in arrears for 12 months, the last (day 365,
    // in 2027) with the 300 USD buyout. Tax 25 %, straight line over 3 years: the project
    // deducts 666.67 USD a year from 2026, the equity its lease payments (11 in 2026, 1 in 2027)
    // and 100 USD a year of the buyout from 2027, the 100 left written off at the horizon.
    const h = await headline(
      scenario(
        undefined,
        `finance:
  leases: [{ cohort: m, payment: 150 USD/month, term: 12 months, residual: 300 USD }]
  tax: { rate: 25 %, depreciation: { method: straight-line, lifeYears: 3 } }`,
      ),
    );
    const profits = [344 * 2.6, 365 * 2.6, 22 * 2.6];
    const flows = machineFlows();
    flows[0] += 2000;
    for (let k = 1; k <= 12; k++) flows[Math.round(k * MONTH_DAYS)] -= 150 + (k === 12 ? 300 : 0);
    const due = taxes([profits[0] - 11 * 150, profits[1] - 150 - 100, profits[2] - 100 - 100], 0.25);
    YEAR_ENDS.forEach((end, y) => {
      flows[end] -= due[y];
    });
    expect(h.equityNpvUsd!.quantiles.p50).toBeCloseTo(npvOf(flows), 6);
    // The equity earns 2.6 USD a day before its first payment (day 30) puts its money at stake:
    // the IRR is that stake's, from day 30, the 30 days' earnings summed into it.
    const atStake = flows.findIndex((_, d) => flows.slice(0, d + 1).reduce((a, b) => a + b, 0) < 0);
    expect(atStake).toBe(30);
    const stake = [flows.slice(0, 31).reduce((a, b) => a + b, 0), ...flows.slice(31)];
    expect(stake[0]).toBeCloseTo(31 * 2.6 - 150, 9);
    expect(h.equityIrr!.quantiles.p50).toBeCloseTo(irrOf(stake), 8);
  }, 60_000);

  it('runMonteCarlo() carries a first year’s bonus-depreciation loss forward, offsetting at most 80 % of later profits', async () => {
    // 100 % bonus: 2026 loses 894.4 - 2,000 = -1,105.6 USD; 2027's 949 USD profit is offset by at
    // most 759.2, taxed 21 % on 189.8; 2028's 57.2 by at most 45.76 of the 346.4 USD left.
    const h = await headline(
      scenario(
        undefined,
        'finance: { tax: { rate: 21 %, depreciation: { method: bonus, bonus: 100 %, lifeYears: 5 }, lossOffsetLimit: 80 % } }',
      ),
    );
    const due = taxes([344 * 2.6 - 2000, 365 * 2.6, 22 * 2.6], 0.21, 0.8);
    expect(due[1]).toBeCloseTo(0.21 * 0.2 * 949, 9);
    const flows = machineFlows();
    YEAR_ENDS.forEach((end, y) => {
      flows[end] -= due[y];
    });
    expect(h.afterTaxNpvUsd!.quantiles.p50).toBeCloseTo(npvOf(flows), 6);
    expect(h.afterTaxIrr!.quantiles.p50).toBeCloseTo(irrOf(flows), 8);
    expect(h.equityNpvUsd!.quantiles.p50).toBe(h.afterTaxNpvUsd!.quantiles.p50);
  }, 60_000);

  it('runMonteCarlo() pays a leased machine’s equity back only after its first payment put the owners’ money in', async () => {
    // The lessor pays the 2,000 USD: the equity's position is 2.6 USD a day, less 150 USD on days
    // round(k x 30.4375). Day 30: 31 x 2.6 - 150 = -69.4, the owners' money at stake; back at
    // 58 x 2.6 - 150 = 0.8 >= 0 on day 57 (2026-03-20), before the second payment (day 61).
    const h = await headline(
      scenario(undefined, 'finance: { leases: [{ cohort: m, payment: 150 USD/month, term: 12 months }] }'),
    );
    expect(31 * 2.6 - 150).toBeLessThan(0);
    expect(57 * 2.6 - 150).toBeLessThan(0);
    expect(58 * 2.6 - 150).toBeGreaterThanOrEqual(0);
    expect(h.equityPaybackDays!.quantiles.p50).toBe(57);
    expect(h.equityNoPayback!.p).toBe(0);
    expect(h.equityNothingAtStake!.p).toBe(0);
  }, 60_000);

  it('runMonteCarlo() looks for a leased machine’s equity payback from its buyout: a residual of 300 USD on day 365 leaves it unpaid (it said day 57)', async () => {
    // The same lease with a residual of 300 USD paid with its last payment, day round(12 x
    // 30.4375) = 365: the owners buy the machine then, as a purchase. The position that day is
    // 366 x 2.6 - 12 x 150 - 300 = -1,148.4 USD and gains 2.6 a day after: -199.4 at the end of
    // day 730, the horizon's last. Before, day 57 was its payback, its buyout's money not counted.
    const h = await headline(
      scenario(
        undefined,
        'finance: { leases: [{ cohort: m, payment: 150 USD/month, term: 12 months, residual: 300 USD }] }',
      ),
    );
    expect(731 * 2.6 - 12 * 150 - 300).toBeCloseTo(-199.4, 9);
    expect(h.equityNoPayback!.p).toBe(1);
    expect(h.equityNothingAtStake!.p).toBe(0);
  }, 60_000);

  it('runMonteCarlo() never pays back a loan of the whole capex whose payments the machine’s profit does not cover', async () => {
    // 2,000 USD at 1 % a month over 12 months: 177.70 USD on days round(k x 30.4375). Day 30:
    // 31 x 2.6 - 177.70 < 0; the payments (2,132.38 USD) outrun the profit, and after the last
    // (day 365) the position is 366 x 2.6 - 2,132.38 = -1,180.8, still -231.8 on day 730.
    const h = await headline(
      scenario(undefined, 'finance: { loans: [{ loanToValue: 100 %, rate: 12 %, term: 12 months }] }'),
    );
    const payment = (2000 * 0.01) / (1 - 1.01 ** -12);
    let position = 0;
    let belowFrom = -1;
    let backOn = -1;
    let k = 1;
    for (let d = 0; d < DAYS; d++) {
      position += 2.6;
      if (k <= 12 && d === Math.round(k * MONTH_DAYS)) {
        position -= payment;
        k++;
      }
      if (position < 0 && belowFrom < 0) belowFrom = d;
      if (position >= 0 && belowFrom >= 0 && backOn < 0) backOn = d;
    }
    expect(belowFrom).toBe(30);
    expect(backOn).toBe(-1);
    expect(position).toBeCloseTo(DAYS * 2.6 - 12 * payment, 9);
    expect(h.equityPaybackDays!.quantiles.p50).toBeNull();
    expect(h.equityNoPayback!.p).toBe(1);
  }, 60_000);

  it('runMonteCarlo() reports a lease whose payments a month’s profit covers as nothing at stake: payback day 0', async () => {
    // 50 USD a month against 2.6 x 30 = 78 USD of profit before the first payment: the position
    // never falls below 0 (its low is 31 x 2.6 - 50 = 30.6 on day 30), so the owners never put
    // money in and there is nothing to pay back.
    const summary = await summaryOf(
      scenario(undefined, 'finance: { leases: [{ cohort: m, payment: 50 USD/month, term: 12 months }] }'),
    );
    const h = summary.headline;
    expect(h.equityPaybackDays!.quantiles.p50).toBe(0);
    expect(h.equityNothingAtStake!.p).toBe(1);
    expect(h.equityNoPayback!.p).toBe(0);
    // The headline and the report's table say so rather than a payback on the start date.
    expect(Object.fromEntries(financeHeadlineRows(summary, true))['equity payback']).toBe(
      'nothing at stake (the equity never below zero)',
    );
    const odds = Object.fromEntries(financeTable(summary, true)[0].rows);
    expect(odds['Equity paid back']).toBe('nothing to pay back: the owners’ position never fell below zero');
  }, 60_000);

  it('runMonteCarlo() meets a margin call by selling the coins held, then from the top-up; the equity keeps only the coins it did not sell', async () => {
    // Holding; the price falls 50 % a year (log: a GBM without volatility), and with it hashprice and
    // the machine's resale value, 80 % of 2,000 USD scaled by hashprice, the week's mean to the day:
    // 1,600 x (the mean price of the 7 days to the day) / 100,000, about 1,600 x p x exp(0.5 x 3 /
    // 365.25) / 100,000 (the week's mean lags the price by 3 days). 1,400 USD lent at 0 % over 12
    // months (what is left over the months left, on days round(k x 30.4375)), called above 90 % of
    // the collateral, restored to 75 %, 200 USD of top-up. Day 24 is the first with 1,400 > 0.9 x
    // the collateral, 1,554.66 (on the day's price it was day 21): a call of 1,400 - 0.75 x 1,554.66
    // = 234.0 USD. Cash on hand is below 0 (the owners pay the power); the 0.00125 BTC held (25
    // days) are worth 120.96 USD at 96,770 USD: sold, and 113.0 USD from the top-up. (Without the
    // coins, the top-up falls short: a default.) The payments then outrun the collateral's fall: no
    // more calls. The project keeps its coins; the equity holds 0.00125 BTC fewer to the horizon.
    const text = scenario(
      undefined,
      `treasury: hold
finance:
  loans:
    - { principal: 1400 USD, rate: 0 %, term: 12 months, marginCall: { loanToValue: 90 %, restoreTo: 75 %, topUp: 200 USD } }`,
    )
      .replace('salvage: { model: none }', 'salvage: { model: hashprice-linked, fraction: 80 % }')
      .replace('model: { type: fixed }', 'model: { type: gbm, drift: -50 %, volatility: 0 % }');
    const h = await headline(text);
    const growth = Math.exp(-0.5 / 365.25);
    const flows: number[] = [];
    let price = 100_000;
    let held = 0;
    let sold = 0;
    let balance = 1400;
    let paid = 0;
    let topUp = 200;
    const calls: number[] = [];
    const prices: number[] = [];
    const week = () => {
      const last = prices.slice(-7);
      return last.reduce((a, v) => a + v, 0) / last.length;
    };
    for (let d = 0; d < DAYS; d++) {
      if (d > 0) price *= growth;
      prices.push(price);
      let flow = -2.4 + (d === 0 ? 1400 - 2000 : 0);
      held += 5e-5;
      if (paid < 12 && d === Math.round((paid + 1) * MONTH_DAYS)) {
        const payment = balance / (12 - paid);
        flow -= payment;
        balance -= payment;
        paid++;
      }
      const collateral = (1600 * week()) / 100_000;
      if (d < DAYS - 1 && balance > 0.9 * collateral) {
        const call = balance - 0.75 * collateral;
        const fromCoins = Math.min(call, (held - sold) * price);
        expect(call - fromCoins).toBeLessThanOrEqual(topUp);
        topUp -= call - fromCoins;
        sold += fromCoins / price;
        flow += fromCoins - call;
        balance -= call;
        calls.push(d);
      }
      flows.push(flow);
    }
    expect(calls).toEqual([24]);
    expect(sold).toBeCloseTo(0.00125, 12);
    expect(balance).toBeCloseTo(0, 9);
    // The horizon: the equity's coins at the last price, the machine at the last week's.
    flows[DAYS - 1] += (held - sold) * price + (1600 * week()) / 100_000;
    expect(h.marginCall!.p).toBe(1);
    expect(h.default!.p).toBe(0);
    expect(h.equityNpvUsd!.quantiles.p50).toBeCloseTo(npvOf(flows), 6);
    expect(h.equityIrr!.quantiles.p50).toBeCloseTo(irrOf(flows), 8);
  }, 60_000);

  it('runMonteCarlo() taxes under sell-to-cover the coins sold out of the stack on their average basis, in that tax year', async () => {
    // Selling to cover, the price rising 50 % a year (log; a GBM without volatility), power at 0.05
    // USD/kWh but 0.20 (9.6 USD a day) from 2026-06-01 (day 130) to 2026-09-01 (day 222): the
    // machine mines 5e-5 BTC a day, sold first; on the dear days the stack pays the rest, at its
    // average basis. Tax 21 % on calendar years, coins on their basis, no depreciation (the
    // machine's 2,000 USD come back as a loss at the horizon: no salvage).
    const text = scenario(
      'power: { price: { schedule: [{ from: 2026-01-22, price: 0.05 USD/kWh }, { from: 2026-06-01, price: 0.2 USD/kWh }, { from: 2026-09-01, price: 0.05 USD/kWh }] } }',
      `treasury: sell-to-cover
finance: { tax: { rate: 21 %, coinBasis: true } }`,
    ).replace('model: { type: fixed }', 'model: { type: gbm, drift: 50 %, volatility: 0 % }');
    const h = await headline(text);
    const growth = Math.exp(0.5 / 365.25);
    const flows: number[] = [];
    const incomes = [0, 0, 0];
    let year = 0;
    let price = 100_000;
    let held = 0;
    let basis = 0;
    let stackSales = 0;
    for (let d = 0; d < DAYS; d++) {
      if (d > 0) price *= growth;
      const power = d >= 130 && d < 222 ? 9.6 : 2.4;
      const coins = 5e-5;
      incomes[year] += coins * price - power;
      // Day 0 pays the machine too: its coins go toward it.
      const due = power + (d === 0 ? 2000 : 0);
      const need = due / price;
      let flow = 0;
      if (need <= coins) {
        // The day's own coins pay it, at their basis: the rest join the stack at theirs.
        held += coins - need;
        basis += (coins - need) * price;
      } else {
        // All the day's coins, then the stack's, at its average basis, while it lasts.
        const fromStack = Math.min(need - coins, held);
        const out = held > 0 ? (basis * fromStack) / held : 0;
        incomes[year] += fromStack * price - out;
        basis -= out;
        held -= fromStack;
        flow -= due - (coins + fromStack) * price;
        if (fromStack > 0) stackSales++;
      }
      if (d === DAYS - 1) {
        flow += held * price;
        incomes[year] += held * price - basis - 2000;
      }
      flows.push(flow);
      if (d === YEAR_ENDS[year]) year++;
    }
    expect(stackSales).toBeGreaterThan(30);
    // 2026 made a profit, then 2027 and 2028 (this one with the machine's 2,000 USD loss).
    const due = taxes(incomes, 0.21);
    YEAR_ENDS.forEach((end, y) => {
      flows[end] -= due[y];
    });
    expect(h.afterTaxNpvUsd!.quantiles.p50).toBeCloseTo(npvOf(flows), 6);
    expect(h.equityNpvUsd!.quantiles.p50).toBe(h.afterTaxNpvUsd!.quantiles.p50);
  }, 60_000);

  it('runMonteCarlo() pays a machine that cost nothing back only once its losses are made up', async () => {
    // Free machine at 0.05 USD/kWh (2.6 USD a day), then 0.15 (5 - 7.2 = -2.2 a day) from
    // 2026-03-01 (day 38) to 2026-06-01 (day 130), then 0.05 again. Day 37: 38 x 2.6 = 98.8; below 0
    // on day 37 + 45 = 82 (98.8 - 45 x 2.2 = -0.2); day 129: 98.8 - 92 x 2.2 = -103.6; back at
    // >= 0 after 40 days of 2.6 (104 >= 103.6), on day 169. Before, day 0 counted as payback.
    const free = scenario(
      'power: { price: { schedule: [{ from: 2026-01-22, price: 0.05 USD/kWh }, { from: 2026-03-01, price: 0.15 USD/kWh }, { from: 2026-06-01, price: 0.05 USD/kWh }] } }',
    ).replace('unitPrice: 2000 USD', 'unitPrice: 0 USD');
    const h = await headline(free);
    expect(98.8 - 44 * 2.2).toBeGreaterThanOrEqual(0);
    expect(98.8 - 45 * 2.2).toBeLessThan(0);
    expect(h.paybackDays.quantiles.p50).toBe(169);
  }, 60_000);
});
