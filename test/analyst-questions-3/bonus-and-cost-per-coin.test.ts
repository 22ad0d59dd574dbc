// An analyst's question: 100 Antminer S19 XPs (140 TH/s, 3,010 W) bought on 2023-01-01 at 2,800
// USD each, run two years at 0.06 USD/kWh, taxed at 21 % with the 2023 US rules (DOMAIN.md): 80 %
// bonus depreciation in the year placed in service, the rest straight line over 5 years, and losses
// carried forward offsetting at most 80 % of a year's taxable income. What tax is paid each year,
// and what does a coin cost to mine, cash and all-in with depreciation, beside the listed miners'
// 2024 figures (CoinShares: cash cost 47.2-82.2 k USD, with depreciation and stock pay 96.1-137 k)?
// By hand from data/btc-daily.csv: 2023's taxable income is its revenue after the 2 % pool fee less
// 158,206 USD of power and 235,200 USD of depreciation (224,000 bonus and 11,200 of the rest): a loss
// of 17,923 USD carried forward, no tax; 2024's, its revenue less power, 11,200 of depreciation and
// the gain of the machines valued at the horizon over their 33,600 USD of basis left, 327,758 USD, of
// which the loss offsets all (within 80 %): 65,066 USD of tax on 2024-12-31. minesim prints the
// total and the losses left, not the tax of each year.
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

const START = '2023-01-01';
const DAYS = 731; // 2023-01-01 to 2024-12-31
const CAPEX = 100 * 2800;
const POWER = 100 * 3.01 * 24 * 0.06; // 433.44 USD a day
const file = () =>
  scenarioFile(
    'bonus-2023',
    `name: bonus-2023
start: ${START}
horizon: 2 years
fleet:
  - { name: s19xp, model: Antminer S19 XP, count: 100, unitPrice: 2800 USD }
power: { price: 0.06 USD/kWh }
costs: { poolFee: 2 % }
finance:
  tax: { rate: 21 %, depreciation: { method: bonus, bonus: 80 %, lifeYears: 5 }, lossOffsetLimit: 80 % }
`,
  );

describe('S19 XPs bought in 2023 under 80 % bonus depreciation, and the cost of a coin', {
  timeout: 60_000,
}, () => {
  it('minesim backtest: the tax of each year, the after-tax NPV and the costs per coin agree with the hand computation', async () => {
    const { summary, text, folder } = await backtest(file());
    const revenue = [0, 0];
    let coins = 0;
    const flows: number[] = [];
    for (let d = 0; d < DAYS; d++) {
      const date = dateAfter(START, d);
      const mined = 100 * 140e12 * coinsPerHs(date) * 0.98;
      coins += mined;
      revenue[d < 365 ? 0 : 1] += mined * day(date).price;
      flows.push(mined * day(date).price - POWER);
    }
    flows[0] -= CAPEX;
    const resale =
      0.8 * CAPEX * Math.min(1, weekHashprice(START, DAYS - 1, 3.125) / weekHashprice(START, 0, 6.25));
    // 2023: a loss carried forward.
    const taxable2023 = revenue[0] - 365 * POWER - (0.8 * CAPEX + (0.2 * CAPEX) / 5);
    expect(taxable2023).toBeCloseTo(-17_922.67, 2);
    const pool = -taxable2023;
    // 2024: the year's income and the machines' gain at the horizon over their basis left.
    const taxable2024 = revenue[1] - 366 * POWER - (0.2 * CAPEX) / 5 + (resale - 0.12 * CAPEX);
    const used = Math.min(pool, 0.8 * taxable2024);
    const tax2024 = 0.21 * (taxable2024 - used);
    expect(used).toBe(pool); // within 80 % of 2024's 327,758 USD
    expect(tax2024).toBeCloseTo(65_065.5, 1);
    const e = summary.actual!.equity!;
    expect(e.taxPaidUsd!).toBeCloseTo(tax2024, 4);
    expect(e.lossCarriedUsd!).toBeCloseTo(pool - used, 6);
    // Year by year (no output gave more than the total before): none for 2023, its loss carried.
    expect(e.taxYears!.map((y) => y.end)).toEqual(['2023-12-31', '2024-12-31']);
    expect(e.taxYears![0].taxUsd).toBe(0);
    expect(e.taxYears![0].lossCarriedUsd).toBeCloseTo(pool, 6);
    expect(e.taxYears![1].taxUsd).toBeCloseTo(tax2024, 4);
    expect(e.taxYears![1].lossCarriedUsd).toBeCloseTo(0, 6);
    const byYear =
      'year to 2023-12-31: 0 USD (17,923 USD of losses carried forward); year to 2024-12-31: 65,066 USD';
    expect(text).toMatch(new RegExp(`tax by tax year +${byYear.replace(/[()]/g, '\\$&')}`));
    const md = readFileSync(join(folder, 'summary.md'), 'utf8').split('\n');
    expect(md).toContain(`| Income tax by tax year, equity | ${byYear} |`);
    // Beside the tax paid and the losses left unused, in summary.md and the terminal, not rows away.
    const paid = md.findIndex((l) => l.startsWith('| Income tax paid (USD) |'));
    expect(md[paid + 1]).toMatch(/^\| Tax losses carried forward, left unused at the end \(USD\) \|/);
    expect(md[paid + 2]).toBe(`| Income tax by tax year, equity | ${byYear} |`);
    const lines = text.split('\n');
    const paidLine = lines.findIndex((l) => /^ *tax paid \/ losses left unused /.test(l));
    expect(lines[paidLine + 1]).toMatch(/^ *tax by tax year /);
    // After tax: the tax paid on 2024-12-31, the horizon's last day.
    const after = flows.slice();
    after[DAYS - 1] += resale - tax2024;
    expect(summary.headline.afterTaxNpvUsd!.quantiles.p50).toBeCloseTo(npvOf(after, 0.1), 4);
    expect(summary.headline.afterTaxIrr!.quantiles.p50).toBeCloseTo(irrOf(after), 6);
    // A coin's cost: cash (power) and all-in (with the 220,000 USD of tax depreciation in the horizon).
    expect(summary.headline.coinsMined.quantiles.p50).toBeCloseTo(coins, 9);
    expect(summary.headline.cashCostPerCoinUsd!.quantiles.p50).toBeCloseTo((DAYS * POWER) / coins, 4);
    expect(summary.headline.allInCostPerCoinUsd!.quantiles.p50).toBeCloseTo(
      (DAYS * POWER + 0.88 * CAPEX) / coins,
      4,
    );
    // 17,105 USD a coin cash, 30,407 all-in: a third of the listed miners' 2024 figures, over two
    // years that began at a 2023 hashprice near 60 USD/PH/s/day and on power at 0.06 USD/kWh with
    // no staff, SG&A or stock pay; the all-in counts the tax rule's depreciation (88 % of the cost
    // within the horizon under the bonus), not a book depreciation's.
    expect((DAYS * POWER) / coins).toBeCloseTo(17_104.94, 2);
    expect((DAYS * POWER + 0.88 * CAPEX) / coins).toBeCloseTo(30_406.9, 1);
    expect(text).toMatch(/tax paid \/ losses left unused +65,066 USD \/ 0 USD/);
  });
});
