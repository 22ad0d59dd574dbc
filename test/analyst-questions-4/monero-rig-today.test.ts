// Monero today, by hand: a 16-core desktop (AMD Ryzen 9 7950X, 20,496 H/s RandomX at 250 W) and a
// 96-core server (AMD EPYC 9654, 95,088 H/s at 550 W) bought on 2026-12-07 at 0.12 USD/kWh, 2,493
// days past the shipped Monero history, at the figures the scenario states (difficulty 600 G, XMR
// 350 USD, 0.01 XMR of fees a block beside the 0.6 XMR tail emission). From first principles: the
// network finds blocks every 120 s at difficulty D when it hashes D / 120 H/s, so a machine of h H/s
// finds h / (D / 120) of the day's 720 blocks, each paying 0.61 XMR. minesim quote and the run's
// held-fixed view give the same day to the cent. With no price model the scenario is refused: the
// default would carry the 2016-2020 returns' +130.7 % a year, which its Monte Carlo answer rode on.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunSummary } from '../../src/stats/summary.js';
import { cli, useScratchFolder } from '../analyst-questions-2/hand.js';

const { outDir, scenarioFile } = useScratchFolder({ charts: false });

const written = readFileSync(new URL('./monero-rig-today.yaml', import.meta.url), 'utf8');
/** The price model the refusal offers first: the 2016-2020 returns without their trend. */
const DEMEANED = '  model: { type: bootstrap, from: 2016-02-10, to: 2020-02-09, demean: true }\n';
const scenario = written.replace(
  '  start: 350 USD           # assumption\n',
  `  start: 350 USD\n${DEMEANED}`,
);
const D = 600e9;
const PRICE = 350;
const REWARD = 0.6 + 0.01;
const TARIFF = 0.12;
const xmrPerDay = (hs: number) => (hs / (D / 120)) * 720 * REWARD;
const day = (hs: number, watts: number, capex: number) => {
  const revenue = xmrPerDay(hs) * PRICE;
  const power = (watts / 1000) * 24 * TARIFF;
  const profit = revenue - power;
  return { revenue, power, profit, payback: profit > 0 ? capex / profit : null };
};
const cents = (x: number) => Math.round(x * 100) / 100;

describe('Monero today, by hand', { timeout: 120_000 }, () => {
  it('the desktop mines 0.0018 XMR a day, 0.63 USD for 0.72 of power: held fixed it never pays back, in quote and in the run', async () => {
    expect(xmrPerDay(20_496)).toBeCloseTo(0.00180037, 8);
    const hand = day(20_496, 250, 1500);
    expect([cents(hand.revenue), cents(hand.power), cents(hand.profit)]).toEqual([0.63, 0.72, -0.09]);
    expect(hand.payback).toBeNull();
    // Break-even XMR price: the power over the coins.
    expect(hand.power / xmrPerDay(20_496)).toBeCloseTo(399.92, 2);

    const quote = await cli(
      'quote',
      ...['--coin', 'monero', '--machine', 'AMD Ryzen 9 7950X', '--tariff', '0.12', '--date', '2026-12-07'],
      ...['--difficulty', '600G', '--price', '350', '--fees', '0.01', '--unit-price', '1500', '--json'],
    );
    expect(quote.code).toBe(0);
    const q = JSON.parse(quote.stdout);
    expect(q.rewardPerBlock).toBeCloseTo(REWARD, 12);
    expect(q.day.revenueUsd).toBeCloseTo(hand.revenue, 9);
    expect(q.day.powerUsd).toBeCloseTo(hand.power, 9);
    expect(q.day.profitUsd).toBeCloseTo(hand.profit, 9);
    expect(q.day.breakEvenPriceUsd).toBeCloseTo(hand.power / xmrPerDay(20_496), 6);
    expect(q.day.paybackDays).toBeNull();

    const run = await cli(
      'run',
      scenarioFile('monero-rig-today', scenario),
      '--workers',
      '1',
      '--json',
      '--out',
      join(outDir, 'rig'),
    );
    expect(run.code).toBe(0);
    const s = JSON.parse(run.stdout) as RunSummary;
    const c = s.dailyView!.cohorts[0];
    expect(c.revenueUsd).toBeCloseTo(hand.revenue, 9);
    expect(c.powerUsd).toBeCloseTo(hand.power, 9);
    expect(c.profitUsd).toBeCloseTo(hand.profit, 9);
    expect(c.paybackDays).toBeNull();
    // Two years of power, the same on every path: 0.72 USD x 731 days.
    expect(s.headline.powerCostNetUsd.quantiles.p50).toBeCloseTo(0.72 * 731, 6);
  });

  it('the server pays back on day 2,986 held fixed, in quote and in the run', async () => {
    const hand = day(95_088, 550, 4000);
    expect([cents(hand.revenue), cents(hand.power), cents(hand.profit)]).toEqual([2.92, 1.58, 1.34]);
    expect(hand.payback).toBeCloseTo(2986.44, 2);
    const quote = await cli(
      'quote',
      ...['--coin', 'monero', '--machine', 'AMD EPYC 9654', '--tariff', '0.12', '--date', '2026-12-07'],
      ...['--difficulty', '600G', '--price', '350', '--fees', '0.01', '--unit-price', '4000', '--json'],
    );
    const q = JSON.parse(quote.stdout);
    expect(q.day.profitUsd).toBeCloseTo(hand.profit, 9);
    expect(q.day.paybackDays).toBeCloseTo(hand.payback!, 6);
    const server = scenario.replace(
      '{ model: AMD Ryzen 9 7950X, count: 1, unitPrice: 1500 USD, uptime: 100 % }',
      '{ model: AMD EPYC 9654, count: 1, unitPrice: 4000 USD, uptime: 100 % }',
    );
    const run = await cli(
      'run',
      scenarioFile('monero-server-today', server),
      '--workers',
      '1',
      '--json',
      '--out',
      join(outDir, 'server'),
    );
    const c = (JSON.parse(run.stdout) as RunSummary).dailyView!.cohorts[0];
    expect(c.profitUsd).toBeCloseTo(hand.profit, 9);
    expect(c.paybackDays!).toBeCloseTo(hand.payback!, 6);
  });

  it('the scenario with no price model is refused, naming the drift the default would carry and what to write; followed, it runs', async () => {
    const refused = await cli('validate', scenarioFile('monero-rig-today-note', written));
    expect(refused.code).toBe(2);
    expect(refused.stdout + refused.stderr).toContain(
      'price.model: the scenario names no price model, and its start 2026-12-07 is 2,493 days after the monero history ends (2020-02-09)',
    );
    expect(refused.stdout + refused.stderr).toContain('(130.7 % a year (log) over 2016-02-10 to 2020-02-09)');
    const gbm = written.replace(
      '  start: 350 USD           # assumption\n',
      '  start: 350 USD\n  model: { type: gbm, drift: 0 %, volatility: 60 % }\n',
    );
    expect((await cli('validate', scenarioFile('monero-rig-today-gbm', gbm))).code).toBe(0);
    const flat = await cli(
      'run',
      scenarioFile('monero-rig-today-flat', scenario),
      '--workers',
      '1',
      '--json',
      '--out',
      join(outDir, 'rig-flat'),
    );
    expect(flat.code).toBe(0);
    expect(flat.stderr).not.toContain('names no price model');
    // The rig that never pays back held fixed now seldom does on the paths (0.495 with the trend).
    const s = JSON.parse(flat.stdout) as RunSummary;
    expect(s.headline.paybackWithin2y!.p).toBeLessThan(0.2);
  });
});
