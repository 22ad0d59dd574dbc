// An analyst's question: ten Antminer S19 XPs (140 TH/s, 3,010 W) bought on 2023-06-01 at 2,800
// USD, run through the April 2024 halving on the shipped history, on a tariff of 0.07 USD/kWh that
// falls to 0.045 on 2024-05-01 (a cheaper contract signed after the halving), coins sold daily.
// By hand from data/btc-daily.csv: each day's coins are 1.4 PH/s x 86,400 s / (difficulty x 2^32)
// of the day's (issuance + fees) over its blocks, less the 2 % pool fee. The data's day of block
// 840,000 is 2024-04-19 (931.25 BTC in 151 blocks: 147 at 6.25, 4 at 3.125; the chain's header put
// it at 00:09 UTC on 2024-04-20): the fleet made 141.81 USD on 2024-04-18, 149.90 on the 19th,
// 257.26 on the 20th (the halving's fee spike, 1,206 BTC of fees in 130 blocks) and 114.61 on the
// 21st. Power: 335 days at 50.568 USD and 396 at 32.508, 29,813.45 USD. Paid back on day 552
// (2024-12-04), 7,239.18 USD ahead at the horizon. The tariff's step is written as a schedule or
// as an expression in `t` or `year` (three spellings, the same run); `if(...)` is refused with the
// functions an expression may call.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, coinsPerHs, dateAfter, day, useScratchFolder } from '../analyst-questions-2/hand.js';

const { backtest, scenarioFile } = useScratchFolder({ charts: false });

const START = '2023-06-01';
const DAYS = 731;
const SCHEDULE = `
    schedule:
      - { from: 2023-06-01, price: 0.07 USD/kWh }
      - { from: 2024-05-01, price: 0.045 USD/kWh }`;
const scenario = (price: string) => `name: s19xp-2023-06-halving
start: ${START}
horizon: 2 years
fleet:
  - { model: Antminer S19 XP, count: 10, unitPrice: 2800 USD }
power:
  price: ${price}
costs: { poolFee: 2 % }
`;

const tariff = (date: string) => (date < '2024-05-01' ? 0.07 : 0.045);
const cents = (x: number) => Math.round(x * 100) / 100;

function hand() {
  const revenue = new Map<string, number>();
  let cash = -28_000;
  let power = 0;
  let payback: number | null = null;
  for (let d = 0; d < DAYS; d++) {
    const date = dateAfter(START, d);
    const r = 1.4e15 * coinsPerHs(date) * 0.98 * day(date).price;
    const p = 30.1 * 24 * tariff(date);
    revenue.set(date, r);
    power += p;
    cash += r - p;
    if (payback === null && cash >= 0) payback = d;
  }
  return { revenue, power, cash, payback };
}

describe('S19 XPs bought in June 2023, through the 2024 halving, on a tariff that falls after it', {
  timeout: 120_000,
}, () => {
  it('the days around the halving, the power, the payback and the net agree with the hand computation', async () => {
    const h = hand();
    expect(
      ['2024-04-18', '2024-04-19', '2024-04-20', '2024-04-21'].map((d) => cents(h.revenue.get(d)!)),
    ).toEqual([141.81, 149.9, 257.26, 114.61]);
    // The data's halving day: four of its 151 blocks at the new subsidy.
    expect(day('2024-04-19').issuance).toBe(147 * 6.25 + 4 * 3.125);
    expect(cents(h.power)).toBe(29_813.45);
    expect(cents(335 * 50.568 + 396 * 32.508)).toBe(29_813.45);
    expect(h.payback).toBe(552);
    expect(cents(h.cash)).toBe(7_239.18);

    const { summary, folder } = await backtest(scenarioFile('s19xp-schedule', scenario(SCHEDULE)));
    expect(summary.events).toContainEqual({ date: '2024-04-19', label: 'halving 4', kind: 'halving' });
    expect(summary.actual!.paybackDay).toBe(552);
    expect(summary.actual!.paybackDate).toBe('2024-12-04');
    expect(summary.headline.netAtHorizonUsd.quantiles.p50).toBeCloseTo(h.cash, 6);
    expect(summary.headline.powerCostNetUsd.quantiles.p50).toBeCloseTo(h.power, 6);
    const [head, ...lines] = readFileSync(join(folder, 'daily.csv'), 'utf8').trim().split('\n');
    const at = head.split(',').indexOf('revenue_usd');
    const subsidyAt = head.split(',').indexOf('subsidy_btc_per_block');
    const rows = new Map(lines.map((l) => [l.split(',')[0], l.split(',')]));
    for (const date of ['2024-04-18', '2024-04-19', '2024-04-20', '2024-04-21'])
      expect(Number(rows.get(date)![at])).toBeCloseTo(h.revenue.get(date)!, 5);
    expect(Number(rows.get('2024-04-19')![subsidyAt])).toBeCloseTo(931.25 / 151, 5);
    expect(Number(rows.get('2024-04-20')![subsidyAt])).toBe(3.125);
    // The held-fixed view holds the start day's rate and says the first year's mean beside it:
    // 335 days at 0.07 and 30 at 0.045 over 365.
    expect(summary.dailyView!.tariffUsdPerKwh).toBe(0.07);
    expect(summary.dailyView!.tariffMean!.usdPerKwh).toBeCloseTo((335 * 0.07 + 30 * 0.045) / 365, 12);
  });

  it('the step written as an expression in t or in year runs as the schedule; if() is refused, naming what an expression may call', async () => {
    const h = hand();
    for (const expression of [
      't < 335 ? 0.07 : 0.045',
      'year < 2024.3306 ? 0.07 : 0.045',
      '0.07 - 0.025 * (t >= 335)',
    ]) {
      const { summary } = await backtest(
        scenarioFile(`s19xp-expr-${expression.length}`, scenario(`{ expression: "${expression}" }`)),
      );
      expect(summary.headline.powerCostNetUsd.quantiles.p50, expression).toBeCloseTo(h.power, 6);
      expect(summary.actual!.paybackDay, expression).toBe(552);
    }
    const refused = await cli(
      'validate',
      scenarioFile('s19xp-expr-if', scenario('{ expression: "if(t < 335, 0.07, 0.045)" }')),
    );
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('power.price.expression: "if" is not an allowed function');
    expect(refused.stderr).toContain('min, max');
  });
});
