// Depreciation, losses and the coins' basis in the after-tax books, on single paths by hand: the
// machine of hand-books.ts at a fixed price makes 2.6 USD a day (5 USD of coins less 2.4 of power)
// over 731 days from 2026-01-22, no resale. Each figure follows README.md's "Financing and tax" and
// docs/scenario-reference.md's `finance.tax` as written, not minesim's code.
import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { scenarioOf } from '../fixtures/scenarios.js';
import { DAYS, npvOf, priceOn, scenario } from './hand-books.js';

const NONE = 'salvage: { model: none }';
/** Calendar tax years from 2026-01-22: their last days (the last the horizon's). */
const CALENDAR = [343, 708, 730];

async function headline(text: string) {
  const result = await runMonteCarlo(await scenarioOf(text), { paths: 1, workers: 1, breakEvenPaths: 0 });
  return result.summary.headline;
}

/** Tax at `rate` on each year's income; losses carried forward (unless `carry` is false), offsetting at most `limit`. */
function taxes(incomes: readonly number[], rate: number, carry = true, limit = 1): number[] {
  let pool = 0;
  return incomes.map((income) => {
    if (income <= 0) {
      if (carry) pool -= income;
      return 0;
    }
    const used = Math.min(pool, limit * income);
    pool -= used;
    return rate * (income - used);
  });
}

/** The days of each tax year ending on `ends`. */
function yearDays(ends: readonly number[]): number[] {
  return ends.map((end, y) => end - (y === 0 ? -1 : ends[y - 1]));
}

/** The machine's after-tax flows: 2.6 USD a day, the 2,000 USD on day 0, `due` paid on `ends`. */
function afterTax(ends: readonly number[], due: readonly number[]): number[] {
  const flows = new Array<number>(DAYS).fill(2.6);
  flows[0] -= 2000;
  ends.forEach((end, y) => {
    flows[end] -= due[y];
  });
  return flows;
}

const COINS = DAYS * 5e-5;
const CASH_COST = (DAYS * 2.4) / COINS;
/**
 * The last calendar tax year's share within the horizon, which the all-in cost per coin counts of
 * its depreciation: 2028-01-01 to 2028-01-22, 22 of the leap year's 366 days.
 */
const LAST_SHARE = 22 / 366;

describe('depreciation by hand', () => {
  it('runMonteCarlo() writes 2,000 USD off double declining over 3 years: 1,333.33, 444.44 and 222.22 USD, a whole year’s amount in the 22-day last year, of which the all-in cost per coin counts 22 / 366', async () => {
    // Year 1: 2/3 of 2,000; year 2: 2/3 of the 666.67 left (444.44) beats the straight line over
    // the 2 years left (333.33); year 3, the last of the life, takes what is left.
    const deps = [2000 * (2 / 3), (2000 / 3) * (2 / 3), 2000 / 9];
    const days = yearDays(CALENDAR);
    expect(days).toEqual([344, 365, 22]);
    const due = taxes(
      days.map((n, y) => n * 2.6 - deps[y]),
      0.25,
    );
    // 2026 loses 438.93 USD, carried against 2027's 504.56: 16.41 USD of tax; 2028 loses 165.02.
    expect(due[1]).toBeCloseTo(0.25 * (365 * 2.6 - deps[1] - (2000 * (2 / 3) - 344 * 2.6)), 9);
    const h = await headline(
      scenario(
        'finance: { tax: { rate: 25 %, depreciation: { method: declining-balance, lifeYears: 3 } } }',
        0,
        NONE,
      ),
    );
    expect(h.afterTaxNpvUsd!.quantiles.p50).toBeCloseTo(npvOf(afterTax(CALENDAR, due)), 6);
    expect(h.cashCostPerCoinUsd!.quantiles.p50).toBeCloseTo(CASH_COST, 6);
    expect(h.allInCostPerCoinUsd!.quantiles.p50).toBeCloseTo(
      CASH_COST + (deps[0] + deps[1] + deps[2] * LAST_SHARE) / COINS,
      6,
    );
  }, 60_000);

  it('runMonteCarlo() takes a 50 % bonus and the rest straight over 5 years from year one; the 400 USD left is written off at the horizon, and the all-in cost counts the 1,400 depreciated in the horizon’s days and 22 / 366 of the last year’s 200', async () => {
    // Year 1: 1,000 of bonus and 200 of the straight line; years 2 and 3: 200 each. At the
    // horizon the machine (no resale) is sold for nothing against its 400 USD of basis left.
    const deps = [1200, 200, 200];
    const incomes = yearDays(CALENDAR).map((n, y) => n * 2.6 - deps[y]);
    incomes[2] -= 400;
    const due = taxes(incomes, 0.21);
    const h = await headline(
      scenario(
        'finance: { tax: { rate: 21 %, depreciation: { method: bonus, bonus: 50 %, lifeYears: 5 } } }',
        0,
        NONE,
      ),
    );
    expect(h.afterTaxNpvUsd!.quantiles.p50).toBeCloseTo(npvOf(afterTax(CALENDAR, due)), 6);
    expect(h.allInCostPerCoinUsd!.quantiles.p50).toBeCloseTo(
      CASH_COST + (1400 + 200 * LAST_SHARE) / COINS,
      6,
    );
  }, 60_000);

  it('runMonteCarlo() depreciates straight over 3 fiscal years ending 06-30, a whole year’s 666.67 USD in the first, 160-day year', async () => {
    // 2026-06-30 is day 159, 2027-06-30 day 524; the last year ends on the horizon's last day.
    const ends = [159, 524, 730];
    const incomes = yearDays(ends).map((n) => n * 2.6 - 2000 / 3);
    expect(yearDays(ends)).toEqual([160, 365, 206]);
    const due = taxes(incomes, 0.3);
    const h = await headline(
      scenario(
        'finance: { tax: { rate: 30 %, yearEnd: 06-30, depreciation: { method: straight-line, lifeYears: 3 } } }',
        0,
        NONE,
      ),
    );
    expect(h.afterTaxNpvUsd!.quantiles.p50).toBeCloseTo(npvOf(afterTax(ends, due)), 6);
  }, 60_000);

  it('runMonteCarlo() with lossCarryForward: false taxes each profitable year whole, the losses of the others lost', async () => {
    const deps = [2000 * (2 / 3), (2000 / 3) * (2 / 3), 2000 / 9];
    const due = taxes(
      yearDays(CALENDAR).map((n, y) => n * 2.6 - deps[y]),
      0.25,
      false,
    );
    expect(due[1]).toBeCloseTo(0.25 * (365 * 2.6 - deps[1]), 9);
    const h = await headline(
      scenario(
        'finance: { tax: { rate: 25 %, lossCarryForward: false, depreciation: { method: declining-balance, lifeYears: 3 } } }',
        0,
        NONE,
      ),
    );
    expect(h.afterTaxNpvUsd!.quantiles.p50).toBeCloseTo(npvOf(afterTax(CALENDAR, due)), 6);
  }, 60_000);
});

describe('the coins’ basis when held, by hand', () => {
  // Holding, the price rising 50 % a year (log): each day's 5e-5 BTC is income at its value that
  // day; the power (2.4 USD a day) is paid by the owners; at the horizon the coins held are valued
  // at the last price. With coinBasis their gain over the value they were taxed at is taxed then
  // (in the last tax year); without it, it is not taxed.
  const drift = 0.5;
  const mined = (from: number, to: number) => {
    let sum = 0;
    for (let d = from; d <= to; d++) sum += 5e-5 * priceOn(drift, d);
    return sum;
  };
  const value = DAYS * 5e-5 * priceOn(drift, DAYS - 1);
  const basis = mined(0, DAYS - 1);
  for (const coinBasis of [true, false]) {
    it(`runMonteCarlo() ${coinBasis ? 'taxes the held coins’ gain over their basis at the horizon' : 'leaves the held coins’ gain untaxed without coinBasis'}: after-tax NPV by hand`, async () => {
      const starts = [0, 344, 709];
      const incomes = CALENDAR.map((end, y) => mined(starts[y], end) - 2.4 * (end - starts[y] + 1));
      // No depreciation: the machine's 2,000 USD come back at the horizon, sold for nothing.
      incomes[2] += -2000 + (coinBasis ? value - basis : 0);
      const due = taxes(incomes, 0.21);
      const flows = new Array<number>(DAYS).fill(-2.4);
      flows[0] -= 2000;
      flows[DAYS - 1] += value;
      CALENDAR.forEach((end, y) => {
        flows[end] -= due[y];
      });
      expect(value - basis).toBeGreaterThan(100);
      const h = await headline(
        scenario(`treasury: hold\nfinance: { tax: { rate: 21 %, coinBasis: ${coinBasis} } }`, drift, NONE),
      );
      expect(h.afterTaxNpvUsd!.quantiles.p50).toBeCloseTo(npvOf(flows), 6);
    }, 60_000);
  }
});

describe('a machine sold before the horizon, by hand', () => {
  it('runMonteCarlo() taxes a machine retired on 2027-01-22 (day 365) and sold at 1,000 USD on its gain over the basis left (1,333.33 after 2026’s 666.67): a loss of 333.33 in 2027, no depreciation that year', async () => {
    // It hashes on days 0-364 (the retire day it stops and is sold: 50 % of 2,000 at a fixed
    // resale). Tax 25 %, 2,000 straight over 3 years from 2026.
    const flows = new Array<number>(DAYS).fill(0);
    for (let d = 0; d < 365; d++) flows[d] = 2.6;
    flows[0] -= 2000;
    flows[365] += 1000;
    const incomes = [344 * 2.6 - 2000 / 3, 21 * 2.6 + (1000 - (2000 - 2000 / 3)), 0];
    const due = taxes(incomes, 0.25);
    CALENDAR.forEach((end, y) => {
      flows[end] -= due[y];
    });
    const h = await headline(
      scenario(
        'finance: { tax: { rate: 25 %, depreciation: { method: straight-line, lifeYears: 3 } } }',
        0,
        'salvage: { model: fixed, fraction: 50 % }',
      ).replace('unitPrice: 2000 USD', 'unitPrice: 2000 USD, retire: 2027-01-22'),
    );
    expect(h.afterTaxNpvUsd!.quantiles.p50).toBeCloseTo(npvOf(flows), 6);
  }, 60_000);
});
