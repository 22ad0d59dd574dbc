// Tax on a machine sold before it is fully depreciated, and a hedge whose last day is a halving, on
// one path by hand: the machine of books-by-hand/hand-books.ts (2.6 USD a day at a fixed price of
// 100,000 USD, 2,000 USD on day 0, resale 80 % of it scaled by hashprice).
import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { DAYS, npvOf, scenario } from '../books-by-hand/hand-books.js';
import { scenarioOf } from '../fixtures/scenarios.js';

async function headline(text: string) {
  const { summary } = await runMonteCarlo(await scenarioOf(text), {
    paths: 1,
    workers: 1,
    breakEvenPaths: 0,
  });
  return summary.headline;
}

describe('a machine sold before it is fully depreciated, by hand', () => {
  // Retired on 2027-03-01, day 403 (its first day not running, sold that day), under 21 % tax on
  // calendar years (ends on days 343, 708 and 730) with straight-line depreciation over 3 years:
  // 666.67 USD in 2026. Sold for `resale` with 1,333.33 USD of basis left: the gain (or loss) is
  // the difference, in 2027's tax.
  const books = (resale: number) => {
    const flows = new Array<number>(DAYS).fill(0);
    for (let d = 0; d < 403; d++) flows[d] = 2.6;
    flows[0] -= 2000;
    flows[403] += resale;
    const year1 = 344 * 2.6 - 2000 / 3;
    const year2 = 59 * 2.6 + resale - (2000 - 2000 / 3);
    const tax1 = 0.21 * year1;
    // A loss in 2027 is carried forward, and 2028's 22 days earn nothing against it: never refunded.
    const tax2 = year2 > 0 ? 0.21 * year2 : 0;
    const after = flows.slice();
    after[343] -= tax1;
    after[708] -= tax2;
    return { flows, after, tax1, tax2 };
  };
  const text = (fraction: string) =>
    scenario(
      'finance: { tax: { rate: 21 %, depreciation: { method: straight-line, lifeYears: 3 } } }',
      0,
      `salvage: { model: hashprice-linked, fraction: ${fraction} }`,
    ).replace('unitPrice: 2000 USD }', 'unitPrice: 2000 USD, retire: 2027-03-01 }');

  it('sold for 1,600 USD: a gain of 266.67 USD over the basis left, taxed in 2027 (88.21 USD) after 47.82 USD in 2026', async () => {
    const b = books(1600);
    expect(b.tax1).toBeCloseTo(47.824, 3);
    expect(b.tax2).toBeCloseTo(0.21 * (153.4 + 266.667), 3);
    const h = await headline(text('80 %'));
    expect(h.afterTaxNpvUsd!.quantiles.p50).toBeCloseTo(npvOf(b.after), 6);
    expect(h.npvUsd.quantiles.p50).toBeCloseTo(npvOf(b.flows), 6);
  }, 60_000);

  it('sold for 200 USD: a loss of 1,133.33 USD over the basis left, 2027 a loss carried and never used (no tax after 2026)', async () => {
    const b = books(200);
    expect(b.tax2).toBe(0);
    const h = await headline(text('10 %'));
    expect(h.afterTaxNpvUsd!.quantiles.p50).toBeCloseTo(npvOf(b.after), 6);
  }, 60_000);
});

describe('a hashprice swap whose last day is a halving, by hand', () => {
  // Block 1,050,000 is 144 x 128 blocks after the start's height 1,031,568: the halving opens day 128
  // (2026-05-30), whose blocks all pay 1.5625 BTC. A swap on 100 TH/s at 50 USD/PH/day for one month
  // from 2026-05-01 (day 99) covers days 99 to 128 and settles on day 128: 29 days at 50 and the
  // halving day at 25 USD/PH/day, so it receives 100 TH/s x 25 USD/PH/day x 1 day = 2.5 USD.
  const text = (start: string) =>
    scenario(
      `finance:\n  hedges:\n    - { type: hashprice-swap, hashrate: 100 TH/s, price: 50 USD/PH/day, term: 1 month, start: ${start} }`,
    ).replace('height: 933408', 'height: 1031568');

  it('runMonteCarlo() settles 2.5 USD: the halving day read at the halved subsidy, the days before at the whole', async () => {
    const h = await headline(text('2026-05-01'));
    expect(h.hedgeNetUsd!.quantiles.p50).toBeCloseTo(0.1 * 25, 9);
  }, 60_000);

  it('a month ending the day before (from 2026-04-30, days 98 to 127) settles nothing', async () => {
    const h = await headline(text('2026-04-30'));
    expect(h.hedgeNetUsd!.quantiles.p50).toBeCloseTo(0, 9);
  }, 60_000);
});
