// An analyst's purchase made today, 2026-12-07, 388 days past the shipped history: 200 Antminer
// S21s at 3,400 USD plus the 21.6 % tariff, uptime 97 %, on a tariff dearer in winter (0.05 +
// 0.015 cos(2 pi (month - 1) / 12) USD/kWh) with a demand-response program (60 USD/MWh for 20
// hours a month). Written from the README alone, minesim refuses it with four problems, each
// saying what to give; followed to the letter the scenario validates and runs. By hand: the held
// view's tariff (December's, 0.06299 USD/kWh), hashprice, revenue, power, credits, payback and the
// halving dated from the height carried forward; the cost of power net of credits over the two
// years (the same on every path: the calendar's months). `minesim hashprice` for today is refused
// (no day in the history), and `minesim quote` with the difficulty and the price it asks for
// gives the same machine's day with the data's last fees.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunSummary } from '../../src/stats/summary.js';
import { cli, dateAfter, day, useScratchFolder } from './hand.js';

const { outDir, scenarioFile } = useScratchFolder({ charts: false });

const START = '2026-12-07';
const written = `name: s21-today-seasonal
start: ${START}
horizon: 2 years
fleet:
  - { model: Antminer S21, count: 200, unitPrice: 3400 USD, importPremium: 21.6 %, uptime: 97 % }
power:
  price: { expression: "0.05 + 0.015 * cos(2 * pi * (month - 1) / 12)" }
  curtailment: { credit: 60 USD/MWh, budget: 20 hours }
costs: { poolFee: 2 % }
monteCarlo: { paths: 20 }
`;
// What the five refusals say to give, as they write it.
const followed = `${written}network:
  difficulty: 141.67 T
  model: { type: stochastic, calibrate: 752 days, partial: allowed }
price:
  start: 78600 USD
  model: { type: gbm, drift: 0 %, volatility: 60 % }
fees:
  model: { type: share-of-subsidy, share: 0.75 % }
`;

const tariff = (date: string) => 0.05 + 0.015 * Math.cos((2 * Math.PI * (Number(date.slice(5, 7)) - 1)) / 12);

describe('a purchase made today on a seasonal tariff with curtailment credits', { timeout: 120_000 }, () => {
  it('minesim validate refuses the scenario as written with what to give; followed, the run’s start figures agree with the hand computation', async () => {
    const refused = await cli('validate', scenarioFile('today-written', written));
    expect(refused.code).toBe(2);
    const said = refused.stdout + refused.stderr;
    expect(said).toContain(
      'network.difficulty: the start 2026-12-07 is 388 days after the bitcoin history ends',
    );
    expect(said).toContain('`price.start`');
    expect(said).toContain('`network.model: { type: stochastic, calibrate: 752 days, partial: allowed }`');
    expect(said).toContain('`fees.model: { type: share-of-subsidy, share: 0.75 % }`');
    expect(said).toContain('`price.model: { type: gbm, drift: 0 %, volatility: 60 % }`');
    expect(said).toContain('5 problems in 1 file');

    const run = await cli(
      'run',
      scenarioFile('today-followed', followed),
      '--workers',
      '1',
      '--json',
      '--out',
      join(outDir, 'today-followed'),
    );
    expect(run.code).toBe(0);
    const s = JSON.parse(run.stdout) as RunSummary;
    const view = s.dailyView!;
    // December: 0.05 + 0.015 cos(11 pi / 6) = 0.062990 USD/kWh.
    expect(view.tariffUsdPerKwh).toBeCloseTo(tariff(START), 12);
    expect(tariff(START)).toBeCloseTo(0.06299, 5);
    const hashprice = (1e15 * 86_400 * 3.125 * 1.0075 * 78_600) / (141.67e12 * 2 ** 32);
    expect(view.hashpriceUsd).toBeCloseTo(hashprice, 9);
    expect(hashprice).toBeCloseTo(35.139, 3);
    const c = view.cohorts[0];
    const revenue = 0.2 * hashprice * 0.98 * 0.97;
    const power = 3.5 * 24 * tariff(START) * 0.97;
    const credits = (0.06 * 3.5 * 20) / (365.25 / 12); // 70 kWh a month not drawn, at 60 USD/MWh
    expect(c.revenueUsd).toBeCloseTo(revenue, 9);
    expect(c.powerUsd).toBeCloseTo(power, 9);
    expect(c.creditsUsd).toBeCloseTo(credits, 9);
    expect([revenue, power, credits].map((v) => Math.round(v * 1000) / 1000)).toEqual([6.681, 5.132, 0.138]);
    expect(c.profitUsd).toBeCloseTo(revenue - power + credits, 9);
    expect(c.paybackDays!).toBeCloseTo(4134.4 / (revenue - power + credits), 6);
    expect(c.paybackDays!).toBeCloseTo(2451.87, 2);
    // The height carried forward 387 days past 2025-11-14's last block at its last 28 days' rate:
    // 923,663 + 387 x 146.107 = 980,206; block 1,050,000 is 484.7 days on at 144 a day: 2028-04-04.
    let blocks28 = 0;
    for (let k = 0; k < 28; k++) blocks28 += day(dateAfter('2025-11-14', -k)).blocks;
    const height = 923_663 + (387 * blocks28) / 28;
    expect(Math.floor(height)).toBe(980_206);
    expect(view.halving).toMatchObject({ height: 1_050_000, date: '2028-04-04' });
    expect(dateAfter(START, Math.floor((1_050_000 - height) / 144))).toBe('2028-04-04');
    // Two years of power at each day's month's tariff, 97 % uptime, less the credits of every day.
    let cost = 0;
    for (let d = 0; d < 731; d++) cost += 200 * (3.5 * 24 * tariff(dateAfter(START, d)) * 0.97 - credits);
    expect(cost).toBeCloseTo(574_809.93, 2);
    expect(s.headline.powerCostNetUsd.quantiles.p5).toBeCloseTo(cost, 4);
    expect(s.headline.powerCostNetUsd.quantiles.p95).toBeCloseTo(cost, 4);
  });

  it('minesim hashprice refuses today; minesim quote with the difficulty and price it asks for gives the day by hand', async () => {
    const hashprice = await cli('hashprice', '--date', START);
    expect(hashprice.code).toBe(2);
    expect(hashprice.stderr).toContain('covers 2010-07-18 to 2025-11-14');
    const refused = await cli('quote', '--machine', 'Antminer S21', '--tariff', '0.063', '--date', START);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(
      'give --hashprice (and --price for the break-even coin price) or --difficulty and --price',
    );
    const quote = await cli(
      'quote',
      ...['--machine', 'Antminer S21', '--tariff', '0.063', '--date', START, '--difficulty', '141.67T'],
      ...['--price', '78600', '--pool-fee', '2%', '--uptime', '97%', '--unit-price', '4134.4', '--json'],
    );
    // 388 days past the data the fees are asked for, as the scenario's refusal asks for them.
    expect(quote.code).toBe(2);
    expect(quote.stderr).toContain('`--fees 0.75%`, the share the data');
    const given = await cli(
      'quote',
      ...['--machine', 'Antminer S21', '--tariff', '0.063', '--date', START, '--difficulty', '141.67T'],
      ...['--price', '78600', '--fees', '0.75%', '--pool-fee', '2%', '--uptime', '97%'],
      ...['--unit-price', '4134.4', '--json'],
    );
    expect(given.code).toBe(0);
    const q = JSON.parse(given.stdout);
    // The share the validation's refusal gives: 0.75 % of 3.125 BTC.
    const fees = 0.0075 * 3.125;
    expect(q.feesPerBlock).toBeCloseTo(fees, 12);
    const hp = (1e15 * 86_400 * (3.125 + fees) * 78_600) / (141.67e12 * 2 ** 32);
    expect(q.hashpriceUsd).toBeCloseTo(hp, 9);
    const profit = 0.2 * hp * 0.98 * 0.97 - 3.5 * 24 * 0.063 * 0.97;
    expect(q.day.profitUsd).toBeCloseTo(profit, 9);
    expect(q.day.paybackDays).toBeCloseTo(4134.4 / profit, 6);
    expect(Math.round(q.day.paybackDays)).toBe(2672);
    // After the halving (1.5625 BTC), the day held fixed loses 1.768 USD.
    const afterHalving =
      0.2 * hp * ((1.5625 + fees) / (3.125 + fees)) * 0.98 * 0.97 - 3.5 * 24 * 0.063 * 0.97;
    expect(afterHalving).toBeCloseTo(-1.768, 3);
    expect(q.halving).toMatchObject({
      height: 1_050_000,
      date: '2028-04-04',
      rewardAfter: 1.5625,
      paybackDays: null,
    });
    expect(q.halving.profitAfterUsd).toBeCloseTo(afterHalving, 9);
  });
});
